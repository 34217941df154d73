// A compact, JSON-safe form of an article's analysis for the cache and for the trip back from a
// worker. Token objects repeat every key and most of their text (about 40 KB an article as JSON);
// as columns of numbers, with the text and lemma only where they differ from what the article
// text already says, the same analysis takes a fraction of that and parses several times faster.
import type { Analysis, Sentence, Token } from "../nlp.js";
import type { AnalysedArticle, CaptionDates } from "../extract/index.js";
import type { FileResult } from "./file-work.js";

export interface PackedAnalysis {
  /**
   * the token columns as base64 of 32-bit integers, one after the other: starts (as deltas from the
   * previous token's start), lengths, tag numbers, then wink's sentence numbers run-length coded as
   * [value, count, …]. As one string, parsing a cached file costs a scan of it, not a number for every
   * token (the 10,000 cached files of a large collection took a second and a half to parse as arrays),
   * and it is decoded only when a stage asks for the tokens
   */
  columns: string;
  /** tokens (the length of each of the first three columns) */
  count: number;
  /** "pos|type" of each tag number */
  tags: string[];
  /** token index -> printed text, only where it is not the slice of the article text */
  text: Record<number, string>;
  /** token index -> lemma, only where it is not the lower-cased token text */
  lemma: Record<number, string>;
  /** sentences as [start, end, firstToken, endToken] flattened */
  sentences: number[];
}

export function packAnalysis(analysis: Analysis, source: string): PackedAnalysis {
  const tokens = analysis.tokens;
  const count = tokens.length;
  const packed: PackedAnalysis = { columns: "", count, tags: [], text: {}, lemma: {}, sentences: [] };
  // the three token columns, then the sentence runs: at most one run (two numbers) for each token
  const numbers = new Int32Array(5 * count);
  const runsStart = 3 * count;
  let runsEnd = runsStart;
  const tagOf = tagNumbers(packed.tags);
  let previous = 0;
  for (let i = 0; i < count; i++) {
    const token = tokens[i]!;
    numbers[i] = token.start - previous;
    previous = token.start;
    numbers[count + i] = token.end - token.start;
    numbers[2 * count + i] = tagOf(token.pos, token.type);
    if (runsEnd > runsStart && numbers[runsEnd - 2] === token.sentence) numbers[runsEnd - 1]!++;
    else {
      numbers[runsEnd++] = token.sentence;
      numbers[runsEnd++] = 1;
    }
    if (!printedAsIs(token, source)) packed.text[i] = token.text;
    if (token.lemma !== token.text.toLowerCase()) packed.lemma[i] = token.lemma;
  }
  packed.columns = Buffer.from(numbers.buffer, 0, runsEnd * Int32Array.BYTES_PER_ELEMENT).toString("base64");
  for (const s of analysis.sentences) packed.sentences.push(s.start, s.end, s.firstToken, s.endToken);
  return packed;
}

/** Whether a token's text is the slice of the source at its offsets, compared in place. */
const printedAsIs = (token: Token, source: string) => token.text.length === token.end - token.start && source.startsWith(token.text, token.start);

/**
 * The tag number of a part of speech and a token type, "pos|type" added to `tags` when new: looked up
 * by the two strings (wink hands out the same few again and again), not by a key made for each token.
 */
function tagNumbers(tags: string[]): (pos: string, type: string) => number {
  const byPos = new Map<string, Map<string, number>>();
  return (pos, type) => {
    let byType = byPos.get(pos);
    if (!byType) byPos.set(pos, (byType = new Map()));
    let tag = byType.get(type);
    if (tag === undefined) {
      tag = tags.length;
      byType.set(type, tag);
      tags.push(`${pos}|${type}`);
    }
    return tag;
  };
}

/**
 * The analysis back from its packed form. Its sentences are read at once; its tokens only when some
 * stage asks for them (then once): the stages after the per-article work read the article's terms
 * instead (src/terms.ts), and a heap of token objects for every article of a large collection was
 * what its garbage collection spent most of its time walking.
 */
export function unpackAnalysis(packed: PackedAnalysis, source: string): Analysis {
  const sentences: Sentence[] = [];
  const s = packed.sentences;
  for (let i = 0; i < s.length; i += 4) sentences.push({ start: s[i]!, end: s[i + 1]!, firstToken: s[i + 2]!, endToken: s[i + 3]! });
  let tokens: Token[] | null = null;
  return {
    sentences,
    get tokens() {
      return (tokens ??= tokensOf(tokenColumns(packed), source));
    },
  };
}

/** A packed analysis's tokens as typed columns, on the way to token objects. */
interface TokenColumns {
  start: Int32Array;
  end: Int32Array;
  tag: Uint16Array;
  sentence: Int32Array;
  tags: string[];
  text: Record<number, string>;
  lemma: Record<number, string>;
}

function tokenColumns(packed: PackedAnalysis): TokenColumns {
  const bytes = Buffer.from(packed.columns, "base64");
  const numbers = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const count = packed.count;
  const columns: TokenColumns = {
    start: new Int32Array(count),
    end: new Int32Array(count),
    tag: Uint16Array.from(numbers.subarray(2 * count, 3 * count)),
    sentence: new Int32Array(count),
    tags: packed.tags,
    text: packed.text,
    lemma: packed.lemma,
  };
  let start = 0;
  for (let i = 0; i < count; i++) {
    start += numbers[i]!;
    columns.start[i] = start;
    columns.end[i] = start + numbers[count + i]!;
  }
  let t = 0;
  for (let r = 3 * count; r < numbers.length; r += 2) for (let n = 0; n < numbers[r + 1]!; n++) columns.sentence[t++] = numbers[r]!;
  return columns;
}

function tokensOf(columns: TokenColumns, source: string): Token[] {
  const tokens: Token[] = new Array(columns.start.length);
  // split once per tag, not per token: every token of a tag then shares the same two strings
  const tags = columns.tags.map((tag) => tag.split("|") as [string, string]);
  for (let i = 0; i < tokens.length; i++) {
    const start = columns.start[i]!;
    const end = columns.end[i]!;
    const text = columns.text[i] ?? source.slice(start, end);
    const [pos, type] = tags[columns.tag[i]!]!;
    tokens[i] = { text, start, end, pos, lemma: columns.lemma[i] ?? text.toLowerCase(), type, sentence: columns.sentence[i]! };
  }
  return tokens;
}

/** A file's result as JSON, its analyses packed. */
export function serializeResult(result: FileResult): string {
  if (!result.article) return JSON.stringify(result);
  const a = result.article;
  const article = {
    ...a,
    analysis: packAnalysis(a.analysis, a.article.text),
    captions: a.captions.map((c) => ({ ...c, analysis: packAnalysis(c.analysis, c.text) })),
  };
  return JSON.stringify({ ...result, article });
}

export function parseResult(json: string): FileResult {
  const result = JSON.parse(json) as FileResult;
  const a = result.article as unknown as (Omit<AnalysedArticle, "analysis" | "captions"> & { analysis: PackedAnalysis; captions: (Omit<CaptionDates, "analysis"> & { analysis: PackedAnalysis })[] }) | null;
  if (!a) return result;
  result.article = {
    ...a,
    analysis: unpackAnalysis(a.analysis, a.article.text),
    captions: a.captions.map((c) => ({ ...c, analysis: unpackAnalysis(c.analysis, c.text) })),
  };
  return result;
}
