// Direct quotations and who said them. Only text inside quotation marks is ever a quote; the
// speaker comes from the quote's own syntax: '"…," said X', 'X said: "…"', 'X wrote on X: "…"',
// '"…," according to X', a pronoun or "the minister" resolved to the nearest fitting person before
// it, and a paragraph that only continues a quote belongs to the previous speaker.
import type { Mention, QuoteCandidate, Span } from "../types.js";
import type { Analysis } from "../nlp.js";
import { REPORTING_VERBS, SPEECH_VERBS, TITLE_HEADS } from "../data/lexicon.js";
import { firstStartingFrom } from "../sorted.js";

interface QuoteSpan extends Span {
  /** the quotation marks included */
  outerStart: number;
  outerEnd: number;
  /** the paragraph ended before the closing mark (the quote runs on into the next paragraph) */
  open: boolean;
  paragraph: number;
}

const OPEN_DOUBLE = new Set(["“", "„", "«"]);
const CLOSE_DOUBLE = new Set(["”", "»"]);
const WORD = /[\p{L}\p{N}]/u;
const QUOTE_MARK = /[“”„«»"'‘’`]/g;
function nextQuoteMark(line: string, from: number): number {
  QUOTE_MARK.lastIndex = from;
  return QUOTE_MARK.exec(line)?.index ?? line.length;
}

/** Finds the quoted stretches of each paragraph: curly quotes nest, a straight quote toggles. */
export function findQuotedSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let paragraphStart = 0;
  let paragraph = 0;
  const paragraphs = text.split(/\n/);
  for (const line of paragraphs) {
    const base = paragraphStart;
    let openAt = -1;
    let openMark = "";
    // most characters are no quotation mark: jump from one mark to the next
    for (let i = nextQuoteMark(line, 0); i < line.length; i = nextQuoteMark(line, i + 1)) {
      const ch = line[i]!;
      const two = line.slice(i, i + 2);
      const straight = ch === '"' || two === "''" || two === "``";
      if (openAt < 0) {
        if (OPEN_DOUBLE.has(ch) || ch === '"' || two === "``" || (two === "''" && !WORD.test(line[i - 1] ?? ""))) {
          openAt = i;
          openMark = ch === "“" || ch === "„" || ch === "«" ? ch : straight ? two === "''" || two === "``" ? two : '"' : ch;
          if (openMark.length === 2) i++;
        } else if ((ch === "‘" || ch === "'") && !WORD.test(line[i - 1] ?? "") && WORD.test(line[i + 1] ?? "")) {
          // single quotes: headlines and quotes within quotes; the closing mark must end a word
          const close = findSingleClose(line, i + 1, ch === "‘" ? "’" : "'");
          if (close > 0 && quoteWorthy(line.slice(i + 1, close))) {
            spans.push({ start: base + i + 1, end: base + close, outerStart: base + i, outerEnd: base + close + 1, open: false, paragraph });
            i = close;
          }
        }
        continue;
      }
      const closes =
        (openMark === "“" || openMark === "„") ? CLOSE_DOUBLE.has(ch) || ch === '"' :
        openMark === "«" ? ch === "»" :
        openMark === '"' ? ch === '"' || ch === "”" :
        two === "''" || ch === '"' || ch === "”";
      if (closes) {
        const markLength = two === "''" && openMark.length === 2 ? 2 : 1;
        if (quoteWorthy(line.slice(openAt + openMark.length, i)))
          spans.push({ start: base + openAt + openMark.length, end: base + i, outerStart: base + openAt, outerEnd: base + i + markLength, open: false, paragraph });
        openAt = -1;
        i += markLength - 1;
      }
    }
    if (openAt >= 0 && quoteWorthy(line.slice(openAt + openMark.length)))
      spans.push({ start: base + openAt + openMark.length, end: base + line.length, outerStart: base + openAt, outerEnd: base + line.length, open: true, paragraph });
    paragraphStart += line.length + 1;
    if (line.trim()) paragraph++;
  }
  return spans.map(trimSpan(text));
}

function findSingleClose(line: string, from: number, mark: string): number {
  for (let j = from; j < line.length && j - from < 200; j++) {
    if (line[j] === mark && WORD.test(line[j - 1] ?? "") === false && /[.,!?]/.test(line[j - 1] ?? "") && !WORD.test(line[j + 1] ?? "")) return j;
    if (line[j] === mark && !WORD.test(line[j + 1] ?? "")) return j;
  }
  return -1;
}

const quoteWorthy = (inner: string) => WORD.test(inner) && inner.trim().length > 1;

const trimSpan = (text: string) => (s: QuoteSpan): QuoteSpan => {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { ...s, start, end };
};

/** -ing forms of saying: their subject is the subject of the sentence ("Dean …, tweeting, “…”"). */
const PARTICIPLES = new Set([
  "saying", "adding", "telling", "writing", "tweeting", "noting", "asking", "declaring", "explaining", "arguing",
  "insisting", "warning", "posting", "responding", "replying", "concluding", "stating", "quipping", "joking", "urging",
  "chanting", "shouting", "singing", "yelling", "boasting", "complaining", "demanding", "recalling", "writing",
]);
const isSpeechVerb = (word: string) => SPEECH_VERBS.has(word) || REPORTING_VERBS.has(word);
const PRONOUN_SUBJECT = /^(he|she|they)$/i;
/** Words ending in a full stop that do not end a clause: titles, initials, acronyms ("Mr.", "E.", "U.S."). */
const ABBREVIATION =
  /^\(?(?:(?:mr|mrs|ms|dr|sen|sens|rep|reps|gov|gen|lt|col|sgt|capt|cmdr|adm|maj|st|jr|sr|prof|rev|hon|del|supt|insp|det|atty|corp|inc|co|ltd|jan|feb|aug|sept?|oct|nov|dec|no|vs|mt|ft)\.|\p{Lu}\.|(?:\p{L}\.){2,})$/iu;
const PREPOSITION_BEFORE = /\b(?:to|with|from|by|of|for|at|about|against|between|on|in|into|toward|towards|over|under|than|like|behind|among)\s+(?:the\s+)?$/i;
/** What may stand between a subject and its verb: "also", "later", "has", "repeatedly". */
const BETWEEN_SUBJECT_AND_VERB = /^(?:(?:\p{Ll}+ly|also|later|then|again|once|recently|has|have|had|was|is|were|would|will|could|should|may|might|did|does|often|still|even|never|had)\s*)*$/u;

interface TextWord {
  text: string;
  /** lower case, letters only */
  bare: string;
  start: number;
  end: number;
}

function wordsIn(text: string, from: number, to: number): TextWord[] {
  const out: TextWord[] = [];
  const re = /\S+/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice))
    out.push({ text: m[0], bare: m[0].toLowerCase().replace(/[^\p{L}]/gu, ""), start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** A word that ends a clause (a full stop that is not an abbreviation's) or holds another quotation mark. */
const endsClause = (w: TextWord) =>
  // "(D-Wis.)" closes a bracket, not a clause; a quoted nickname ("Cia") is part of a name
  (/[.!?;:]["”’]*$/u.test(w.text) && !ABBREVIATION.test(w.text)) || (/["“”]|''/u.test(w.text) && !/^["“]\p{Lu}[\p{L}.]*["”],?$/u.test(w.text));

interface Attribution {
  speaker: number | null;
  cue: string | null;
}

export function extractQuotes(text: string, analysis: Analysis, mentions: Mention[]): QuoteCandidate[] {
  const spans = findQuotedSpans(text);
  const tokens = analysis.tokens;
  const sentenceOf = (offset: number) => {
    let lo = 0;
    let hi = tokens.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end > offset) hi = mid;
      else lo = mid + 1;
    }
    return tokens[lo]!.end > offset ? tokens[lo]!.sentence : analysis.sentences.length - 1;
  };
  const speakerKinds = (m: Mention) => m.kind === "person" || m.kind === "organization";
  const quoted = new Set(mentions.filter((m) => spans.some((q) => m.start >= q.start && m.end <= q.end)));
  const insideQuote = (m: Mention) => quoted.has(m);
  /** index of the first mention starting at or after `offset` (mentions are sorted by start) */
  const firstFrom = (offset: number) => firstStartingFrom(mentions, offset);
  const possessive = (m: Mention) => /^[’']s?(?:\s|$)/u.test(text.slice(m.end, m.end + 3)) || /[’']s$/u.test(m.text);
  const parenthesised = (from: number, at: number) => {
    const before = text.slice(from, at);
    return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
  };
  const prepositionObject = (from: number, m: Mention) => PREPOSITION_BEFORE.test(text.slice(Math.max(from, m.start - 16), m.start));
  // "a U.S. official", "an Israeli diplomat": a name after "a"/"an" and before a lower-case word
  // modifies that word; the speaker is the unnamed official, not the place
  const modifier = (m: Mention) => /\ban?\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3));

  /** Mentions in [from, to) that can head a clause: not quoted, not in brackets, not a preposition's object. */
  const subjectsIn = (from: number, to: number) => {
    const out: (readonly [Mention, number])[] = [];
    for (let k = firstFrom(from); k < mentions.length && mentions[k]!.start < to; k++) {
      const m = mentions[k]!;
      if (m.end <= to && !insideQuote(m) && !parenthesised(from, m.start) && !prepositionObject(from, m) && !modifier(m)) out.push([m, k]);
    }
    return out;
  };

  /** The first fitting name of a stretch: people first, then organisations, then any name; owners ("Scott's niece") last. */
  const firstSpeaker = (from: number, to: number): number | null => {
    const all = subjectsIn(from, to);
    const owned = all.filter(([m]) => !possessive(m));
    const pick = owned.find(([m]) => m.kind === "person") ?? owned.find(([m]) => speakerKinds(m)) ?? owned[0] ?? all[0];
    return pick ? pick[1] : null;
  };

  /** The subject right before a verb: the nearest name with nothing but an appositive, brackets or an adverb between. */
  const subjectBefore = (from: number, verbAt: number): number | null => {
    const named = subjectsIn(from, verbAt).filter(([m]) => !possessive(m));
    const candidates = named.filter(([m]) => speakerKinds(m));
    for (let i = named.length - 1; i >= 0; i--) {
      const [m, k] = named[i]!;
      const gap = text.slice(m.end, verbAt).replace(/\([^)]*\)/g, "").trim();
      // right before the verb the syntax decides, whatever kind the name was typed as ("Peabody said")
      if (gap === "" || (speakerKinds(m) && (BETWEEN_SUBJECT_AND_VERB.test(gap) || (/^,[^]*,$/u.test(gap) && gap.length > 2)))) return k;
    }
    const people = candidates.filter(([m]) => m.kind === "person");
    const last = people[people.length - 1] ?? candidates[candidates.length - 1];
    return last ? last[1] : null;
  };

  /** The nearest person before `offset` fitting a pronoun or a "the minister" description. */
  const resolveBackwards = (offset: number, description?: string): number | null => {
    let fallback: number | null = null;
    for (let k = firstFrom(offset) - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.kind !== "person" || insideQuote(m)) continue;
      if (description && !(m.role ?? "").toLowerCase().includes(description)) continue;
      // "he" stands for someone who is talked about as a subject, not an owner or a preposition's object
      if (possessive(m) || prepositionObject(0, m)) {
        fallback ??= k;
        continue;
      }
      return k;
    }
    return fallback ?? (description ? resolveBackwards(offset) : null);
  };

  /** "the senator", "the former governor": a title standing for someone named earlier. */
  const described = (zone: string, offset: number): number | null => {
    const d = zone.trim().match(/^the\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)$/u);
    return d && TITLE_HEADS.has(d[1]!) ? resolveBackwards(offset, d[1]) : null;
  };

  /** After the quote: "…,” said X', '“…,” X, the former governor, said', '“…?” he asked', '“…” ― X', '“…,” according to X'. */
  const attributionAfter = (span: QuoteSpan): Attribution | null => {
    const newline = text.indexOf("\n", span.outerEnd);
    const limit = Math.min(newline < 0 ? text.length : newline, span.outerEnd + 320);
    const tail = text.slice(span.outerEnd, limit);
    const lead = tail.match(/^[\s,.!?…;:—–―-]*/u)![0];
    const from = span.outerEnd + lead.length;
    if (/[―—–]/u.test(lead) && /^\p{Lu}/u.test(text.slice(from, from + 1))) {
      // a signature line: "“…” ― Pamela Padilla"
      const k = mentions.findIndex((m) => m.start >= from && m.start < from + 40);
      return k >= 0 ? { speaker: k, cue: null } : null;
    }
    if (/^according to\s/iu.test(text.slice(from, from + 13))) {
      return { speaker: firstSpeaker(from + 12, Math.min(limit, from + 100)), cue: "according to" };
    }
    const closing = text.slice(Math.max(span.start, span.end - 1), span.outerEnd) + lead;
    // "“…?” Vitter demanded" is common; after a full stop a new sentence usually starts
    const stopped = /[.…]/u.test(closing);
    const words = wordsIn(text, from, limit).slice(0, 36);
    let verb = -1;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (isSpeechVerb(w.bare)) {
        verb = i;
        break;
      }
      if (endsClause(w)) break;
    }
    // after a quote that ends its sentence, only a short "Smith said." attributes it
    if (verb < 0 || (stopped && verb > 8)) return null;
    const verbWord = words[verb]!;
    const cue = verbWord.bare;
    if (verb === 0) {
      // "said X", "said he", "added the senator"
      let clauseEnd = words.length;
      for (let i = 1; i < words.length; i++)
        if (endsClause(words[i]!) || i > 14) {
          clauseEnd = i + 1;
          break;
        }
      const after = words.slice(1, clauseEnd);
      if (after[0] && PRONOUN_SUBJECT.test(after[0].bare)) return { speaker: resolveBackwards(span.outerStart), cue };
      const to = after.length ? after[after.length - 1]!.end : verbWord.end;
      const speaker = firstSpeaker(verbWord.end, to) ?? described(text.slice(verbWord.end, to).replace(/[,.].*$/su, ""), span.outerStart);
      return speaker === null ? null : { speaker, cue };
    }
    const zone = text.slice(from, verbWord.start);
    const firstWord = words[0]!;
    if (verb <= 2 && PRONOUN_SUBJECT.test(firstWord.bare)) return { speaker: resolveBackwards(span.outerStart), cue };
    const speaker = firstSpeaker(from, verbWord.start) ?? described(zone, span.outerStart);
    return speaker === null ? null : { speaker, cue };
  };

  /** Before the quote, in the words `from`..`to` that lead up to it: 'X said: "…"', 'In a statement, X said, "…"', 'Said X: "…"'. */
  const attributionBefore = (from: number, to: number): Attribution | null => {
    const according = /\baccording to\s+/iu.exec(text.slice(from, to));
    if (according) {
      const speaker = firstSpeaker(from + according.index + according[0].length, to);
      if (speaker !== null) return { speaker, cue: "according to" };
    }
    const words = wordsIn(text, from, to);
    let verb = -1;
    for (let i = words.length - 1; i >= 0; i--)
      if (isSpeechVerb(words[i]!.bare) || PARTICIPLES.has(words[i]!.bare)) {
        verb = i;
        break;
      }
    if (verb < 0) {
      // no verb of saying: the first person of the lead, or a pronoun opening it
      const candidates = subjectsIn(from, to).filter(([m]) => speakerKinds(m));
      const people = candidates.filter(([m]) => m.kind === "person" && !possessive(m));
      const pick = people[0] ?? candidates[0];
      if (pick) return { speaker: pick[1], cue: null };
      const lead = text.slice(from, to);
      const pronoun = lead.match(/(?:^|[\s,])(he|she)\b/iu) ?? lead.match(/^\s*(they|we)\b/iu);
      if (pronoun) return { speaker: resolveBackwards(from + (pronoun.index ?? 0)), cue: null };
      const d = lead.match(/\bthe (\p{Ll}+)\b/u);
      if (d && TITLE_HEADS.has(d[1]!)) return { speaker: resolveBackwards(from, d[1]), cue: null };
      return null;
    }
    const verbWord = words[verb]!;
    const cue = verbWord.bare;
    if (PARTICIPLES.has(cue)) {
      // "footage of Clinton asking": the name right before the participle; otherwise the subject of
      // "…, tweeting," is the sentence's subject
      const adjacent = mentions.findIndex((m) => m.start >= from && /^\s*$/.test(text.slice(m.end, verbWord.start)) && m.end <= verbWord.start);
      if (adjacent >= 0 && !insideQuote(mentions[adjacent]!)) return { speaker: adjacent, cue };
      const speaker = firstSpeaker(from, verbWord.start);
      if (speaker !== null) return { speaker, cue };
      const pronoun = words.slice(0, verb).find((w) => PRONOUN_SUBJECT.test(w.bare));
      return pronoun ? { speaker: resolveBackwards(pronoun.start), cue } : null;
    }
    const previous = words[verb - 1];
    let k = verb - 1;
    while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.test(words[k]!.bare) && !PRONOUN_SUBJECT.test(words[k]!.bare)) k--;
    if (previous && k >= 0 && PRONOUN_SUBJECT.test(words[k]!.bare)) return { speaker: resolveBackwards(words[k]!.start), cue };
    const speaker = subjectBefore(from, verbWord.start) ?? firstSpeaker(verbWord.end, to);
    if (speaker !== null) return { speaker, cue };
    const d = described(text.slice(from, verbWord.start).replace(/^.*,/su, ""), from);
    return d === null ? null : { speaker: d, cue };
  };

  const quotes: QuoteCandidate[] = [];
  const spanOf: QuoteSpan[] = [];
  let previous: QuoteCandidate | null = null;
  let previousSpan: QuoteSpan | null = null;
  for (const span of spans) {
    const s = sentenceOf(span.start);
    const sentence = analysis.sentences[s]!;
    const lineStart = text.lastIndexOf("\n", span.outerStart - 1) + 1;
    const leadFrom = Math.max(sentence.start, lineStart);
    const before = text.slice(leadFrom, span.outerStart);
    const inner = text.slice(span.start, span.end);

    let found = attributionAfter(span);
    if (found === null && /\p{L}/u.test(before)) found = attributionBefore(leadFrom, span.outerStart);
    // 'Caddell continued:' or 'The Times reports:' ending the sentence or paragraph before the quote
    if (found === null && !/\p{L}/u.test(before)) {
      const intro = text.slice(0, leadFrom).replace(/\s+$/u, "");
      if (intro.endsWith(":")) {
        const introSentence = analysis.sentences[sentenceOf(intro.length - 1)];
        if (introSentence) {
          const introFrom = Math.max(introSentence.start, text.lastIndexOf("\n", intro.length - 1) + 1);
          found = attributionBefore(introFrom, intro.length);
        }
      }
    }
    let speakerMention = found?.speaker ?? null;
    let speakerName: string | null = null;
    let cue = found?.cue ?? null;

    // a quote that opens a paragraph with no attribution continues the previous speaker
    const bare = speakerMention === null && /^\s*$/.test(text.slice(lineStart, span.outerStart));
    // "“X,” said Caddell. “Y.”": a quote in the same paragraph with no attribution of its own goes on
    const sameParagraph = speakerMention === null && previousSpan !== null && previousSpan.paragraph === span.paragraph && !/\p{Lu}/u.test(before.replace(/^[^“"]*$/u, ""));
    if ((bare || sameParagraph) && previous && previousSpan && (previousSpan.open || span.paragraph - previousSpan.paragraph <= 1)) {
      speakerMention = previous.speakerMention;
      speakerName = previous.speakerName;
      cue = previous.cue;
    }
    if (speakerMention !== null) speakerName = mentions[speakerMention]!.text;

    const partial = isPartial(text, span, text.slice(sentence.start, span.outerStart), inner);
    const quote: QuoteCandidate = { start: span.start, end: span.end, text: inner, speakerMention, speakerName, partial, cue };
    quotes.push(quote);
    spanOf.push(span);
    if (!partial) {
      previous = quote;
      previousSpan = span;
    }
  }
  attributeRunOnQuotes(text, quotes, spanOf);
  return quotes;
}

/**
 * A quotation that runs over paragraphs leaves its first paragraph open (no closing mark) and names
 * its speaker only at its end: '“We waited too long. ¶ “Now we build,” Whitfield said.' Each open
 * paragraph with no speaker of its own takes the speaker of the paragraph that continues it, last to first.
 */
function attributeRunOnQuotes(text: string, quotes: QuoteCandidate[], spans: QuoteSpan[]): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const quote = quotes[i]!;
    const next = quotes[i + 1]!;
    const span = spans[i]!;
    const following = spans[i + 1]!;
    if (quote.speakerMention !== null || quote.speakerName !== null || !span.open || next.speakerMention === null) continue;
    // the next quote opens the very next paragraph, with only blank lines between
    if (following.paragraph - span.paragraph > 2 || !/^\s*$/.test(text.slice(span.outerEnd, following.outerStart))) continue;
    quote.speakerMention = next.speakerMention;
    quote.speakerName = next.speakerName;
    quote.cue = next.cue;
  }
}

/** A fragment quoted inside paraphrase: not at a paragraph start, not introduced by ':' or ',', and not a sentence of its own. */
function isPartial(text: string, span: QuoteSpan, before: string, inner: string): boolean {
  const lineStart = text.lastIndexOf("\n", span.outerStart - 1) + 1;
  if (/^\s*$/.test(text.slice(lineStart, span.outerStart))) return false;
  if (/[:,]\s*$/.test(before) && /^\p{Lu}/u.test(inner)) return false;
  // a quote that opens its sentence is a quotation of its own, not a fragment of paraphrase
  if (/^\s*$/.test(before) && /^\p{Lu}/u.test(inner)) return false;
  if (/[.!?…]["”’]?$/.test(inner) && /^\p{Lu}/u.test(inner)) return false;
  if (/^,/.test(text.slice(span.end, span.outerEnd + 1).trim()) && /^\p{Lu}/u.test(inner) && inner.split(/\s+/).length >= 4) return false;
  return true;
}
