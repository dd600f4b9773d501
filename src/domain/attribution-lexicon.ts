/**
 * The word lists behind the attribution suggester (`attribution-suggest.ts`). They are English
 * news usage, kept short on purpose: a word here makes the suggester read a phrase as an
 * attribution, so every addition trades recall for precision (`npm run bench:attribution`).
 */

/** Verbs that attribute a statement to their subject ("X said", "said X", "X told reporters"). */
export const speechVerbs = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'states',
  'noted',
  'explained',
  'warned',
  'warns',
  'argued',
  'argues',
  'insisted',
  'insists',
  'claimed',
  'claims',
  'confirmed',
  'confirms',
  'acknowledged',
  'announced',
  'wrote',
  'writes',
  'suggested',
  'indicated',
  'replied',
  'recalled',
  'reported',
  'reports',
  'described',
]

/** Job titles and roles: the word before a name ("spokesman Dmitry …") that makes it a role. */
export const titleWords = new Set(
  `spokesman spokeswoman spokesperson minister president premier chancellor secretary advisor
  adviser director chief executive chair chairman chairwoman chairperson leader mayor councillor
  councilor governor senator representative judge justice sheriff officer inspector commissioner
  superintendent coach manager captain striker goalkeeper player professor doctor researcher
  scientist economist analyst lawyer attorney prosecutor counsel ambassador envoy general colonel
  admiral commander king queen prince princess bishop farmer owner founder ceo head organiser
  organizer engineer teacher headteacher principal nurse witness activist campaigner official
  deputy treasurer clerk sergeant detective constable chef author editor curator cyclist runner
  athlete skipper lawmaker mp congressman congresswoman trustee dean pastor rabbi imam challenger
  volcanologist geologist geochemist entomologist historian architect planner surgeon paramedic
  firefighter pilot driver chair secretary-general president-elect`
    .split(/\s+/)
    .filter((w) => w !== ''),
)

/** Honorifics dropped from a speaker's name ("Dr. Amara Osei" is "Amara Osei"). */
export const honorifics = new Set(
  ['dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'prof', 'prof.', 'sir', 'dame'].concat([
    'professor',
  ]),
)

/** Nouns that head an unnamed source ("an unnamed member", "officials", "people familiar"). */
export const anonymousHead =
  /^(?:officials?|sources?|persons?|people|diplomats?|aides?|insiders?|members?|employees?|executives?|someone|witnesses|residents|negotiators|analysts|officers)$/i

/** Nouns that head a document ("a statement from …", "court filings", "figures from …"). */
export const documentHead =
  /^(?:statements?|reports?|study|studies|survey|audit|review|analysis|filings?|records?|documents?|data|figures|letter|ruling|judgment|release|minutes|papers|memo|assessment|census|accounts|research)$/i

/** Institutions that speak as themselves ("police said", "the club said"). */
export const institutionHead =
  /^(?:police|prosecutors|firefighters|paramedics|organi[sz]ers|authorities|club|company|council|operator|ministry|government|bank|firm|team|agency|department|hospital|school|university|league|federation|union|court|airline|army|military|regulator|committee|board|charity|museum|group|developer|airport|embassy|coastguard|service|trust|inquiry|commission|campaign)$/i

/** Words in a name that make it a news outlet ("… Gazette", "… News Agency", "… TV"). */
export const outletWord =
  /(?:^|\s)(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Courier|Chronicle|Echo|Ledger|Telegraph|Guardian|Observer|Mirror|Express|Monitor|Bulletin|Dispatch|Inquirer|Daily|Weekly|Radio|TV|Television|Channel|Agency|Press|Broadcasting)(?:\s|$)|wire$/

/** Agencies and broadcasters known by a bare name. */
export const knownOutlets = new Set(
  [
    'Reuters',
    'Bloomberg',
    'Tass',
    'TASS',
    'AFP',
    'AP',
    'Associated Press',
    'Interfax',
    'Xinhua',
    'BBC',
    'CNN',
    'NPR',
    'Politico',
    'Axios',
    'Al Jazeera',
    'RIA Novosti',
    'Kyodo',
    'Yonhap',
    'ANSA',
    'EFE',
    'dpa',
    'NHK',
    'Euronews',
  ].map((n) => n.toLowerCase()),
)

/** A common noun that names an outlet right before or after its name ("broadcaster KTV"). */
export const outletNoun =
  '(?:news agency|news service|agency|broadcaster|newspaper|daily|television channel|channel|station|outlet|website|magazine|wire service)'

/** Words a capitalised run may start with that are not names (sentence openers, days, months). */
export const notNames = new Set(
  `The A An This That These Those It Its He She They We I You His Her Their Our But And Or If When
  While After Before As In On At By For From With Asked According Monday Tuesday Wednesday Thursday
  Friday Saturday Sunday January February March April May June July August September October
  November December Separately Meanwhile However Earlier Later Last Next`
    .split(/\s+/)
    .filter((w) => w !== ''),
)
