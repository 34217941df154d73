// Sparse TF-IDF vectors over content-word lemmas, for comparing articles and sentences.

export type SparseVector = Map<string, number>;

export function termCounts(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Inverse document frequency with add-one smoothing, so a term in every document still counts a little. */
export function inverseDocumentFrequency(documents: Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log((1 + n) / (1 + count)) + 1);
  return idf;
}

export function tfidf(counts: Map<string, number>, idf: Map<string, number>): SparseVector {
  // the weights in a plain array first, so the vector's map is written once, already normalised
  const weights = new Float64Array(counts.size);
  let i = 0;
  let norm = 0;
  counts.forEach((count, term) => {
    const weight = (1 + Math.log(count)) * (idf.get(term) ?? 1);
    weights[i++] = weight;
    norm += weight * weight;
  });
  norm = Math.sqrt(norm) || 1;
  const vector: SparseVector = new Map();
  i = 0;
  counts.forEach((_, term) => vector.set(term, weights[i++]! / norm));
  return vector;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  small.forEach((weight, term) => {
    dot += weight * (large.get(term) ?? 0);
  });
  return dot;
}

/** A sentence with the substance of a report: eight words or more, ending as a sentence does (not a subheading or fragment). */
export function standsAsReport(text: string): boolean {
  return /[.!?]["'”’)]?$/.test(text) && SEVEN_SPACE_RUNS.test(text);
}

/**
 * Seven runs of white space (each taken whole: the lookahead ends it where it ends), as
 * `text.split(/\s+/).length >= 8` asks, without making the array of words.
 */
const SEVEN_SPACE_RUNS = /^(?:\S*\s+(?=\S|$)){7}/;
