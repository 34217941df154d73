// The data that flows between pipeline stages. Each stage takes the output of the one before
// and adds to it; no stage reads files or writes anything (I/O stays in cli.ts and ingest/read.ts).

/** A warning or note about one input file, in the style of unified's vfile messages. */
export interface Message {
  /** content-relative path of the file the message concerns ("" for the build as a whole) */
  file: string;
  message: string;
  /** the stage and rule that raised it, e.g. "clean:byline" */
  source: string;
  severity: "warning" | "info";
}

/** A character range [start, end) in UTF-16 code units into an article's cleaned `text`. */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- ingest

/** A file as read from the content folder, before anything is decided about it. */
export interface ContentFile {
  /** content-relative, forward slashes */
  path: string;
  bytes: Uint8Array;
}

export type InputStatus = "article" | "duplicate" | "skipped" | "config" | "asset";

/** What became of one input file (report.json `inputs`). */
export interface InputRecord {
  file: string;
  status: InputStatus;
  article?: string;
  duplicateOf?: string;
  reason?: string;
}

/** Front matter fields an article may declare; all optional. */
export interface FrontMatter {
  title?: string;
  date?: string;
  publisher?: string;
  author?: string;
  section?: string;
  url?: string;
  timezone?: string;
}

/** An article file decoded to text, front matter split off, not yet cleaned. */
export interface RawDocument {
  sourceFile: string;
  format: "text" | "markdown" | "html";
  /** the body as decoded (front matter removed), line endings normalised to \n */
  body: string;
  frontMatter: FrontMatter;
}

// ---------------------------------------------------------------- clean

export type BlockKind = "paragraph" | "subheading";

/** A block of the cleaned body; its span points into CleanArticle.text. */
export interface Block extends Span {
  kind: BlockKind;
}

/** A piece of the raw input the cleaner took out of the body, and why. */
export interface RemovedText {
  text: string;
  /** in words a reader understands: "byline", "newsletter promo", "author bio" … */
  reason: string;
  /** the rule that removed it, e.g. "byline" */
  rule: string;
}

export type TitleSource = "text" | "generated";
export type DateSource = "text" | "inferred";

export interface CleanArticle {
  sourceFile: string;
  format: RawDocument["format"];
  /** printed headline, null when none is printed (a title is generated later) */
  title: string | null;
  /** the cleaned body: paragraphs and subheadings separated by blank lines */
  text: string;
  blocks: Block[];
  /** photo captions, kept apart from the body */
  captions: string[];
  /** editor's notes ("This is a developing story…"), kept apart from the body */
  notes: string[];
  /**
   * the body's first paragraph of reporting (a line that is only a date or a time is none): the
   * standfirst is its first sentence, cut by extract from the one analysis of the text
   */
  opening: Span | null;
  removed: RemovedText[];
  /** publication date as printed (YYYY-MM-DD), null when not printed */
  date: string | null;
  /** publication date and time when the text prints a time (ISO, with offset when the zone is known) */
  dateTime: string | null;
  /** where the printed date was read: "front matter", "header line", "byline" … */
  dateEvidence: string | null;
  publisher: string | null;
  author: string | null;
  section: string | null;
  url: string | null;
  /** IANA zone of the publisher, when known (front matter or config) */
  timezone: string | null;
  /** "Original Source:" credits and similar, kept as data */
  originalSource: string | null;
  wordCount: number;
}

// ---------------------------------------------------------------- extract

/** other: a named thing that is no person, body or place (a product, work, event, vessel). */
export type ActorKind = "person" | "organization" | "place" | "other";

/**
 * The confidence of a kind given with no evidence at all (a lone word the body always capitalises is
 * called an organisation by default): a later stage may read such a kind as open, not as typed.
 */
export const UNTYPED_CONFIDENCE = 0.35;

/** One occurrence of a name in an article's text. */
export interface Mention extends Span {
  /** the surface form as printed, e.g. "Chilean Finance Minister Ana Ruiz" -> "Ana Ruiz" */
  text: string;
  kind: ActorKind;
  /** how sure the typing is, 0..1 */
  confidence: number;
  /** the role or title printed with the mention, e.g. "Chilean Finance Minister" */
  role?: string;
  /** the sentence index (into ExtractedArticle.sentences) the mention is in */
  sentence: number;
}

export interface QuoteCandidate extends Span {
  /** verbatim text inside the quotation marks */
  text: string;
  /** the mention (by index into mentions) credited as speaker, or a bare name when unresolved */
  speakerMention: number | null;
  speakerName: string | null;
  /** a fragment quoted inside paraphrase rather than a full quotation */
  partial: boolean;
  /** the words that tie the quote to its speaker, e.g. "said", "wrote on social media" */
  cue: string | null;
}

export type DatePrecision = "day" | "week" | "month" | "year" | "time";

export interface DateMention extends Span {
  text: string;
  /** TIMEX3 value: 2025-03-23, 2025-03, 2025, 2025-W12, 2025-03-23T18:47 */
  value: string;
  precision: DatePrecision;
  /** the reference date the value was resolved against (YYYY-MM-DD), null for absolute dates */
  reference: string | null;
  /** how the value was worked out, in words: "weekday before the publication date (past tense)" */
  rule: string;
}

export interface EventCandidate extends Span {
  /** the sentence that reports the happening */
  text: string;
  date: string;
  /** index into dateMentions of the phrase that dates it */
  dateMention: number;
}

export interface ExtractedArticle extends CleanArticle {
  sentences: Span[];
  mentions: Mention[];
  quotes: QuoteCandidate[];
  dateMentions: DateMention[];
  events: EventCandidate[];
  /** key noun phrases with weights, for topics */
  phrases: { text: string; lemma: string; count: number }[];
}

// ---------------------------------------------------------------- date candidates (extract hands them on)

export type Unit = "day" | "week" | "month" | "year" | "quarter";
export type Modifier = "last" | "next" | "this" | null;
/** the tense of the clause a date phrase sits in: which way a bare weekday points */
export type Tense = "past" | "present" | "future";
export type PartOfDay = "MO" | "AF" | "EV" | "NI";

export type CandidateForm =
  /** month (and day) known; year null when the text prints none */
  /** yearShift: the year counted from the reference year ("March of last year": -1) */
  /** weekOf: "the week of March 6" names the week holding that day */
  | { kind: "date"; year: number | null; month: number; day: number | null; modifier?: Modifier; yearShift?: number; weekOf?: boolean }
  | { kind: "year"; year: number }
  | { kind: "decade"; decade: number }
  /** "the eighties", "the '90s": the decade's digit; its century the latest in which that decade has begun by the reference year */
  | { kind: "decadeOfCentury"; digit: number }
  /** "the 20th century" is 19 in TIMEX3: the two digits its years begin with */
  | { kind: "century"; century: number }
  /** 1 = Monday … 7 = Sunday; `anaphoric` for "the previous Friday": the one before the day told last */
  | { kind: "weekday"; weekday: number; modifier: Modifier; anaphoric?: boolean }
  | { kind: "weekend"; modifier: Modifier }
  /** "yesterday", "last week", "two years ago": `amount` units from the time of writing */
  | { kind: "shift"; unit: Unit; amount: number }
  /** "a day before the talks", "two days later": `amount` days from another dated happening */
  | { kind: "anchored"; unit: Unit; amount: number; direction: "before" | "after" | "later" | "earlier" }
  /**
   * A fiscal quarter. `quarter` null: the quarter is not printed; when `contextual`, it is the one
   * the report is about (the last quarter named before it), else `amount` quarters from the time
   * of writing. `yearsBack` 1 for "the year-ago quarter".
   */
  | { kind: "quarter"; quarter: number | null; year: number | null; amount: number; yearsBack: number; contextual: boolean }
  /** latest: "this past spring", the last such season begun before the reference day */
  | { kind: "season"; season: "SP" | "SU" | "FA" | "WI"; year: number | null; amount: number; latest?: boolean }
  /** A holiday by its name (a key of src/data/holidays.ts); year null when the text prints none */
  | { kind: "holiday"; name: string; year: number | null; modifier: Modifier }
  /**
   * A year or month named by the text around it. `anaphoric` ("that year", "the following
   * month"): `amount` units from the last date told before it; otherwise ("the full year", "by
   * year-end") the reference year, unless a nearby sentence prints another year.
   */
  | { kind: "contextual"; unit: "year" | "month"; amount: number; anaphoric: boolean }
  /** `adjective` for "current" in "current talks": it describes a thing and dates no happening */
  | { kind: "ref"; value: "PRESENT_REF" | "PAST_REF" | "FUTURE_REF"; adjective?: boolean }
  /** a clock time alone ("at 5 p.m."): its day comes from the sentence or the time of writing */
  | { kind: "time" };

export interface ClockTime {
  hour: number;
  minute: number;
  /** minutes east of UTC when the text names a zone ("EDT"), else null */
  offset: number | null;
}

export interface DateCandidate {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** the tense of the clause it is in: what is told in the past happened before the writing */
  tense: "past" | "present" | "future";
  /** a verb governs it directly ("fired on June 8", "ended Oct. 31"): its tense is firm, not read from a verb further off */
  verbAttached?: boolean;
  form: CandidateForm;
  time: ClockTime | null;
  partOfDay: PartOfDay | null;
}

// ---------------------------------------------------------------- analysis (extract hands it on)

export interface Token extends Span {
  text: string;
  /** Universal POS tag: PROPN, NOUN, VERB, ADJ, PUNCT … */
  pos: string;
  lemma: string;
  /** wink's token type: word, number, punctuation, email, url, hashtag … */
  type: string;
  /** index of the sentence the token is in */
  sentence: number;
}

export interface Sentence extends Span {
  /** index of the first token of the sentence, and one past its last */
  firstToken: number;
  endToken: number;
}

export interface Analysis {
  sentences: Sentence[];
  tokens: Token[];
}

/** What the later stages read of an article's words, worked out with the rest of the per-article work (src/terms.ts). */
/** A number the text prints, with what it counts. */
export interface PrintedFigure {
  /** the token as printed ("1,200", "twelve") */
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** the lemma of the common noun right after it ("miner" in "12 trapped miners"), "" when none */
  unit: string;
}

export interface ArticleTerms {
  /** the content-word lemmas (lower-cased) of each sentence, in sentence order */
  lemmas: string[][];
  /** the content words of each sentence as printed (lower-cased, not lemmatised) */
  words: string[][];
  /** how many word tokens it has */
  wordCount: number;
  /** the numbers it prints, in text order */
  figures: PrintedFigure[];
}

/** An article's text as the search for copies compares it (src/copy-signature.ts). */
export interface CopySignature {
  /** sha1 of the text's words, lower-cased and normalised, one space between: the same for texts that differ only in spacing, case or quote marks */
  words: string;
  /** the distinct 5-word shingle numbers in ascending order, as base64 of 32-bit unsigned integers */
  shingles: string;
}

export interface AnalysedArticle {
  id: string;
  article: CleanArticle;
  analysis: Analysis;
  /** the opening paragraph's first sentence (extract/standfirst.ts); null without an opening */
  standfirst: string | null;
  /** its content words and figures: stories, key points and topics compare these, not the tokens */
  terms: ArticleTerms;
  mentions: Mention[];
  quotes: QuoteCandidate[];
  /** every date expression found, before it is resolved: relate tries them against candidate days */
  dateCandidates: DateCandidate[];
  dateMentions: DateMention[];
  events: EventCandidate[];
  phrases: { text: string; lemma: string; count: number }[];
  /** every occurrence of a key phrase, in text order: topics work from these (relate never re-reads the tokens for them) */
  phraseOccurrences: PhraseOccurrence[];
  /** what the search for copies among the inputs compares (src/copy-signature.ts) */
  copy: CopySignature;
  /** its mentions grouped among its own names (src/names/within-article.ts): where relate's actor naming starts */
  nameGroups: NameGroups;
  /** photo captions date happenings too ("… arrive in Geneva on June 3"); their
   * dates feed the timeline, their offsets are into the caption, not the body */
  captions: CaptionDates[];
}

/** The evidence on which two spellings were made one actor. */
export type MergeReason =
  /** the same name once case, accents and punctuation are set aside */
  | "same-name"
  /** the same full name, printed under another kind in some article */
  | "same-name-other-kind"
  /** a surname after the full name it shortens, in one article */
  | "surname-in-article"
  /** a given name after the one full person name it opens, in one article */
  | "first-name-in-article"
  /** an organisation's or place's last word, in an article that prints its full name and no other ending so */
  | "short-form-in-article"
  /** the opening words of a body's or place's longer name printed before them, in one article ("Betty Ford" of "the Betty Ford Center") */
  | "leading-words-in-article"
  /** an abbreviation the article defines, or whose full name it prints */
  | "abbreviation-in-article"
  /** a full name one edit away, with a role or another named actor in common; or a four-letter surname with and without a silent final "e", in one story */
  | "spelling-variant"
  /** a bare surname that exactly one person in the collection carries */
  | "only-person-with-surname"
  /** a bare surname the collection leaves open (or a lone word typed a body for want of evidence), carried by exactly one person named in full in its own story, a four-letter surname with or without a silent final "e" */
  | "only-person-with-surname-in-story"
  /** a given name alone in an article, opening the full name of exactly one person of its story (and no one's surname there) */
  | "first-name-in-story"
  /** a body's or product's one-word short form, in a story that names exactly one such body or product in full */
  | "short-form-in-story"
  /** an abbreviation that an article of its story tied to the one full name there it spells */
  | "abbreviation-in-story"
  /** a word blended from the openings of the given name and surname of the one such person in its article or story ("TaBro") */
  | "blended-name"
  /** one vessel's name after a fleet prefix or a noun for a ship, or alone, in one article or story ("INS Tarvesh", "Tarvesh") */
  | "vessel-name"
  /** a body's or place's name inside the one longer name of its story with the same first and last word ("Harwick Clinic" / "Harwick Memorial Clinic") */
  | "words-inserted-in-story"
  /** a bare surname whose article shares named actors with one of the people who carry it, clearly more than with any other */
  | "surname-with-shared-context"
  /** the same first name and surname, one with a middle name or initial no other such person has */
  | "middle-name"
  /** a name of two words that ends the three-word name of the one such person of its story ("Boone Quarles" of "Edith Boone Quarles") */
  | "given-name-left-out-in-story"
  /** a full name whose given name is a short form of the other's ("Bill" / "William"), the one such person of its story */
  | "diminutive-in-story"
  /** a full name without the generational suffix ("Jr.") the one other such person carries, with company in common */
  | "generational-suffix"
  /** the editor's merge in briefing.yaml */
  | "editor";

/** One spelling's way into an actor: the evidence, and the article that gave it when one did. */
export interface MergeEvidence {
  spelling: string;
  reason: MergeReason;
  /** the article that gave the evidence, when it came from one */
  article: string | null;
}

/**
 * Each mention's group among the article's own names: full names first, then the short forms that
 * join them (a surname, a given name, an abbreviation the article defines), with why each joined.
 */
export interface NameGroups {
  /** the order the mentions were grouped in: most words first */
  order: number[];
  /** each mention's group, numbered by first use within the article */
  group: number[];
  because: (MergeReason | null)[];
}

/** One occurrence of a key phrase in an article's text. */
export interface PhraseOccurrence extends Span {
  /** the phrase as printed (for a coordination like "energy and critical infrastructure", rebuilt) */
  text: string;
  /** normalised key: lowercased, the head noun lemmatised */
  lemma: string;
  /** content words of the phrase, lemmatised, for comparing phrases */
  terms: string[];
  /** content words that are adjectives ("critical", "lasting"): they bind phrases less than nouns */
  adjectives: string[];
  /** lemma of the head noun */
  head: string;
  sentence: number;
}

export interface CaptionDates {
  text: string;
  analysis: Analysis;
  dateMentions: DateMention[];
  events: EventCandidate[];
}
