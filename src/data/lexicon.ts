// The word lists the actor extractor reasons with. Gazetteers (places, demonyms, given names) come
// from data packages via src/data/gazetteer.ts; the short closed lists below are English grammar and
// newsroom vocabulary (titles, head nouns of organisations and places), not names of anything.
import { DEMONYMS, FIRST_NAMES, PERSON_WORDS, PLACES } from "./gazetteer.js";
import { BACKGROUND_WORDS_BY_FREQUENCY } from "./topics-background.js";

export interface Lexicon {
  /** place spelling -> canonical name */
  places: Map<string, string>;
  /** lower-cased place spelling -> canonical name, for text printed in capitals */
  placesLower: Map<string, string>;
  /** demonym (singular and plural) -> country */
  demonyms: Map<string, string>;
  firstNames: Set<string>;
  personWords: Set<string>;
  /** the commonest English words, lower-cased (SUBTLEX-US, see topics-background.ts): "sales", "gold" */
  commonWords: Set<string>;
  /** the first EVERYDAY_WORDS of them: words so common that a place spelt the same ("Most", "Nice") is no sign of a name */
  everydayWords: Set<string>;
  /** canonical names of countries and the home nations, which field national sides (a city's side is a club) */
  countries: Set<string>;
}

/** How many of the commonest words count as everyday words (in SUBTLEX-US "most" is 301st, "reading" 1128th). */
const EVERYDAY_WORDS = 1000;

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const places = new Map<string, string>();
  const placesLower = new Map<string, string>();
  const addPlace = (spelling: string, canonical: string) => {
    places.set(spelling, canonical);
    if (!placesLower.has(spelling.toLowerCase())) placesLower.set(spelling.toLowerCase(), canonical);
  };
  for (const entry of PLACES.split("|")) {
    const [spelling, canonical] = entry.split("=") as [string, string | undefined];
    addPlace(spelling, canonical ?? spelling);
  }
  // states of the 20th century that the country data (today's states) no longer lists: news archives name them
  for (const [spelling, canonical] of FORMER_STATES) addPlace(spelling, canonical);
  const demonyms = new Map<string, string>();
  for (const entry of DEMONYMS.split("|")) {
    const [demonym, country] = entry.split("=") as [string, string];
    demonyms.set(demonym, country);
    demonyms.set(demonym.endsWith("s") ? demonym : `${demonym}s`, country);
  }
  // common short and irregular demonyms the data package does not list (it gives "Saudi Arabian", "Briton")
  for (const [word, country] of [
    ["Saudi", "Saudi Arabia"],
    ["Saudis", "Saudi Arabia"],
    ["British", "United Kingdom"],
    ["Britons", "United Kingdom"],
    ["English", "United Kingdom"],
    ["Dutch", "Netherlands"],
    ["Western", ""],
    ["Eastern", ""],
    ["Northern", ""],
    ["Southern", ""],
    ["European", "Europe"],
    ["Europeans", "Europe"],
    ["Arab", ""],
    ["Arabs", ""],
    ["African", "Africa"],
    ["Asian", "Asia"],
    ["Latin", ""],
    ["Soviet", ""],
    ["Allied", ""],
  ] as const)
    if (!demonyms.has(word)) demonyms.set(word, country);
  for (const [demonym, state] of FORMER_STATE_DEMONYMS) if (!demonyms.has(demonym)) demonyms.set(demonym, state);
  const countries = new Set([...demonyms.values()].filter(Boolean));
  for (const nation of ["England", "Scotland", "Wales", "Northern Ireland", "Ireland", "United Kingdom", "United States"]) countries.add(nation);
  const byFrequency = BACKGROUND_WORDS_BY_FREQUENCY.split(" ");
  cached = {
    commonWords: new Set(byFrequency),
    everydayWords: new Set(byFrequency.slice(0, EVERYDAY_WORDS)),
    countries,
    places,
    placesLower,
    demonyms,
    firstNames: new Set(FIRST_NAMES.split("|")),
    personWords: new Set(PERSON_WORDS.split("|")),
  };
  return cached;
}

/**
 * Former sovereign states of the 20th century, spelling -> name (Wikipedia, "List of former sovereign
 * states", those dissolved or renamed since 1945 that news of the time names often).
 */
const FORMER_STATES: [string, string][] = [
  ["Soviet Union", "Soviet Union"], ["USSR", "Soviet Union"], ["U.S.S.R.", "Soviet Union"],
  ["West Germany", "West Germany"], ["East Germany", "East Germany"],
  ["Yugoslavia", "Yugoslavia"], ["Czechoslovakia", "Czechoslovakia"], ["Zaire", "Zaire"],
  ["Rhodesia", "Rhodesia"], ["Ceylon", "Ceylon"], ["North Yemen", "North Yemen"], ["South Yemen", "South Yemen"],
];
const FORMER_STATE_DEMONYMS: [string, string][] = [
  ["West German", "West Germany"], ["West Germans", "West Germany"], ["East German", "East Germany"], ["East Germans", "East Germany"],
  ["Yugoslav", "Yugoslavia"], ["Yugoslavs", "Yugoslavia"], ["Czechoslovak", "Czechoslovakia"], ["Zairean", "Zaire"], ["Rhodesian", "Rhodesia"],
];

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Head nouns of a title that makes the name after it a person ("Defence Minister X"). */
export const TITLE_HEADS = words(`
  president presidents minister ministers secretary chancellor premier envoy ambassador spokesman spokeswoman
  spokesperson senator sen. sen rep. representative congressman congresswoman governor gov. gov mayor king queen
  prince princess pope cardinal archbishop bishop rabbi imam sheikh emir sultan general gen. gen lt. lt colonel
  col. col major maj. captain capt. capt sergeant sgt. admiral adm. commander commissioner chairman chairwoman
  chairperson chair ceo cfo coo founder director adviser advisor aide judge justice prosecutor attorney lawyer
  coach manager striker midfielder defender goalkeeper captain skipper batsman bowler champion leader head chief
  officer official diplomat negotiator analyst economist professor prof. dr. dr mr. mr mrs. mrs ms. ms miss sir dame
  lord lady dean emperor empress lieutenant economist correspondent editor reporter columnist author writer actor actress singer star
  deputy vice-president vp premier marshal inspector superintendent sheriff detective constable agent
  trader strategist spokesmen lawmaker legislator mp mep councillor councilman councilwoman
  clerk insp insp. supt supt. det det.
  `);

/**
 * Titles printed as capital letters, which are also other names ("GM" is a general manager and General
 * Motors, "PM" a prime minister and the afternoon): a title only right before a given name ("GM Tony
 * Valcourt"). Written for this project from the abbreviations newspapers and sports pages print.
 */
export const TITLE_ABBREVIATIONS = new Set(["GM", "QB", "RB", "WR", "CB", "LB", "DA", "AG", "PM", "FM"]);

/**
 * What a vessel's name is printed after: the prefixes of navies and merchant fleets (INS, USS, HMS, MV;
 * not "SS" or "MS", which are other names too) and the nouns for a kind of ship ("Warship", "Naval Ship",
 * "frigate"). Written for this project from the prefixes navies and shipping registers use.
 */
export const SHIP_PREFIXES = new Set(["USS", "USNS", "USCGC", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "PNS", "BNS", "MV", "MT", "RV", "FV"]);
export const SHIP_NOUNS = words("ship warship vessel frigate destroyer corvette cruiser submarine tanker freighter trawler");

/** Words that modify a title and belong to the role ("Special", "Defence", "Deputy"). */
export const ROLE_MODIFIERS = words(`
  former ex acting interim deputy vice assistant associate senior junior chief head special national security
  foreign defence defense interior home finance economy economic trade justice energy health education foreign
  affairs state presidential prime first executive managing general principal permanent top lead leading
  military intelligence opposition party parliamentary federal regional local supreme high commanding
  then-president newly-elected elected incumbent outgoing incoming retired late
  agriculture transport culture sports environment labour labor treasury commerce industry
  `);

/**
 * Generational suffixes printed after a surname ("Arcade Joseph Comeaux Jr.", "Henry Ford II"): part of the
 * full name but not its surname (English naming convention; "V" left out, it is also the sports page's "v").
 */
export const GENERATIONAL_SUFFIXES = words("jr jr. sr sr. ii iii iv");

/**
 * British and American spellings of the same word, as names of bodies and places print them ("Betty
 * Ford Centre" / "Center"), with the one abbreviation of a geographic head that is never anything else
 * ("Mt" / "Mount"): written for this project from the usual spelling lists.
 */
export const SPELLING_PAIRS: ReadonlyMap<string, string> = new Map([
  ["centre", "center"], ["centres", "centers"], ["theatre", "theater"], ["metre", "meter"], ["defence", "defense"],
  ["offence", "offense"], ["licence", "license"], ["labour", "labor"], ["harbour", "harbor"], ["honour", "honor"],
  ["colour", "color"], ["neighbourhood", "neighborhood"], ["programme", "program"], ["organisation", "organization"],
  ["organisations", "organizations"], ["catalogue", "catalog"], ["jewellery", "jewelry"], ["mt", "mount"],
]);

/** Honorifics that always make the following name a person. */
export const HONORIFICS = words("mr mr. mrs mrs. ms ms. dr dr. sir dame prof prof. lord lady miss");

/**
 * Legal forms that end only a firm's name: no person's surname is "Corp" or "Ltd". Left out: "Co"
 * (also a surname: "Jeffrey Co") and the two-letter forms that read as initials ("SA", "AB").
 * Written for this project.
 */
export const FIRM_ONLY_ENDINGS = words("corp corp. corporation inc inc. ltd ltd. llc plc limited gmbh");

/** Whether a name of several words ends on one of FIRM_ONLY_ENDINGS ("Quarvel Freight Corp"). */
export function endsOnFirmForm(name: string): boolean {
  const space = name.lastIndexOf(" ");
  return space > 0 && FIRM_ONLY_ENDINGS.has(name.slice(space + 1).toLowerCase());
}

/** Last words that make a name an organisation ("National Security Council"). */
export const ORG_TAILS = words(`
  council ministry department office agency bureau committee commission party parliament congress senate
  assembly court tribunal bank fund authority board service services institute institution foundation clinic
  university college school academy hospital association federation union league club fc cf ac sc united
  rovers wanderers athletic corp corp. corporation inc inc. ltd ltd. llc plc co co. company group holdings
  airlines airways motors industries systems technologies networks news times post journal herald tribune
  press agency media television tv radio broadcasting network magazine review gazette telegraph guardian observer
  army navy forces force guard police militia brigade battalion regiment command church mission movement front
  organisation organization alliance coalition society exchange commission cabinet government administration
  team committee centre center unit division community
  medical pharmaceutical pharmaceuticals pharma controls power electric electronics energy copper steel oil
  petroleum chemical chemicals communications telecom telecommunications bros bros. spa sa ab ag nv bv gmbh
  limited bhd sons associates cables foods mining mines resources capital securities partners investments insurance
  financial bancorp bancshares trust airline railways railway shipping petrochemical cement textiles
  brewery breweries pictures studios records entertainment computers software semiconductor motors
  creamery dairy bakery winery distillery
  `);

/** First words that make "X of Y" an organisation ("Ministry of Defence", "Bank of England"). */
export const ORG_HEADS = words(`
  ministry department office bank university college institute council committee commission court
  federation association union league board church house chamber museum academy school party
  `);

/** Last words that make a name a place ("Black Sea", "Donetsk Oblast"), buildings and sites among them ("Arvel Courthouse"). */
export const PLACE_TAILS = words(`
  sea ocean river lake gulf bay strait straits channel island islands peninsula mountains mountain mount hills
  valley desert coast plain plains basin region province oblast county district state territory territories
  city town village square street avenue airport port harbour harbor canal border
  road boulevard highway place plaza bridge park ridge glacier corridor
  courthouse shop store hotel stadium arena prison jail mall restaurant hut tower building warehouse factory
  `);

/**
 * First words that make "X of Y" a place ("Gulf of Aden", "Isle of Man", "Republic of Korea"), and the
 * few that make "X Y" one ("Mount Cook", "Lake Tahoe"): English geographic head nouns, not names.
 */
export const PLACE_HEADS_OF = words(`
  gulf sea bay bight strait straits isle isles island islands cape lake lakes mount mountains republic kingdom
  province county district region state commonwealth principality emirate sultanate duchy peninsula valley
  `);
export const PLACE_HEADS = words("mount mt mt. lake cape isle place plaza piazza");

/**
 * Lower-case common nouns for a kind of body, printed next to its name ("the news agency X", "the X
 * newspaper", "first division team X"): English newsroom vocabulary, written for this project.
 */
export const ORG_NOUNS = words(`
  newspaper paper daily weekly tabloid magazine agency newsagency broadcaster network channel website
  company firm group corporation conglomerate consortium subsidiary carrier airline bank lender insurer
  brewer carmaker automaker maker manufacturer producer retailer chain operator publisher label studio
  team club side franchise party union federation association league charity organisation organization
`);

/** Lower-case nouns for a work, a vessel or an award, next to its name ("the sequel X", "the frigate X", "the X films"). */
export const THING_NOUNS = words(`
  film films movie movies sequel sequels prequel book books novel novels series show song songs album albums
  musical opera ship vessel frigate warship destroyer submarine tanker yacht aircraft plane jet helicopter
  award awards prize trophy
`);

/** Lower-case nouns for a kind of place, after its name ("X island") or before "of" it ("the town of X"). */
export const PLACE_NOUNS = words(`
  island islands city town village hamlet province county district region state suburb neighbourhood
  neighborhood municipality township borough emirate territory peninsula isle capital port country
  republic kingdom valley river lake border
`);

/** Lower-case nouns for the people of a place, after its name ("the Quarvel police", "Quarvel residents"). */
export const PLACE_PEOPLE_NOUNS = words("police residents firefighters voters townspeople villagers locals");

/** Verbs of saying; a name right before or after one is a speaker. */
export const SPEECH_VERBS = words(`
  said says say told tells added adds stated states wrote writes announced announces declared declares
  insisted insists argued argues claimed claims warned warns noted notes explained explains stressed stresses
  emphasised emphasized emphasises emphasizes asked asks replied replies urged urges confirmed confirms
  denied denies admitted admits acknowledged acknowledges tweeted posted commented comments continued
  described describes suggested suggests indicated indicates asserted asserts recalled recalls predicted
  demanded demands shouted shouts sang sings quipped quips joked jokes remarked remarks conceded concedes
  countered counters responded responds vowed vows pledged pledges boasted boasts complained complains
  lamented laments cautioned cautions contended contends maintained maintains mused muses testified
  testifies recounted recounts wondered wonders reiterated reiterates concluded concludes answered answers
  exclaimed exclaims retorted retorts yelled yells chanted chants texted emailed wrote writes tweets
  `);

/** Verbs that report what a publication or body put out; speakers there are as often institutions as people. */
export const REPORTING_VERBS = words(`
  reported reports report announced announces published publishes alleged alleges charged charges
  `);

/** Capitalised words that are never names on their own. */
export const NOT_NAMES = words(`
  i i'm i've i'd i'll monday tuesday wednesday thursday friday saturday sunday january february march april
  may june july august september october november december mon tue wed thu fri sat sun jan feb mar apr jun
  jul aug sep sept oct nov dec today yesterday tomorrow the a an and or but if in on at of for to from by
  with as this that these those it its he she they we you his her their our my your there here what when
  where who why how which while after before during since until despite although though however meanwhile
  also both each every all some any no not mr mrs ms dr god editor editors note notes update updated
  breaking read more photo video reuters ap afp copyright advertisement related comments share
  am pm a.m. p.m. et gmt utc est pst bst cet
  `);

/** Words printed in capitals that are still ordinary words ("SOCCER - JAPAN GET LUCKY WIN"). */
export const FUNCTION_POS = new Set(["DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM", "INTJ"]);

/** Joiners allowed inside a multi-word name ("bin", "van", "de"). */
export const NAME_PARTICLES = words("bin ibn al el de da di du del della van von der den ter la le dos das y");
