// Header lines that scrapers and CMS exports print above the article: "date 2025-03-24",
// "Published 14 February 2024, 09:12 GMT", "title: …", "3 min read". A header line may be glued to
// the first sentence on the same line, so the prefix is cut off and the rest stays a unit.
import { findPrintedDate, isOnlyDateOrTime } from "../../dates/printed.js";
import type { Facts, Rule, RuleContext } from "./types.js";
import { memoisedByText } from "../../memo.js";

const DATE_LABEL =
  /^(date|dated|pubdate|publication date|date published|published(?: on| at)?|first published(?: on)?|posted(?: on)?|last updated(?: on)?|updated(?: on| at)?|last modified)\s*[:\-–—]?\s*/i;
const FIELD_LINE = /^(title|headline|author|byline|publisher|source|section|category|url|link)\s*:\s*(\S.*)$/i;
const READING_TIME = /^(?:reading time\s*:?\s*)?\d+\s*-?\s*min(?:ute)?s?\.?(?:\s*(?:read|reading time|listen|watch))?\.?$/i;
const SEPARATORS = /^[\s|•·,;:\-–—/]+/;
const AGO = /^(?:(?:an?|\d+)\s+(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\s*,?\s*(?:and\s+)?)+ago\b/i;

export interface HeaderPrefix {
  readonly removed: string;
  readonly rest: string;
  readonly facts: Readonly<Facts>;
}

/** Only the top of the text carries header lines. */
export function inHeaderZone(context: RuleContext): boolean {
  return context.firstBody === -1 ? context.index < 6 : context.index <= context.firstBody;
}

/**
 * A "date …" / "Published …" header at the start of a line, possibly followed by body text. The
 * cleaner cuts the header lines off first and the dateline rule asks again of the same lines: the
 * cut is made once for each line (the answer is shared, so read-only).
 */
export const splitHeaderPrefix: (text: string) => HeaderPrefix | null = memoisedByText(cutHeaderPrefix);

function cutHeaderPrefix(text: string): HeaderPrefix | null {
  const label = DATE_LABEL.exec(text);
  if (!label) return null;
  const afterLabel = text.slice(label[0].length);
  const updated = /updated|modified/i.test(label[1] ?? "");
  const found = findPrintedDate(afterLabel, updated ? "updated line" : "header line");
  if (!found || afterLabel.slice(0, found.index).trim() !== "") {
    // "Posted 3 hours ago", "Updated 1 year, 160 days ago": a header, but no date (ago from when?)
    const ago = AGO.exec(afterLabel);
    if (!ago) return null;
    const end = label[0].length + ago[0].length;
    return { removed: text.slice(0, end).trim(), rest: text.slice(end).replace(SEPARATORS, "").trim(), facts: {} };
  }
  let end = label[0].length + found.index + found.length;
  // A printed zone abbreviation chrono did not take ("14:05 CET") belongs to the header too.
  const zone = /^\s*(?:\(?[A-Z]{2,5}\)?)(?=\s|$|[|•,])/.exec(text.slice(end));
  if (zone && found.printed.hour !== null && /^\s*\(?(?:UTC|GMT|[A-Z]{1,2}[SD]?T)\)?$/.test(zone[0])) end += zone[0].length;
  const rest = text.slice(end).replace(SEPARATORS, "").trim();
  return { removed: text.slice(0, end).trim(), rest, facts: { date: found.printed } };
}

export const headerField: Rule = (unit, context) => {
  if (!inHeaderZone(context)) return null;
  const field = FIELD_LINE.exec(unit.text);
  if (!field) return null;
  const key = (field[1] ?? "").toLowerCase();
  const value = (field[2] ?? "").trim();
  const facts: Facts = {};
  if (key === "title" || key === "headline") facts.title = value;
  else if (key === "author" || key === "byline") facts.author = value.replace(/^by\s+/i, "");
  else if (key === "publisher") facts.publisher = value;
  else if (key === "source") facts.originalSource = value;
  else if (key === "section" || key === "category") facts.section = value;
  return { action: "remove", reason: "header line", rule: "header-field", facts };
};

/** A line that is nothing but dates and times, with optional labels: a dateline. */
export const dateline: Rule = (unit, context) => {
  if (!inHeaderZone(context) && context.index > 8) return null;
  const text = unit.text;
  if (text.length > 90) return null;
  const prefix = splitHeaderPrefix(text);
  if (prefix && (prefix.rest === "" || READING_TIME.test(prefix.rest))) {
    return { action: "remove", reason: "header line", rule: "dateline", facts: prefix.facts };
  }
  if (!isOnlyDateOrTime(text)) return null;
  const found = findPrintedDate(text, "dateline");
  return { action: "remove", reason: "header line", rule: "dateline", facts: found ? { date: found.printed } : {} };
};

export const readingTime: Rule = (unit) =>
  READING_TIME.test(unit.text) ? { action: "remove", reason: "reading time", rule: "reading-time" } : null;

