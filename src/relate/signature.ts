// An event's signature: who and what its reports' leads name, and the figures they give. Outlets
// reporting one event open with the same protagonists, places and figures (the death toll, the
// number arrested, the score); two similar events told in the same words (a second earthquake,
// another hijacking, another player injured) open with their own.
// Topical similarity alone cannot tell them apart: their leads can.
import type { ActorKind, ArticleTerms, PrintedFigure, Span } from "../types.js";
import type { SimilarPair } from "./blocking/similar-pairs.js";

/** Number words a lead spells out, as the figures they stand for (English cardinals up to twenty). */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10",
  eleven: "11", twelve: "12", thirteen: "13", fourteen: "14", fifteen: "15", sixteen: "16", seventeen: "17",
  eighteen: "18", nineteen: "19", twenty: "20",
};

/**
 * What a lead item says about an event, so that only rivals for one slot conflict: two different
 * protagonists, two different places, two different figures. People, organisations and other
 * names share a slot because the actor stage's kind is a guess (a team can be typed a person).
 */
const SLOT_OF_KIND: Readonly<Record<ActorKind | "number", string>> = {
  person: "who",
  organization: "who",
  other: "who",
  place: "where",
  number: "how many",
};

export const SIGNATURE = {
  /** sentences of the body that make its lead */
  leadSentences: 2,
  /** a group needs this many articles before its leads agree on anything */
  minGroup: 3,
  /** an item is a group's own when at least this share of its articles lead with it (and two at least)… */
  consensusShare: 0.5,
  /** …and at most this share of the other group's articles lead with the same word */
  foreignShare: 0.2,
} as const;

export interface SignatureInput {
  /** the figures it prints (with what each counts) */
  terms: Pick<ArticleTerms, "figures">;
  /** the actors it names in its lead, by id (its name, slugged) and kind */
  leadActors?: { id: string; kind: ActorKind }[];
  /** where it prints dates: their numbers are days and years, not counts */
  dateSpans?: Span[];
}

/** A lead item: its slot and its word ("who"/"marten", "how many miner"/"#12 miner"). */
interface LeadItem {
  slot: string;
  word: string;
}

/** The items of one article's lead, by word (a word named twice, in two kinds, keeps the first). */
export type Signature = Map<string, LeadItem>;

/** A figure as a comparable word: "1,200" and "1200" alike, spelled-out small numbers as digits. */
function figureOf(text: string): string | null {
  const word = NUMBER_WORDS[text.toLowerCase()];
  if (word) return word;
  const digits = text.replace(/,(?=\d{3}\b)/g, "");
  return /^\d+(\.\d+)?$/.test(digits) ? digits : null;
}

/** The figures of the lead that are no part of a date, as comparable words with what they count. */
function figures(printed: readonly PrintedFigure[], leadSentences: number, dateSpans: Span[]): { value: string; unit: string }[] {
  const found: { value: string; unit: string }[] = [];
  for (const figure of printed) {
    if (figure.sentence >= leadSentences) break;
    if (dateSpans.some((d) => d.start < figure.end && figure.start < d.end)) continue;
    const value = figureOf(figure.text);
    if (value) found.push({ value, unit: figure.unit });
  }
  return found;
}

/** The words of an actor's name (its slugged id), so that "Ilse Marten" and "Marten" agree; short particles left out. */
function nameWords(id: string): string[] {
  return id.split("-").filter((w) => w.length >= 3);
}

export function signatureOf(input: SignatureInput): Signature {
  const signature: Signature = new Map();
  const add = (word: string, slot: string) => {
    if (!signature.has(word)) signature.set(word, { slot, word });
  };
  for (const actor of input.leadActors ?? []) for (const word of nameWords(actor.id)) add(word, SLOT_OF_KIND[actor.kind]);
  // a figure's slot is what it counts: 12 miners and 15 miners are rivals, 12 dead and a 4.1 magnitude are not
  for (const { value, unit } of figures(input.terms.figures, SIGNATURE.leadSentences, input.dateSpans ?? [])) add(`#${value} ${unit}`, `${SLOT_OF_KIND.number} ${unit}`);
  return signature;
}

/** The items most of a group's articles lead with and few of the other group's do. */
function ownItems(group: Signature[], other: Signature[]): LeadItem[] {
  const counts = new Map<string, { item: LeadItem; count: number }>();
  for (const signature of group)
    for (const item of signature.values()) {
      const entry = counts.get(item.word);
      if (entry) entry.count++;
      else counts.set(item.word, { item, count: 1 });
    }
  const needed = Math.max(2, Math.ceil(group.length * SIGNATURE.consensusShare));
  const own: LeadItem[] = [];
  for (const { item, count } of counts.values()) {
    if (count < needed) continue;
    const elsewhere = other.filter((s) => s.has(item.word)).length;
    if (elsewhere <= other.length * SIGNATURE.foreignShare) own.push(item);
  }
  return own;
}

/**
 * Two groups of articles whose leads each agree on their own protagonist, place or figure for the
 * same slot (one names one player where the other names another; one counts 31 arrests where the other counts 23)
 * report two events, however alike their words. Small groups have no agreement to go by.
 */
export function signaturesConflict(a: Signature[], b: Signature[]): boolean {
  if (a.length < SIGNATURE.minGroup || b.length < SIGNATURE.minGroup) return false;
  const slotsOfA = new Set(ownItems(a, b).map((item) => item.slot));
  if (slotsOfA.size === 0) return false;
  return ownItems(b, a).some((item) => slotsOfA.has(item.slot));
}

export const STRAGGLERS = {
  /** a story owns a name when at least this share of the collection's leads naming it are the story's */
  ownedShare: 0.5,
} as const;

/** The names a story's leads agree on and that are its own in the whole collection: few other leads name them. */
function ownedNames(members: number[], signatures: Signature[], leadsNaming: Map<string, number>): Set<string> {
  const counts = new Map<string, number>();
  const isName = (item: LeadItem) => item.slot === SLOT_OF_KIND.person || item.slot === SLOT_OF_KIND.place;
  for (const i of members)
    for (const item of signatures[i]!.values()) if (isName(item)) counts.set(item.word, (counts.get(item.word) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(members.length * SIGNATURE.consensusShare));
  const owned = new Set<string>();
  for (const [word, count] of counts) if (count >= needed && count >= leadsNaming.get(word)! * STRAGGLERS.ownedShare) owned.add(word);
  return owned;
}

/**
 * An article left alone by the clustering joins the story whose own protagonists or places its
 * lead names, when its average similarity to that story's articles reaches `threshold`: a report
 * worded unlike the others is still the same event when it opens on the same rare names. Names
 * many other stories' leads share (a country, a big company) never pull an article in. Each lone
 * article is judged against the stories as clustered, so the result does not depend on order.
 */
export function attachStragglers(clusters: number[][], pairs: SimilarPair[], signatures: Signature[], threshold: number): number[][] {
  const leadsNaming = new Map<string, number>();
  for (const signature of signatures) for (const word of signature.keys()) leadsNaming.set(word, (leadsNaming.get(word) ?? 0) + 1);
  const clusterOf = new Map<number, number>();
  clusters.forEach((members, c) => members.forEach((i) => clusterOf.set(i, c)));
  const owned = clusters.map((members) => (members.length >= SIGNATURE.minGroup ? ownedNames(members, signatures, leadsNaming) : new Set<string>()));
  // summed similarity of each lone article to each story it has candidate pairs with
  const linkSums = new Map<number, Map<number, number>>();
  const link = (lone: number, other: number, similarity: number) => {
    const c = clusterOf.get(other)!;
    if (clusters[clusterOf.get(lone)!]!.length !== 1 || owned[c]!.size === 0) return;
    let sums = linkSums.get(lone);
    if (!sums) linkSums.set(lone, (sums = new Map()));
    sums.set(c, (sums.get(c) ?? 0) + similarity);
  };
  for (const { a, b, similarity } of pairs) {
    link(a, b, similarity);
    link(b, a, similarity);
  }
  const joined = clusters.map((members) => [...members]);
  const moved = new Set<number>();
  for (const [lone, sums] of [...linkSums].sort((x, y) => x[0] - y[0])) {
    let best = -1;
    let bestAverage = threshold;
    for (const [c, sum] of sums) {
      const average = sum / clusters[c]!.length;
      const namesOne = [...signatures[lone]!.keys()].some((word) => owned[c]!.has(word));
      if (namesOne && (average > bestAverage || (average === bestAverage && (best < 0 || c < best)))) {
        best = c;
        bestAverage = average;
      }
    }
    if (best < 0) continue;
    joined[best]!.push(lone);
    moved.add(clusterOf.get(lone)!);
  }
  return joined.filter((_, c) => !moved.has(c)).map((members) => members.sort((x, y) => x - y));
}
