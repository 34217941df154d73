// A group of mentions taken for one actor while names are merged: its spellings, kinds, surnames,
// roles and where it is named. Each article's grouping (names/within-article.ts) and the merging
// across articles (relate/actors.ts) build and read the same shape.
import type { ActorKind, MergeEvidence, MergeReason, Mention, Span } from "../types.js";
import { isEverydayWord, surnameOf } from "./fold.js";
import { endsOnFirmForm } from "../data/lexicon.js";

export interface ActorInput {
  id: string;
  date: string | null;
  text: string;
  sentences: Span[];
  mentions: Mention[];
}

export const KINDS: readonly ActorKind[] = ["person", "organization", "place", "other"];

export interface Cluster {
  kindVotes: Record<ActorKind, number>;
  /**
   * a spelling of it, typed a body where printed, ends on a firm's legal form ("GenCorp Inc"): a firm,
   * however its short name was typed where printed alone ("GenCorp said" reads like a person speaking)
   */
  firm: boolean;
  /** surface spelling -> articles and count */
  spellings: Map<string, { articles: Set<string>; count: number }>;
  /** how each spelling came to be this actor's, for the spellings that are not the same name */
  because: Map<string, MergeEvidence>;
  folded: Set<string>;
  /** folded surnames of full person names */
  surnames: Set<string>;
  /** lower-cased roles the articles give it ("prime minister") */
  roles: Set<string>;
  /** the articles it is named in */
  articles: Set<number>;
  refs: { article: number; mention: number }[];
  merged: Cluster | null;
}

export function newCluster(): Cluster {
  return {
    kindVotes: { person: 0, organization: 0, place: 0, other: 0 },
    firm: false,
    spellings: new Map(),
    because: new Map(),
    folded: new Set(),
    surnames: new Set(),
    roles: new Set(),
    articles: new Set(),
    refs: [],
    merged: null,
  };
}

/** The kind most votes give, ties to the first of KINDS, a firm for its legal form rather than a person (written out: it is asked millions of times at 10,000 articles). */
export const kindOf = (c: Cluster): ActorKind => {
  const votes = c.kindVotes;
  let best: ActorKind = "person";
  let most = votes.person;
  if (votes.organization > most) (best = "organization"), (most = votes.organization);
  if (votes.place > most) (best = "place"), (most = votes.place);
  if (votes.other > most) best = "other";
  // the legal form outweighs only the reading as a person: a place that took in a firm's name ("Texaco
  // Canada Inc" into "Canada") stays the place
  return best === "person" && c.firm ? "organization" : best;
};

/** Mention k of article a (its surface `text`, folded `folded`) counted into cluster c. */
export function noteMention(c: Cluster, article: ActorInput, a: number, k: number, text: string, folded: string, because: MergeReason | null): void {
  const m = article.mentions[k]!;
  c.kindVotes[m.kind] += m.confidence;
  if (m.kind === "organization" && endsOnFirmForm(text)) c.firm = true;
  if (because && !c.spellings.has(text) && !c.because.has(text)) c.because.set(text, { spelling: text, reason: because, article: article.id });
  const e = c.spellings.get(text) ?? { articles: new Set<string>(), count: 0 };
  e.articles.add(article.id);
  e.count++;
  c.spellings.set(text, e);
  c.folded.add(folded);
  // a name of the shape "X of Y" is a body's or a title's, mistyped a person: its last word ("Bank of
  // Zambia") is a place, no surname, and gives a bare mention of that place to no one
  if (m.kind === "person" && text.includes(" ") && !/ of /i.test(text)) c.surnames.add(surnameOf(text));
  if (m.role) c.roles.add(m.role.toLowerCase());
  c.articles.add(a);
  c.refs.push({ article: a, mention: k });
}

/** "Palmer Fire", "Church Ave." typed as people: a full name ending in an everyday word may be no person's. */
export const surnameIsNoEverydayWord = (c: Cluster) => [...c.surnames].some((s) => !isEverydayWord(s));
