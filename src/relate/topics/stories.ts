// Groups articles that tell the same story, from the words of their key phrases, so a topic is not
// stitched together out of unrelated stories that happen to share an everyday word.
import type { Corpus } from "./corpus.js";

/** Cosine similarity of every pair of articles over their phrase words. */
export function articleSimilarity(corpus: Corpus): number[][] {
  const n = corpus.articles.length;
  const vectors: Map<string, number>[] = Array.from({ length: n }, () => new Map());
  for (const phrase of corpus.phrases.values())
    for (const [article, count] of phrase.countByArticle)
      for (const term of phrase.terms) {
        const v = vectors[article]!;
        v.set(term, (v.get(term) ?? 0) + count * corpus.termWeight(term));
      }
  const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1);
  const out: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let a = 0; a < n; a++) {
    out[a]![a] = 1;
    for (let b = a + 1; b < n; b++) {
      const [small, large] = vectors[a]!.size < vectors[b]!.size ? [vectors[a]!, vectors[b]!] : [vectors[b]!, vectors[a]!];
      let dot = 0;
      for (const [term, x] of small) {
        const y = large.get(term);
        if (y !== undefined) dot += x * y;
      }
      const cosine = dot / (norms[a]! * norms[b]!);
      out[a]![b] = cosine;
      out[b]![a] = cosine;
    }
  }
  return out;
}

/** Story groups: average-linkage clusters of articles above `cut`; returns a group index per article. */
export function storyGroups(similarity: number[][], cut: number): number[] {
  const n = similarity.length;
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = cut;
    let pair: [number, number] | null = null;
    for (let a = 0; a < n; a++) {
      if (!members[a]) continue;
      for (let b = a + 1; b < n; b++) {
        if (!members[b]) continue;
        let sum = 0;
        for (const x of members[a]!) for (const y of members[b]!) sum += similarity[x]![y]!;
        const average = sum / (members[a]!.length * members[b]!.length);
        if (average > best) {
          best = average;
          pair = [a, b];
        }
      }
    }
    if (!pair) break;
    members[pair[0]] = [...members[pair[0]]!, ...members[pair[1]]!];
    members[pair[1]] = null;
  }
  const group = new Array<number>(n).fill(0);
  members.forEach((list, g) => list?.forEach((a) => (group[a] = g)));
  return group;
}
