// The marks of a sentence that reports news, for the cleaner's guard (src/clean/reports.ts): verbs of
// saying, the units a number is counted in, and past-tense verbs that do not end in -ed. Written for this
// project from English grammar and newsroom usage (reporting verbs of attribution; the AP Stylebook's
// entries on numerals, money, percentages and measures); closed lists of common words, no names.
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Verbs of saying and telling. Words that are as often nouns in furniture ("comments", "notes",
 * "states", "posts", "claims") are left out: the guard must be sure, and a line it lets through may
 * still be kept by the rule's own shape tests.
 */
export const SAYING_VERBS = words(`
  said says say told tell tells telling saying added adds stated announced announces declared declares
  insisted insists argued argues warned warns explained explains stressed stresses confirmed confirms denied
  denies admitted admits acknowledged acknowledges testified testifies alleged alleges reported revealed
  reveals disclosed disclosed discloses estimated estimates predicted predicts believe believes believed
  suggested suggests indicated indicates asserted asserts recalled recalls urged urges vowed vows pledged
  pledges conceded concedes contended contends maintained maintains reiterated reiterates concluded
  replied replies responded responds complained complains cautioned cautions expects expected
`);

/** What a number counts in news copy: money, shares of a whole, measures, spans of time, people and things. */
export const NUMBER_UNITS = words(`
  percent pct per dollars dollar dlrs dlr usd euros euro eur pounds pound sterling gbp yen yuan renminbi
  rupees rupee rupiah rubles roubles ruble rouble shillings shilling francs franc marks mark pesos peso
  rand naira lira dinars dinar riyals riyal won krona kronor krone cents cent pence p
  million millions billion billions trillion mln bln thousand thousands hundred hundreds
  km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet foot ft inches
  inch cm mm kg kilograms kilos grams tonnes tonne tons ton pounds lbs barrels barrel bpd acres acre
  hectares hectare degrees degree mph kph knots litres liters gallons megawatts mw gigawatts gw kwh
  years year months month weeks week days day hours hour minutes seconds decades centuries
  people persons men women children adults students soldiers troops police officers residents workers
  employees staff jobs members voters votes seats points goals runs wickets shares stocks units cases
  deaths dead killed injured wounded victims hostages patients homes houses buildings vehicles cars
  flights passengers tourists migrants refugees prisoners inmates protesters demonstrators civilians
  times rounds games matches
`);

/** Past tenses that do not end in -ed, for "Name saw/won/lost …". */
export const IRREGULAR_PAST = words(`
  saw won lost made took gave got went came left fell rose grew began broke brought bought built caught
  chose drew drove fled flew forbade forgave froze hid held hit hurt kept knew laid led lent let lit
  met paid put quit ran rang sank sat sent set shook shot shut slid sold sought spent split spoke spread
  stole stood stopped struck swore swept swung taught thought threw told tore understood upheld woke wore
  wrote withdrew overtook overthrew undertook
`);
