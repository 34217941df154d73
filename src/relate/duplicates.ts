// Copies among the inputs: the same article saved twice, a syndicated copy with a different
// header, or a rewrite. A copy is reported, not published twice; a rewrite (another version with
// sentences of its own) is reported with its original and stays an article that later ones can copy.
import type { CleanArticle } from "../types.js";
import { copySignature, signatureShingles, type CopySignature } from "../copy-signature.js";

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
  /** the per-article work's signature of the text; worked out here when not given */
  copy?: CopySignature;
}

/** Share of the smaller set found in the larger (both ascending and distinct): 1 when one text contains the other. */
function containment(a: Uint32Array, b: Uint32Array): number {
  const small = a.length <= b.length ? a.length : b.length;
  if (small === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / small;
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

function sampled(shingles: Uint32Array): number[] {
  const all = [...shingles];
  // the bucket from a remix of the number, so the sample does not follow the window hash's low bits
  const sample = all.filter((s) => (Math.imul(s, 0x85ebca6b) >>> 16) % SAMPLE_BUCKETS === 0);
  return sample.length >= 2 ? sample : all;
}

interface Kept {
  candidate: Candidate;
  shingles: Uint32Array;
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
    const signature = candidate.copy ?? copySignature(candidate.article.text);
    const own = signatureShingles(signature);
    const sample = sampled(own);
    const same = byText.get(signature.words);
    const match = same ? { of: same.candidate, kind: "identical" as const } : closestCopy(own, candidatesFor(sample, postings).map((k) => kept[k]!));
    if (match) {
      duplicates.push({ file: candidate.article.sourceFile, of: match.of.id, ofFile: match.of.article.sourceFile, kind: match.kind });
      if (match.kind !== "rewrite") continue;
    }
    const entry = { candidate, shingles: own };
    for (const s of sample) {
      const list = postings.get(s);
      if (!list) postings.set(s, [kept.length]);
      else if (list.length <= MAX_POSTINGS) list.push(kept.length);
    }
    kept.push(entry);
    byText.set(signature.words, entry);
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
function closestCopy(own: Uint32Array, others: Kept[]): { of: Candidate; kind: DuplicateKind } | null {
  let match: { of: Candidate; kind: DuplicateKind } | null = null;
  for (const other of others) {
    const sizeRatio = Math.min(own.length, other.shingles.length) / Math.max(own.length, other.shingles.length, 1);
    // a text less than half the other's length is neither a copy nor a rewrite of it, whatever it shares
    if (sizeRatio < 0.5) continue;
    const overlap = containment(own, other.shingles);
    if (overlap >= 0.9) match = { of: other.candidate, kind: "near-copy" };
    else if (!match && overlap >= 0.6) match = { of: other.candidate, kind: "rewrite" };
  }
  return match;
}
