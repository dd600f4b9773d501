import type { DemoStory } from '../types.js'

const MARA = 'Photo: Mara Lindqvist / The Kestrel Bay Courier'
const CPA = 'Photo: Coastal Press Agency'

/** National news from the Coastal Press Agency wire, with local angles added by Courier staff. */
export const nationalStories: DemoStory[] = [
  {
    slug: 'government-publishes-coastal-erosion-plan',
    headline: 'Government unveils £1.2bn plan to protect coastal towns from erosion',
    dek: 'Ministers say some stretches of coastline will not be defended, and communities may have to move inland.',
    sections: ['news', 'environment'],
    tags: ['Coast', 'Erosion', 'Government'],
    authors: ['cpa', 'imogen-thorne'],
    daysAgo: 24,
    hour: 10,
    hero: {
      scene: 'coast',
      variant: 8,
      alt: 'Illustration of houses close to the edge of an eroding cliff',
      caption: 'Houses near the cliff edge at Fenwick Point, one of the places named in the plan.',
      credit: MARA,
    },
    body: [
      {
        p: 'The government has published a ten-year, £1.2 billion plan to protect coastal communities from erosion and rising seas, but admitted that some stretches of coast will be left to retreat.',
      },
      {
        p: 'The plan divides the coastline into three categories: places where defences will be maintained or improved, places where natural processes will be managed, and a small number of places where ministers say holding the line is no longer realistic.',
      },
      {
        quote:
          'We owe people honesty. In most places we will defend the coast, and we are putting the money in to do it. In a few, the kindest thing we can do is help people plan for a move.',
        speaker: 'The environment minister',
        source: 'told parliament',
      },
      { h: 'What it means for Kestrel Bay' },
      {
        p: 'Kestrel Bay’s seafront and harbour walls are in the first category and are in line for about £40 million of improvements. But around thirty homes on Fenwick Point fall into the third category, where the plan proposes buying properties at risk rather than building new defences.',
      },
      {
        quote:
          'We found out from the radio. Nobody has knocked on our door to tell us our house is one they have decided to give up on.',
        speaker: 'Aled Jenkins',
        role: 'Fenwick Point resident',
        source: 'told the Courier',
      },
      {
        p: 'The full plan is available on the [government’s website](https://example.org/gov/coastal-plan). A consultation on the compensation scheme will run until the end of the year.',
      },
    ],
  },
  {
    slug: 'national-road-repair-fund-pothole-backlog',
    headline: 'Councils to share £900m road repair fund as pothole backlog grows',
    dek: 'Kestrel Bay is in line for £4.1m, but the city says its backlog of repairs would cost ten times that.',
    sections: ['news'],
    tags: ['Roads', 'Government', 'Transport'],
    authors: ['cpa'],
    daysAgo: 37,
    hour: 7,
    hero: {
      scene: 'bridge',
      variant: 8,
      alt: 'Illustration of a road crossing a bridge with traffic',
      caption: 'Councils say years of wet winters have accelerated damage to road surfaces.',
      credit: CPA,
    },
    body: [
      {
        p: 'Local councils will share £900 million over the next two years to repair potholes and resurface roads, the transport department announced on Wednesday.',
      },
      {
        p: 'The money will be allocated according to the length of road each council maintains and the condition of its network. Councils will have to publish how much they spend and which roads they repair.',
      },
      {
        quote:
          'Potholes are the number one complaint in almost every constituency. This money is for fixing roads, and we want to see every pound of it in the ground.',
        speaker: 'A transport department spokesperson',
        source: 'in a statement',
      },
      {
        p: 'A group representing local authorities said the fund was welcome but fell far short of the estimated national backlog of more than £14 billion.',
      },
      {
        p: 'Kestrel Bay City Council expects to receive about £4.1 million. Its own survey puts the cost of bringing the city’s roads up to a good standard at £43 million.',
      },
    ],
  },
]
