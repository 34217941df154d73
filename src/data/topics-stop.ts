// General English word lists for keyphrase extraction. Nothing here comes from any particular corpus:
// these are the words that make a noun phrase about nothing in particular in news writing.

/** Nouns that never name a subject on their own: people by role, time, reporting, vague quantities. */
export const STOP_HEADS: ReadonlySet<string> = new Set(
  `
people person persons man men woman women child children someone anyone everyone thing things stuff
official spokesman spokeswoman spokesperson source sources reporter journalist correspondent editor author
commentator analyst expert observer resident witness member members colleague friend counterpart
trader traders dealer dealers broker brokers economist economists strategist strategists
president minister secretary envoy adviser advisor director chief head leader chairman chairwoman chair
ceo executive manager representative delegate deputy governor mayor senator lawmaker congressman
prime premier chancellor king queen prince ambassador general commander officer spokesmen
mr mrs ms dr sir madam
time times year years day days week weeks month months hour hours minute minutes second seconds moment
today yesterday tomorrow weekend morning evening night afternoon tonight date period decade century era
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
report reports statement statements comment comments remark remarks interview news story article press
post update updates detail details word words note notes message letter
part parts number numbers lot lots kind kinds sort type form example case cases fact facts point points
matter end beginning start side sides place places area rest term terms step steps move moves
effort efforts attempt attempts way ways view views name names sign signs hope hopes manner need needs
bit piece half majority couple dozen hundreds thousands millions billions level levels range series set
top front stage round focus aim result results outcome reason reasons basis context situation
circumstance circumstances light line lines list lists percent cent per figure figures amount total
question questions answer answers idea ideas thought thoughts something anything nothing everything
other others one ones thing kind lot while group groups unit units way account accounts
interest concern concerns attention regard respect addition instance process
min mins read topic topics subject subjects item items
note`
    .split(/\s+/)
    .filter(Boolean),
);

/** Adjectives and determiners that add nothing to a subject: dropped from the front of a phrase. */
export const STOP_MODIFIERS: ReadonlySet<string> = new Set(
  `
other others many much more most such same own new recent current ongoing latest last next first second third
previous former further additional several various certain some few whole entire real actual possible
potential likely major main key important significant big large small huge great good bad high low early
late long short broad broader wide top overall general particular specific different similar separate
initial final full total clear simple only just true little old young quick swift strong better best
worse worst higher lower larger largest greater greatest extra numerous multiple sole usual alleged
undisclosed continuing persistent differing renewed increased so-called well-known fresh strict tough
serious severe direct indirect immediate certain necessary available impossible open
unofficial private
daily weekly monthly annual yearly recent upcoming previous past present future
far near nearby left right able unable aware sure ready likely unlikely
every each all any both either neither no this that these those what which whose
including following regarding concerning according excluding considering involving during pending amid`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs of saying and their forms, which taggers sometimes take for nouns ("said", "says"). */
export const REPORTING_WORDS: ReadonlySet<string> = new Set(
  `
say says said saying tell tells told telling add adds added claim claims claimed state stated note noted
announce announced announces report reported according confirm confirmed insist insisted warn warned
argue argued suggest suggested explain explained acknowledge acknowledged describe described
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Nouns of process and abstraction that news writing uses for every subject alike: "the talks",
 * "the proposal", "pressure", "challenges". With a modifier they can name a subject ("peace talks",
 * "ceasefire proposal"); alone they never do.
 */
export const WEAK_HEADS: ReadonlySet<string> = new Set(
  `
talk talks meeting discussion negotiation conversation conference session visit call agenda directive
proposal plan decision announcement effort measure action challenge expectation optimism pessimism
complexity cooperation pressure tension commitment progress development situation response support
resolution solution concern threat risk approach framework initiative position stance policy problem
change impact effect role opportunity goal target strategy deal agreement delegation team country
government administration authority war conflict work order return prospect doubt necessity
accountability interruption timing format component condition size presence danger ground principle
halt input output region city town village home house office building room site event events
operation operations activity activities service services system systems program programme project
plan proposal offer request demand demands law rule rules decision vote process analysis research
study data information evidence access control power force forces use value price cost money fund funds
market business company firm industry sector economy job jobs life lives family world nation society
community public history future past present reality truth game games match matches season player
fan fans performance win loss lead victory defeat record career title chance shot ball
issue issues security safety relations relationship matter matters
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Whole phrases that name where news came from or how it was delivered, never what it is about:
 * "the news agency said", "told a news conference". Lemmatised, as phrases.ts keys them.
 */
export const STOP_PHRASES: ReadonlySet<string> = new Set([
  "news agency",
  "news conference",
  "press conference",
  "press release",
  "news release",
  "news briefing",
  "press briefing",
  "news service",
  "wire service",
  "news outlet",
  "media outlet",
  "state media",
  "state television",
  "state news agency",
  "official news agency",
  "social media",
  "social media post",
  "social media platform",
  "television interview",
  "radio interview",
  "phone call",
  "telephone call",
]);
