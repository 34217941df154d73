// Average-link agglomerative clustering over a sparse similarity graph. Pairs missing from the graph
// count as similarity 0, which only ever makes a merge less likely: precision over recall. Each
// cluster keeps the summed similarity to its neighbours, so a merge costs the size of the two
// neighbour lists, and the best pair comes from a heap (stale entries are skipped when popped).
import type { SimilarPair } from "./similar-pairs.js";

interface HeapEntry {
  score: number;
  a: number;
  b: number;
  versionA: number;
  versionB: number;
}

/** Max-heap on score; ties go to the lower cluster indexes so the result never depends on insertion order. */
class PairHeap {
  private items: HeapEntry[] = [];
  get size(): number {
    return this.items.length;
  }
  private before(x: HeapEntry, y: HeapEntry): boolean {
    return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  push(entry: HeapEntry): void {
    const items = this.items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      const lifted = items[i]!;
      items[i] = items[parent]!;
      items[parent] = lifted;
      i = parent;
    }
  }
  pop(): HeapEntry | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && this.before(items[l]!, items[best]!)) best = l;
        if (r < items.length && this.before(items[r]!, items[best]!)) best = r;
        if (best === i) break;
        const sunk = items[i]!;
        items[i] = items[best]!;
        items[best] = sunk;
        i = best;
      }
    }
    return top;
  }
}

/**
 * Clusters `count` items, merging while the average similarity between two clusters reaches
 * `threshold`. `mayMerge` can veto a merge (for example two events too far apart in time).
 * Returns the clusters as sorted member lists.
 */
export function averageLinkClusters(
  count: number,
  pairs: SimilarPair[],
  threshold: number,
  mayMerge: (a: number[], b: number[]) => boolean = () => true,
): number[][] {
  const members: (number[] | null)[] = Array.from({ length: count }, (_, i) => [i]);
  const version = new Array<number>(count).fill(0);
  // summed similarity between cluster x and each neighbour y
  const links: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (const { a, b, similarity } of pairs) {
    links[a]!.set(b, (links[a]!.get(b) ?? 0) + similarity);
    links[b]!.set(a, (links[b]!.get(a) ?? 0) + similarity);
  }
  const heap = new PairHeap();
  const average = (x: number, y: number) => links[x]!.get(y)! / (members[x]!.length * members[y]!.length);
  const offer = (x: number, y: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const score = average(a, b);
    if (score >= threshold) heap.push({ score, a, b, versionA: version[a]!, versionB: version[b]! });
  };
  for (let x = 0; x < count; x++) for (const y of links[x]!.keys()) if (x < y) offer(x, y);

  while (heap.size > 0) {
    const top = heap.pop()!;
    if (!members[top.a] || !members[top.b] || version[top.a] !== top.versionA || version[top.b] !== top.versionB) continue;
    if (!mayMerge(members[top.a]!, members[top.b]!)) continue;
    merge(top.a, top.b);
  }
  return members.filter((m): m is number[] => m !== null).map((m) => m.sort((x, y) => x - y));

  function merge(a: number, b: number): void {
    members[a]!.push(...members[b]!);
    members[b] = null;
    links[a]!.delete(b);
    for (const [k, sum] of links[b]!) {
      if (k === a) continue;
      links[a]!.set(k, (links[a]!.get(k) ?? 0) + sum);
      links[k]!.delete(b);
      links[k]!.set(a, links[a]!.get(k)!);
    }
    links[b]!.clear();
    version[a]!++;
    version[b]!++;
    // only pairs with a or b changed: the others keep their heap entries
    for (const k of links[a]!.keys()) offer(a, k);
  }
}
