// Date mentions: every temporal expression of an article with its TIMEX3 value. Candidates come
// from chrono-node (dates/candidates.ts); values are worked out by our own rules (dates/resolve.ts)
// against the publication day, read in the publisher's time zone when known.
import { DateTime } from "luxon";
import type { DateMention } from "../types.js";
import type { Analysis } from "../nlp.js";
import { findDateCandidates, type DateCandidate } from "./dates/candidates.js";
import { mentionsFromCandidates } from "../dates/mentions.js";

export { findDateCandidates } from "./dates/candidates.js";
export type { DateCandidate } from "./dates/candidates.js";

export interface DateReference {
  date: string | null;
  dateTime: string | null;
  timezone: string | null;
}

/**
 * The day the article was written on, in the publisher's zone: a timestamp printed in another zone
 * ("2025-03-24T01:30Z" for a New York paper) is the evening before there.
 */
export function referenceDay(reference: DateReference): string | null {
  if (reference.dateTime) {
    let at = DateTime.fromISO(reference.dateTime, { setZone: true });
    if (at.isValid) {
      const hasOffset = /([+-]\d{2}:?\d{2}|Z)$/i.test(reference.dateTime);
      if (reference.timezone && hasOffset) at = at.setZone(reference.timezone);
      const day = at.toISODate();
      if (day) return day;
    }
  }
  return reference.date && /^\d{4}-\d{2}-\d{2}/.test(reference.date) ? reference.date.slice(0, 10) : null;
}


/**
 * Every date mention in the text. With no reference day only expressions that need none are
 * resolved (a full date, a month with its year, a bare year); a weekday or a day and month
 * without a year is left out rather than given a guessed year.
 */
export function extractDateMentions(
  text: string,
  analysis: Analysis,
  reference: DateReference,
  candidates: DateCandidate[] = findDateCandidates(text, analysis),
): DateMention[] {
  return mentionsFromCandidates(candidates, analysis, text, referenceDay(reference), reference.timezone);
}
