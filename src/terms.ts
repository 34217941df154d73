// What the later stages read of an article's words, worked out once from its tokens with the rest of
// the per-article work. Relating thousands of articles then needs no token objects at all (they were
// two thirds of the build's heap at 10,000 articles): stories, key points, exclusive reports and
// topics compare these term lists, and a story's signature reads the figures of its lead.
import type { Analysis, ArticleTerms, PrintedFigure, Token } from "./types.js";

export type { ArticleTerms, PrintedFigure } from "./types.js";

/** Parts of speech that carry what a sentence is about. */
const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);
/** Verbs in nearly every report, whatever it reports. */
const LIGHT_VERBS = new Set(["be", "have", "do", "say", "tell", "make", "take", "get", "go", "come", "also"]);

const isContent = (token: Token) => CONTENT_POS.has(token.pos) && token.type === "word";

/** The content-word lemmas of a token range. */
export function contentTerms(tokens: readonly Token[], from = 0, to = tokens.length): string[] {
  const terms: string[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (!isContent(token)) continue;
    const lemma = token.lemma.toLowerCase();
    if (lemma.length < 2 || LIGHT_VERBS.has(lemma)) continue;
    terms.push(lemma);
  }
  return terms;
}

/** The content words of a token range as printed (lower-cased, not lemmatised): what a reader sees two sentences share. */
export function contentWords(tokens: readonly Token[], from = 0, to = tokens.length): string[] {
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (!isContent(token) || LIGHT_VERBS.has(token.lemma.toLowerCase())) continue;
    const word = token.text.toLowerCase();
    if (word.length >= 2) words.push(word);
  }
  return words;
}

/** Tokens after a figure searched for what it counts: "26 armed robbers", "a 4.1-magnitude quake". */
const UNIT_REACH = 3;
/** What may stand between a figure and its unit: an adjective or name ("26 armed robbers"), a hyphen. */
const UNIT_SKIPS = new Set(["ADJ", "PROPN", "PUNCT"]);

/** What a figure counts: the first common noun after it in its sentence, as its lemma ("" when none follows closely). */
function unitAfter(tokens: readonly Token[], at: number): string {
  const sentence = tokens[at]!.sentence;
  for (let k = at + 1; k <= at + UNIT_REACH && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.sentence !== sentence) break;
    if (token.pos === "NOUN") return token.lemma.toLowerCase();
    if (!UNIT_SKIPS.has(token.pos)) break;
  }
  return "";
}

function printedFigures(tokens: readonly Token[]): PrintedFigure[] {
  const found: PrintedFigure[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== "number" && token.pos !== "NUM") return;
    found.push({ text: token.text, start: token.start, end: token.end, sentence: token.sentence, unit: unitAfter(tokens, i) });
  });
  return found;
}

export function articleTerms(analysis: Analysis): ArticleTerms {
  const { sentences, tokens } = analysis;
  let wordCount = 0;
  for (const token of tokens) if (token.type === "word") wordCount++;
  return {
    lemmas: sentences.map((s) => contentTerms(tokens, s.firstToken, s.endToken)),
    words: sentences.map((s) => contentWords(tokens, s.firstToken, s.endToken)),
    wordCount,
    figures: printedFigures(tokens),
  };
}
