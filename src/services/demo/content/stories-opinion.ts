import type { DemoStory } from '../types.js'

const MARA = 'Photo: Mara Lindqvist / The Kestrel Bay Courier'
const TOMASZ = 'Photo: Tomasz Brennan / The Kestrel Bay Courier'

/**
 * Opinion columns and leaders, followed by stories still in the newsroom workflow: drafts, one
 * in review and one scheduled for tomorrow morning.
 */
export const opinionStories: DemoStory[] = [
  {
    slug: 'harbour-quarter-deserves-better',
    headline: 'The Harbour Quarter deal is a bargain only if we stop bargaining now',
    dek: 'Fifteen per cent affordable housing should be the floor for the next phase, not the ceiling for the rest of the decade.',
    sections: ['opinion'],
    tags: ['Housing', 'Harbour Quarter'],
    authors: ['imogen-thorne'],
    daysAgo: 0,
    hour: 18,
    hero: {
      scene: 'skyline',
      variant: 6,
      alt: 'Illustration of a waterfront with new buildings beside old warehouses',
      caption: 'The inner basin, where the new square will face the water.',
      credit: MARA,
    },
    body: [
      {
        p: 'I walked past the old coal yard on Quayside Road most mornings for fifteen years, and for fifteen years it was a fence, a puddle and a sign promising “exciting new homes coming soon”. So I understand why six councillors decided this week that something was better than nothing.',
      },
      {
        p: 'They may even have been right. The soil under that yard is a century’s worth of coal dust and engine oil, and cleaning it up is genuinely expensive. The independent assessment the council paid for was not a whitewash.',
      },
      { h: 'But here is the problem' },
      {
        p: 'Every large site left in this city has a reason why it is difficult. The gasworks at Westcliff has its own contamination. The old ropeworks is listed. The East Quay is wanted for wind turbines. If fifteen per cent becomes the going rate for “difficult”, it will become the going rate for everything.',
      },
      {
        quote: 'We will be looking very carefully at the viability of the later phases.',
        speaker: 'Cllr Tobias Wren',
        role: 'cabinet member for housing and environment',
        source: 'said at the planning committee',
      },
      {
        p: 'Good. Then let the council write that into policy now, before the next developer walks in with a spreadsheet. A clear, published target for brownfield sites, with public scrutiny of any exceptions, would do more for young families in Kestrel Bay than any single planning vote.',
      },
      { p: 'The coal yard is done. The next one is the test.' },
    ],
  },
  {
    slug: 'our-buses-are-a-lifeline-not-a-spreadsheet',
    headline: 'An evening bus is not a luxury. Ask the people who clean the hospital',
    dek: 'The Bayline cuts fall hardest on workers who keep the city running after dark.',
    sections: ['opinion'],
    tags: ['Transport', 'Buses'],
    authors: ['callum-reyes'],
    daysAgo: 2,
    hour: 19,
    hero: {
      scene: 'night',
      variant: 9,
      alt: 'Illustration of an empty bus shelter lit by a single street lamp',
      caption: 'The last 31 to St Brannoc’s currently leaves the bus station at 9.40pm.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'I spent Thursday evening on the 31, from the bus station to St Brannoc’s and back again, three times. It is true that the bus was never full. It is also true that almost everyone on it was going to or from a shift.',
      },
      {
        p: 'There was a cleaner who had finished at the hospital and was going on to an office block in the Harbour Quarter. There were two porters, a kitchen assistant and a student nurse with her textbooks on her knee. Not one of them owned a car.',
      },
      {
        quote:
          'If they cut this, I lose the job. It is that simple. There is no other way for me to get there for six and home again at ten.',
        speaker: 'A cleaner on the 31',
        source: 'told the Courier',
      },
      {
        p: 'Bayline says an empty bus is a cost. Fair enough: it is a private company with shareholders. But the council is not, and when it decided to end the subsidy for these routes, it was deciding that these people’s journeys were not worth £190,000 a year.',
      },
      {
        p: 'That is less than a quarter of what the new seafront parking charges are expected to raise. It is a choice, and it can be made differently on the 18th.',
      },
    ],
  },
  {
    slug: 'leader-harrowmere-needs-its-school',
    headline: 'Leader: Harrowmere’s children have waited long enough for their school',
    dek: 'The county has found a site, and now the national government must find the money.',
    sections: ['opinion'],
    tags: ['Schools', 'Harrowmere'],
    authors: ['imogen-thorne'],
    daysAgo: 32,
    hour: 6,
    body: [
      {
        p: 'For as long as most parents in the upper Kess valley can remember, growing up in Harrowmere has meant a long bus ride to secondary school. Children as young as eleven leave home before half past seven and get back after dark for much of the winter.',
      },
      {
        p: 'This week, Kessdale County Council finally chose a site for a school in the town. That is welcome, and councillors of all parties deserve credit for refusing to let the idea die during four years of false starts.',
      },
      {
        p: 'But a site is not a school. The council cannot pay the £38 million cost on its own, and the national education department has turned down similar bids from rural areas twice in the past three years.',
      },
      {
        quote: 'A site without funding is just a field with a sign on it.',
        speaker: 'Carys Lambourne',
        role: 'parent, Upper Kessdale',
        source: 'told the Courier',
      },
      {
        p: 'The Courier will be following this bid closely. We urge readers to respond to the consultation when it opens, and we urge ministers to visit the valley before they decide, and to take the school bus while they are here.',
      },
    ],
  },
  {
    slug: 'leader-sewage-in-the-bay-is-a-choice',
    headline: 'Leader: Sewage in the bay is a choice, not an accident',
    dek: 'Tidewell Water has the money to fix its overflows, and it needs to spend it faster.',
    sections: ['opinion', 'environment'],
    tags: ['Sewage', 'Water quality'],
    authors: ['imogen-thorne'],
    daysAgo: 44,
    hour: 20,
    hero: {
      scene: 'coast',
      variant: 1,
      alt: 'Illustration of a calm bay with a beach and distant headland',
      caption: 'Gulls Reach, which lost its excellent bathing water rating this week.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'There is a comforting story that water companies like to tell about storm overflows: that they are a safety valve, used only in the worst weather, to stop sewage backing up into people’s homes.',
      },
      {
        p: 'Sixty-three days of discharges near Gulls Reach last year is not a safety valve. It is a drainage plan.',
      },
      {
        p: 'Tidewell Water paid its shareholders more last year than it plans to spend at Westcliff over the next five. It says the works will make a real difference, and we hope they will. But five years is five more summers in which swimmers, paddlers and children on the sand will be the ones taking the risk.',
      },
      { p: 'We ask three things of the company:' },
      {
        list: [
          'Publish a date by which discharges at Gulls Reach will fall below ten a year',
          'Bring forward the storage tanks at Westcliff, starting work this year rather than in three',
          'Meet the Gulls Reach Sea Swimmers and hear from them directly',
        ],
        ordered: true,
      },
      {
        quote: 'We understand the frustration of people who love this beach.',
        speaker: 'Tidewell Water spokesperson',
        source: 'in a statement',
      },
      {
        p: 'Understanding is a start. Readers will judge the company by what comes out of its pipes.',
      },
    ],
  },
  {
    slug: 'market-hall-shows-what-high-street-can-be',
    headline: 'The market hall shows what a high street can be when we invest in it',
    dek: 'Restoring Saltings was expensive, but leaving it to rot would have cost the city far more.',
    sections: ['opinion', 'business'],
    tags: ['High street', 'Saltings'],
    authors: ['priya-halvorsen'],
    daysAgo: 54,
    hour: 7,
    hero: {
      scene: 'market',
      variant: 8,
      alt: 'Illustration of busy market stalls beneath an arched glass roof',
      caption: 'The restored hall has 74 stalls, twenty more than before it closed.',
      credit: MARA,
    },
    body: [
      {
        p: 'There was a moment, about five years ago, when Saltings Market Hall could have gone the way of so many covered markets: a few tired stalls, a leaking roof and then a planning application for flats.',
      },
      {
        p: 'Instead the council borrowed, bid for grants and spent £11 million on it. Critics called it a vanity project. On Saturday morning I stood in a queue that stretched back to Brine Street and thought they had been wrong.',
      },
      {
        quote:
          'We did the numbers every way we could. The cheapest option was always to do nothing, right up until the day the roof fell in.',
        speaker: 'Cllr Ruth Okonjo-Parry',
        role: 'leader of Kestrel Bay City Council',
        source: 'said at the reopening',
      },
      {
        p: 'A market hall is not just a collection of shops. It is where a butcher’s apprentice learns the trade, where a new baker can test a recipe for the price of a stall, and where an older shopper living alone can have three conversations before lunch.',
      },
      {
        p: 'The test now is whether the council can keep rents low once the two-year freeze ends. If it can, Saltings could be the model for the rest of the Old Town.',
      },
    ],
  },
  {
    slug: 'winter-ferry-timetable-changes',
    headline: 'Fenwick ferry to run hourly crossings through the winter',
    dek: 'The operator will cut its half-hourly service from November to save fuel and crew costs.',
    sections: ['local'],
    tags: ['Ferries', 'Transport'],
    authors: ['callum-reyes'],
    daysAgo: 0,
    hour: 9,
    status: 'draft',
    body: [
      {
        p: 'The passenger ferry between the Old Town and Fenwick Point will run once an hour rather than every thirty minutes over the winter, its operator has confirmed.',
      },
      {
        p: 'Fenwick Ferries said the change would apply from the first week of November until the end of February, and that the first and last crossings of the day would not change.',
      },
      {
        quote:
          'Winter numbers do not support two boats. We would rather run one reliable service than two half-empty ones.',
        speaker: 'Carl Menhenick',
        role: 'operations manager, Fenwick Ferries',
        source: 'told the Courier',
      },
      {
        p: 'TK: reaction from Fenwick Point residents’ group; check whether school crossing times are affected.',
      },
      { p: 'The new timetable will be posted at both landing stages.' },
    ],
  },
  {
    slug: 'council-tax-rise-proposed-for-next-year',
    headline: 'Council proposes 4.99 per cent council tax rise to protect care services',
    dek: 'A band D household would pay about £95 more a year under plans published ahead of next month’s budget meeting.',
    sections: ['politics'],
    tags: ['Council', 'Council tax', 'Budget'],
    authors: ['callum-reyes', 'imogen-thorne'],
    daysAgo: 0,
    hour: 8,
    status: 'draft',
    body: [
      {
        p: 'Households in Kestrel Bay face a council tax rise of 4.99 per cent from April under draft budget plans published by the city council.',
      },
      {
        p: 'The council says almost all of the extra money, about £5.2 million, would go on adult social care, where demand has risen sharply.',
      },
      {
        quote:
          'Nobody wants to put up bills, least of all now. But the alternative is telling older and disabled people that the care they need is not there.',
        speaker: 'Cllr Ruth Okonjo-Parry',
        role: 'leader of Kestrel Bay City Council',
        source: 'in a statement',
      },
      { h: 'What it means for you' },
      {
        p: 'Editor’s note: add table of bands A to H once figures are confirmed by the finance department.',
      },
      { p: 'The budget will be debated at a full council meeting next month.' },
    ],
  },
  {
    slug: 'athletic-submit-plans-for-new-stand',
    headline: 'Athletic submit plans for 1,200-seat stand at the Saltings End',
    dek: 'The club says the stand would replace an uncovered terrace and help it meet league ground rules.',
    sections: ['sport'],
    tags: ['Kestrel Bay Athletic', 'Planning'],
    authors: ['callum-reyes'],
    daysAgo: 0,
    hour: 15,
    status: 'in_review',
    hero: {
      scene: 'stadium',
      variant: 10,
      alt: 'Illustration of a football ground with an open terrace behind one goal',
      caption: 'The uncovered terrace at the Saltings End would be replaced by the new stand.',
      credit: MARA,
    },
    body: [
      {
        p: 'Kestrel Bay Athletic have submitted plans for a 1,200-seat covered stand at the Saltings End of their ground, replacing a terrace that has been open to the weather since the 1970s.',
      },
      {
        p: 'The club says the stand is needed to meet ground rules if it wins promotion, and would also house a community room, a club shop and changing rooms for the women’s and youth teams.',
      },
      {
        quote:
          'Our supporters have stood in the rain at that end for fifty years. They deserve a roof, and this town deserves a ground it can be proud of.',
        speaker: 'Marian Okwu',
        role: 'chair, Kestrel Bay Athletic',
        source: 'in a statement',
      },
      {
        p: 'Neighbours on Tern Street have raised concerns about floodlights and parking on match days. The club says it will fit shielded lights and run a park-and-ride from the Esplanade on Saturdays.',
      },
      {
        p: 'The application is expected to go before the planning committee in about three months.',
      },
    ],
  },
  {
    slug: 'tidewater-festival-weekend-guide',
    headline: 'Tidewater Festival: your guide to the weekend',
    dek: 'Where to go, what to see and how to get there as eleven venues open their doors.',
    sections: ['culture', 'local'],
    tags: ['Tidewater Festival', 'What’s on'],
    authors: ['priya-halvorsen', 'imogen-thorne'],
    daysAgo: -1,
    hour: 7,
    status: 'scheduled',
    hero: {
      scene: 'field',
      variant: 12,
      alt: 'Illustration of bunting and stalls on a grassy field near the shore',
      caption: 'Stalls going up on the Gulls Reach festival field ahead of the weekend.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'The Tidewater Festival gets under way this morning, with more than 120 events in eleven venues across Kestrel Bay. Here is what you need to know.',
      },
      { h: 'Getting there' },
      {
        p: 'Extra trains will run from Harrowmere on Saturday and Sunday, and a free shuttle bus will link the railway station, the Old Town and the Gulls Reach festival field every fifteen minutes. The Esplanade car parks are expected to fill early.',
      },
      { h: 'Our five picks' },
      {
        list: [
          'The midnight concert at the end of the North Pier',
          'Folk sessions in the restored ropeworks on Cable Street',
          'Maud Pellow reading from The Herring Year aboard the lightship',
          'The family sandcastle contest at Gulls Reach on Sunday morning',
          'The lantern procession from the market hall to the harbour',
        ],
        ordered: true,
      },
      {
        quote:
          'Bring a coat, bring a friend and go somewhere you have never been before. That is the whole festival in one sentence.',
        speaker: 'Leon Abernathy',
        role: 'artistic director, Tidewater Festival',
        source: 'told the Courier',
      },
      {
        p: 'Road closures and the full programme are on the [festival website](https://example.org/tidewater-festival/visit).',
      },
    ],
  },
]
