// Candidate pairs of similar documents without comparing all pairs: an inverted index over each
// document's terms, where terms too common to tell stories apart are left out of the index (they
// still count in the exact similarity computed for the candidates). The cost is the sum over
// indexed terms of their postings squared, which the document-frequency cap keeps near-linear.
import { cosine, type SparseVector } from "../vectors.js";

/** What the index leaves out and what a candidate must reach, in one place. */
export const BLOCKING = {
  /** a term in more than this share of the documents is not indexed… */
  maxDocumentShare: 0.02,
  /** …unless the collection is so small that every term can be indexed cheaply */
  minPostingCap: 60,
  /** a pair whose indexed terms alone give less than this share of the threshold is not a candidate */
  partialShare: 0.25,
} as const;

export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Every pair (a < b) whose exact cosine reaches `threshold`, found through rare shared terms.
 * A pair that shares no indexed term is not found: such documents share only common words.
 */
export function similarPairs(vectors: SparseVector[], threshold: number): SimilarPair[] {
  const cap = Math.max(BLOCKING.minPostingCap, Math.ceil(vectors.length * BLOCKING.maxDocumentShare));
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, doc) => {
    for (const term of vector.keys()) {
      const list = postings.get(term);
      if (list) list.push(doc);
      else postings.set(term, [doc]);
    }
  });
  const pairs: SimilarPair[] = [];
  const partial = new Map<number, number>();
  vectors.forEach((vector, doc) => {
    partial.clear();
    for (const [term, weight] of vector) {
      const list = postings.get(term)!;
      if (list.length > cap) continue;
      for (const other of list) if (other > doc) partial.set(other, (partial.get(other) ?? 0) + weight * vectors[other]!.get(term)!);
    }
    for (const [other, score] of partial) {
      if (score < threshold * BLOCKING.partialShare) continue;
      const similarity = cosine(vector, vectors[other]!);
      if (similarity >= threshold) pairs.push({ a: doc, b: other, similarity });
    }
  });
  return pairs;
}
