import type { DemoStory } from '../types.js'

const MARA = 'Photo: Mara Lindqvist / The Kestrel Bay Courier'
const TOMASZ = 'Photo: Tomasz Brennan / The Kestrel Bay Courier'

/** Local news: council, housing, harbour, transport, health, schools and courts. */
export const localStories: DemoStory[] = [
  {
    slug: 'council-approves-harbour-quarter-homes',
    headline: 'Council approves 420 homes on former Harbour Quarter coal yard',
    dek: 'Planners backed the scheme by a single vote after a four-hour meeting, despite objections that too few of the flats will be affordable.',
    sections: ['local', 'politics'],
    tags: ['Housing', 'Harbour Quarter', 'Planning'],
    authors: ['callum-reyes', 'imogen-thorne'],
    daysAgo: 0,
    hour: 7,
    hero: {
      scene: 'skyline',
      variant: 3,
      alt: 'Illustration of apartment blocks and cranes against an evening sky',
      caption: 'The former coal yard off Quayside Road has stood empty since 2009.',
      credit: MARA,
    },
    body: [
      {
        p: 'Kestrel Bay City Council’s planning committee has approved plans for 420 homes on the former coal yard in the Harbour Quarter, ending more than a decade of argument over one of the largest empty sites in the city.',
      },
      {
        p: 'The scheme, from developer Westerly Living, includes three apartment blocks of up to eleven storeys, a public square facing the inner basin and ground-floor space for shops and a GP surgery. Councillors voted six to five in favour shortly before midnight on Tuesday.',
      },
      {
        p: 'Only 15 per cent of the homes will be offered at affordable rents, half the council’s usual target. Westerly Living told the committee that the cost of cleaning up contaminated soil on the site made a higher share unviable, a claim backed by an independent assessment commissioned by the council.',
      },
      {
        quote:
          'Nobody in this room wanted fifteen per cent. But the choice tonight was between fifteen per cent of something and a hundred per cent of nothing, and that site has been nothing for far too long.',
        speaker: 'Cllr Tobias Wren',
        role: 'cabinet member for housing and environment',
        source: 'said at the planning committee',
      },
      { h: 'Objections from neighbours' },
      {
        p: 'More than 300 people objected to the plans, most of them residents of the terraced streets behind Quayside Road who said the tallest block would overshadow their gardens. Several spoke at the meeting, including the chair of the Harbour Quarter Residents’ Association, Lorna Pettigrew.',
      },
      {
        quote:
          'We are not against homes. We are against being told that the only homes we can have are ones our own children will never afford.',
        speaker: 'Lorna Pettigrew',
        role: 'chair, Harbour Quarter Residents’ Association',
        source: 'told the Courier',
      },
      {
        p: 'Work on the first block could begin next spring if the developer discharges its conditions in time. The full committee report is available on the [council’s planning portal](https://example.org/kestrel-bay-council/planning/hq-coal-yard).',
      },
    ],
    corrections: [
      {
        kind: 'update',
        text: 'This article was updated after the meeting closed to include the final vote, six in favour and five against, and a response from the Harbour Quarter Residents’ Association.',
        hoursAfter: 3,
      },
    ],
  },
  {
    slug: 'overnight-storm-floods-lower-kessdale',
    headline: 'Sixty homes flooded as River Kess bursts its banks overnight',
    dek: 'Families in Brackenholt and Millford were moved to a leisure centre after rain fell for eleven hours without a break.',
    sections: ['environment', 'local'],
    tags: ['Weather', 'Flooding', 'River Kess'],
    authors: ['imogen-thorne', 'callum-reyes'],
    daysAgo: 1,
    hour: 6,
    hero: {
      scene: 'rain',
      variant: 1,
      alt: 'Illustration of heavy rain falling over rooftops and a swollen river',
      caption: 'Floodwater covers the lane into Brackenholt early on Wednesday.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'About sixty homes in the Lower Kessdale villages of Brackenholt and Millford were flooded overnight after the River Kess rose more than two metres in six hours, the highest level recorded at the Millford gauge since it was installed.',
      },
      {
        p: 'Firefighters used boats to help residents from a row of cottages on Mill Lane shortly after 2am. Forty-three people spent the rest of the night at the Kessdale Leisure Centre, where volunteers from the Red Kite community group handed out blankets and hot drinks.',
      },
      {
        quote:
          'The water came under the door, then through the floorboards, then it was just everywhere. We carried the dog and the photo albums upstairs and waited.',
        speaker: 'Beverley Okafor',
        role: 'Mill Lane resident',
        source: 'told the Courier',
      },
      { h: 'Roads still closed' },
      {
        p: 'Kessdale Police said the following roads remained closed on Wednesday morning and asked drivers not to ignore the signs:',
      },
      {
        list: [
          'The B3190 between Millford and Harrowmere',
          'Mill Lane, Brackenholt',
          'Ferry Road at the Kess crossing',
          'Church Hill, Millford, for a fallen tree',
        ],
      },
      {
        quote:
          'We expect river levels to fall through the day, but the ground is saturated and any further rain will run straight off the fields.',
        speaker: 'Nadia Fairweather',
        role: 'flood duty officer, national environment regulator',
        source: 'in a statement',
        sourceUrl: 'https://example.org/environment-regulator/flood-updates/kess',
      },
      {
        p: 'Kestrel Bay City Council has opened a hardship fund for flooded households. Details are on the [council’s flood support page](https://example.org/kestrel-bay-council/flood-support).',
      },
    ],
  },
  {
    slug: 'bayline-to-cut-three-evening-bus-routes',
    headline: 'Bayline to scrap three evening bus routes, blaming falling fares',
    dek: 'The operator says services to Westcliff, Gulls Reach and the hospital after 7pm carry fewer than six passengers a trip.',
    sections: ['local'],
    tags: ['Transport', 'Buses'],
    authors: ['callum-reyes'],
    daysAgo: 3,
    hour: 15,
    hero: {
      scene: 'night',
      variant: 2,
      alt: 'Illustration of a street at night with lit windows and a bus stop',
      caption: 'The 14 to Westcliff is among the services that will stop running after 7pm.',
      credit: MARA,
    },
    body: [
      {
        p: 'Bayline Buses will withdraw three evening services from the start of next month, leaving parts of Westcliff and the Gulls Reach estate without a bus after seven o’clock for the first time in decades.',
      },
      {
        p: 'The company said passenger numbers on the 14, 22 and 31 routes had not recovered since fares were raised two years ago, and that the council’s subsidy for the routes ends this month.',
      },
      {
        quote:
          'We have kept these buses running at a loss for as long as we responsibly can. Without support, an empty bus is not a service, it is a cost.',
        speaker: 'Howard Pike',
        role: 'commercial director, Bayline Buses',
        source: 'in a statement',
      },
      {
        p: 'The 31 is the only direct evening link to St Brannoc’s Hospital from the east of the city. Nurses and porters who finish late shifts have started a petition, which had more than 2,000 signatures by Friday afternoon.',
      },
      {
        quote:
          'I finish at half nine. After next month it is a forty-minute walk along an unlit road, or a taxi that costs a fifth of my shift.',
        speaker: 'Daniel Asante',
        role: 'healthcare assistant at St Brannoc’s',
        source: 'told the Courier',
      },
      {
        p: 'The council’s transport committee will discuss the cuts on the 18th. A spokesperson said officers were looking at whether a demand-responsive minibus could cover the hospital route.',
      },
    ],
  },
  {
    slug: 'st-brannocs-emergency-waits-worst-on-record',
    headline: 'Emergency waits at St Brannoc’s reach worst level on record',
    dek: 'Fewer than six in ten patients were seen within four hours last month as the hospital waits for a new urgent treatment centre.',
    sections: ['local'],
    tags: ['Health', 'St Brannoc’s Hospital'],
    authors: ['imogen-thorne'],
    daysAgo: 5,
    hour: 10,
    hero: {
      scene: 'skyline',
      variant: 7,
      alt: 'Illustration of a large building with many windows under a grey sky',
      caption:
        'St Brannoc’s is the only hospital with an emergency department between Harrowmere and the coast.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'Only 58 per cent of patients at St Brannoc’s Hospital’s emergency department were admitted, transferred or discharged within four hours last month, the lowest figure since the Kessdale Health Trust began publishing the data.',
      },
      {
        p: 'The trust said attendances were up by 11 per cent on the same month last year, and that an average of 74 beds a day were occupied by patients who were well enough to leave but had no care package in place.',
      },
      {
        quote:
          'Our staff are working flat out, and I want to apologise to every patient who waited longer than they should have. The pressure is at the back door of the hospital as much as the front.',
        speaker: 'Dr Femi Adeyemi-Clarke',
        role: 'chief operating officer, Kessdale Health Trust',
        source: 'said at a trust board meeting',
        sourceUrl: 'https://example.org/kessdale-health-trust/board-papers',
      },
      { h: 'New centre delayed' },
      {
        p: 'An urgent treatment centre on the hospital site, intended to see minor injuries away from the main department, was due to open in the spring but has been held up by a shortage of specialist electrical contractors. The trust now expects it to open before the end of the year.',
      },
      {
        p: 'Patients’ group Kessdale Health Watch said it had received more than forty complaints about long waits in the past month, including from an 89-year-old woman who spent fourteen hours on a trolley.',
      },
    ],
  },
  {
    slug: 'marlowe-street-primary-closed-roof-fault',
    headline: 'Marlowe Street Primary shut after fault found in roof panels',
    dek: 'Two hundred pupils will be taught at a church hall and a secondary school while engineers inspect the 1960s building.',
    sections: ['local'],
    tags: ['Schools', 'Education'],
    authors: ['callum-reyes'],
    daysAgo: 8,
    hour: 17,
    hero: {
      scene: 'field',
      variant: 4,
      alt: 'Illustration of a low building beside an empty playing field',
      caption:
        'The school’s playground was empty on Monday after parents were told to keep children at home.',
      credit: MARA,
    },
    body: [
      {
        p: 'Marlowe Street Primary School in the Saltings area of Kestrel Bay has closed with immediate effect after a routine survey found weakened concrete panels in the roof of its main hall and four classrooms.',
      },
      {
        p: 'Parents received a text message on Sunday evening telling them not to send their children in on Monday. The headteacher, Joanna Castell, said the decision had been taken on the advice of structural engineers.',
      },
      {
        quote:
          'I know how hard this is for families, especially with so little notice. But I will not put a child or a member of staff under a ceiling that an engineer cannot promise me is safe.',
        speaker: 'Joanna Castell',
        role: 'headteacher, Marlowe Street Primary',
        source: 'in a letter to parents',
      },
      {
        p: 'From Wednesday, reception and infant classes will be taught at St Aidan’s church hall, while older pupils will use empty classrooms at Kestrel Bay Academy, a ten-minute walk away. The council has arranged a free minibus for pupils who live further away.',
      },
      {
        p: 'The council said inspections of the building would take at least three weeks. It is not yet known whether the affected panels can be propped or will have to be replaced.',
      },
    ],
  },
  {
    slug: 'fenwick-ferries-fined-over-lifejackets',
    headline: 'Ferry firm fined after lifejackets found locked away on harbour crossing',
    dek: 'Fenwick Ferries admitted breaching safety rules when an inspector found the boat’s lifejacket locker padlocked with passengers aboard.',
    sections: ['courts', 'local'],
    tags: ['Courts', 'Harbour', 'Ferries'],
    authors: ['callum-reyes'],
    daysAgo: 2,
    hour: 16,
    hero: {
      scene: 'harbour',
      variant: 5,
      alt: 'Illustration of a small passenger boat moored in a harbour',
      caption:
        'The Fenwick crossing carries about 90,000 passengers a year between the Old Town and Fenwick Point.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'The operator of the passenger ferry between Kestrel Bay’s Old Town and Fenwick Point has been fined £14,000 after admitting that lifejackets were locked away during a crossing with 38 people on board.',
      },
      {
        p: 'Kestrel Bay Magistrates’ Court heard that a maritime safety inspector boarded the Fenwick Lass unannounced last summer and found the locker padlocked. The key was in the skipper’s coat in the wheelhouse.',
      },
      {
        quote:
          'If that vessel had struck something in the channel, passengers would have been looking at a locked box while the water came in. That is the risk this law exists to prevent.',
        speaker: 'Marcus Ellery',
        role: 'prosecuting for the maritime safety agency',
        source: 'told the court',
      },
      {
        p: 'Fenwick Ferries Ltd pleaded guilty to one charge of failing to ensure life-saving equipment was readily available. Its lawyer said the locker had been secured after a spate of thefts and that the company had since fitted quick-release catches.',
      },
      {
        p: 'District Judge Ravinder Sohal said the firm had a previously good record and had co-operated fully. As well as the fine, it was ordered to pay £3,200 in costs.',
      },
    ],
    corrections: [
      {
        kind: 'correction',
        text: 'An earlier version of this article said Fenwick Ferries was fined £18,000. The fine was £14,000, with £3,200 in costs. We apologise for the error.',
        hoursAfter: 5,
      },
    ],
  },
  {
    slug: 'north-pier-restoration-wins-heritage-grant',
    headline: 'North Pier restoration wins £2.4m heritage grant',
    dek: 'The money will pay to replace rusted ironwork and reopen the pier’s far end, closed to the public since a storm eight years ago.',
    sections: ['local'],
    tags: ['Heritage', 'Seafront'],
    authors: ['imogen-thorne'],
    daysAgo: 12,
    hour: 9,
    hero: {
      scene: 'coast',
      variant: 2,
      alt: 'Illustration of a long pier stretching out over a calm sea',
      caption:
        'The seaward third of North Pier has been fenced off since it was damaged in a storm.',
      credit: MARA,
    },
    body: [
      {
        p: 'Kestrel Bay’s North Pier will be restored to its full length for the first time in eight years after the North Pier Trust was awarded £2.4 million by a national heritage fund.',
      },
      {
        p: 'The grant, matched by £600,000 raised locally, will pay for about 140 cast-iron columns to be replaced or repaired and for a new deck on the seaward section, which has been fenced off since it was damaged in a winter storm.',
      },
      {
        quote:
          'Every family in this town has a photograph taken at the end of that pier. In a couple of years we will be able to take those photographs again.',
        speaker: 'Edwin Caldecott',
        role: 'chair, North Pier Trust',
        source: 'told the Courier',
      },
      {
        p: 'The trust said work would be done in stages so that the pavilion and the landward end could stay open through the summer. Specialist contractors will have to work around the tides, as most of the ironwork can only be reached at low water.',
      },
      {
        p: 'Local schools will be invited to help design a series of tiles for the new deck. Details of how to take part will be published on the [trust’s website](https://example.org/north-pier-trust/tiles).',
      },
    ],
  },
  {
    slug: 'harrowmere-rail-reopening-consultation',
    headline: 'Public asked for views on reopening Harrowmere railway line',
    dek: 'The Kess Valley line closed to passengers in 1966; a new station at Millford is among the options on the table.',
    sections: ['local', 'politics'],
    tags: ['Transport', 'Railways', 'Harrowmere'],
    authors: ['callum-reyes'],
    daysAgo: 15,
    hour: 8,
    hero: {
      scene: 'rail',
      variant: 1,
      alt: 'Illustration of railway tracks curving through green hills',
      caption: 'The disused trackbed near Millford is now a footpath and cycleway.',
      credit: MARA,
    },
    body: [
      {
        p: 'People across Kessdale are being asked whether passenger trains should return to the line between Kestrel Bay and Harrowmere, nearly sixty years after the last service ran.',
      },
      {
        p: 'A six-week consultation launched on Monday sets out three options drawn up by consultants for the Kessdale Transport Partnership, which brings together the city and county councils.',
      },
      {
        list: [
          'A shuttle every hour between Kestrel Bay Central and Harrowmere, with no stops in between',
          'A half-hourly service with a new station at Millford',
          'An extended service continuing to Upper Kessdale on restored freight track',
        ],
        ordered: true,
      },
      {
        quote:
          'Harrowmere is the largest town in the region without a railway station. If we are serious about getting cars off the valley road, this is the conversation we have to have.',
        speaker: 'Cllr Anwen Price',
        role: 'chair, Kessdale Transport Partnership',
        source: 'said at the consultation launch',
      },
      {
        p: 'Reopening would cost between £90 million and £160 million depending on the option chosen, and would need national government funding. Cyclists’ groups have raised concerns about losing the popular Kess Valley Trail, which runs along the old trackbed.',
      },
      {
        p: 'The consultation documents are available online and at libraries in Kestrel Bay and Harrowmere. Responses can be submitted through the [partnership’s website](https://example.org/kessdale-transport/rail-consultation).',
      },
    ],
  },
]
