// Direct quotations and who said them. Only text inside quotation marks is ever a quote; the
// speaker comes from the quote's own syntax: '"…," said X', 'X said: "…"', 'X wrote on X: "…"',
// '"…," according to X', a pronoun or "the minister" resolved to the nearest fitting person before
// it, and a paragraph that only continues a quote belongs to the previous speaker.
import type { Mention, QuoteCandidate, Span } from "../types.js";
import type { Analysis } from "./nlp.js";
import { SPEECH_VERBS, TITLE_HEADS } from "./actors/lexicon.js";

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
    for (let i = 0; i < line.length; i++) {
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

const PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
const PERSONAL = new Set(["he", "she"]);

export function extractQuotes(text: string, analysis: Analysis, mentions: Mention[]): QuoteCandidate[] {
  const spans = findQuotedSpans(text);
  const tokens = analysis.tokens;
  const sentenceOf = (offset: number) => {
    const t = tokens.find((tok) => tok.end > offset);
    return t?.sentence ?? analysis.sentences.length - 1;
  };
  const speakerKinds = (m: Mention) => m.kind === "person" || m.kind === "organization";
  const quotes: QuoteCandidate[] = [];
  let previous: QuoteCandidate | null = null;
  let previousSpan: QuoteSpan | null = null;

  /** The nearest person before `offset` fitting a pronoun or a "the minister" description. */
  const insideQuote = (m: Mention) => spans.some((q) => m.start >= q.start && m.end <= q.end);
  const resolveBackwards = (offset: number, description?: string): number | null => {
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.start >= offset || m.kind !== "person" || insideQuote(m)) continue;
      if (description && !(m.role ?? "").toLowerCase().includes(description)) continue;
      return k;
    }
    return description ? resolveBackwards(offset) : null;
  };

  for (const span of spans) {
    const s = sentenceOf(span.start);
    const sentence = analysis.sentences[s]!;
    const sentenceEndSentence = sentenceOf(Math.max(span.start, span.end - 1));
    const lastSentence = analysis.sentences[sentenceEndSentence] ?? sentence;
    const before = text.slice(sentence.start, span.outerStart);
    const after = text.slice(span.outerEnd, Math.max(span.outerEnd, lastSentence.end));
    const inner = text.slice(span.start, span.end);

    let speakerMention: number | null = null;
    let speakerName: string | null = null;
    let cue: string | null = null;

    // after the quote: ', said X', ', X said', ', he added', ', according to X'
    const afterMatch = after.match(/^[\s,.!?—–-]*(?:(according to)\s+|(\p{Ll}+)\s+(?!the\b)|)/u);
    const tail = after.slice(0, 140);
    const tailWords = tail.split(/\s+/).slice(0, 12).join(" ");
    const verbAfter = firstSpeechVerb(tailWords);
    const anyKind = () => true;
    if (/^\s*[―—–]\s*\p{Lu}/u.test(tail)) {
      // a signature line: "“…” ― Pamela Padilla"
      speakerMention = mentionIn(mentions, span.outerEnd, span.outerEnd + 40, anyKind);
    } else if (/^[\s,.!?—–-]*according to /iu.test(tail)) {
      speakerMention = mentionIn(mentions, span.outerEnd, span.outerEnd + 80, speakerKinds);
      cue = "according to";
    } else if (verbAfter !== null && /^[\s,.!?—–-]*$/.test(after.slice(0, 3).replace(/\w.*/s, "")) && startsAttribution(tail)) {
      cue = verbAfter;
      const pronoun = tail.match(/^[\s,.!?—–-]*(he|she|they)\b/iu);
      if (pronoun) speakerMention = resolveBackwards(span.outerStart);
      // the syntax ("…," said X) names the speaker whatever kind the name was typed as
      else
        speakerMention =
          mentionIn(mentions, span.outerEnd, span.outerEnd + 80, (m) => m.kind === "person") ??
          mentionIn(mentions, span.outerEnd, span.outerEnd + 80, anyKind);
      const described = tail.match(/^[\s,.!?—–-]*(?:said|says|added|told)?\s*the (\p{Ll}+)/u);
      if (speakerMention === null && described && TITLE_HEADS.has(described[1]!)) speakerMention = resolveBackwards(span.outerStart, described[1]);
    }
    void afterMatch;

    // before the quote, in its sentence: 'X said: "…"', 'X wrote on social media platform X: "…"'
    if (speakerMention === null) {
      const lead = before;
      const verb = lastSpeechVerb(lead);
      const subjectEnd = verb ? sentence.start + verb.index : span.outerStart;
      const candidates = mentions
        .map((m, k) => [m, k] as const)
        .filter(([m]) => m.start >= sentence.start && m.end <= subjectEnd && speakerKinds(m));
      if (candidates.length) {
        // with a verb of saying, its subject is the nearest person before it who is not the object
        // of a preposition ("After speaking to Umerov, Zelenskyy … wrote"); without one, the first person
        const people = candidates.filter(([m]) => m.kind === "person" && !insideQuote(m) && !/^[’']s\b/.test(text.slice(m.end, m.end + 3)));
        const subjects = people.filter(([m]) => !/\b(to|with|from|by|of|for|at|about|against|between)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)));
        const pick = verb ? subjects[subjects.length - 1] ?? people[people.length - 1] : people[0];
        speakerMention = (pick ?? candidates[0]!)[1];
        cue = verb?.word ?? null;
      } else {
        const pronoun = lead.match(/(?:^|[\s,])(he|she)\b/iu) ?? lead.match(/^\s*(they|we)\b/iu);
        if (pronoun && PRONOUNS.has(pronoun[1]!.toLowerCase())) {
          speakerMention = resolveBackwards(sentence.start + (pronoun.index ?? 0));
          cue = verb?.word ?? null;
        }
        const described = lead.match(/\bthe (\p{Ll}+)\b/u);
        if (speakerMention === null && described && TITLE_HEADS.has(described[1]!)) speakerMention = resolveBackwards(sentence.start, described[1]);
      }
    }

    // a quote that opens a paragraph with no attribution continues the previous speaker
    const bare = speakerMention === null && /^\s*$/.test(text.slice(text.lastIndexOf("\n", span.outerStart - 1) + 1, span.outerStart));
    // "“X,” said Caddell. “Y.”": a quote in the same paragraph with no attribution of its own goes on
    const sameParagraph = speakerMention === null && previousSpan !== null && previousSpan.paragraph === span.paragraph && !/\p{Lu}/u.test(before.replace(/^[^“"]*$/u, ""));
    if ((bare || sameParagraph) && previous && previousSpan && (previousSpan.open || span.paragraph - previousSpan.paragraph <= 1)) {
      speakerMention = previous.speakerMention;
      speakerName = previous.speakerName;
      cue = previous.cue;
    }
    if (speakerMention !== null) speakerName = mentions[speakerMention]!.text;

    const partial = isPartial(text, span, before, inner);
    const quote: QuoteCandidate = { start: span.start, end: span.end, text: inner, speakerMention, speakerName, partial, cue };
    quotes.push(quote);
    if (!partial) {
      previous = quote;
      previousSpan = span;
    }
  }
  void PERSONAL;
  return quotes;
}

/** Words right after a closing quote that attribute it: ', said X', ', X said', ', he added'. */
function startsAttribution(tail: string): boolean {
  const m = tail.match(/^[\s,.!?—–-]*(.*)$/su);
  const rest = (m?.[1] ?? "").split(/\s+/).slice(0, 8);
  const verbAt = rest.findIndex((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[^\p{L}]/gu, "")));
  if (verbAt < 0) return false;
  // nothing that ends a clause between the quote and the verb
  return !rest.slice(0, verbAt).some((w) => /[.;!?]$/.test(w));
}

function firstSpeechVerb(words: string): string | null {
  for (const w of words.split(/\s+/)) {
    const bare = w.toLowerCase().replace(/[^\p{L}]/gu, "");
    if (SPEECH_VERBS.has(bare)) return bare;
  }
  return null;
}

function lastSpeechVerb(lead: string): { word: string; index: number } | null {
  const re = /[\p{L}]+/gu;
  let found: { word: string; index: number } | null = null;
  for (let m = re.exec(lead); m; m = re.exec(lead)) if (SPEECH_VERBS.has(m[0].toLowerCase())) found = { word: m[0].toLowerCase(), index: m.index };
  return found;
}

function mentionIn(mentions: Mention[], from: number, to: number, fits: (m: Mention) => boolean): number | null {
  const k = mentions.findIndex((m) => m.start >= from && m.start < to && fits(m));
  return k >= 0 ? k : null;
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
