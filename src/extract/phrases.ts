// Key noun phrases of one article, for topics. Noun chunks are read off wink's part-of-speech tags
// (there is no parser): a run of adjectives and nouns ending in a common noun. Names are not
// subjects, so a chunk that is only a name (a mention) is dropped and a one-word name in front of a
// noun ("Russian drone strikes", "Facebook post") is cut off; so are empty modifiers ("other",
// "recent") and heads that name no subject ("officials", "statement", "week").
import type { Mention, PhraseOccurrence, Span } from "../types.js";
import { commonestForm } from "../collections.js";
import type { Analysis, Token } from "../nlp.js";
import { REPORTING_WORDS, STOP_HEADS, STOP_MODIFIERS, STOP_PHRASES, WEAK_HEADS } from "../data/topics-stop.js";

export type { PhraseOccurrence } from "../types.js";

interface Unit {
  /** index of first and one-past-last token */
  first: number;
  last: number;
  text: string;
  pos: string;
  /** a compound with a number in it: "30-day", "three-year-long" */
  numeric: boolean;
  capitalised: boolean;
  sentenceInitial: boolean;
  start: number;
  end: number;
  /** lemma of the unit for comparing (plural nouns singular); null until first asked for (keyOf) */
  key: string | null;
  /** whether the unit can be in a chunk or join two: only those have a key */
  keyed: boolean;
  lastToken: Token | null;
}

/** Most units never reach a chunk that survives trimming: their key is made on first use. */
function keyOf(unit: Unit): string {
  let key = unit.key;
  if (key === null) {
    key = !unit.keyed
      ? ""
      : unit.last - unit.first > 1
        ? normaliseWord(unit.text)
        : unit.pos === "NOUN"
          ? nounKey(unit.lastToken!)
          : normaliseWord(unit.text);
    unit.key = key;
  }
  return key;
}

const MAX_UNITS = 4;
const CONJUNCTIONS = new Set(["and", "or", "&"]);

const ODD_PUNCTUATION = /[’‘`‐‑‒–—]/;

function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // the odd marks are '`' (0x60) and quotes and dashes from 0x2010 up: most words have neither
  let odd = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x60 || c >= 0x2010) {
      odd = true;
      break;
    }
  }
  if (!odd || !ODD_PUNCTUATION.test(lower)) return lower;
  return lower.replace(/[’‘`]/g, "'").replace(/[‐‑‒–—]/g, "-");
}

/** Parts of speech that can stand in a noun chunk; only their units need a normalised key. */
const CHUNK_POS = new Set(["NOUN", "PROPN", "ADJ", "VERB"]);

function isUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** The singular of a noun: wink's lemma when it only undoes an inflection, else the word as printed
 * (wink also respells, "defence" -> "defense", which would split one phrase in two). */
function nounKey(token: Token): string {
  const word = normaliseWord(token.text);
  const lemma = normaliseWord(token.lemma || token.text);
  if (lemma === word) return word;
  if (/s$/.test(word) && lemma.length < word.length && word.startsWith(lemma.slice(0, Math.max(1, lemma.length - 2))))
    return lemma;
  if (/(men|ren|ice|eet|eeth|ae|i|a)$/.test(word) && lemma.length > 0 && lemma[0] === word[0]) return lemma;
  return word;
}

function isHyphen(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

const placeholders = new Map<string, Unit>();

function placeholder(pos: string): Unit {
  let unit = placeholders.get(pos);
  if (!unit) {
    unit = { first: -1, last: -1, text: "", pos, numeric: pos === "NUM", capitalised: false, sentenceInitial: false, start: -1, end: -1, key: "", keyed: false, lastToken: null };
    placeholders.set(pos, unit);
  }
  return unit;
}

// Units live only while their sentence is read (occurrences copy what they need), so one sentence's
// units and their list are reused for the next: most tokens then cost no allocation at all.
const unitPool: Unit[] = [];
let unitsUsed = 0;
const sentenceUnits: Unit[] = [];

function pooledUnit(): Unit {
  if (unitsUsed === unitPool.length)
    unitPool.push({ first: 0, last: 0, text: "", pos: "", numeric: false, capitalised: false, sentenceInitial: false, start: 0, end: 0, key: null, keyed: false, lastToken: null });
  return unitPool[unitsUsed++]!;
}

/** Joins tokens written together with hyphens ("large-scale", "30-day") into one unit. */
function buildUnits(text: string, tokens: Token[], first: number, end: number): Unit[] {
  const units = sentenceUnits;
  units.length = 0;
  unitsUsed = 0;
  let t = first;
  while (t < end) {
    let last = t + 1;
    while (
      last + 1 < end &&
      isHyphen(tokens[last]!.text) &&
      tokens[last]!.start === tokens[last - 1]!.end &&
      tokens[last + 1]!.start === tokens[last]!.end &&
      tokens[last + 1]!.type !== "punctuation"
    )
      last += 2;
    const firstToken = tokens[t]!;
    const lastToken = tokens[last - 1]!;
    const compound = last - t > 1;
    if (!compound && !CHUNK_POS.has(firstToken.pos) && firstToken.pos !== "CCONJ") {
      // words that never enter a chunk only need their part of speech: share one unit per tag
      units.push(placeholder(firstToken.pos));
      t = last;
      continue;
    }
    let numeric = false;
    for (let k = t; k < last; k++) if (tokens[k]!.pos === "NUM" || tokens[k]!.type === "number") numeric = true;
    let pos = lastToken.pos;
    if (compound && (pos === "NUM" || pos === "PUNCT" || pos === "ADP")) pos = "ADJ";
    const start = firstToken.start;
    const stop = lastToken.end;
    const surface = compound ? text.slice(start, stop) : firstToken.text;
    // only words that can be in a chunk, or join two chunks, need a key
    const keyed = compound || CHUNK_POS.has(pos) || pos === "CCONJ";
    const unit = pooledUnit();
    unit.first = t;
    unit.last = last;
    unit.text = surface;
    unit.pos = pos;
    unit.numeric = numeric;
    unit.capitalised = isUpper(surface);
    unit.sentenceInitial = t === first;
    unit.start = start;
    unit.end = stop;
    unit.key = null;
    unit.keyed = keyed;
    unit.lastToken = lastToken;
    units.push(unit);
    t = last;
  }
  return units;
}

/** A headline or subheading in title case, where capitals say nothing about names. */
function isTitleCase(units: Unit[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const u of units) {
    if (u.text.length <= 3 || !CHUNK_POS.has(u.pos)) continue;
    words++;
    if (u.capitalised) capitals++;
  }
  return words >= 2 && capitals / words >= 0.7;
}

function isWordy(unit: Unit): boolean {
  const text = unit.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Whether a unit can stand inside a noun chunk, given its neighbours. */
function chunkable(units: Unit[], i: number, tokens: Token[]): boolean {
  const unit = units[i]!;
  if (!isWordy(unit)) return false;
  if (tokens[unit.first]!.type === "url" || tokens[unit.first]!.type === "email") return false;
  if (unit.pos === "NOUN" || unit.pos === "PROPN" || unit.pos === "ADJ") return true;
  if (unit.pos !== "VERB") return false;
  // a participle or gerund used as a modifier: "the occupied regions", "securing shipping routes"
  const next = units[i + 1];
  if (!next || next.pos !== "NOUN") return false;
  const key = keyOf(unit);
  if (!/(ing|ed)$/.test(key)) return false;
  const before = units[i - 1];
  if (!before) return false;
  if (["DET", "ADJ", "NUM"].includes(before.pos)) return true;
  return before.pos === "VERB" && /ing$/.test(keyOf(before)) && /ing$/.test(key);
}

/** The mentions of an article sorted by start, with the furthest end reached by any of the first k. */
interface MentionIndex {
  starts: number[];
  reach: number[];
}

function indexMentions(mentions: readonly Span[]): MentionIndex {
  let sorted = true;
  for (let i = 1; i < mentions.length && sorted; i++) if (mentions[i]!.start < mentions[i - 1]!.start) sorted = false;
  const list = sorted ? mentions : [...mentions].sort((a, b) => a.start - b.start);
  const starts: number[] = new Array(list.length);
  const reach: number[] = new Array(list.length);
  let furthest = -Infinity;
  for (let i = 0; i < list.length; i++) {
    starts[i] = list[i]!.start;
    furthest = Math.max(furthest, list[i]!.end);
    reach[i] = furthest;
  }
  return { starts, reach };
}

/** Whether some mention contains the span: among those starting at or before it, the furthest end. */
function insideAny(start: number, end: number, index: MentionIndex): boolean {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index.reach[lo - 1]! >= end;
}

interface Chunk {
  units: Unit[];
  sentence: number;
  /** index in the sentence's unit list of the unit after the chunk */
  after: number;
  sentenceUnits: Unit[];
}

/** Cuts empty modifiers and one-word names off the front of a chunk; returns null when nothing is left. */
function trimChunk(units: Unit[], sentenceStart: boolean, mentions: MentionIndex): Unit[] | null {
  let list = units;
  // the head is the last common noun: names after it ("President Emmanuel Macron") are not part of the subject
  let headAt = -1;
  for (let i = list.length - 1; i >= 0; i--)
    if (list[i]!.pos === "NOUN") {
      headAt = i;
      break;
    }
  if (headAt < 0) return null;
  list = list.slice(0, headAt + 1);
  for (;;) {
    const lead = list[0];
    if (!lead || list.length === 1) break;
    const atSentenceStart = sentenceStart && lead === units[0];
    const lower = keyOf(lead);
    if (STOP_MODIFIERS.has(lower) || lead.numeric || REPORTING_WORDS.has(lower)) {
      list = list.slice(1);
      continue;
    }
    // a one-word name or demonym in front: "US officials", "Russian attacks", "Facebook post"
    const nameRun = list.findIndex((u) => u.pos !== "PROPN" && !(u.capitalised && u.pos === "ADJ" && !atSentenceStart));
    const runLength = nameRun < 0 ? list.length : nameRun;
    // a capital at the start of a sentence proves nothing: only a mention makes it a name there
    const nameLike = atSentenceStart ? insideAny(lead.start, lead.end, mentions) : lead.pos === "PROPN" || lead.capitalised;
    if (runLength === 1 && nameLike) {
      list = list.slice(1);
      continue;
    }
    if (runLength >= 1 && insideAny(lead.start, list[runLength - 1]!.end, mentions) && runLength < list.length) {
      // a longer name is kept ("North Sea drilling") unless it is a person or organisation the
      // extractor named and it stands right before a role-like noun
      if (runLength === 1) {
        list = list.slice(1);
        continue;
      }
    }
    break;
  }
  if (list.length > MAX_UNITS) list = list.slice(list.length - MAX_UNITS);
  return list.length > 0 ? list : null;
}

function acceptable(units: Unit[], mentions: MentionIndex, titleCase: boolean, text: string): boolean {
  const head = units[units.length - 1]!;
  if (head.pos !== "NOUN") return false;
  // "mln dlrs", "pct", "qtr": a word without a vowel is a newsroom abbreviation, not a subject's name
  if (units.some((u) => !u.numeric && !/[aeiouy]/i.test(u.text))) return false;
  // "ers" of "76ers": a word glued to a number is a piece of a name, not a word
  if (units.some((u) => u.start > 0 && /\p{N}/u.test(text[u.start - 1]!) && !u.numeric)) return false;
  // a capitalised common noun in running text is part of a name ("the President's Office")
  if (head.capitalised && !titleCase && head !== units[0]) return false;
  if (head.capitalised && !titleCase && units.length === 1 && !head.sentenceInitial) return false;
  const headKey = keyOf(head);
  const hyphen = headKey.lastIndexOf("-");
  const lastPart = hyphen < 0 ? headKey : headKey.slice(hyphen + 1);
  const printed = normaliseWord(head.text);
  if (STOP_HEADS.has(headKey) || STOP_HEADS.has(lastPart) || STOP_HEADS.has(printed)) return false;
  if (REPORTING_WORDS.has(printed)) return false;
  if (head.numeric || headKey.length < 3 || !/^[a-z][a-z'.-]*$/.test(headKey)) return false;
  if (units.length === 1 && (STOP_MODIFIERS.has(headKey) || WEAK_HEADS.has(headKey))) return false;
  // "cautious optimism", "technical talks": a manner of a process is still no subject
  if (WEAK_HEADS.has(headKey) && units.every((u) => u === head || u.pos === "ADJ" || u.pos === "VERB")) return false;
  if (insideAny(head.start, head.end, mentions)) return false;
  if (insideAny(units[0]!.start, head.end, mentions)) return false;
  return true;
}

function occurrenceOf(units: Unit[], sentence: number, text: string): PhraseOccurrence {
  const head = units[units.length - 1]!;
  const terms: string[] = [];
  const adjectives: string[] = [];
  for (const u of units) {
    if (u.numeric) continue;
    terms.push(keyOf(u));
    if (u !== head && (u.pos === "ADJ" || u.pos === "VERB")) adjectives.push(keyOf(u));
  }
  const start = units[0]!.start;
  // rebuild the printed text unit by unit so coordinations read as one phrase
  let printed = "";
  let contiguous = true;
  for (let i = 1; i < units.length && contiguous; i++) if (units[i]!.first !== units[i - 1]!.last) contiguous = false;
  if (contiguous) printed = text.slice(start, head.end);
  else for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const previous = units[i - 1];
    if (previous) printed += previous.end <= u.start && text.slice(previous.end, u.start).trim() === "" ? text.slice(previous.end, u.start) : " ";
    printed += u.text;
  }
  if (/\s\s|[\n\t]/.test(printed)) printed = printed.replace(/\s+/g, " ");
  const lemma = units.map((u) => (u === head ? keyOf(head) : u.capitalised && u.pos === "PROPN" ? u.text : normaliseWord(u.text))).join(" ");
  return { start, end: head.end, text: printed, lemma: lemma.toLowerCase(), terms, adjectives, head: keyOf(head), sentence };
}

// The pipeline extracts an article's phrases, then discovers topics from the same analysis: the
// second call reuses the first's work.
const cache = new WeakMap<Analysis, { text: string; spans: number[]; occurrences: PhraseOccurrence[] }>();

function sameSpans(spans: readonly number[], mentions: readonly Span[]): boolean {
  if (spans.length !== 2 * mentions.length) return false;
  for (let i = 0; i < mentions.length; i++) if (spans[2 * i] !== mentions[i]!.start || spans[2 * i + 1] !== mentions[i]!.end) return false;
  return true;
}

/** Every key phrase occurrence in an article, in text order. */
export function findPhrases(text: string, analysis: Analysis, mentions: readonly Span[]): PhraseOccurrence[] {
  const cached = cache.get(analysis);
  if (cached && cached.text === text && sameSpans(cached.spans, mentions)) return cached.occurrences;
  const occurrences = chunkPhrases(text, analysis, mentions);
  const spans: number[] = [];
  for (const m of mentions) spans.push(m.start, m.end);
  cache.set(analysis, { text, spans, occurrences });
  return occurrences;
}

/** Indices of the tokens inside round brackets. */
function bracketed(tokens: Token[], first: number, end: number): Set<number> {
  const inside = new Set<number>();
  let depth = 0;
  for (let t = first; t < end; t++) {
    const word = tokens[t]!.text;
    if (word === "(") depth++;
    else if (word === ")") depth = Math.max(0, depth - 1);
    else if (depth > 0) inside.add(t);
  }
  return inside;
}

/**
 * A line of a results table or price list ("Pohang 3 Ulsan 2 (halftime 1-0)"): as many numbers
 * as every other word. Its nouns are column labels, not what the article is about.
 */
function isTabular(tokens: Token[], first: number, end: number): boolean {
  let numbers = 0;
  let words = 0;
  for (let t = first; t < end; t++) {
    const token = tokens[t]!;
    if (token.type === "number" || token.pos === "NUM") numbers++;
    else if (token.type === "word") words++;
  }
  return numbers >= 2 && numbers * 2 >= words;
}

function chunkPhrases(text: string, analysis: Analysis, spans: readonly Span[]): PhraseOccurrence[] {
  const { tokens } = analysis;
  const mentions = indexMentions(spans);
  const out: PhraseOccurrence[] = [];
  // the next opening bracket at or after the sentence, found once per bracket rather than per sentence
  let bracket = -1;
  analysis.sentences.forEach((sentence, s) => {
    if (isTabular(tokens, sentence.firstToken, sentence.endToken)) return;
    const units = buildUnits(text, tokens, sentence.firstToken, sentence.endToken);
    const titleCase = isTitleCase(units);
    const chunks: Chunk[] = [];
    let i = 0;
    // an aside in brackets ("(halftime 1-0)", "(NATO)") is not what the sentence is about
    if (bracket !== Infinity && bracket < sentence.start) {
      bracket = text.indexOf("(", sentence.start);
      if (bracket < 0) bracket = Infinity;
    }
    const aside = bracket >= 0 && bracket < sentence.end ? bracketed(tokens, sentence.firstToken, sentence.endToken) : null;
    while (i < units.length) {
      if (!chunkable(units, i, tokens) || (aside !== null && aside.has(units[i]!.first))) {
        i++;
        continue;
      }
      let j = i;
      while (j < units.length && chunkable(units, j, tokens)) j++;
      chunks.push({ units: units.slice(i, j), sentence: s, after: j, sentenceUnits: units });
      i = j;
    }
    const trimmed = chunks.map((c) => trimChunk(c.units, c.units[0] === units[0], mentions));
    for (let c = 0; c < chunks.length; c++) {
      let list = trimmed[c];
      if (!list) continue;
      const chunk = chunks[c]!;
      const next = chunks[c + 1];
      const nextList = trimmed[c + 1];
      // "energy and critical infrastructure" -> "energy infrastructure": a lone modifier shares the head
      const joiner = units[chunk.after];
      if (
        list.length === 1 &&
        next &&
        nextList &&
        nextList.length >= 2 &&
        joiner &&
        CONJUNCTIONS.has(keyOf(joiner)) &&
        chunk.after + 1 === units.indexOf(next.units[0]!) &&
        (list[0]!.pos === "NOUN" || list[0]!.pos === "ADJ")
      ) {
        list = [...list, ...nextList.slice(1)];
        if (!acceptable(list, mentions, titleCase, text)) continue;
        const occurrence = occurrenceOf(list, s, text);
        occurrence.end = nextList[nextList.length - 1]!.end;
        if (!STOP_PHRASES.has(occurrence.lemma)) out.push(occurrence);
        continue;
      }
      if (!acceptable(list, mentions, titleCase, text)) continue;
      const occurrence = occurrenceOf(list, s, text);
      if (!STOP_PHRASES.has(occurrence.lemma)) out.push(occurrence);
    }
  });
  return out;
}

/** The key noun phrases of one article with how often each occurs, most frequent first. */
export function extractPhrases(text: string, analysis: Analysis, mentions: Mention[]): { text: string; lemma: string; count: number }[] {
  return summarisePhrases(findPhrases(text, analysis, mentions));
}

/** Occurrences counted by phrase, each under its commonest printed form, most frequent first. */
export function summarisePhrases(occurrences: readonly PhraseOccurrence[]): { text: string; lemma: string; count: number }[] {
  const byLemma = new Map<string, { forms: Map<string, number>; count: number; first: number }>();
  for (const occurrence of occurrences) {
    let entry = byLemma.get(occurrence.lemma);
    if (!entry) {
      entry = { forms: new Map(), count: 0, first: occurrence.start };
      byLemma.set(occurrence.lemma, entry);
    }
    entry.count++;
    entry.forms.set(occurrence.text, (entry.forms.get(occurrence.text) ?? 0) + 1);
  }
  return [...byLemma.entries()]
    .map(([lemma, entry]) => ({ text: commonestForm(entry.forms), lemma, count: entry.count, first: entry.first }))
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map(({ text: form, lemma, count }) => ({ text: form, lemma, count }));
}
