// Copies among the inputs: the same article saved twice, a syndicated copy with a different
// header, or a rewrite. A copy is reported, not published twice; a rewrite (another version with
// sentences of its own) is reported with its original and stays an article that later ones can copy.
import type { CleanArticle } from "../types.js";

export type DuplicateKind = "identical" | "near-copy" | "rewrite";

export interface DuplicateFinding {
  file: string;
  of: string;
  ofFile: string;
  kind: DuplicateKind;
}

interface Candidate {
  id: string;
  article: CleanArticle;
}

const SHINGLE = 5;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/**
 * The text's 5-word shingles as 32-bit numbers: each word hashed once, each window's hashes mixed.
 * Numbers instead of joined strings keep a 10,000-article collection's shingles small; two
 * different shingles share a number about once in four billion, which moves no overlap measurably.
 */
function shingles(tokens: string[]): Set<number> {
  const hashes = tokens.map(fnv1a);
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= hashes.length; i++) {
    let h = 0x9747b28c;
    for (let k = i; k < i + SHINGLE; k++) h = Math.imul(h ^ hashes[k]!, 0x5bd1e995) ^ (h >>> 15);
    set.add(h >>> 0);
  }
  if (set.size === 0 && tokens.length) set.add(fnv1a(tokens.join(" ")));
  return set;
}

/** Share of the smaller set found in the larger: 1 when one text contains the other. */
function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/**
 * A sample of a text's shingles that two copies keep in proportion: the shingles whose hash falls in
 * one bucket of SAMPLE_BUCKETS (mod-sampling, as in Broder's resemblance estimate). Two texts sharing
 * 60% of their shingles share about 60% of their sampled ones, so a copy almost always meets its
 * original in the index; a text too short to sample keeps all its shingles.
 */
const SAMPLE_BUCKETS = 4;
/** A sampled shingle in more texts than this is boilerplate ("all rights reserved"), not a sign of copying. */
const MAX_POSTINGS = 50;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function sampled(shingleSet: Set<number>): number[] {
  const all = [...shingleSet];
  // the bucket from a remix of the number, so the sample does not follow the window hash's low bits
  const sample = all.filter((s) => (Math.imul(s, 0x85ebca6b) >>> 16) % SAMPLE_BUCKETS === 0);
  return sample.length >= 2 ? sample : all;
}

interface Kept {
  candidate: Candidate;
  normalized: string;
  shingles: Set<number>;
}

/**
 * Finds copies. The article kept is the earliest in path order with the most text, so that the
 * choice is stable across builds. Thresholds: 0.9 of 5-word shingles shared is a near-copy
 * (a different header or trailer), 0.6 a rewrite (paragraphs reworded or reordered). Only kept
 * articles that share a sampled shingle (or the whole text) are compared: never all pairs.
 */
export function findDuplicates(candidates: Candidate[]): { duplicates: DuplicateFinding[] } {
  const ordered = [...candidates].sort((a, b) => (a.article.sourceFile < b.article.sourceFile ? -1 : 1));
  const kept: Kept[] = [];
  const byText = new Map<string, Kept>();
  const postings = new Map<number, number[]>();
  const duplicates: DuplicateFinding[] = [];
  for (const candidate of ordered) {
    const tokens = words(candidate.article.text);
    const normalized = tokens.join(" ");
    const own = shingles(tokens);
    const sample = sampled(own);
    const same = byText.get(normalized);
    const match = same ? { of: same.candidate, kind: "identical" as const } : closestCopy(own, candidatesFor(sample, postings).map((k) => kept[k]!));
    if (match) {
      duplicates.push({ file: candidate.article.sourceFile, of: match.of.id, ofFile: match.of.article.sourceFile, kind: match.kind });
      if (match.kind !== "rewrite") continue;
    }
    const entry = { candidate, normalized, shingles: own };
    for (const s of sample) {
      const list = postings.get(s);
      if (!list) postings.set(s, [kept.length]);
      else if (list.length <= MAX_POSTINGS) list.push(kept.length);
    }
    kept.push(entry);
    byText.set(normalized, entry);
  }
  return { duplicates };
}

/** Kept articles sharing a sampled shingle, in the order they were kept. */
function candidatesFor(sample: number[], postings: Map<number, number[]>): number[] {
  const found = new Set<number>();
  for (const s of sample) {
    const list = postings.get(s);
    if (list && list.length <= MAX_POSTINGS) for (const k of list) found.add(k);
  }
  return [...found].sort((a, b) => a - b);
}

/** The last near-copy among the kept articles, else the first rewrite (the order the full scan used). */
function closestCopy(own: Set<number>, others: Kept[]): { of: Candidate; kind: DuplicateKind } | null {
  let match: { of: Candidate; kind: DuplicateKind } | null = null;
  for (const other of others) {
    const sizeRatio = Math.min(own.size, other.shingles.size) / Math.max(own.size, other.shingles.size, 1);
    // a text less than half the other's length is neither a copy nor a rewrite of it, whatever it shares
    if (sizeRatio < 0.5) continue;
    const overlap = containment(own, other.shingles);
    if (overlap >= 0.9) match = { of: other.candidate, kind: "near-copy" };
    else if (!match && overlap >= 0.6) match = { of: other.candidate, kind: "rewrite" };
  }
  return match;
}
