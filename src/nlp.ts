// One pass of wink-nlp over an article's text, shared by every extractor: sentences, tokens with
// part of speech, lemma and character offsets. wink reports token positions, not characters, so the
// tokens are aligned back onto the text here once, and every extractor works in character offsets.
import { createRequire } from "node:module";
import type winkNLPType from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * wink-nlp as a pure function of the text. wink adds every unknown word it meets to its lexicon
 * cache, and its tokenizer keeps whole any word it finds there: once some article has added
 * "Harbor's" as one word, the next article's "Harbor's" is no longer split into "Harbor" + "'s", so
 * an article's tokens (and its names) would depend on which articles the same thread read before.
 * The tokenizer's two questions to the cache (wink's document-data wrapper, made per document) are
 * wrapped, before wink loads the wrapper, so that they see only the model's own lexicon; the words
 * added while reading still get their features as before. The wrapper is handed a view of the cache
 * whose lookup is the model-only one: asked once for each word (a check before wink's own lookup
 * asked the lexicon twice for every word it kept).
 */
interface WinkCache {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}
interface WinkDocData {
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: unknown): unknown;
  isLexeme(text: string): number[] | null;
}

function loadWink(): typeof winkNLPType {
  const require = createRequire(import.meta.url);
  const wrapperPath = require.resolve("wink-nlp/src/dd-wrapper.js");
  if (!require.cache[wrapperPath]) {
    const original = require(wrapperPath) as (data: { cache: WinkCache }) => WinkDocData;
    const modelOnly = (data: { cache: WinkCache }) => {
      const cache = data.cache;
      const intrinsic = cache.intrinsicSize();
      const inModel = (text: string) => {
        const found = cache.lookup(text);
        return found !== null && !(found.length === 1 && found[0]! >= intrinsic) ? found : null;
      };
      // views, not copies: every other use of the cache (adding a word) and of the document's data
      // (its tokens, its non-breaking spaces) reaches the real ones through the prototype
      const modelOnlyCache: WinkCache = Object.assign(Object.create(cache) as WinkCache, { lookup: inModel });
      return original(Object.assign(Object.create(data) as { cache: WinkCache }, { cache: modelOnlyCache }));
    };
    require.cache[wrapperPath]!.exports = modelOnly;
  }
  return require("wink-nlp") as typeof winkNLPType;
}
const winkNLP = loadWink();

export type { Token, Sentence, Analysis } from "./types.js";
import type { Token, Sentence, Analysis } from "./types.js";

type WinkNlp = ReturnType<typeof winkNLP>;
let instance: WinkNlp | null = null;

/**
 * The wink-nlp instance, loaded on first use (loading the model takes ~150 ms). Only sentence
 * splitting and tagging run: wink's own entity, negation and sentiment passes cost about 40% of
 * the time and nothing here reads them.
 */
export function nlp(): WinkNlp {
  instance ??= winkNLP(model, ["sbd", "pos"]);
  return instance;
}

/** Splits text into sentences and tokens, with character offsets into `text`. */
export function analyse(text: string): Analysis {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tokenSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const placed = placeTokens(text, values, types, tokenSpans);
  const sentences = sentencesOfPlaced(text, placed);

  const tokens: Token[] = new Array(placed.start.length);
  for (let t = 0; t < tokens.length; t++) {
    const i = placed.winkIndex[t]!;
    tokens[t] = {
      text: placed.text[t]!,
      start: placed.start[t]!,
      end: placed.end[t]!,
      pos: pos[i] ?? "X",
      lemma: lemmas[i] ?? (values[i] ?? "").toLowerCase(),
      type: types[i] ?? "word",
      sentence: placed.winkSentence[t]!,
    };
  }
  // renumber token.sentence to index into `sentences` (blank wink sentences were dropped)
  sentences.forEach((s, index) => {
    for (let t = s.firstToken; t < s.endToken; t++) tokens[t]!.sentence = index;
  });
  return { sentences, tokens };
}

/** wink's tokens placed on the text, blanks left out: one entry in each column for each token. */
interface PlacedTokens {
  /** the token as printed in the text */
  text: string[];
  start: number[];
  end: number[];
  /** wink's sentence number */
  winkSentence: number[];
  /** the token's place in wink's list (for its part of speech and lemma) */
  winkIndex: number[];
}

function placeTokens(text: string, values: string[], types: string[], sentenceSpans: [number, number][]): PlacedTokens {
  const placed: PlacedTokens = { text: [], start: [], end: [], winkSentence: [], winkIndex: [] };
  const sentenceOfToken = new Array<number>(values.length).fill(0);
  sentenceSpans.forEach(([first, last], s) => {
    for (let t = first; t <= last; t++) sentenceOfToken[t] = s;
  });

  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    const type = types[i] ?? "word";
    if (type === "tabCRLF" || value.trim() === "") continue;
    let at = text.indexOf(value, cursor);
    let printed = value;
    // wink normalises a few characters; fall back to the next non-space character
    if (at < 0 || at - cursor > 40) {
      at = cursor;
      while (at < text.length && /\s/.test(text[at] ?? "")) at++;
      printed = text.slice(at, Math.min(text.length, at + value.length));
    }
    const end = Math.min(text.length, at + value.length);
    placed.text.push(printed);
    placed.start.push(at);
    placed.end.push(end);
    placed.winkSentence.push(sentenceOfToken[i] ?? 0);
    placed.winkIndex.push(i);
    cursor = end;
  }
  return placed;
}

function sentencesOfPlaced(text: string, placed: PlacedTokens): Sentence[] {
  const { start, end, winkSentence } = placed;
  const sentences: Sentence[] = [];
  // the first line break at or after the end of the token before; searched again only once passed,
  // since asking from every token rescans a whole paragraph per token
  let lineBreak = text.indexOf("\n");
  for (let t = 0; t < start.length; t++) {
    const last = sentences[sentences.length - 1];
    if (last !== undefined && lineBreak >= 0 && lineBreak < last.end) lineBreak = text.indexOf("\n", last.end);
    // a line break always ends a sentence: subheadings and paragraphs never run together
    const sameLine = last !== undefined && (lineBreak < 0 || lineBreak >= start[t]!);
    if (last && sameLine && winkSentence[last.firstToken] === winkSentence[t]) {
      last.end = end[t]!;
      last.endToken = t + 1;
    } else {
      sentences.push({ start: start[t]!, end: end[t]!, firstToken: t, endToken: t + 1 });
    }
  }
  return sentences;
}
