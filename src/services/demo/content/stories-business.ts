import type { DemoStory } from '../types.js'

const MARA = 'Photo: Mara Lindqvist / The Kestrel Bay Courier'
const TOMASZ = 'Photo: Tomasz Brennan / The Kestrel Bay Courier'
const CPA = 'Photo: Coastal Press Agency'

/** Business: the port, local employers, the high street and the national economy. */
export const businessStories: DemoStory[] = [
  {
    slug: 'inflation-falls-for-third-month',
    headline: 'Inflation falls for a third month as food prices steady',
    dek: 'Prices rose 2.9 per cent in the year to last month, but traders in Kestrel Bay say customers are still counting every penny.',
    sections: ['business', 'news'],
    tags: ['Economy', 'Inflation', 'Cost of living'],
    authors: ['cpa', 'priya-halvorsen'],
    daysAgo: 0,
    hour: 12,
    hero: {
      scene: 'market',
      variant: 1,
      alt: 'Illustration of market stalls with striped awnings and shoppers',
      caption:
        'Stallholders at Saltings Market Hall say shoppers are buying smaller amounts more often.',
      credit: MARA,
    },
    body: [
      {
        p: 'The rate of inflation fell for the third month in a row, to 2.9 per cent, the national statistics office said on Wednesday, as food and energy prices rose more slowly than at any point in the past three years.',
      },
      {
        p: 'Economists had expected a figure of 3.1 per cent. The fall was driven by cheaper fuel and smaller increases in the price of dairy products, bread and fresh vegetables.',
      },
      {
        quote:
          'The long squeeze on household budgets is easing, but slowly. Prices are still rising, just not as fast, and wages have only recently started to catch up.',
        speaker: 'Rosalind Achterberg',
        role: 'chief economist, Northgate Research',
        source: 'told the Coastal Press Agency',
      },
      { h: 'On the high street' },
      {
        p: 'In Kestrel Bay, traders at the Saltings Market Hall said the national figures did not yet match what they saw at their stalls.',
      },
      {
        quote:
          'People still come in, but they buy two apples instead of a bag. Nobody is splashing out. I will believe it is over when the pensioners start buying cake again.',
        speaker: 'Tessa Marchetti',
        role: 'greengrocer, Saltings Market Hall',
        source: 'told the Courier',
      },
      {
        p: 'The central bank will publish its next interest rate decision in three weeks. Markets now expect a cut before the end of the year.',
      },
    ],
  },
  {
    slug: 'greywater-shipping-adds-calderra-route',
    headline: 'Greywater Shipping adds second weekly Calderra sailing, creating 60 jobs',
    dek: 'The new service will carry timber and machinery parts and make Kestrel Bay the company’s main hub on the coast.',
    sections: ['business'],
    tags: ['Shipping', 'Harbour', 'Jobs'],
    authors: ['priya-halvorsen'],
    daysAgo: 1,
    hour: 9,
    hero: {
      scene: 'harbour',
      variant: 2,
      alt: 'Illustration of a container ship and quayside cranes in a busy port',
      caption:
        'Greywater’s vessels berth at the East Quay, which will be extended as part of the plan.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'Greywater Shipping will launch a second weekly sailing between Kestrel Bay and the Calderran port of Vasse from the new year, creating about 60 jobs at the harbour.',
      },
      {
        p: 'The company, which has operated from the port since 1974, said demand for timber and engineering parts had grown despite the dispute over the Strait of Kell. It is hiring dock workers, crane operators and office staff.',
      },
      {
        quote:
          'We have looked at every port on this coast, and Kestrel Bay keeps coming out on top. It has the people, the rail connection and a harbour authority that answers the phone.',
        speaker: 'Anneliese Korhonen',
        role: 'managing director, Greywater Shipping',
        source: 'told the Courier',
      },
      {
        p: 'The harbour authority has agreed to extend the East Quay by 80 metres to accommodate the company’s larger vessels. Work is due to start once the current dredging programme is complete.',
      },
      {
        p: 'Applications for the new posts will open next month. The company said it would run an open day for school-leavers and people looking to retrain.',
      },
    ],
  },
  {
    slug: 'brightwater-seafoods-proposes-job-cuts',
    headline: 'Brightwater Seafoods proposes 80 job cuts at Westcliff factory',
    dek: 'The seafood processor says falling fish quotas and higher energy costs have left its filleting line unprofitable.',
    sections: ['business', 'local'],
    tags: ['Jobs', 'Fishing', 'Westcliff'],
    authors: ['priya-halvorsen', 'callum-reyes'],
    daysAgo: 7,
    hour: 15,
    hero: {
      scene: 'harbour',
      variant: 10,
      alt: 'Illustration of fishing boats tied up beside a large industrial building',
      caption: 'Brightwater’s factory has stood beside the fish dock since the 1950s.',
      credit: MARA,
    },
    body: [
      {
        p: 'Brightwater Seafoods has begun consultation on up to 80 redundancies at its factory in Westcliff, one of the largest private employers in Kestrel Bay.',
      },
      {
        p: 'The company plans to close its fresh fish filleting line and concentrate on smoked and frozen products. About 310 people work at the site.',
      },
      {
        quote:
          'This is not a decision we have taken lightly, and we will do everything we can to find other roles for the people affected. But we cannot keep running a line that loses money every week.',
        speaker: 'Graham Tulloch',
        role: 'chief executive, Brightwater Seafoods',
        source: 'in a statement',
        sourceUrl: 'https://example.org/brightwater-seafoods/news/westcliff-consultation',
      },
      {
        p: 'Workers were told the news at a meeting on Tuesday morning. Many have worked at the factory for decades; several told the Courier their parents had worked there before them.',
      },
      {
        quote:
          'You do not just lose a job when a place like this shrinks. You lose the people you stood next to for twenty years.',
        speaker: 'Janine Whitlow',
        role: 'filleter and union representative',
        source: 'told the Courier',
      },
      {
        p: 'The consultation will last 45 days. The council said it would work with the company to offer retraining, including places on a new welding course linked to the offshore wind industry.',
      },
    ],
  },
  {
    slug: 'harbour-dredging-delay-keeps-large-ships-out',
    headline: 'Dredging delay leaves larger cargo ships waiting outside the harbour',
    dek: 'Vessels of more than 8,000 tonnes can only enter at high tide until a silted channel is cleared, the harbour authority says.',
    sections: ['local', 'business'],
    tags: ['Harbour', 'Shipping'],
    authors: ['priya-halvorsen'],
    daysAgo: 4,
    hour: 11,
    hero: {
      scene: 'harbour',
      variant: 8,
      alt: 'Illustration of cargo ships at anchor outside a harbour wall',
      caption: 'Ships at anchor in the outer roads on Thursday, waiting for the tide.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'Cargo ships are queuing outside Kestrel Bay harbour because a delayed dredging contract has left the main channel too shallow for larger vessels except at high water.',
      },
      {
        p: 'The Kestrel Bay Harbour Authority said silt brought down by the River Kess after a wet winter had reduced the depth of the approach channel by up to 1.2 metres in places. A dredger booked for the spring was diverted to another port after its previous job overran.',
      },
      {
        quote:
          'The channel is safe, and we are managing every arrival on the tide tables. But it is costing our customers time, and time is what they pay us to save them.',
        speaker: 'Captain Siân Trevelyan',
        role: 'harbour master',
        source: 'told the Courier',
      },
      { h: 'Costs for shippers' },
      {
        p: 'Greywater Shipping, the port’s largest customer, said two of its vessels had waited more than ten hours at anchor last week. Shipping agents estimate each day of waiting adds between £15,000 and £25,000 to the cost of a voyage.',
      },
      {
        p: 'The harbour authority said a replacement dredger had been secured and should arrive within a fortnight, with work expected to take about five weeks.',
      },
    ],
  },
  {
    slug: 'kess-valley-cider-expands-into-old-dairy',
    headline: 'Kess Valley cider maker moves into former dairy to triple output',
    dek: 'Orchard Lane Cider will take over the empty creamery at Millford and plant 4,000 new apple trees.',
    sections: ['business'],
    tags: ['Food and drink', 'Kessdale', 'Farming'],
    authors: ['priya-halvorsen'],
    daysAgo: 13,
    hour: 10,
    hero: {
      scene: 'hills',
      variant: 2,
      alt: 'Illustration of rolling hills with rows of orchard trees',
      caption: 'The company’s orchards on the slopes above Millford.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'A cider maker from the Kess valley is to take over a former dairy at Millford, which has stood empty for six years, in a move that will triple its production.',
      },
      {
        p: 'Orchard Lane Cider, founded by siblings Bryony and Ewan Fairlie in their parents’ barn eleven years ago, now sells to more than 200 pubs and shops. The company said it had outgrown its premises and had been turning away orders.',
      },
      {
        quote:
          'We nearly moved out of the valley, and that would have broken our hearts. This building was made for making things from what grows here, and now it will again.',
        speaker: 'Bryony Fairlie',
        role: 'co-founder, Orchard Lane Cider',
        source: 'told the Courier',
      },
      {
        p: 'The company plans to plant 4,000 apple trees on land next to the dairy over the next two winters, including several old local varieties that had almost disappeared from the valley.',
      },
      {
        p: 'It will create twelve jobs in the first year and open a shop and tasting room on the site.',
      },
    ],
  },
  {
    slug: 'empty-shops-pop-up-scheme-old-town',
    headline: 'One in five Old Town shops now empty, but pop-up scheme brings signs of life',
    dek: 'A council scheme offering six months’ rent-free space has filled nine units since the spring.',
    sections: ['business', 'local'],
    tags: ['High street', 'Old Town', 'Retail'],
    authors: ['priya-halvorsen'],
    daysAgo: 19,
    hour: 13,
    hero: {
      scene: 'market',
      variant: 6,
      alt: 'Illustration of a narrow shopping street with small shopfronts',
      caption: 'Fish Street, where three of the pop-up shops have opened.',
      credit: MARA,
    },
    body: [
      {
        p: 'Twenty-one per cent of shop units in Kestrel Bay’s Old Town are empty, according to a survey by the city’s business improvement district, up from 14 per cent three years ago.',
      },
      {
        p: 'But a council scheme that offers new businesses six months without rent in empty units has filled nine shops since it began in the spring, and six of them have signed longer leases.',
      },
      { p: 'The new arrivals include:' },
      {
        list: [
          'A repair café and sewing workshop on Fish Street',
          'A record shop and coffee bar in a former bank on Chandlers Row',
          'A children’s bookshop',
          'A studio selling ceramics made from local clay',
        ],
      },
      {
        quote:
          'I could never have afforded to open here without the scheme. Six months gave me time to find out whether people wanted what I make. It turns out they do.',
        speaker: 'Kezia Drummond',
        role: 'potter, Chandlers Row',
        source: 'told the Courier',
      },
      {
        p: 'The business improvement district said the biggest problem remained a handful of large units owned by investors outside the region, which had been empty for several years.',
      },
    ],
  },
  {
    slug: 'central-bank-holds-interest-rates',
    headline: 'Central bank holds interest rates but signals cut could come soon',
    dek: 'Policymakers voted six to three to keep rates at 4.5 per cent, with three members favouring an immediate cut.',
    sections: ['business', 'news'],
    tags: ['Economy', 'Interest rates'],
    authors: ['cpa'],
    daysAgo: 27,
    hour: 12,
    hero: {
      scene: 'skyline',
      variant: 4,
      alt: 'Illustration of tall office towers in a financial district',
      caption: 'The decision was in line with most economists’ forecasts.',
      credit: CPA,
    },
    body: [
      {
        p: 'The central bank has held interest rates at 4.5 per cent for the fourth meeting in a row, but said it was increasingly confident that inflation was on course to return to its target.',
      },
      {
        p: 'Six members of the monetary policy committee voted to hold rates, while three voted for a cut of a quarter of a percentage point. Last month, only one member favoured a cut.',
      },
      {
        quote:
          'We want to see a little more evidence that price pressures are easing for good. If the data continue to move in the right direction, the committee will be in a position to lower rates.',
        speaker: 'The bank’s deputy governor',
        role: 'monetary policy committee member',
        source: 'at a press conference',
      },
      {
        p: 'Mortgage lenders said fixed-rate deals had already fallen in anticipation of cuts. Savers’ groups warned that easy-access accounts were likely to become less generous.',
      },
      { p: 'The bank’s next decision is due in six weeks.' },
    ],
  },
  {
    slug: 'kestrel-bay-bids-for-offshore-wind-base',
    headline: 'Kestrel Bay bids to become assembly base for offshore wind farm',
    dek: 'The harbour authority and the council say the project could bring up to 400 jobs to the East Quay.',
    sections: ['business', 'politics'],
    tags: ['Offshore wind', 'Harbour', 'Jobs'],
    authors: ['priya-halvorsen', 'callum-reyes'],
    daysAgo: 35,
    hour: 11,
    hero: {
      scene: 'coast',
      variant: 5,
      alt: 'Illustration of wind turbines standing offshore on a calm sea',
      caption: 'The proposed wind farm would be built about 30 kilometres off the coast.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'Kestrel Bay has formally bid to become the assembly base for a 1.4-gigawatt offshore wind farm planned off the coast, a project that its backers say could create up to 400 permanent jobs.',
      },
      {
        p: 'The joint bid from the Kestrel Bay Harbour Authority and the city council proposes turning 30 acres of the East Quay into a yard where turbine blades and towers would be put together before being shipped out to sea.',
      },
      {
        quote:
          'This is the biggest opportunity the port has had in my lifetime. We built ships here for a century. There is no reason we cannot build the next industry here too.',
        speaker: 'Declan Mawby',
        role: 'chief executive, Kestrel Bay Harbour Authority',
        source: 'told the Courier',
      },
      {
        p: 'The bid competes with two larger ports further along the coast. The wind farm developer is expected to choose its base by the spring.',
      },
      {
        quote:
          'We need to make sure these jobs go to people in Kestrel Bay and the valley, not just to contractors who come in for six months and leave.',
        speaker: 'Cllr Marguerite Dunleavy',
        role: 'leader of the opposition Bay Progress group',
        source: 'said at a council meeting',
      },
      {
        p: 'Kessdale College has said it would expand its engineering courses if the bid is successful.',
      },
    ],
  },
  {
    slug: 'saltings-market-hall-reopens',
    headline: 'Saltings Market Hall reopens after two-year restoration',
    dek: 'Traders return to the Victorian hall with a new glass roof, a food court and twenty more stalls than before.',
    sections: ['business', 'local'],
    tags: ['Saltings', 'Heritage', 'Retail'],
    authors: ['priya-halvorsen', 'imogen-thorne'],
    daysAgo: 56,
    hour: 8,
    hero: {
      scene: 'market',
      variant: 3,
      alt: 'Illustration of a grand covered market hall with iron arches',
      caption: 'Shoppers fill the restored market hall on its first morning.',
      credit: MARA,
    },
    body: [
      {
        p: 'Saltings Market Hall reopened on Saturday after a two-year, £11 million restoration, with queues forming outside its cast-iron gates before eight o’clock.',
      },
      {
        p: 'The 1882 hall has a new glass roof, restored ironwork and a food court at its eastern end. There are now 74 stalls, twenty more than before it closed, and all but three have been let.',
      },
      {
        quote:
          'My grandfather had a stall here, then my father, and now me. For two years I have been selling out of a tent in a car park. Today feels like coming home.',
        speaker: 'Alfie Brannigan',
        role: 'butcher, Saltings Market Hall',
        source: 'told the Courier',
      },
      {
        p: 'The council paid for most of the work, with help from a national heritage fund. Rents for returning traders have been frozen for two years.',
      },
      {
        p: 'The hall will open until 9pm on Fridays and Saturdays, and a monthly night market begins next month.',
      },
    ],
  },
]
