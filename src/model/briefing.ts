// The Briefing model: what briefing.json holds (see README "briefing.json") and what the site renders.
// Fields named in ../shared/CONTRACT.md keep their names and meaning; the rest are additions.
import type {
  ActorKind,
  MergeEvidence,
  MergeReason,
  Block,
  DatePrecision,
  DateSource,
  InputRecord,
  Message,
  RemovedText,
  TitleSource,
} from "../types.js";

export interface BriefingArticle {
  id: string;
  /** + the article this one rewrites (another version with sentences of its own, published as well), or null */
  rewriteOf?: string | null;
  sourceFile: string;
  /** how the source was written: plain text is never parsed as markdown */
  format: "text" | "markdown" | "html";
  /** page of the article, relative to the site root */
  url: string;
  title: string;
  titleSource: TitleSource;
  date: string | null;
  dateSource: DateSource | null;
  /** how the date was established, in words; for an article with no date, what bounds it (or null) */
  dateEvidence: string | null;
  dateTime: string | null;
  publisher: string | null;
  author: string | null;
  section: string | null;
  originalUrl: string | null;
  originalSource: string | null;
  standfirst: string | null;
  text: string;
  blocks: Block[];
  captions: string[];
  notes: string[];
  removed: RemovedText[];
  wordCount: number;
  readingMinutes: number;
  actors: string[];
  topics: string[];
  storyId: string;
  /** sentences no other article of its story reported (the sources page's "only here") */
  exclusive: string[];
}

export interface ActorRole {
  role: string;
  article: string;
  sentence: string;
}

export interface ActorAlias {
  text: string;
  articles: string[];
}

export interface ActorMentionRef {
  article: string;
  start: number;
  end: number;
  /** the sentence around the mention, when kept (the site finds it from the offsets otherwise) */
  sentence?: string;
}

export interface BriefingActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** every spelling with where it was seen */
  spellings: ActorAlias[];
  url: string;
  articles: string[];
  roles: ActorRole[];
  /** the role most sources give, null when none gives one */
  primaryRole: string | null;
  /** roles grouped by claim, most supported first; spelling variants share a group */
  roleGroups: { role: string; articles: string[] }[];
  /** true when sources make conflicting claims about the same office ("former" against current) */
  rolesDisagree: boolean;
  mentions: ActorMentionRef[];
  mentionCount: number;
  /** prominence score used for ranking */
  weight: number;
  /** other actors seen in the same articles, the most frequent first (at most CO_ACTORS_KEPT) */
  coActors: { actor: string; count: number }[];
  /** how many other actors are seen in the same articles in all */
  coActorCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  description: string | null;
  wikidata: string | null;
  /** fields set by the editorial overrides file rather than derived */
  edited: string[];
  /** why each spelling that is not the same name as the actor's was taken to be this actor */
  mergedBecause: MergeEvidence[];
}

export type { MergeEvidence, MergeReason } from "../types.js";

export interface BriefingTopic {
  id: string;
  name: string;
  url: string;
  description: string | null;
  articles: string[];
  phrases: string[];
  actors: string[];
  weight: number;
  parent: string | null;
  related: string[];
  sentences: { article: string; text: string }[];
  /** IPTC Media Topic code, when the user's taxonomy declares one */
  iptc: string | null;
  /** declared in briefing.yaml rather than discovered */
  declared: boolean;
}

export interface BriefingQuote {
  id: string;
  text: string;
  speaker: string | null;
  articles: string[];
  spans: { article: string; start: number; end: number }[];
  partial: boolean;
  cue: string | null;
  /** fields set by the editorial overrides file rather than derived */
  edited?: string[];
}

export interface BriefingDateMention {
  article: string;
  text: string;
  start: number;
  end: number;
  value: string;
  precision: DatePrecision;
  reference: string | null;
  rule: string;
}

export interface BriefingEvent {
  id: string;
  date: string;
  text: string;
  articles: string[];
  /** each source's sentence and the phrase it used for the date */
  sources: { article: string; sentence: string; phrase: string; value: string }[];
  actors: string[];
  /** set when sources put the same happening on different dates */
  conflict: string | null;
}

export interface BriefingStory {
  id: string;
  title: string;
  /** "text": an article's printed headline; "generated": written from the most central article's lead sentence */
  titleSource: "text" | "generated";
  articles: string[];
  keyPoints: { text: string; articles: string[] }[];
  actors: string[];
  topics: string[];
  dateRange: [string, string] | null;
}

export interface BriefingDuplicate {
  file: string;
  of: string;
  kind: "identical" | "near-copy" | "rewrite";
}

export interface BriefingSource {
  id: string;
  name: string;
  url: string;
  articles: string[];
  /** + false for the one entry that gathers the articles naming no outlet ("Unknown outlet") */
  known: boolean;
}

export interface Briefing {
  title: string;
  /** the content folder's own name (never its absolute path: the data must not depend on where the folder lies) */
  generatedFrom: string;
  dateRange: [string, string] | null;
  articles: BriefingArticle[];
  actors: BriefingActor[];
  topics: BriefingTopic[];
  quotes: BriefingQuote[];
  dateMentions: BriefingDateMention[];
  events: BriefingEvent[];
  stories: BriefingStory[];
  duplicates: BriefingDuplicate[];
  sources: BriefingSource[];
}

export interface BuildReport {
  inputs: InputRecord[];
  stages: { name: string; ms: number }[];
  /** the per-article steps (decode, clean, extract) summed over the files worked on, across threads */
  articleSteps?: { name: string; ms: number }[];
  /** + how many per-article results came from the cache, and how many were worked out */
  cache?: { enabled: boolean; hits: number; misses: number; reused?: boolean };
  /** + the site: its files (pages, assets, feeds, the full-text index), pages rendered this time (the rest were unchanged), files removed, and where its time went */
  site?: {
    files: number;
    rendered: number;
    removed: number;
    ms: { model: number; hash: number; eleventy: number; write: number; search: number };
    /** the full-text index (Pagefind): pages indexed and its size on disk, kept from the last build, or why not written */
    search?: { pages: number; files: number; bytes: number } | { kept: true } | { skipped: string };
  };
  warnings: Message[];
  /** how many of each the briefing holds: the console's summary of a build that reuses the last one's data reads them here, without reading briefing.json */
  totals: BriefingTotals;
}

export interface BriefingTotals {
  articles: number;
  actors: number;
  topics: number;
  quotes: number;
  events: number;
}

/**
 * A briefing left on disk until it is needed: a build that reuses the last build's data often renders
 * no page at all, and reading the briefing.json of 10,000 articles (89 MB) costs half a second.
 */
export interface StoredBriefing {
  totals: BriefingTotals;
  load: () => Promise<Briefing>;
}

export const totalsOf = (b: Briefing): BriefingTotals => ({ articles: b.articles.length, actors: b.actors.length, topics: b.topics.length, quotes: b.quotes.length, events: b.events.length });
