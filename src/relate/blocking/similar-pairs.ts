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
  const index = indexKeyTerms(packed, cap, blocking.keyTerms);
  // with every term indexed the accumulated score is the whole dot product: nothing to verify
  const complete = cap >= vectors.length && blocking.keyTerms === Infinity;
  const pairs: SimilarPair[] = [];
  // scores accumulated in a typed array, with the documents touched, reset after each document
  const partial = new Float64Array(vectors.length);
  const touched = new Int32Array(vectors.length);
  const floor = threshold * blocking.minRareShare;
  // the document's weights spread over every term id: a dot product with it is one pass over the
  // other vector. Its terms come in id order and a term it lacks adds an exact 0, so every sum is
  // the one a merge of the two sorted vectors gives
  const spread = new Float64Array(index.termCount);
  for (let doc = 0; doc < packed.length; doc++) {
    const vector = packed[doc]!;
    for (let k = 0; k < vector.terms.length; k++) spread[vector.terms[k]!] = vector.weights[k]!;
    let count = 0;
    for (let e = index.start[doc]!; e < index.start[doc + 1]!; e++) {
      const weight = index.weight[e]!;
      const end = index.postingStart[index.term[e]! + 1]!;
      for (let k = index.at[e]! + 1; k < end; k++) {
        const other = index.postingDocs[k]!;
        if (partial[other] === 0) touched[count++] = other;
        partial[other] = partial[other]! + weight * index.postingWeights[k]!;
      }
    }
    const met = touched.subarray(0, count).sort();
    for (let t = 0; t < count; t++) {
      const other = met[t]!;
      const score = partial[other]!;
      partial[other] = 0;
      if (score < floor) continue;
      const similarity = complete ? score : dotWithSpread(spread, packed[other]!);
      if (similarity >= threshold) pairs.push({ a: doc, b: other, similarity });
    }
    for (let k = 0; k < vector.terms.length; k++) spread[vector.terms[k]!] = 0;
  }
  return pairs;
}

/** Each document's key terms as flat columns (documents in order, heaviest term first), and the postings they sit in. */
interface KeyTermIndex {
  /** where each document's entries start; start[doc + 1] is where they end */
  start: Int32Array;
  /** per entry: its term, the document's weight for it, and where the entry sits in the postings */
  term: Int32Array;
  weight: Float64Array;
  at: Int32Array;
  /** every term's posting, one after another in term order: documents in order, with their weights */
  postingStart: Int32Array;
  postingDocs: Int32Array;
  postingWeights: Float64Array;
  /** how many distinct terms the documents hold (term ids run from 0 to termCount - 1) */
  termCount: number;
}

/**
 * Each document indexed under its heaviest rare terms only: two reports of one event share some of
 * their most telling words, and the cost no longer grows with every rare word they print. Each
 * document remembers where it sits in each of its postings, so it meets only the documents after it.
 * The postings are laid out flat by counting (no list per term: most terms of a story's sentences
 * are in one or two of them).
 */
function indexKeyTerms(packed: PackedVector[], cap: number, keyTermCount: number): KeyTermIndex {
  // term ids run from 0 without gaps (packVectors)
  let termCount = 0;
  let entries = 0;
  for (const vector of packed) {
    for (const term of vector.terms) termCount = Math.max(termCount, term + 1);
    entries += vector.terms.length;
  }
  const frequency = new Int32Array(termCount);
  for (const vector of packed) for (const term of vector.terms) frequency[term] = frequency[term]! + 1;
  const start = new Int32Array(packed.length + 1);
  const term = new Int32Array(entries);
  const weight = new Float64Array(entries);
  const postingStart = new Int32Array(termCount + 1);
  let e = 0;
  packed.forEach((vector, doc) => {
    start[doc] = e;
    for (const k of keyTerms(vector, (t) => frequency[t]! <= cap, keyTermCount)) {
      term[e] = vector.terms[k]!;
      weight[e++] = vector.weights[k]!;
      postingStart[vector.terms[k]! + 1] = postingStart[vector.terms[k]! + 1]! + 1;
    }
  });
  start[packed.length] = e;
  for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t + 1]! + postingStart[t]!;
  const next = postingStart.slice(0, termCount);
  const postingDocs = new Int32Array(e);
  const postingWeights = new Float64Array(e);
  const at = new Int32Array(e);
  for (let doc = 0; doc < packed.length; doc++)
    for (let x = start[doc]!; x < start[doc + 1]!; x++) {
      const position = next[term[x]!]!++;
      postingDocs[position] = doc;
      postingWeights[position] = weight[x]!;
      at[x] = position;
    }
  return { start, term, weight, at, postingStart, postingDocs, postingWeights, termCount };
}

/** Positions of the document's `count` heaviest terms that pass `rare`, heaviest first (ties by term number). */
function keyTerms(vector: PackedVector, rare: (term: number) => boolean, count: number): number[] {
  const order: number[] = [];
  for (let k = 0; k < vector.terms.length; k++) if (rare(vector.terms[k]!)) order.push(k);
  order.sort((x, y) => vector.weights[y]! - vector.weights[x]! || vector.terms[x]! - vector.terms[y]!);
  if (order.length > count) order.length = count;
  return order;
}

/** A sparse vector as parallel arrays sorted by term number: a dot product is a merge, not a hash lookup per term. */
interface PackedVector {
  terms: Int32Array;
  weights: Float64Array;
}

function packVectors(vectors: SparseVector[]): PackedVector[] {
  const ids = new Map<string, number>();
  return vectors.map((vector) => {
    // term id and position in one number (id * size + position), sorted as numbers by the typed array itself
    const size = vector.size;
    const keys = new Float64Array(size);
    const weightsIn = new Float64Array(size);
    let i = 0;
    vector.forEach((weight, term) => {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      keys[i] = id * size + i;
      weightsIn[i++] = weight;
    });
    keys.sort();
    const terms = new Int32Array(size);
    const weights = new Float64Array(size);
    for (let k = 0; k < size; k++) {
      const id = Math.floor(keys[k]! / size);
      terms[k] = id;
      weights[k] = weightsIn[keys[k]! - id * size]!;
    }
    return { terms, weights };
  });
}

function dotWithSpread(spread: Float64Array, vector: PackedVector): number {
  let sum = 0;
  for (let k = 0; k < vector.terms.length; k++) sum += spread[vector.terms[k]!]! * vector.weights[k]!;
  return sum;
}
