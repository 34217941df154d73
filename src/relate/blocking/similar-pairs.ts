// Candidate pairs of similar documents without comparing all pairs: an inverted index over each
// document's heaviest rare terms; terms too common to tell stories apart are left out of the index
// (they still count in the exact similarity computed for each candidate). The cost is bounded by
// documents x key terms x the posting cap, so it grows linearly with the collection. On the ECB+
// development topics the stories come out the same as with every pair compared.
import type { SparseVector } from "../vectors.js";

/** What the index leaves out and what a candidate must reach, in one place. */
export const BLOCKING = {
  /** a term in more than this share of the documents is not indexed… */
  maxDocumentShare: 0.02,
  /** …unless the collection is so small that every term can be indexed cheaply */
  minPostingCap: 60,
  /**
   * a pair whose rare (indexed) terms give less than this share of the threshold is left out: two
   * reports of one event share names and rare words, not only the common vocabulary of a beat
   */
  minRareShare: 0.25,
  /** rare terms a document is indexed under: its heaviest ones */
  keyTerms: 48,
} as const;

export type Blocking = { readonly [K in keyof typeof BLOCKING]: number };

/** Every term indexed and every candidate kept: the same pairs as comparing all of them, found faster. */
export const EXACT: Blocking = { maxDocumentShare: 1, minPostingCap: Infinity, minRareShare: 0, keyTerms: Infinity };

export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Every pair (a < b) whose exact cosine reaches `threshold`, found through rare shared terms.
 * A pair that shares no indexed term is not found: such documents share only common words.
 */
export function similarPairs(vectors: SparseVector[], threshold: number, blocking: Blocking = BLOCKING): SimilarPair[] {
  const cap = Math.max(blocking.minPostingCap, Math.ceil(vectors.length * blocking.maxDocumentShare));
  const packed = packVectors(vectors);
  const frequency = new Map<number, number>();
  for (const vector of packed) for (const term of vector.terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  // each document is indexed under its heaviest rare terms only: two reports of one event share
  // some of their most telling words, and the cost no longer grows with every rare word they print.
  // A posting holds the document and its weight; each document remembers where it sits in each of
  // its postings, so it meets only the documents after it.
  const postings = new Map<number, { docs: number[]; weights: number[] }>();
  const indexed = packed.map((vector, doc) =>
    keyTerms(vector, (term) => frequency.get(term)! <= cap, blocking.keyTerms).map((term) => {
      const weight = weightOf(vector, term);
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], weights: [] }));
      list.docs.push(doc);
      list.weights.push(weight);
      return { term, weight, at: list.docs.length - 1 };
    }),
  );
  // with every term indexed the accumulated score is the whole dot product: nothing to verify
  const complete = cap >= vectors.length && blocking.keyTerms === Infinity;
  const pairs: SimilarPair[] = [];
  // scores accumulated in a typed array, with the list of documents touched, reset after each document
  const partial = new Float64Array(vectors.length);
  const touched: number[] = [];
  packed.forEach((vector, doc) => {
    for (const { term, weight, at } of indexed[doc]!) {
      const { docs, weights } = postings.get(term)!;
      for (let k = at + 1; k < docs.length; k++) {
        const other = docs[k]!;
        if (partial[other] === 0) touched.push(other);
        partial[other] = partial[other]! + weight * weights[k]!;
      }
    }
    touched.sort((x, y) => x - y);
    for (const other of touched) {
      const score = partial[other]!;
      partial[other] = 0;
      if (score < threshold * blocking.minRareShare) continue;
      const similarity = complete ? score : dot(vector, packed[other]!);
      if (similarity >= threshold) pairs.push({ a: doc, b: other, similarity });
    }
    touched.length = 0;
  });
  return pairs;
}

/** The document's KEY_TERMS heaviest terms that pass `rare`, heaviest first (ties by term number). */
function keyTerms(vector: PackedVector, rare: (term: number) => boolean, count: number): number[] {
  const order = [...vector.terms.keys()].filter((k) => rare(vector.terms[k]!));
  order.sort((x, y) => vector.weights[y]! - vector.weights[x]! || vector.terms[x]! - vector.terms[y]!);
  return order.slice(0, count).map((k) => vector.terms[k]!);
}

/** A sparse vector as parallel arrays sorted by term number: a dot product is a merge, not a hash lookup per term. */
interface PackedVector {
  terms: Int32Array;
  weights: Float64Array;
}

function packVectors(vectors: SparseVector[]): PackedVector[] {
  const ids = new Map<string, number>();
  return vectors.map((vector) => {
    const entries = [...vector].map(([term, weight]) => {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      return [id, weight] as const;
    });
    entries.sort((p, q) => p[0] - q[0]);
    return { terms: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]) };
  });
}

function dot(a: PackedVector, b: PackedVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

function weightOf(vector: PackedVector, term: number): number {
  let low = 0;
  let high = vector.terms.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const t = vector.terms[mid]!;
    if (t === term) return vector.weights[mid]!;
    if (t < term) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}
