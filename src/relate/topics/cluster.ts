// Groups key phrases into topics: phrases that share distinctive words ("energy infrastructure",
// "energy facilities", "critical infrastructure") or keep turning up in the same sentences
// ("power plants" beside "energy infrastructure") belong together. Average-linkage agglomerative
// clustering over a sparse similarity graph, cut at two heights: the tight cut gives topics, the
// loose cut groups them under broader ones.
import { articleOfSentence, type Corpus, type PhraseStats, type SentenceKey } from "./corpus.js";
import { relatedHeads } from "./senses.js";

export interface PhraseClusters {
  /** tight clusters: lists of indices into `phrases` */
  fine: number[][];
  /** for each fine cluster, the index of the broad cluster it falls in */
  broadOf: number[];
  phrases: PhraseStats[];
  similarity(a: number, b: number): number;
}

const FINE_CUT = 0.3;
const BROAD_CUT = 0.16;

function pairKey(a: number, b: number): number {
  return a < b ? a * 65536 + b : b * 65536 + a;
}

/** "lasting peace" and "lasting security" share a manner, not a subject. */
const ADJECTIVE_SHARE = 0.4;

/**
 * Weighted word overlap of two phrases: half Jaccard, half overlap coefficient. With `sameHead`
 * the second phrase's head counts as the first's (near-synonym heads).
 */
function lexicalSimilarity(p: PhraseStats, q: PhraseStats, termWeight: (term: string) => number, sameHead = false): number {
  const qTerms = new Set(sameHead ? q.terms.map((t) => (t === q.head ? p.head : t)) : q.terms);
  let shared = 0;
  let union = 0;
  let ownP = 0;
  let ownQ = 0;
  for (const t of p.terms) {
    const weight = termWeight(t);
    union += weight;
    ownP += weight;
    if (qTerms.has(t)) shared += p.adjectives.has(t) && q.adjectives.has(t) ? weight * ADJECTIVE_SHARE : weight;
  }
  for (const t of qTerms) {
    ownQ += termWeight(t);
    if (!p.terms.includes(t)) union += termWeight(t);
  }
  // Jaccard alone keeps "energy facilities" from "energy infrastructure"; the overlap
  // coefficient alone would fold every "X security" into "security": take the middle
  const jaccard = union > 0 ? shared / union : 0;
  const overlap = Math.min(ownP, ownQ) > 0 ? shared / Math.min(ownP, ownQ) : 0;
  return 0.5 * jaccard + 0.5 * overlap;
}

/** How much a WordNet relation between two heads counts, and the evidence the articles must give. */
export const SENSE_FOLD = {
  /** share of the lexical similarity (heads taken as one word) a synonym pair gets */
  synonym: 1,
  /** …and a pair where one head is a kind of the other */
  broader: 0.6,
  /** articles that must use both phrases (fewer in a smaller collection) */
  sharedArticles: 2,
} as const;

/** Phrase pairs whose heads WordNet relates and which the articles use together. */
export function senseRelatedPairs(corpus: Corpus, phrases: PhraseStats[]): { p: number; q: number; weight: number }[] {
  const byHead = new Map<string, number[]>();
  phrases.forEach((phrase, i) => {
    const list = byHead.get(phrase.head);
    if (list) list.push(i);
    else byHead.set(phrase.head, [i]);
  });
  const needed = Math.min(SENSE_FOLD.sharedArticles, corpus.articles.length);
  const found: { p: number; q: number; weight: number }[] = [];
  for (const { a, b, relation } of relatedHeads(new Set(byHead.keys()))) {
    for (const p of byHead.get(a)!)
      for (const q of byHead.get(b)!) if (sharedArticles(phrases[p]!, phrases[q]!) >= needed) found.push({ p, q, weight: SENSE_FOLD[relation] });
  }
  return found;
}

function sharedArticles(p: PhraseStats, q: PhraseStats): number {
  const [small, large] = p.countByArticle.size <= q.countByArticle.size ? [p, q] : [q, p];
  let shared = 0;
  for (const article of small.countByArticle.keys()) if (large.countByArticle.has(article)) shared++;
  return shared;
}

export function clusterPhrases(corpus: Corpus, phrases: PhraseStats[]): PhraseClusters {
  const n = phrases.length;
  const edges = new Map<number, number>();

  // lexical similarity: weighted Jaccard over content words, for pairs that share a word
  const byTerm = new Map<string, number[]>();
  phrases.forEach((p, i) => {
    for (const term of p.terms) {
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push(i);
    }
  });
  const weightOf = new Map<string, number>();
  const termWeight = (term: string): number => {
    let value = weightOf.get(term);
    if (value === undefined) weightOf.set(term, (value = corpus.termWeight(term)));
    return value;
  };
  for (const list of byTerm.values()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = pairKey(list[x]!, list[y]!);
        if (edges.has(key)) continue;
        edges.set(key, lexicalSimilarity(phrases[list[x]!]!, phrases[list[y]!]!, termWeight));
      }
  }

  // near-synonym heads ("quake", "earthquake"; "tremor", a kind of earthquake): WordNet proposes,
  // the articles confirm by using both phrases
  for (const { p, q, weight } of senseRelatedPairs(corpus, phrases)) {
    const key = pairKey(p, q);
    const asOne = weight * lexicalSimilarity(phrases[p]!, phrases[q]!, termWeight, true);
    if (asOne > (edges.get(key) ?? 0)) edges.set(key, asOne);
  }

  // co-occurrence: phrases that share sentences in more than one place
  const bySentence = new Map<SentenceKey, number[]>();
  phrases.forEach((p, i) => {
    for (const s of p.sentences) {
      let list = bySentence.get(s);
      if (!list) bySentence.set(s, (list = []));
      list.push(i);
    }
  });
  // sentences from one article only may be one writer's habit; two articles make it the subject's.
  // Sentences in key order come article by article, so counting articles needs only the last one seen.
  const together = new Map<number, number>();
  const articlesTogether = new Map<number, number>();
  const lastArticle = new Map<number, number>();
  const singleArticle = corpus.articles.length === 1;
  for (const sentence of [...bySentence.keys()].sort((x, y) => x - y)) {
    const list = bySentence.get(sentence)!;
    if (list.length < 2) continue;
    const article = articleOfSentence(sentence);
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = pairKey(list[x]!, list[y]!);
        together.set(key, (together.get(key) ?? 0) + 1);
        if (lastArticle.get(key) !== article) {
          lastArticle.set(key, article);
          articlesTogether.set(key, (articlesTogether.get(key) ?? 0) + 1);
        }
      }
  }
  for (const [key, count] of together) {
    if (count < 2 && !singleArticle) continue;
    if (!singleArticle && (articlesTogether.get(key) ?? 0) < 2) continue;
    const a = Math.floor(key / 65536);
    const b = key % 65536;
    const smaller = Math.min(phrases[a]!.sentences.length, phrases[b]!.sentences.length);
    if (smaller < 2) continue;
    const cooccurrence = 0.45 * (count / smaller);
    edges.set(key, Math.min(1, (edges.get(key) ?? 0) + cooccurrence));
  }

  const similarity = (a: number, b: number): number => (a === b ? 1 : (edges.get(pairKey(a, b)) ?? 0));

  // agglomerative clustering, average linkage, over the sparse graph: each live cluster keeps the
  // summed similarity to its neighbours, updated in place on every merge
  // Linkage is weighted by how often each phrase occurs, so a cluster is judged by its common
  // phrases rather than by the one-off variants it has collected.
  const members: (number[] | null)[] = phrases.map((_, i) => [i]);
  const mass = phrases.map((p) => p.occurrences.length);
  const neighbours: Map<number, number>[] = phrases.map(() => new Map());
  for (const [key, value] of edges) {
    if (value <= 0) continue;
    const a = Math.floor(key / 65536);
    const b = key % 65536;
    const weighted = value * mass[a]! * mass[b]!;
    neighbours[a]!.set(b, weighted);
    neighbours[b]!.set(a, weighted);
  }
  let fine: number[][] | null = null;
  const fineIndexOfPhrase = new Array<number>(n).fill(-1);

  // each cluster's closest later neighbour (the first of the highest average in its neighbours'
  // order), kept up to date for the rows a merge touches: the pair merged next is then the first
  // row's best that beats the rest, as a scan of every edge would find it, without that scan per merge
  const rowBest = new Float64Array(n).fill(-Infinity);
  const rowPartner = new Int32Array(n).fill(-1);
  const updateRow = (a: number): void => {
    let best = -Infinity;
    let partner = -1;
    for (const [b, sum] of neighbours[a]!) {
      if (b <= a) continue;
      const average = sum / (mass[a]! * mass[b]!);
      if (average > best) {
        best = average;
        partner = b;
      }
    }
    rowBest[a] = best;
    rowPartner[a] = partner;
  };
  for (let a = 0; a < n; a++) updateRow(a);

  const mergeDownTo = (cut: number): void => {
    for (;;) {
      let bestA = -1;
      let best = cut;
      for (let a = 0; a < n; a++) {
        if (members[a] && rowBest[a]! > best) {
          best = rowBest[a]!;
          bestA = a;
        }
      }
      if (bestA < 0) return;
      const a = bestA;
      const b = rowPartner[a]!;
      members[a]!.push(...members[b]!);
      members[b] = null;
      mass[a] = mass[a]! + mass[b]!;
      const intoA = neighbours[a]!;
      intoA.delete(b);
      for (const [c, sum] of neighbours[b]!) {
        if (c === a) continue;
        intoA.set(c, (intoA.get(c) ?? 0) + sum);
        const ofC = neighbours[c]!;
        ofC.delete(b);
        ofC.set(a, (ofC.get(a) ?? 0) + sum);
      }
      neighbours[b]!.clear();
      rowBest[b] = -Infinity;
      // a's mass changed, so did every average with a: its row and its neighbours' rows
      updateRow(a);
      for (const c of intoA.keys()) updateRow(c);
    }
  };

  mergeDownTo(FINE_CUT);
  fine = members.filter((m): m is number[] => m !== null).map((m) => [...m].sort((x, y) => x - y));
  fine.forEach((list, f) => list.forEach((i) => (fineIndexOfPhrase[i] = f)));
  mergeDownTo(BROAD_CUT);
  const broadOf = new Array<number>(fine.length).fill(-1);
  members.forEach((list, b) => {
    if (!list) return;
    const seen = new Set(list.map((i) => fineIndexOfPhrase[i]!));
    for (const f of seen) broadOf[f] = b;
  });

  return { fine, broadOf, phrases, similarity };
}
