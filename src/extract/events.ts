// Events: the sentences that report something happening at a resolved date. A date phrase alone
// does not make an event: the sentence must tell something (have a verb), and the date must be a
// day, a month, a year or a weekend; a week or a clock time without its day is too loose to place.
import { DateTime } from "luxon";
import type { DateMention, EventCandidate } from "../types.js";
import type { Analysis } from "./nlp.js";
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

export function extractEvents(text: string, analysis: Analysis, dateMentions: DateMention[]): EventCandidate[] {
  const events: EventCandidate[] = [];
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
    events.push({ start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end), date, dateMention: index });
  });
  return events;
}
