import type { DemoStory } from '../types.js'

const MARA = 'Photo: Mara Lindqvist / The Kestrel Bay Courier'
const TOMASZ = 'Photo: Tomasz Brennan / The Kestrel Bay Courier'

/** Sport and culture: Kestrel Bay Athletic, the rowing club, the festival, theatre and books. */
export const sportCultureStories: DemoStory[] = [
  {
    slug: 'athletic-snatch-late-derby-winner',
    headline: 'Feld’s stoppage-time header wins the valley derby for Athletic',
    dek: 'Kestrel Bay Athletic beat Harrowmere Town 2-1 in front of the biggest Saltings Park crowd for six years.',
    sections: ['sport'],
    tags: ['Kestrel Bay Athletic', 'Football', 'Harrowmere Town'],
    authors: ['callum-reyes'],
    daysAgo: 1,
    hour: 21,
    hero: {
      scene: 'stadium',
      variant: 1,
      alt: 'Illustration of a floodlit football ground with a packed stand',
      caption: 'A crowd of 4,812 watched the derby at Saltings Park on Tuesday night.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'Jonah Feld rose highest at the far post in the third minute of stoppage time to give Kestrel Bay Athletic a 2-1 win over Harrowmere Town, sending most of the 4,812 crowd at Saltings Park home happy and lifting the Kestrels into the Southern Coast League play-off places.',
      },
      {
        p: 'Harrowmere had led at half-time through a deflected shot from their captain, Lewis Ormrod, and defended deep for much of the second half. Athletic equalised on 71 minutes when substitute Nico Barraclough turned in a low cross from the left.',
      },
      {
        p: 'The winner came from a corner won by the persistent Barraclough. Ellis Mercer’s delivery was met by Feld, who had spent most of the night struggling against Harrowmere’s two tall centre-backs.',
      },
      {
        quote:
          'You wait all game for one chance against a side like that. Jonah has not had the best of nights, but he kept going, and that is what strikers do.',
        speaker: 'Gareth Lowry',
        role: 'Kestrel Bay Athletic manager',
        source: 'said after the match',
      },
      {
        quote: 'We were two minutes from a point we deserved. It hurts, and it should hurt.',
        speaker: 'Siobhan Carrick',
        role: 'Harrowmere Town manager',
        source: 'said after the match',
      },
      { h: 'What comes next' },
      {
        p: 'Athletic travel to bottom side Portreath Rovers on Saturday. Harrowmere, now ninth, host the league leaders Dunmarsh United.',
      },
    ],
  },
  {
    slug: 'lowry-signs-new-athletic-contract',
    headline: 'Lowry commits his future to Athletic with three-year deal',
    dek: 'The manager, who took the club up two divisions, turned down an approach from a full-time side.',
    sections: ['sport'],
    tags: ['Kestrel Bay Athletic', 'Football'],
    authors: ['callum-reyes'],
    daysAgo: 16,
    hour: 18,
    hero: {
      scene: 'stadium',
      variant: 4,
      alt: 'Illustration of an empty football pitch and stand in daylight',
      caption:
        'Saltings Park, where Lowry has been in charge since the club’s relegation five years ago.',
      credit: MARA,
    },
    body: [
      {
        p: 'Gareth Lowry has signed a new three-year contract as manager of Kestrel Bay Athletic, ending speculation that he would leave for a bigger club.',
      },
      {
        p: 'Lowry, 46, took charge five years ago when Athletic had just been relegated and were close to going out of business. He has since led them to two promotions on one of the smallest budgets in the division.',
      },
      {
        quote:
          'I had a conversation with another club, and I will not pretend otherwise. But when I thought about leaving these players halfway through something, I could not do it.',
        speaker: 'Gareth Lowry',
        role: 'Kestrel Bay Athletic manager',
        source: 'told the Courier',
      },
      {
        p: 'The club’s chair, Marian Okwu, said the board had offered the best deal it could afford and that Lowry had helped shape the club’s plans for a new stand at the Saltings End.',
      },
      {
        p: 'Lowry’s assistant, the former Athletic captain Pete Hanlon, has also agreed a new deal.',
      },
    ],
  },
  {
    slug: 'rowing-club-wins-kess-regatta-eights',
    headline: 'Rowing club’s women’s eight win the Kess regatta for first time in 30 years',
    dek: 'Kestrel Bay Rowing Club beat the holders by a canvas in a final decided on the line.',
    sections: ['sport'],
    tags: ['Rowing', 'River Kess'],
    authors: ['imogen-thorne'],
    daysAgo: 11,
    hour: 19,
    hero: {
      scene: 'coast',
      variant: 4,
      alt: 'Illustration of rowing boats on calm water near a riverbank',
      caption: 'The final was rowed on the tidal stretch of the Kess below Ferry Road.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'Kestrel Bay Rowing Club’s women’s eight won the senior title at the Kess Regatta on Saturday for the first time since 1994, beating the holders, Harrowmere Boat Club, by a canvas in a thrilling final.',
      },
      {
        p: 'The two crews were level at the halfway mark on the tidal stretch below Ferry Road. Harrowmere pushed ahead with 300 metres to go, but the Kestrel Bay crew, stroked by 19-year-old Amara Venn, closed the gap in the last twenty strokes.',
      },
      {
        quote:
          'I could not see them, I could only hear them. Our cox was screaming that we were level and I just thought, one more stroke, then one more.',
        speaker: 'Amara Venn',
        role: 'stroke, Kestrel Bay Rowing Club',
        source: 'told the Courier',
      },
      {
        quote:
          'Half this crew had never sat in a boat three years ago. They learned on the harbour at six in the morning in the dark. This belongs to them.',
        speaker: 'Hannah Verity',
        role: 'head coach, Kestrel Bay Rowing Club',
        source: 'told the Courier',
      },
      {
        p: 'The club’s junior quad also reached its final, finishing third. More than 60 crews from across the region took part in the regatta, which raised £7,000 for the Kestrel Bay lifeboat.',
      },
    ],
  },
  {
    slug: 'athletic-women-clinch-promotion',
    headline: 'Athletic Women clinch promotion with two games to spare',
    dek: 'A 4-0 win at Dunmarsh sealed the title and a place in the regional premier division.',
    sections: ['sport'],
    tags: ['Kestrel Bay Athletic', 'Women’s football'],
    authors: ['callum-reyes'],
    daysAgo: 29,
    hour: 20,
    hero: {
      scene: 'stadium',
      variant: 7,
      alt: 'Illustration of a small football ground with players celebrating',
      caption: 'Athletic Women celebrate in front of the travelling supporters at Dunmarsh.',
      credit: MARA,
    },
    body: [
      {
        p: 'Kestrel Bay Athletic Women will play in the regional premier division next season after a 4-0 win away at Dunmarsh United sealed the league title with two matches still to play.',
      },
      {
        p: 'Captain Freya Salcombe scored twice in the first half, and teenager Imani Roche added the third with a curling shot from the edge of the area. Salcombe completed her hat-trick from the penalty spot late on.',
      },
      {
        quote:
          'When I joined this club we trained on a gravel pitch behind the school and had six players turn up on a wet Tuesday. Look at us now.',
        speaker: 'Freya Salcombe',
        role: 'Kestrel Bay Athletic Women captain',
        source: 'told the Courier',
      },
      {
        p: 'The team has lost only once all season and has scored 71 league goals. The club said it would move some of the women’s home matches to Saltings Park next season.',
      },
      {
        p: 'The final home game of the season, against Portreath Rovers Ladies, will be followed by the presentation of the trophy.',
      },
    ],
  },
  {
    slug: 'bay-swim-raises-record-sum',
    headline: 'Bay Swim raises record £42,000 for hospice',
    dek: 'Nearly 700 swimmers crossed the inner harbour in the event’s biggest year.',
    sections: ['sport', 'local'],
    tags: ['Charity', 'Sea swimming'],
    authors: ['imogen-thorne'],
    daysAgo: 50,
    hour: 15,
    body: [
      {
        p: 'Nearly 700 swimmers took part in the annual Bay Swim across Kestrel Bay’s inner harbour on Sunday, raising a record £42,000 for the Kessdale Hospice.',
      },
      {
        p: 'The 800-metre course runs from the slipway at the North Pier to the steps below the harbour office. Swimmers ranged in age from 12 to 84, and many wore fancy dress.',
      },
      {
        quote:
          'My husband was cared for by the hospice in his last weeks. I swim every year for him, and every year I swear it will be the last.',
        speaker: 'Doreen Pascoe',
        role: '84-year-old swimmer',
        source: 'told the Courier',
      },
      {
        p: 'The fastest swimmer was 17-year-old Kit Harland of Westcliff, who finished in 11 minutes and 48 seconds.',
      },
      {
        p: 'Organisers thanked the harbour authority, the lifeboat crew and the coastguard, who kept the harbour closed to boats for the morning.',
      },
    ],
  },
  {
    slug: 'tidewater-festival-announces-lineup',
    headline: 'Tidewater Festival unveils its biggest line-up, with a night of music on the pier',
    dek: 'The four-day festival will spread to eleven venues, including a reopened ropeworks and the deck of a lightship.',
    sections: ['culture'],
    tags: ['Tidewater Festival', 'Music'],
    authors: ['priya-halvorsen'],
    daysAgo: 4,
    hour: 10,
    hero: {
      scene: 'field',
      variant: 9,
      alt: 'Illustration of festival tents and flags in a field by the sea',
      caption: 'The main festival field at Gulls Reach will host the weekend’s headline acts.',
      credit: MARA,
    },
    body: [
      {
        p: 'The Tidewater Festival has announced its largest programme in its 23-year history, with more than 120 events across eleven venues in Kestrel Bay over four days.',
      },
      {
        p: 'Highlights include a late-night concert on the North Pier, a folk programme in the restored Victorian ropeworks on Cable Street, and readings on the deck of the decommissioned lightship Kestrel Light.',
      },
      {
        quote:
          'We wanted the festival to get into corners of the town people have walked past for years without looking. The ropeworks has not had an audience in it for half a century.',
        speaker: 'Leon Abernathy',
        role: 'artistic director, Tidewater Festival',
        source: 'at the programme launch',
      },
      {
        p: 'About a third of events are free. Tickets for the rest go on sale on Friday, with a discount for residents of Kestrel Bay and Kessdale.',
      },
      {
        list: [
          'Thursday: opening parade from the Old Town to the harbour',
          'Friday: the pier concert and late-night film screenings',
          'Saturday: music on the Gulls Reach festival field',
          'Sunday: family day and the lantern procession',
        ],
      },
      {
        p: 'The full programme is on the [festival website](https://example.org/tidewater-festival/programme).',
      },
    ],
  },
  {
    slug: 'review-the-lamplighters-daughter',
    headline: 'Review: The Lamplighter’s Daughter is a quiet storm of a play',
    dek: 'Oona Fairbrother’s new drama at the Old Customs House Theatre finds whole lives inside one lighthouse kitchen.',
    sections: ['culture'],
    tags: ['Theatre', 'Reviews', 'Old Customs House Theatre'],
    authors: ['priya-halvorsen'],
    daysAgo: 6,
    hour: 21,
    hero: {
      scene: 'night',
      variant: 8,
      alt: 'Illustration of a lit theatre building on a harbourside at night',
      caption: 'The Old Customs House Theatre, where the play runs for three more weeks.',
      credit: TOMASZ,
    },
    body: [
      {
        p: 'Three people, one kitchen, one winter. That is all Oona Fairbrother needs for The Lamplighter’s Daughter, the Old Customs House Theatre’s first new commission in five years, and it is more than enough.',
      },
      {
        p: 'The play is set in 1953 on a rock lighthouse off a coast that looks very much like our own. Ada, the keeper’s daughter, has come home to nurse her father; a relief keeper arrives and the storm shuts the three of them in together for nine days.',
      },
      { h: 'Performances' },
      {
        p: 'Rosa Penhale is superb as Ada, funny and furious and guarded, and Tobias Lantry makes the dying keeper far more than a figure of pity. Director Kwame Adjei keeps the pace slow without ever letting it sag, and the sound of the sea rises and falls under everything.',
      },
      {
        quote:
          'I wanted to write about the people who keep the lights on while everyone else sleeps, in every sense.',
        speaker: 'Oona Fairbrother',
        role: 'playwright',
        source: 'in a programme note',
      },
      {
        p: 'If the final scene over-explains a little, it is a small complaint about an evening that stays with you on the walk home along the harbour. Four stars.',
      },
      {
        p: 'The Lamplighter’s Daughter runs at the Old Customs House Theatre until the end of the month.',
      },
    ],
  },
  {
    slug: 'maud-pellow-debut-novel-herring-year',
    headline: 'Retired teacher’s debut novel brings the herring fleet back to life',
    dek: 'Maud Pellow, 71, spent twelve years writing The Herring Year, a story of the last great season of the Kestrel Bay fleet.',
    sections: ['books', 'culture'],
    tags: ['Books', 'Fishing', 'Local history'],
    authors: ['imogen-thorne'],
    daysAgo: 22,
    hour: 11,
    hero: {
      scene: 'coast',
      variant: 12,
      alt: 'Illustration of old fishing boats drawn up on a shingle beach',
      caption: 'Herring boats once filled the inner harbour from quay to quay.',
      credit: MARA,
    },
    body: [
      {
        p: 'When Maud Pellow retired after 34 years teaching English at Kestrel Bay Academy, she promised herself she would finally write the novel she had been telling her pupils about. Twelve years later, The Herring Year is in the window of every bookshop in the city.',
      },
      {
        p: 'The novel follows three generations of a fishing family through the autumn of 1959, the last season in which the herring came into the bay in their millions. It has been published by a small press in the region and has already gone into a third printing.',
      },
      {
        quote:
          'My father fished out of this harbour, and his father before him. I wanted to get down the way they talked and the way they worried before everyone who remembered it was gone.',
        speaker: 'Maud Pellow',
        role: 'author',
        source: 'told the Courier',
      },
      {
        p: 'Pellow interviewed more than forty former fishermen, gutters and net-makers while she worked on the book, and has given the recordings to the Kestrel Bay Maritime Museum.',
      },
      {
        p: 'She will read from the novel at the Tidewater Festival, aboard the lightship Kestrel Light.',
      },
    ],
  },
  {
    slug: 'libraries-restore-sunday-opening',
    headline: 'City libraries restore Sunday opening after volunteer campaign',
    dek: 'Central Library and two branches will open on Sundays for the first time since cuts eight years ago.',
    sections: ['culture', 'local'],
    tags: ['Libraries', 'Council'],
    authors: ['callum-reyes'],
    daysAgo: 42,
    hour: 9,
    body: [
      {
        p: 'Three of Kestrel Bay’s libraries will open on Sunday afternoons from next month, reversing a cut made eight years ago.',
      },
      {
        p: 'Central Library, Westcliff Library and Harbour Quarter Library will open from 12pm to 4pm. The change is funded by a mix of council money and a grant from a charitable trust, with trained volunteers helping staff.',
      },
      {
        quote:
          'Sunday is when families have time together, and when a lot of people who work all week can finally get to a library. It never made sense for them to be shut.',
        speaker: 'Yusuf Ibarra',
        role: 'organiser, Friends of Kestrel Bay Libraries',
        source: 'told the Courier',
      },
      {
        p: 'The campaign collected more than 5,000 signatures and recruited 80 volunteers over two years.',
      },
      { p: 'The council said it would review visitor numbers after six months.' },
    ],
  },
]
