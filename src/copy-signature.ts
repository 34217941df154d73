// What finding copies among the inputs reads of an article's text, worked out once with the rest of
// the per-article work (so on the worker threads, and cached): a digest of its words, to know an
// identical text, and its 5-word shingles as 32-bit numbers, to measure how much of it another text
// holds. At 10,000 articles, splitting every text into words and shingles again on every build took
// half of the copy search's time, on the one thread every later stage waits for.
import { createHash } from "node:crypto";
import type { CopySignature } from "./types.js";

export type { CopySignature } from "./types.js";

/** Words a shingle spans. */
const SHINGLE_WORDS = 5;

function textWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The text's shingles as 32-bit numbers, distinct and ascending: each word hashed once, each window's
 * hashes mixed. Two different shingles share a number about once in four billion, which moves no
 * overlap measurably. A text shorter than a shingle is one number, of all its words.
 */
function shingleNumbers(words: string[]): Uint32Array {
  const hashes = words.map(fnv1a);
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    let h = 0x9747b28c;
    for (let k = i; k < i + SHINGLE_WORDS; k++) h = Math.imul(h ^ hashes[k]!, 0x5bd1e995) ^ (h >>> 15);
    set.add(h >>> 0);
  }
  if (set.size === 0 && words.length) set.add(fnv1a(words.join(" ")));
  return Uint32Array.from(set).sort();
}

export function copySignature(text: string): CopySignature {
  const words = textWords(text);
  const shingles = shingleNumbers(words);
  return {
    words: createHash("sha1").update(words.join(" ")).digest("hex"),
    shingles: Buffer.from(shingles.buffer, shingles.byteOffset, shingles.byteLength).toString("base64"),
  };
}

/** The shingle numbers of a signature, ascending. */
export function signatureShingles(signature: CopySignature): Uint32Array {
  const bytes = Buffer.from(signature.shingles, "base64");
  // copied out: the decoded bytes may sit at an offset that 32-bit reads cannot start from
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
