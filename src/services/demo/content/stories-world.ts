import type { DemoStory } from '../types.js'

const CPA = 'Photo: Coastal Press Agency'

/**
 * World news from the Coastal Press Agency wire. The countries, cities and people named here are
 * invented for the demo.
 */
export const worldStories: DemoStory[] = [
  {
    slug: 'veloria-presidential-election-heads-to-runoff',
    headline:
      'Veloria’s presidential election heads to a runoff after no candidate wins a majority',
    dek: 'The incumbent took 44 per cent of the vote, with a former central bank governor close behind.',
    sections: ['world'],
    tags: ['Veloria', 'Elections'],
    authors: ['cpa'],
    daysAgo: 0,
    hour: 14,
    hero: {
      scene: 'skyline',
      variant: 9,
      alt: 'Illustration of a city skyline with domed buildings at dawn',
      caption: 'Supporters gathered in central Lussano as results came in overnight.',
      credit: CPA,
    },
    body: [
      {
        p: 'Veloria’s presidential election will go to a second round in three weeks after neither of the two leading candidates won more than half of the vote, the country’s electoral commission said on Monday.',
      },
      {
        p: 'With nearly all ballots counted, President Aurel Mirescu had 44.2 per cent, ahead of Dana Vellacourt, a former governor of the central bank, on 39.8 per cent. Four other candidates shared the remainder.',
      },
      {
        quote:
          'The people have not given anyone a blank cheque. They have asked us to make our case again, and I intend to make it in every town in this country.',
        speaker: 'Dana Vellacourt',
        role: 'opposition candidate',
        source: 'told supporters in Lussano',
      },
      {
        p: 'Turnout was 71 per cent, the highest in two decades. International observers said voting had been orderly but noted long queues in the northern provinces, where some polling stations stayed open past midnight.',
      },
      {
        quote:
          'Voters were able to cast their ballots freely. Our concerns are about the campaign that preceded polling day, particularly access to state television.',
        speaker: 'Ingrid Solheim-Barre',
        role: 'head of the regional observer mission',
        source: 'at a press conference',
        sourceUrl: 'https://example.org/observers/veloria-preliminary-statement',
      },
      {
        p: 'The runoff is expected to hinge on supporters of the third-placed candidate, the agrarian leader Tomas Vell, who has not yet said whom he will back.',
      },
    ],
  },
  {
    slug: 'tavessa-drought-threatens-grain-exports',
    headline: 'Drought in Tavessa threatens a fifth of the region’s grain exports',
    dek: 'The southern plains have had less than a third of their usual rainfall since the spring planting.',
    sections: ['world', 'business'],
    tags: ['Tavessa', 'Drought', 'Food prices'],
    authors: ['cpa'],
    daysAgo: 2,
    hour: 9,
    hero: {
      scene: 'field',
      variant: 2,
      alt: 'Illustration of dry yellow fields stretching to a hazy horizon',
      caption: 'Wheat fields in the Orsa valley, where farmers expect yields to halve.',
      credit: CPA,
    },
    body: [
      {
        p: 'A prolonged drought across Tavessa’s southern plains could cut the country’s wheat harvest by up to 40 per cent, its agriculture ministry warned on Tuesday, raising fears of higher bread prices across the region.',
      },
      {
        p: 'Tavessa supplies about a fifth of the grain traded between the countries around the Sea of Kell. Rainfall in the main growing provinces has been less than a third of the long-term average since planting began.',
      },
      {
        quote:
          'We are not yet talking about shortages at home. We are talking about whether we can meet our commitments abroad, and that decision will be taken in weeks, not months.',
        speaker: 'Idris Camaro',
        role: 'Tavessan agriculture minister',
        source: 'told parliament',
      },
      { h: 'Prices already rising' },
      {
        p: 'Wheat futures on the regional commodities exchange rose 6 per cent on the news. Millers in neighbouring Norvanne said they had begun seeking supplies from further afield.',
      },
      {
        p: 'Aid agencies said smallholders in the far south, who rely on rain rather than irrigation, were the most at risk, and urged the government to release stocks from its strategic reserve.',
      },
    ],
  },
  {
    slug: 'kell-strait-shipping-talks-resume',
    headline: 'Talks resume over Strait of Kell shipping lanes after three-month standoff',
    dek: 'Norvanne and Calderra agree to meet as insurers add costs for ships using the route, including those bound for Kestrel Bay.',
    sections: ['world', 'business'],
    tags: ['Shipping', 'Norvanne', 'Calderra'],
    authors: ['cpa', 'priya-halvorsen'],
    daysAgo: 6,
    hour: 12,
    hero: {
      scene: 'harbour',
      variant: 3,
      alt: 'Illustration of container ships passing through a narrow channel between headlands',
      caption:
        'The Strait of Kell carries about 40 ships a day between the northern and southern seas.',
      credit: CPA,
    },
    body: [
      {
        p: 'Diplomats from Norvanne and Calderra will meet next week to try to settle a dispute over shipping lanes in the Strait of Kell, which has forced vessels to take longer routes and pushed up insurance costs across the region.',
      },
      {
        p: 'The disagreement began in the spring when Calderra announced new inspection rules for tankers passing through waters it claims. Norvanne rejected the claim and said its coastguard would continue to escort ships along the traditional route.',
      },
      {
        quote:
          'We are going to the table in good faith. Nobody benefits when ships sit at anchor and cargo rots in containers.',
        speaker: 'Selma Aukrust',
        role: 'Norvanne’s foreign minister',
        source: 'in a statement',
      },
      { h: 'The Kestrel Bay connection' },
      {
        p: 'About one in six ships calling at Kestrel Bay passes through the strait. Greywater Shipping, which runs a weekly service to Calderra, said insurance premiums on its vessels had risen by about 30 per cent since the spring.',
      },
      {
        quote:
          'We have not lost a sailing yet, but every week this goes on it costs us money we cannot pass on.',
        speaker: 'Anneliese Korhonen',
        role: 'managing director, Greywater Shipping',
        source: 'told the Courier',
      },
      { p: 'The talks will be hosted by the Isles of Sarnet, which has offered to mediate.' },
    ],
  },
  {
    slug: 'port-ilsk-bridge-collapse-inquiry',
    headline: 'Inquiry into Port Ilsk bridge collapse hears warnings were ignored',
    dek: 'An engineer told the hearing that cracks in the main span were reported two years before it fell.',
    sections: ['world'],
    tags: ['Marnovia', 'Infrastructure'],
    authors: ['cpa'],
    daysAgo: 9,
    hour: 19,
    hero: {
      scene: 'bridge',
      variant: 4,
      alt: 'Illustration of a long road bridge spanning a wide river',
      caption: 'The Ilsk river bridge carried about 30,000 vehicles a day before its collapse.',
      credit: CPA,
    },
    body: [
      {
        p: 'Engineers warned Marnovian officials about cracks in the main span of the Port Ilsk river bridge two years before it collapsed, a public inquiry heard on Thursday.',
      },
      {
        p: 'Eleven people died when a 90-metre section of the bridge fell into the river during the evening rush hour in the spring. The inquiry, led by a retired supreme court judge, began hearing evidence this week.',
      },
      {
        quote:
          'I wrote that the cracking was progressive and that the span should be closed to heavy vehicles until it was repaired. I was told the report would be passed up the line.',
        speaker: 'Petra Olsak',
        role: 'structural engineer',
        source: 'giving evidence to the inquiry',
      },
      {
        p: 'Lawyers for the families said the evidence showed the disaster was preventable. The national roads agency said it was co-operating with the inquiry and would not comment while hearings continued.',
      },
      {
        p: 'The inquiry is expected to sit for six months. A temporary ferry now carries pedestrians across the river, while vehicles face a detour of about 40 kilometres.',
      },
    ],
  },
  {
    slug: 'sarnet-islands-earthquake-aid',
    headline: 'Aid reaches remote Sarnet islands three days after earthquake',
    dek: 'The magnitude 6.4 quake destroyed harbours on two islands, cutting them off from the mainland.',
    sections: ['world'],
    tags: ['Isles of Sarnet', 'Earthquake', 'Aid'],
    authors: ['cpa'],
    daysAgo: 14,
    hour: 7,
    hero: {
      scene: 'hills',
      variant: 5,
      alt: 'Illustration of steep green hills rising above a small island village',
      caption: 'Landslides blocked the only road on Skarra, the worst-hit island.',
      credit: CPA,
    },
    body: [
      {
        p: 'The first large shipments of food, water and medical supplies have reached the outer Isles of Sarnet, three days after an earthquake destroyed the harbours that connect them to the mainland.',
      },
      {
        p: 'Nineteen people are confirmed dead and about 4,000 have been left without homes on the islands of Skarra and Vennholm. Helicopters had been the only way to reach the islands until naval engineers built a temporary landing stage on Saturday.',
      },
      {
        quote:
          'People here have lived through storms all their lives, but nobody was ready for this. The boats were how we got everything, and now there are no boats.',
        speaker: 'Ragna Tollefsen',
        role: 'mayor of Skarra',
        source: 'speaking by satellite phone',
      },
      {
        p: 'Relief agencies said clean water was the most urgent need, as the quake had cracked the islands’ reservoirs. Several neighbouring countries, including Norvanne and Veloria, have sent teams.',
      },
      {
        list: [
          'Drinking water and purification tablets',
          'Tents and blankets',
          'Generators and fuel',
          'Medical supplies for the islands’ two clinics',
        ],
      },
      { p: 'The Sarnet government has declared a state of emergency for thirty days.' },
    ],
  },
  {
    slug: 'calderra-rail-strike-halts-services',
    headline: 'Calderra’s trains halted by national strike over pensions',
    dek: 'The 48-hour walkout is the largest in the country’s rail network for a generation.',
    sections: ['world'],
    tags: ['Calderra', 'Strikes', 'Railways'],
    authors: ['cpa'],
    daysAgo: 18,
    hour: 8,
    hero: {
      scene: 'rail',
      variant: 6,
      alt: 'Illustration of an empty railway platform with a stationary train',
      caption: 'Platforms at Calderra’s central station were deserted on Monday morning.',
      credit: CPA,
    },
    body: [
      {
        p: 'Almost all passenger and freight trains in Calderra were cancelled on Monday as rail workers began a 48-hour strike against plans to raise their pension age.',
      },
      {
        p: 'The state rail company said fewer than one in twenty services were running. Roads into the capital, Vasse, were gridlocked by early morning, and schools in several cities closed for the day.',
      },
      {
        quote:
          'Nobody on this picket line wants to be here. We want to drive trains. But we were promised a pension at sixty, and we are not going to let that be taken away without a fight.',
        speaker: 'Luca Arrenti',
        role: 'general secretary of the train drivers’ union',
        source: 'told reporters at Vasse Central',
      },
      {
        quote:
          'The reform is fair, it is necessary and it applies to everyone who works for the state. The door to talks remains open.',
        speaker: 'Calderran transport ministry spokesperson',
        source: 'in a statement',
        sourceUrl: 'https://example.org/calderra/transport-ministry/strike-statement',
      },
      {
        p: 'Freight operators warned that exports through the port of Vasse would be delayed by up to a week. Unions have threatened further action next month if the government does not withdraw the plan.',
      },
    ],
  },
  {
    slug: 'sea-of-kell-summit-agrees-ocean-fund',
    headline: 'Sea of Kell nations agree fund to clean up shared coastline',
    dek: 'Seven governments will pay into a fund for sewage treatment and plastic recovery, the first such agreement in the region.',
    sections: ['world', 'environment'],
    tags: ['Environment', 'Diplomacy'],
    authors: ['cpa'],
    daysAgo: 31,
    hour: 17,
    hero: {
      scene: 'skyline',
      variant: 2,
      alt: 'Illustration of a modern conference building beside the sea',
      caption: 'Delegates met at a conference centre on the waterfront in Vennport.',
      credit: CPA,
    },
    body: [
      {
        p: 'Seven countries bordering the Sea of Kell have agreed to create a shared fund to cut pollution along their coastlines, at the end of a two-day summit in the Sarnet capital, Vennport.',
      },
      {
        p: 'The fund will begin with about 900 million crowns and will pay for sewage treatment works, river barriers to catch plastic and a shared monitoring network of buoys. Contributions are based on the size of each country’s economy.',
      },
      {
        quote:
          'The sea does not recognise our borders. For the first time, our budgets will not either.',
        speaker: 'Halvard Rosk',
        role: 'Sarnet prime minister and summit host',
        source: 'at the closing press conference',
      },
      {
        p: 'Environmental groups welcomed the agreement but said the sums were small compared with the scale of the problem, and that there was no penalty for countries that missed targets.',
      },
      {
        p: 'Calderra and Norvanne, whose dispute over the Strait of Kell has dominated regional politics this year, both signed the agreement. Officials said the two delegations did not meet separately.',
      },
    ],
  },
  {
    slug: 'calderra-parliament-passes-press-law',
    headline: 'Calderra passes press law that critics say will silence reporters',
    dek: 'The law requires news outlets with foreign funding to register as “agents of influence”.',
    sections: ['world', 'politics'],
    tags: ['Calderra', 'Press freedom'],
    authors: ['cpa'],
    daysAgo: 58,
    hour: 20,
    hero: {
      scene: 'night',
      variant: 4,
      alt: 'Illustration of a grand parliament building lit up at night',
      caption: 'Protesters gathered outside the parliament in Vasse as the vote took place.',
      credit: CPA,
    },
    body: [
      {
        p: 'Calderra’s parliament has passed a law requiring news organisations that receive more than a tenth of their funding from abroad to register as “agents of influence” and submit their accounts to a state regulator.',
      },
      {
        p: 'The law passed by 112 votes to 87 after a debate that ran late into the night. Several thousand people protested outside the parliament building in Vasse.',
      },
      {
        quote:
          'This law is about transparency, nothing more. Citizens have a right to know who is paying for the news they read.',
        speaker: 'Orsolya Ferrante',
        role: 'Calderran minister for communications',
        source: 'during the debate',
      },
      {
        quote:
          'We will not register, and we will keep publishing. If they want to close us, they will have to do it in public.',
        speaker: 'Mattias Keller',
        role: 'editor of the independent Vasse Daily',
        source: 'told the Coastal Press Agency',
      },
      {
        p: 'International press freedom groups condemned the vote. The law is expected to take effect in sixty days, once it is signed by the president.',
      },
    ],
  },
]
