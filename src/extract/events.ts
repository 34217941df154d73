// Events: the sentences that report something happening at a resolved date. A date phrase alone
// does not make an event: the sentence must tell something (have a verb), and the date must be a
// day, a month, a year or a weekend; a week or a clock time without its day is too loose to place.
import { DateTime } from "luxon";
import type { DateMention, EventCandidate } from "../types.js";
import type { Analysis } from "../nlp.js";
import { sentenceAt } from "./dates/tense.js";

/** The calendar date an event is filed under (weekends under their Saturday). */
export function eventDate(mention: DateMention): string | null {
  const v = mention.value;
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  if (/^\d{4}(-\d{2})?$/.test(v)) return v;
  const weekend = v.match(/^(\d{4})-W(\d{2})-WE$/);
  if (weekend) {
    const saturday = DateTime.fromObject({ weekYear: Number(weekend[1]), weekNumber: Number(weekend[2]), weekday: 6 }, { zone: "utc" });
    return saturday.isValid ? saturday.toISODate() : null;
  }
  return null;
}

/** Whether an offset lies inside a quotation opened earlier in its paragraph. */
function insideQuotation(text: string, offset: number): boolean {
  const paragraph = text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset);
  const opened = (paragraph.match(/[“«]/g) ?? []).length - (paragraph.match(/[”»]/g) ?? []).length;
  if (opened > 0) return true;
  return (paragraph.match(/"/g) ?? []).length % 2 === 1;
}

/**
 * A date that tells little about when something happened: "now", "currently", or a "today" a
 * speaker says inside a quotation (the speaker's day, said in passing, rather than a reported
 * happening).
 */
function isWeakDate(mention: DateMention, text: string): boolean {
  const phrase = mention.text.toLowerCase();
  if (/^(right\s+)?(now|currently|at present|presently|nowadays|these days)$/.test(phrase)) return true;
  return /^(today|tonight|this (morning|afternoon|evening|week))$/.test(phrase) && insideQuotation(text, mention.start);
}

export function extractEvents(text: string, analysis: Analysis, dateMentions: DateMention[]): EventCandidate[] {
  const events: (EventCandidate & { weak: boolean })[] = [];
  const seen = new Set<string>();
  dateMentions.forEach((mention, index) => {
    const date = eventDate(mention);
    if (!date) return;
    const s = sentenceAt(analysis, mention.start);
    const sentence = analysis.sentences[s];
    if (!sentence) return;
    const tokens = analysis.tokens.slice(sentence.firstToken, sentence.endToken);
    // datelines, headings and captions name a date but report nothing
    const words = tokens.filter((t) => t.pos !== "PUNCT");
    const verbs = tokens.filter((t) => t.pos === "VERB" || t.pos === "AUX");
    if (words.length < 5 || verbs.length === 0) return;
    if (/^(by|posted|published|updated|last updated)\b/i.test(text.slice(sentence.start, sentence.end))) return;
    const key = `${s}|${date}`;
    if (seen.has(key)) return;
    seen.add(key);
    events.push({ start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end), date, dateMention: index, weak: isWeakDate(mention, text) });
  });
  // a weak date makes an event only when nothing better in the article reports that day
  const strongDays = new Set(events.filter((e) => !e.weak).map((e) => e.date));
  return events.filter((e) => !e.weak || !strongDays.has(e.date)).map(({ weak: _weak, ...event }) => event);
}
