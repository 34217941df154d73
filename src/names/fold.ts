// How actor names compare: folded (case, accents, punctuation and a possessive set aside), their
// surnames, initials and generic heads, and the word tests the naming rules share. Below both the
// per-article work (each article's own grouping of its names, names/within-article.ts) and relate
// (the actors across articles), so that neither calls into the other.
import type { Mention } from "../types.js";
import { GENERATIONAL_SUFFIXES, lexicon, ORG_HEADS, ORG_TAILS, PLACE_TAILS, TITLE_HEADS } from "../data/lexicon.js";

// the same names are folded over and over (every mention, every comparison); the memo is emptied past
// FOLDED_NAMES_KEPT (at 10,000 articles 50,000 emptied it over and over: foldName took 1.6 s of relate)
const FOLDED_NAMES_KEPT = 400_000;

const foldedNames = new Map<string, string>();

/** A name as it compares: case, accents, punctuation, hyphens and a possessive set aside; the letters kept. */
export function foldName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    if (foldedNames.size > FOLDED_NAMES_KEPT) foldedNames.clear();
    folded = name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[’']s$/u, "")
      .replace(/[’'.]/g, "")
      .replace(/-/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    foldedNames.set(name, folded);
  }
  return folded;
}

/** The surname of a full person name, as it compares: its last word, a generational suffix ("Jr.", "III") set aside. */
export function surnameOf(name: string): string {
  const words = withoutSuffix(foldName(name)).split(" ");
  return words[words.length - 1]!;
}

/** A folded full name without its generational suffix: "arcade joseph comeaux jr" -> "arcade joseph comeaux". */
export function withoutSuffix(folded: string): string {
  const words = folded.split(" ");
  while (words.length > 2 && GENERATIONAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(" ");
}

/** The mention text without a possessive, and the place's canonical name where the gazetteer knows it. */
export function surface(m: Mention): string {
  const text = m.text.replace(/[’']s$/u, "").replace(/\s+/g, " ").trim();
  if (m.kind !== "place") return text;
  const lex = lexicon();
  return lex.places.get(text) ?? (text === text.toUpperCase() ? lex.placesLower.get(text.toLowerCase()) : undefined) ?? text;
}

/** What an abbreviation looks like: two to eight capitals, dotted or not (HWU, U.N.). */
const ABBREVIATION = /^(?:\p{Lu}\.?){2,8}$/u;

/** Words an abbreviation leaves out of the initials it is made of. */
export const UNINITIALLED = new Set(["of", "the", "and", "for", "de", "la", "du", "&"]);

/** "Harbour Workers Union" -> "HWU"; "" when the name has fewer than two initialled words. */
export function initialsOf(name: string): string {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => w && !UNINITIALLED.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    // a dotted abbreviation inside the name gives all its letters ("U.S. Water Board" -> USWB)
    .map((w) => (/^(?:\p{Lu}\.){2,}$/u.test(w) ? w.replace(/\./g, "") : w[0]!.toUpperCase()))
    .join("");
  return initials.length >= 2 ? initials : "";
}

export const isAbbreviation = (spelling: string) => ABBREVIATION.test(spelling);

export const isMultiword = (folded: string) => folded.includes(" ");

/**
 * Head nouns that name a kind of body or place, not one of them: a bare "House", "Council" or "River"
 * is never taken for the one full name in the article that ends in it.
 */
export const GENERIC_HEADS = new Set([...ORG_TAILS, ...ORG_HEADS, ...PLACE_TAILS, ...TITLE_HEADS]);

/** Whether only quotation marks, brackets, bullets and spaces stand between `at` and the start of its line or sentence. */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text[i] !== "\n" && /[\s"'“‘(\[*•–—-]/.test(text[i]!)) i--;
  return i < 0 || /[\n.!?:;]/.test(text[i]!);
}

export function wordCount(m: Mention): number {
  return m.text.split(/\s+/).length;
}

/** A given name the gazetteer knows that is no place name ("Maribel", not "Georgia"). */
export const isGivenNameAlone = (spelling: string) => lexicon().firstNames.has(spelling) && !lexicon().places.has(spelling);

export const isEverydayWord = (lower: string) => lexicon().commonWords.has(lower);
