import type { DemoStory } from '../types.js'

const MARA = 'Photo: Mara Lindqvist / The Kestrel Bay Courier'
const TOMASZ = 'Photo: Tomasz Brennan / The Kestrel Bay Courier'

/** More local news: politics, elections, courts, the coast and public services. */
export const moreLocalStories: DemoStory[] = [
  {
    slug: 'lifeboat-rescues-kayakers-off-fenwick-point',
    headline: 'Lifeboat crew rescue two kayakers swept towards rocks off Fenwick Point',
    dek: 'The pair had been clinging to an upturned kayak for forty minutes when the all-weather boat reached them.',
    sections: ['local'],
    tags: ['Lifeboat', 'Coast'],
    authors: ['imogen-thorne'],
    daysAgo: 0,
    hour: 10,
    hero: {
      scene: 'coast',
      variant: 6,
      alt: 'Illustration of rough sea breaking against a rocky headland',
      caption:
        'The tide race off Fenwick Point is one of the most dangerous stretches of water on the bay.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'Two kayakers were pulled from the sea off Fenwick Point on Sunday evening after their double kayak capsized in the fast-running tide race at the mouth of the bay.',
      },
      {
        p: 'A walker on the cliff path saw the pair in the water shortly after 6pm and called the coastguard. Kestrel Bay’s all-weather lifeboat launched within nine minutes and found the men, both in their thirties, about 200 metres from the rocks.',
      },
      {
        quote:
          'They had done the right thing by staying with the kayak, and they were wearing buoyancy aids, which is the only reason this is a good news story. Another twenty minutes and the tide would have had them on the rocks.',
        speaker: 'Rhys Penhallow',
        role: 'coxswain, Kestrel Bay lifeboat',
        source: 'told the Courier',
      },
      {
        p: 'Both men were taken to St Brannoc’s Hospital with mild hypothermia and were later discharged. Neither has been named.',
      },
      {
        p: 'The coastguard reminded anyone paddling around the point to check tide times, carry a waterproof means of calling for help and tell someone on shore when they expect to be back.',
      },
    ],
  },
  {
    slug: 'fenwick-cliff-path-closed-after-landslip',
    headline: 'Fenwick cliff path closed after landslip takes section of walkway',
    dek: 'Part of the headland gave way overnight, leaving a fence post hanging over a thirty-metre drop.',
    sections: ['environment', 'local'],
    tags: ['Coast', 'Erosion'],
    authors: ['callum-reyes'],
    daysAgo: 1,
    hour: 13,
    hero: {
      scene: 'coast',
      variant: 9,
      alt: 'Illustration of a crumbling cliff edge above a grey sea',
      caption: 'The slip left a gap about fifteen metres wide in the coast path above Gannet Cove.',
      credit: MARA,
    },
    body: [
      {
        p: 'A two-mile stretch of the coast path around Fenwick Point has been closed after a landslip carried away part of the walkway above Gannet Cove.',
      },
      {
        p: 'Rangers discovered the slip at first light on Tuesday. A section of cliff about fifteen metres wide had fallen onto the beach below, taking with it a bench and part of the fence that runs along the path.',
      },
      {
        quote:
          'The ground is still moving, and we are asking people to respect the closure signs. The view is not worth the risk, and the beach below is not safe either.',
        speaker: 'Greta Hollis',
        role: 'countryside ranger, Kestrel Bay City Council',
        source: 'told the Courier',
      },
      {
        p: 'The council said a diversion was signposted inland along Fenwick Lane. Geologists will survey the headland this week to decide whether the path can be rerouted or will need to move permanently.',
      },
      {
        p: 'Fenwick Point has lost an average of forty centimetres a year to erosion over the past two decades, according to the council’s shoreline plan, and last winter’s storms accelerated that rate.',
      },
    ],
  },
  {
    slug: 'seafront-parking-charges-to-rise',
    headline: 'Seafront parking charges to rise by a third despite traders’ protest',
    dek: 'The council says the increase will raise £800,000 a year; shopkeepers on the Esplanade fear visitors will stay away.',
    sections: ['politics', 'local'],
    tags: ['Council', 'Parking', 'Seafront'],
    authors: ['callum-reyes'],
    daysAgo: 20,
    hour: 18,
    hero: {
      scene: 'coast',
      variant: 3,
      alt: 'Illustration of a seafront promenade with parked cars and beach huts',
      caption: 'The Esplanade car parks are the busiest in the city between Easter and October.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'Parking on Kestrel Bay’s seafront will cost a third more from next month after the city council’s cabinet approved new charges on Thursday.',
      },
      {
        p: 'An hour in the Esplanade and Gulls Reach car parks will rise from £1.50 to £2, and an all-day ticket from £7.50 to £10. Residents’ permits are not affected.',
      },
      {
        quote:
          'Nobody comes into politics to put up parking charges. But we have a gap in the budget, and the alternative is cutting services that people in this city depend on far more than a cheaper day at the beach.',
        speaker: 'Cllr Ruth Okonjo-Parry',
        role: 'leader of Kestrel Bay City Council',
        source: 'said at the cabinet meeting',
      },
      {
        p: 'The Esplanade Traders’ Association handed in a letter signed by 61 businesses asking the council to reconsider. Its chair, who runs an ice-cream parlour opposite the bandstand, said the increase would push day-trippers towards out-of-town retail parks.',
      },
      {
        quote:
          'This is a tax on the people who keep the seafront alive. They will just go somewhere else.',
        speaker: 'Cllr Marguerite Dunleavy',
        role: 'leader of the opposition Bay Progress group',
        source: 'said at the cabinet meeting',
      },
      {
        p: 'The council said a review of the charges would take place after one full summer season.',
      },
    ],
  },
  {
    slug: 'saltings-ward-by-election-candidates',
    headline: 'Five candidates to stand in Saltings ward by-election',
    dek: 'The contest follows the resignation of a long-serving councillor and could cost the ruling group its majority.',
    sections: ['politics'],
    tags: ['Elections', 'Council'],
    authors: ['callum-reyes'],
    daysAgo: 26,
    hour: 12,
    hero: {
      scene: 'skyline',
      variant: 11,
      alt: 'Illustration of rows of terraced houses under a pale sky',
      caption: 'Saltings ward covers the streets between the market hall and the inner harbour.',
      credit: MARA,
    },
    body: [
      {
        p: 'Five candidates have been confirmed for the by-election in Kestrel Bay’s Saltings ward, called after Cllr Derek Maybury stood down for health reasons after twenty-two years on the city council.',
      },
      {
        p: 'Nominations closed at noon on Wednesday. The candidates, in the order they will appear on the ballot paper, are:',
      },
      {
        list: [
          'Hollie Ashdown, Bay Progress',
          'Patrick Devereux, independent',
          'Farida Mansoor, Civic Alliance',
          'Owen Pruett, Green Coast',
          'Sandra Vickery, Kestrel Bay Residents First',
        ],
        ordered: true,
      },
      {
        p: 'Cllr Maybury was elected for the ruling Civic Alliance group, which held 28 of the council’s 54 seats before his resignation. A defeat would leave it with exactly half, relying on the casting vote of the lord mayor.',
      },
      {
        quote:
          'Every vote will count in this one. Saltings has been neglected for years, and people there know that better than anyone at the town hall.',
        speaker: 'Hollie Ashdown',
        role: 'Bay Progress candidate',
        source: 'told the Courier',
      },
      {
        p: 'Polling day is four weeks on Thursday. The deadline to register to vote is in twelve working days, and residents can check their registration on the [council’s elections page](https://example.org/kestrel-bay-council/elections).',
      },
    ],
  },
  {
    slug: 'roofing-fraudster-jailed-for-targeting-pensioners',
    headline: 'Roofer who conned pensioners out of £96,000 jailed for five years',
    dek: 'A judge said Craig Dunmore invented repairs and preyed on the fear of elderly people living alone.',
    sections: ['courts'],
    tags: ['Courts', 'Fraud'],
    authors: ['callum-reyes'],
    daysAgo: 10,
    hour: 14,
    hero: {
      scene: 'skyline',
      variant: 5,
      alt: 'Illustration of an old stone building with tall windows on a city street',
      caption: 'The case was heard at Kestrel Bay Crown Court over seven days.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'A man who persuaded elderly homeowners across Kestrel Bay and Harrowmere to pay for roof repairs that were never needed has been jailed for five years and four months.',
      },
      {
        p: 'Craig Dunmore, 44, of Brine Street, Kestrel Bay, was convicted of eleven counts of fraud after a trial at Kestrel Bay Crown Court. The jury heard he knocked on doors claiming to have spotted loose tiles, then climbed onto roofs and came down with photographs of damage taken elsewhere.',
      },
      {
        p: 'His victims were aged between 71 and 93. One widower paid more than £23,000 over three months for work on a chimney that a surveyor later found had not been touched.',
      },
      {
        quote:
          'You chose people you judged would be too frightened or too polite to argue. You took their savings and, in some cases, their confidence to live independently in their own homes.',
        speaker: 'Judge Helena Strickland',
        role: 'sentencing',
        source: 'said at Kestrel Bay Crown Court',
      },
      {
        quote:
          'If someone turns up uninvited saying your roof needs urgent work, close the door and call a family member or us. A genuine tradesperson will never mind waiting.',
        speaker: 'Detective Inspector Owen Marsh',
        role: 'Kessdale Police economic crime unit',
        source: 'said outside court',
      },
      { p: 'Proceedings to recover money from Dunmore’s assets will begin next year.' },
    ],
  },
  {
    slug: 'site-chosen-for-harrowmere-secondary-school',
    headline: 'Farmland on edge of Harrowmere chosen for new secondary school',
    dek: 'The 900-place school would end daily journeys of up to an hour for teenagers in the upper valley.',
    sections: ['local'],
    tags: ['Schools', 'Harrowmere', 'Education'],
    authors: ['imogen-thorne', 'callum-reyes'],
    daysAgo: 33,
    hour: 9,
    hero: {
      scene: 'field',
      variant: 7,
      alt: 'Illustration of green fields and hedgerows at the edge of a small town',
      caption:
        'The chosen site lies north of the Harrowmere bypass, next to the town’s rugby club.',
      credit: MARA,
    },
    body: [
      {
        p: 'A new secondary school for Harrowmere will be built on farmland north of the town’s bypass, Kessdale County Council has announced, after a search for a site that lasted nearly four years.',
      },
      {
        p: 'The 900-place school would be the first secondary in the upper Kess valley. At present about 700 children travel by bus each day to schools in Kestrel Bay, with some spending more than an hour each way.',
      },
      {
        quote:
          'My daughter leaves the house at twenty past seven and she is not home until five. That is a long day for an eleven-year-old before she has opened her homework.',
        speaker: 'Carys Lambourne',
        role: 'parent, Upper Kessdale',
        source: 'told the Courier',
      },
      {
        p: 'The council has agreed to buy the 14-acre site from a local farming family. It will now apply to the national education department for a share of the building costs, estimated at £38 million.',
      },
      {
        quote:
          'This is the single most important thing we can do for families in the valley. It will not be quick, but today it became real.',
        speaker: 'Cllr Bernard Stowe',
        role: 'cabinet member for children’s services, Kessdale County Council',
        source: 'in a statement',
      },
      {
        p: 'If funding is approved, the council hopes to open the school to its first Year 7 pupils in four years’ time.',
      },
    ],
  },
  {
    slug: 'westcliff-gp-surgeries-to-merge',
    headline: 'Two Westcliff GP surgeries to merge as practice struggles to recruit',
    dek: 'Patients at Cormorant Road will have to travel to a larger health centre a mile away from the spring.',
    sections: ['local'],
    tags: ['Health', 'Westcliff'],
    authors: ['imogen-thorne'],
    daysAgo: 40,
    hour: 11,
    body: [
      {
        p: 'Cormorant Road Surgery in Westcliff will close its doors and merge with the larger Westcliff Health Centre in the spring, after failing to replace two partners who retired last year.',
      },
      {
        p: 'The practice has about 4,800 patients, many of them older residents of the Cormorant Road and Tern Close estates. Letters explaining the change were sent out last week.',
      },
      {
        quote:
          'We have advertised five times and had no suitable applicants. Merging is the only way to keep a safe service for these patients rather than see the practice fail altogether.',
        speaker: 'Dr Hannah Quayle',
        role: 'senior partner, Westcliff Health Centre',
        source: 'in a letter to patients',
      },
      {
        p: 'Patients who spoke to the Courier said the health centre was a difficult walk uphill, and that the only bus between the two, the 14, runs just twice an hour.',
      },
      {
        quote:
          'For a lot of people round here, that surgery is the only place they go. Moving it a mile might as well be moving it ten.',
        speaker: 'Margaret Ellwood',
        role: 'Cormorant Road resident',
        source: 'told the Courier',
      },
      {
        p: 'The local health board said it would consider a weekly outreach clinic at the Tern Close community centre.',
      },
    ],
  },
  {
    slug: 'gulls-reach-bathing-water-downgraded',
    headline: 'Gulls Reach loses its “excellent” bathing water rating after sewage spills',
    dek: 'Storm overflows discharged into the bay on 63 days last year, figures from Tidewell Water show.',
    sections: ['environment'],
    tags: ['Water quality', 'Beaches', 'Sewage'],
    authors: ['imogen-thorne'],
    daysAgo: 45,
    hour: 13,
    hero: {
      scene: 'coast',
      variant: 11,
      alt: 'Illustration of a sandy beach and gentle waves under a wide sky',
      caption:
        'Gulls Reach is the city’s most popular beach and held an excellent rating for a decade.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'Gulls Reach, Kestrel Bay’s busiest beach, has been downgraded from “excellent” to “sufficient” in the annual bathing water classifications, after repeated sewage discharges into the bay.',
      },
      {
        p: 'Figures published by Tidewell Water show that two storm overflows near the beach released untreated sewage on 63 days last year, almost twice as many as the year before.',
      },
      {
        quote:
          'Our members swim here every morning of the year. We should not have to check an app before we get in the sea to see whether it is full of sewage.',
        speaker: 'Philippa Dray',
        role: 'secretary, Gulls Reach Sea Swimmers',
        source: 'told the Courier',
      },
      {
        p: 'Tidewell Water said it would spend £31 million over five years to increase storage at its Westcliff treatment works, which would cut discharges in heavy rain.',
      },
      {
        quote:
          'We know we have more to do, and we understand the frustration of people who love this beach. The investment we have committed will make a real difference.',
        speaker: 'Tidewell Water spokesperson',
        source: 'in a statement',
        sourceUrl: 'https://example.org/tidewell/news/bathing-water-statement',
      },
      {
        p: 'Swimmers can check real-time discharge alerts on the [Tidewell Water website](https://example.org/tidewell/overflow-map).',
      },
    ],
  },
  {
    slug: 'street-lights-to-dim-after-midnight',
    headline: 'Street lights to be dimmed after midnight to save £300,000 a year',
    dek: 'Lights on residential roads will drop to half brightness; main roads and town centres are not affected.',
    sections: ['local', 'politics'],
    tags: ['Council', 'Energy'],
    authors: ['callum-reyes'],
    daysAgo: 52,
    hour: 16,
    hero: {
      scene: 'night',
      variant: 6,
      alt: 'Illustration of a quiet residential street at night under street lamps',
      caption: 'About 11,000 street lights on residential roads will be affected.',
      credit: MARA,
    },
    body: [
      {
        p: 'Street lights on residential roads in Kestrel Bay will be dimmed to half brightness between midnight and 5am from the autumn, under plans approved by the city council.',
      },
      {
        p: 'The council says the change will save about £300,000 a year in electricity and reduce the city’s carbon emissions. All 11,000 affected lights were converted to LEDs over the past three years, which allows them to be controlled remotely.',
      },
      {
        quote:
          'Half brightness on an LED is still brighter than the old sodium lamps were at full power. We have looked carefully at safety, and we will turn any light back up if there is a good reason to.',
        speaker: 'Cllr Tobias Wren',
        role: 'cabinet member for housing and environment',
        source: 'said at a council meeting',
      },
      {
        p: 'Kessdale Police said it had been consulted and had no objections. A women’s safety group, Walk Home Kestrel Bay, asked for the routes between the railway station and outlying estates to be kept at full brightness.',
      },
      {
        p: 'Residents can ask for a light to be reviewed through the council’s online reporting tool.',
      },
    ],
  },
]
