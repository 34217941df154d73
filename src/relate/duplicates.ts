// Copies among the inputs: the same article saved twice, a syndicated copy with a different
// header, or a light rewrite. The copy is reported, not published twice.
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

function shingles(tokens: string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) set.add(tokens.slice(i, i + SHINGLE).join(" "));
  if (set.size === 0 && tokens.length) set.add(tokens.join(" "));
  return set;
}

/** Share of the smaller set found in the larger: 1 when one text contains the other. */
function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/**
 * Finds copies. The article kept is the earliest in path order with the most text, so that the
 * choice is stable across builds. Thresholds: 0.9 of 5-word shingles shared is a near-copy
 * (a different header or trailer), 0.6 a rewrite (paragraphs reworded or reordered).
 */
export function findDuplicates(candidates: Candidate[]): { duplicates: DuplicateFinding[] } {
  const ordered = [...candidates].sort((a, b) => (a.article.sourceFile < b.article.sourceFile ? -1 : 1));
  const kept: { candidate: Candidate; normalized: string; shingles: Set<string> }[] = [];
  const duplicates: DuplicateFinding[] = [];
  for (const candidate of ordered) {
    const tokens = words(candidate.article.text);
    const normalized = tokens.join(" ");
    const own = shingles(tokens);
    let match: { of: Candidate; kind: DuplicateKind } | null = null;
    for (const other of kept) {
      if (other.normalized === normalized) {
        match = { of: other.candidate, kind: "identical" };
        break;
      }
      const overlap = containment(own, other.shingles);
      const sizeRatio = Math.min(own.size, other.shingles.size) / Math.max(own.size, other.shingles.size, 1);
      if (overlap >= 0.9 && sizeRatio >= 0.5) match = { of: other.candidate, kind: "near-copy" };
      else if (!match && overlap >= 0.6 && sizeRatio >= 0.5) match = { of: other.candidate, kind: "rewrite" };
    }
    if (match) {
      duplicates.push({ file: candidate.article.sourceFile, of: match.of.id, ofFile: match.of.article.sourceFile, kind: match.kind });
    } else {
      kept.push({ candidate, normalized, shingles: own });
    }
  }
  return { duplicates };
}
