// The tense of the clause a date phrase sits in decides which way a bare weekday or a month without
// a year points: "met on Tuesday" is the Tuesday before, "will meet on Tuesday" the one after.
// wink gives universal POS tags only, so tense is read from the verb group's words.
import type { Analysis, Token } from "../../nlp.js";

export type { Tense } from "../../types.js";
import type { Tense } from "../../types.js";

const FUTURE_WORDS = new Set(["will", "shall", "'ll", "wo"]);
// modals say little about time ("would" is mostly reported speech): they read as present, the nearest day
const MODAL_WORDS = new Set(["would", "could", "may", "might", "should", "must", "can", "ca", "'d"]);
// words that put a happening ahead of the time of writing, whatever the auxiliary's tense
// ("was scheduled for Monday", "are expected to meet", "plans to hold")
const PLANNING_WORDS = new Set([
  "scheduled", "schedule", "expected", "expect", "expects", "set", "due", "planned", "plan", "plans", "planning",
  "slated", "poised", "going", "intends", "intend", "aims", "aim", "upcoming", "forthcoming",
]);
const PAST_AUX = new Set(["was", "were", "had", "did", "has", "have", "been"]);
const PRESENT_AUX = new Set(["is", "are", "am", "'s", "'re", "do", "does"]);

interface VerbGroup {
  first: number;
  last: number;
  tense: Tense;
  /** "to" and a verb, or a bare -ing form: no tense of its own, it hangs on a finite verb */
  nonFinite: "infinitive" | "participle" | null;
}

function isVerbLike(t: Token): boolean {
  return t.pos === "VERB" || t.pos === "AUX";
}

function looksPastForm(t: Token): boolean {
  const word = t.text.toLowerCase();
  if (word === t.lemma.toLowerCase()) return false;
  if (/ing$/.test(word)) return false;
  // third person singular: "says", "meets"
  if (/s$/.test(word) && t.lemma.toLowerCase() + "s" === word) return false;
  if (/es$/.test(word) && word.startsWith(t.lemma.toLowerCase())) return false;
  return true;
}

const BE_WORDS = new Set(["is", "are", "am", "was", "were", "be", "been", "being", "'s", "'re"]);
/**
 * English verbs whose past tense and past participle are spelled like the base form (the common
 * ones of news copy, from the standard table of irregular verbs): "the record set on Aug. 6",
 * "the plant shut in March" are past, which the spelling alone cannot tell.
 */
const UNCHANGED_PAST = new Set(["set", "hit", "cut", "put", "shut", "quit", "spread", "let", "bid", "cost", "hurt", "cast", "burst", "split", "upset", "broadcast", "forecast", "thrust", "shed"]);
const THIRD_PERSON_SINGULAR = new Set(["he", "she", "it"]);

/** Levels a market or a record is "set" at: "its record high set on Aug. 9", "a new low set in March". */
const LEVEL_WORDS = new Set(["high", "low", "highs", "lows", "peak", "record", "best", "worst", "mark"]);

/**
 * A lone verb of UNCHANGED_PAST after a noun or "he", "she", "it": a present would end in -s, so it
 * is past. After a level ("its record high set on Aug. 9") it is a past participle, which the tagger
 * may call a noun ("a new set in March" stays a noun).
 */
function unchangedPast(tokens: Token[], before: Token | undefined): boolean {
  if (tokens.length !== 1 || !before) return false;
  const word = tokens[0]!.text.toLowerCase();
  const afterLevel = LEVEL_WORDS.has(before.text.toLowerCase());
  if (!UNCHANGED_PAST.has(word) || (tokens[0]!.pos !== "VERB" && !afterLevel)) return false;
  return afterLevel || before.pos === "NOUN" || before.pos === "PROPN" || THIRD_PERSON_SINGULAR.has(before.text.toLowerCase());
}

/** Words that rank a noun; an infinitive after the ranked noun names who did a thing, not a plan: "the third rider to crash". */
const RANK_WORDS = new Set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "only", "latest"]);

/** Whether the tokens before an infinitive are a ranked noun ("the first woman", "the third Spanish rider"). */
function afterRankedNoun(analysis: Analysis, t: number, first: number): boolean {
  for (let k = t - 1; k >= Math.max(first, t - 4); k--) {
    const token = analysis.tokens[k]!;
    if (RANK_WORDS.has(token.text.toLowerCase())) return k < t - 1;
    if (!NOUN_PHRASE_TAGS.has(token.pos)) return false;
  }
  return false;
}

function groupTense(tokens: Token[], next: Token | undefined, before?: Token, ranked = false): Tense {
  const words = tokens.map((t) => t.text.toLowerCase().replace(/\u2019/g, "'"));
  // "the third rider to crash at the weekend" is a happening either side of the writing
  if (words[0] === "to") return ranked ? "present" : "future";
  if (words.some((w) => FUTURE_WORDS.has(w))) return "future";
  // "is to resume trading on Tuesday": an arrangement ahead of the writing
  const beTo = words.findIndex((w, i) => BE_WORDS.has(w) && words[i + 1] === "to");
  if (beTo >= 0) return words[beTo] === "was" || words[beTo] === "were" ? "present" : "future";
  // "plans to", "is scheduled for": ahead of the writing; "planned to", "was scheduled for" may be
  // either side of it, so such days are read as the nearest. "set" plans only after "be" ("is set
  // to"): "the record set on Aug. 6" is a past happening.
  const planning = tokens.find((t) => PLANNING_WORDS.has(t.text.toLowerCase()) && (t.text.toLowerCase() !== "set" || words.some((w) => BE_WORDS.has(w))));
  const nextWord = next?.text.toLowerCase();
  if (planning && (words.includes("to") || nextWord === "for" || nextWord === "on")) {
    const pastPlanning = looksPastForm(planning) || words.some((w) => w === "was" || w === "were" || w === "had");
    return pastPlanning && !words.some((w) => w === "is" || w === "are" || w === "am" || w === "has" || w === "have") ? "present" : "future";
  }
  if (words.some((w) => MODAL_WORDS.has(w))) return "present";
  if (words.some((w) => PAST_AUX.has(w))) return "past";
  if (words.some((w) => PRESENT_AUX.has(w))) return "present";
  if (unchangedPast(tokens, before)) return "past";
  // without an auxiliary the first verb is the finite one ("helped build", "signed running back X" are
  // past); past "to" the verb is an infinitive, which is read for its own time ("agreed to buy in
  // February" lies either side of the writing)
  const infinitive = words.indexOf("to");
  const main = (infinitive > 0 ? tokens.slice(infinitive) : tokens).find((t) => t.pos === "VERB") ?? tokens[tokens.length - 1]!;
  return looksPastForm(main) ? "past" : "present";
}

// every date phrase of a sentence asks for the same verb groups: each sentence is read once
const groupsBySentence = new WeakMap<Analysis, Map<number, VerbGroup[]>>();

function verbGroups(analysis: Analysis, sentence: number): VerbGroup[] {
  let known = groupsBySentence.get(analysis);
  if (!known) groupsBySentence.set(analysis, (known = new Map()));
  let groups = known.get(sentence);
  if (!groups) known.set(sentence, (groups = readVerbGroups(analysis, sentence)));
  return groups;
}

function readVerbGroups(analysis: Analysis, sentence: number): VerbGroup[] {
  const s = analysis.sentences[sentence];
  if (!s) return [];
  const groups: VerbGroup[] = [];
  const prose = isProse(analysis.tokens.slice(s.firstToken, s.endToken));
  let t = s.firstToken;
  while (t < s.endToken) {
    const token = analysis.tokens[t]!;
    const word = token.text.toLowerCase();
    const startsGroup = (isVerbLike(token) && !(prose && isNameWord(analysis, t, s.firstToken))) || (word === "to" && isVerbLike(analysis.tokens[t + 1] ?? token));
    if (!startsGroup && !PLANNING_WORDS.has(word)) {
      t++;
      continue;
    }
    let end = t;
    // a verb group: auxiliaries, adverbs and particles up to the last verb ("will also hold", "was not backed")
    while (end + 1 < s.endToken) {
      const next = analysis.tokens[end + 1]!;
      const nextWord = next.text.toLowerCase();
      if (isVerbLike(next) || (nextWord === "to" && infinitiveFollows(analysis, end + 2)) || nextWord === "not" || nextWord === "n't" || (PLANNING_WORDS.has(nextWord) && next.pos !== "NOUN")) end++;
      else if (next.pos === "ADV" && isVerbLike(analysis.tokens[end + 2] ?? next) && end + 2 < s.endToken) end++;
      else break;
    }
    const members = analysis.tokens.slice(t, end + 1);
    if (isAttributive(analysis, t, end)) {
      t = end + 1;
      continue;
    }
    if (members.some((m) => isVerbLike(m) || PLANNING_WORDS.has(m.text.toLowerCase()))) {
      const ranked = word === "to" && afterRankedNoun(analysis, t, s.firstToken);
      const tense = groupTense(members, analysis.tokens[end + 1], t > s.firstToken ? analysis.tokens[t - 1] : undefined, ranked);
      groups.push({ first: t, last: end, tense, nonFinite: nonFiniteKind(members) });
    }
    t = end + 1;
  }
  return governedTenses(groups);
}

/** At most this share of a sentence's words capitalised: more is a headline in title case, where a capital says nothing. */
const PROSE_CAPITALISED_SHARE = 0.5;

function isProse(tokens: Token[]): boolean {
  const words = tokens.filter((x) => /^[A-Za-z]/.test(x.text));
  return words.length > 0 && words.filter((x) => /^[A-Z]/.test(x.text)).length / words.length <= PROSE_CAPITALISED_SHARE;
}

/**
 * A capitalised word inside a sentence of prose, next to another capitalised word, is a part of a
 * name even when the tagger calls it a verb ("the Hale vs. Pierce Appeals Court ruling"): its tense
 * is no tense of the sentence.
 */
function isNameWord(analysis: Analysis, t: number, first: number): boolean {
  const token = analysis.tokens[t]!;
  if (t === first || !/^[A-Z]/.test(token.text)) return false;
  const before = analysis.tokens[t - 1];
  if (before && /^["“‘'`(:]+$/.test(before.text)) return false;
  const capitalised = (x: Token | undefined) => Boolean(x && /^[A-Z]/.test(x.text) && x.pos === "PROPN");
  return capitalised(before) || capitalised(analysis.tokens[t + 1]);
}

/**
 * Whether "to" before a token opens an infinitive ("plans to hold", "expected to soon meet"): a
 * "to" before a noun phrase is a preposition ("climbing to a peak in July"), and taking it into the
 * verb group made the -ing form a finite present of its own.
 */
function infinitiveFollows(analysis: Analysis, at: number): boolean {
  const next = analysis.tokens[at];
  if (next && next.pos === "ADV") return isVerbLike(analysis.tokens[at + 1] ?? next);
  return Boolean(next && isVerbLike(next));
}

const NOUN_PHRASE_TAGS = new Set(["DET", "NOUN", "PROPN", "ADJ", "NUM"]);
/** A lone -ing form inside a noun phrase ("the bank holding company", "its operating profit") modifies a noun: no verb. */
function isAttributive(analysis: Analysis, first: number, last: number): boolean {
  const token = analysis.tokens[first]!;
  if (first !== last || !/ing$/i.test(token.text)) return false;
  const before = analysis.tokens[first - 1];
  const after = analysis.tokens[last + 1];
  return Boolean(before && after && NOUN_PHRASE_TAGS.has(before.pos) && after.pos === "NOUN");
}

/** Whether a verb group is an infinitive ("to mark") or a bare participle ("pushing"), which carry no tense. */
function nonFiniteKind(members: Token[]): VerbGroup["nonFinite"] {
  const words = members.map((m) => m.text.toLowerCase());
  if (words[0] === "to" && members.length > 1) return "infinitive";
  if (members.every((m) => m.pos === "VERB" && /ing$/.test(m.text.toLowerCase()))) return "participle";
  return null;
}

/**
 * A non-finite group happens at the time of the finite verb it hangs on (the nearest one before it,
 * or after it when it opens the sentence): "stocks fell, pushing the index up on Friday" is the
 * Friday gone. An infinitive after a past verb ("staged celebrations to mark the entry on Friday",
 * "agreed to meet on Friday") may lie on either side of the writing: it reads as present, the
 * nearest such day, rather than as ahead of the writing; after a present or future verb ("plans to
 * open in March") it stays ahead.
 */
function governedTenses(groups: VerbGroup[]): VerbGroup[] {
  const finite = (from: number, step: number) => {
    for (let k = from; k >= 0 && k < groups.length; k += step) if (!groups[k]!.nonFinite) return groups[k]!;
    return null;
  };
  return groups.map((g, k) => {
    if (!g.nonFinite) return g;
    const governor = finite(k - 1, -1) ?? finite(k + 1, 1);
    if (!governor) return g;
    if (g.nonFinite === "participle") return { ...g, tense: governor.tense };
    return governor.tense === "past" && g.tense === "future" ? { ...g, tense: "present" } : g;
  });
}

const REPORTING_LEMMAS = new Set(["say", "tell", "add", "report", "announce", "state", "claim", "note", "write", "confirm", "explain"]);

/** A verb group of saying that follows a date across a comma or a closing quotation mark. */
function reportsSpeech(analysis: Analysis, dateEnd: number, g: VerbGroup): boolean {
  const between = analysis.tokens.slice(dateEnd + 1, g.first);
  if (!between.some((t) => /^[,”"’]$/.test(t.text))) return false;
  return analysis.tokens.slice(g.first, g.last + 1).some((t) => REPORTING_LEMMAS.has(t.lemma.toLowerCase()));
}

/** Index of the token covering or following a character offset. */
export function tokenAt(analysis: Analysis, offset: number): number {
  const tokens = analysis.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, tokens.length - 1));
}

/** Index of the sentence holding a character offset (-1 when the analysis is empty). */
export function sentenceAt(analysis: Analysis, offset: number): number {
  const sentences = analysis.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The tense of the verb group nearest to a span in its sentence (ties go to the verb before it:
 * "said on Sunday it will" is the saying's Sunday). "present" when the sentence has no verb.
 */
export function tenseAt(analysis: Analysis, span: { start: number; end: number }): Tense {
  const sentence = sentenceAt(analysis, span.start);
  if (sentence < 0) return "present";
  const first = tokenAt(analysis, span.start);
  const last = Math.max(first, tokenAt(analysis, Math.max(span.start, span.end - 1)));
  let best: VerbGroup | null = null;
  let bestDistance = Infinity;
  const groups = verbGroups(analysis, sentence);
  // "In September, it announced": a date opening its clause belongs to the verb after the comma
  const verbBefore = groups.some((g) => g.last < first);
  // an adverb inside a verb group ("was soon released", "is now operating") takes that group's tense
  const own = groups.find((g) => g.first < first && g.last > last);
  if (own) return own.tense;
  for (const g of groups) {
    if (g.last >= first && g.first <= last) continue;
    // a date phrase mostly modifies the verb before it ("agreed in Geneva on Tuesday is welcome"),
    // and hardly ever a reporting clause after a comma ("will vote on Tuesday, the union said")
    let distance = g.last < first ? first - g.last : g.first - last + 2.5;
    if (verbBefore && g.first > last && reportsSpeech(analysis, last, g)) distance += 10;
    if (distance < bestDistance) {
      best = g;
      bestDistance = distance;
    }
  }
  return best?.tense ?? "present";
}
