// Groups articles that tell the same story, from the words of their key phrases, so a topic is not
// stitched together out of unrelated stories that happen to share an everyday word.
import type { Corpus } from "./corpus.js";

/** Cosine similarity of every pair of articles over their phrase words. */
export function articleSimilarity(corpus: Corpus): number[][] {
  const n = corpus.articles.length;
  // sparse vectors over numbered terms; one dense row at a time for the dot products
  const termIndex = new Map<string, number>();
  const weights: number[] = [];
  const rows: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const phrase of corpus.phrases.values())
    for (const term of phrase.terms) {
      let index = termIndex.get(term);
      if (index === undefined) {
        index = weights.length;
        termIndex.set(term, index);
        weights.push(corpus.termWeight(term));
      }
      const weight = weights[index]!;
      for (const [article, count] of phrase.countByArticle) {
        const row = rows[article]!;
        row.set(index, (row.get(index) ?? 0) + count * weight);
      }
    }
  const sparse = rows.map((row) => {
    const indices = Int32Array.from(row.keys());
    const values = Float64Array.from(row.values());
    let norm = 0;
    for (const v of values) norm += v * v;
    return { indices, values, norm: Math.sqrt(norm) || 1 };
  });
  const dense = new Float64Array(weights.length);
  const out: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let a = 0; a < n; a++) {
    out[a]![a] = 1;
    const own = sparse[a]!;
    for (let k = 0; k < own.indices.length; k++) dense[own.indices[k]!] = own.values[k]!;
    for (let b = a + 1; b < n; b++) {
      const other = sparse[b]!;
      let dot = 0;
      for (let k = 0; k < other.indices.length; k++) dot += dense[other.indices[k]!]! * other.values[k]!;
      const cosine = dot / (own.norm * other.norm);
      out[a]![b] = cosine;
      out[b]![a] = cosine;
    }
    for (let k = 0; k < own.indices.length; k++) dense[own.indices[k]!] = 0;
  }
  return out;
}

/** Story groups: average-linkage clusters of articles above `cut`; returns a group index per article. */
export function storyGroups(similarity: number[][], cut: number): number[] {
  const n = similarity.length;
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  // summed similarity between clusters, updated on each merge
  const sum = similarity.map((row) => [...row]);
  const group = Array.from({ length: n }, (_, i) => i);
  for (;;) {
    let best = cut;
    let pa = -1;
    let pb = -1;
    for (let a = 0; a < n; a++) {
      if (!alive[a]) continue;
      const row = sum[a]!;
      for (let b = a + 1; b < n; b++) {
        if (!alive[b]) continue;
        const average = row[b]! / (size[a]! * size[b]!);
        if (average > best) {
          best = average;
          pa = a;
          pb = b;
        }
      }
    }
    if (pa < 0) break;
    alive[pb] = false;
    size[pa] = size[pa]! + size[pb]!;
    for (let c = 0; c < n; c++) {
      if (!alive[c] || c === pa) continue;
      const merged = sum[pa]![c]! + sum[pb]![c]!;
      sum[pa]![c] = merged;
      sum[c]![pa] = merged;
    }
    for (let i = 0; i < n; i++) if (group[i] === pb) group[i] = pa;
  }
  return group;
}
