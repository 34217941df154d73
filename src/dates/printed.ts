// Publication dates as printed in header lines, bylines and datelines. Only complete dates count
// (day, month and year all printed): "Monday" or "March 3" alone say nothing certain about the year.
import * as chrono from "chrono-node";
import { DateTime, FixedOffsetZone } from "luxon";
import { memoisedByText } from "../memo.js";

export interface PrintedDate {
  /** YYYY-MM-DD */
  date: string;
  hour: number | null;
  minute: number | null;
  /** UTC offset printed with the time (e.g. "GMT", "ET", "+02:00"), in minutes */
  offsetMinutes: number | null;
  /** where it was read, in words: "header line", "byline" … */
  evidence: string;
}

export interface DateMatch {
  printed: PrintedDate;
  index: number;
  length: number;
}

const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/;
// chrono needs a reference date; it only matters for partial dates, which are rejected anyway.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

const pad = (n: number) => String(n).padStart(2, "0");

/** The first complete date printed in `text`, with its time when one is printed next to it. */
export function findPrintedDate(text: string, evidence: string): DateMatch | null {
  const iso = isoDate(text, evidence);
  // an ISO date that opens the text comes first whatever chrono finds: chrono (the costlier read) is not asked
  if (iso && iso.index === 0) return iso;
  const viaChrono = chronoDate(text, evidence);
  return iso && (!viaChrono || iso.index <= viaChrono.index) ? iso : viaChrono;
}

/** The first ISO date printed in `text` when it is a day of the calendar, else null. */
function isoDate(text: string, evidence: string): DateMatch | null {
  const iso = ISO.exec(text);
  if (!iso) return null;
  const [, y, m, d, hh, mm, zone] = iso;
  if (!isCalendarDay(Number(y), Number(m), Number(d))) return null;
  return {
    index: iso.index,
    length: iso[0].length,
    printed: {
      date: `${y}-${m}-${d}`,
      hour: hh === undefined ? null : Number(hh),
      minute: mm === undefined ? null : Number(mm),
      offsetMinutes: zone === undefined ? null : offsetOf(zone),
      evidence,
    },
  };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Whether year-month-day is a day of the (proleptic Gregorian) calendar, as luxon's fromObject judges it. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

function chronoDate(text: string, evidence: string): DateMatch | null {
  for (const result of chrono.parse(text, REFERENCE)) {
    const start = result.start;
    if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
    // the year must be printed: chrono calls "yesterday" certain, read against its reference date
    if (!printsYear(result.text, start.get("year"))) continue;
    const hasTime = start.isCertain("hour");
    return {
      index: result.index,
      length: result.text.length,
      printed: {
        date: `${start.get("year")}-${pad(start.get("month") ?? 1)}-${pad(start.get("day") ?? 1)}`,
        hour: hasTime ? (start.get("hour") ?? null) : null,
        minute: hasTime ? (start.get("minute") ?? 0) : null,
        offsetMinutes: hasTime && start.isCertain("timezoneOffset") ? (start.get("timezoneOffset") ?? null) : null,
        evidence,
      },
    };
  }
  return null;
}

function printsYear(text: string, year: number | null): boolean {
  if (year === null) return false;
  const digits = text.match(/\d+/g) ?? [];
  return digits.some((d) => (d.length === 4 && Number(d) === year) || (d.length === 2 && Number(d) === year % 100));
}

function offsetOf(zone: string): number {
  if (zone === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.replace(/[^\d]/g, "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
}

/**
 * ISO date-time for a printed time: with the printed offset, else read in the publisher's zone,
 * else a local time without offset. Null when no time is printed.
 */
export function printedDateTime(printed: PrintedDate, timezone: string | null): string | null {
  if (printed.hour === null) return null;
  const [year, month, day] = printed.date.split("-").map(Number);
  const fields = { year, month, day, hour: printed.hour, minute: printed.minute ?? 0 };
  const options = { suppressMilliseconds: true } as const;
  if (printed.offsetMinutes !== null) {
    const at = DateTime.fromObject(fields, { zone: FixedOffsetZone.instance(printed.offsetMinutes) });
    if (at.isValid) return at.toISO(options);
  }
  if (timezone) {
    const at = DateTime.fromObject(fields, { zone: timezone });
    if (at.isValid) return at.toISO(options);
  }
  const local = DateTime.fromObject(fields, { zone: "UTC" });
  return local.isValid ? local.toISO({ ...options, includeOffset: false }) : null;
}

/**
 * A front matter date: ISO (with or without time and offset) or any complete written date. Null for
 * anything else ("yesterday", "2024", "next week"): the caller warns and the date stays unknown. The
 * result is read from the printed fields only, never from the machine's clock or zone.
 */
export function frontMatterDate(value: string): PrintedDate | null {
  const iso = DateTime.fromISO(value.trim(), { setZone: true });
  if (iso.isValid && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
    const hasTime = /T|\d:\d/.test(value);
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(value.trim());
    return {
      date: iso.toISODate() ?? "",
      hour: hasTime ? iso.hour : null,
      minute: hasTime ? iso.minute : null,
      offsetMinutes: hasTime && hasZone ? iso.offset : null,
      evidence: "front matter",
    };
  }
  // a written date is a date only when it is all the value holds ("March 3, 2024", "3 March 2024 14:05 GMT")
  const found = findPrintedDate(value, "front matter");
  if (!found || value.trim().length - found.length > 12) return null;
  return found.printed;
}

/**
 * A line that is nothing but dates and times, with the labels and marks printed around them:
 * "3/27/2012 @ 10:05AM", "Updated 10:05 a.m. ET", "Published: Monday, 4 May 2015 | 14:05 GMT".
 * Such a line is a timestamp: never a headline, never body. Asked of the same line by several rules
 * (the dateline, the headline, the standfirst), it is answered once for each line.
 */
export const isOnlyDateOrTime: (text: string) => boolean = memoisedByText(onlyDateOrTime);

function onlyDateOrTime(text: string): boolean {
  if (text.length > 120 || !/\d|\b(?:today|yesterday|noon|midnight)\b/i.test(text)) return false;
  const spans = chrono.parse(text, REFERENCE);
  if (spans.length === 0) return false;
  let leftover = text;
  for (const span of [...spans].reverse()) leftover = leftover.slice(0, span.index) + " " + leftover.slice(span.index + span.text.length);
  return (
    leftover
      .replace(/\b(?:on|at|published|updated|posted|last|first|modified|created|edited|date|time)\b/gi, "")
      .replace(/\b\d+\s*-?\s*min(?:ute)?s?\.?\s*(?:read)?/gi, "")
      .replace(/\b(?:UTC|GMT|[A-Z]{1,2}[SD]?T)\b/g, "")
      .replace(/[\s|•·,;:\-–—/()@]+/g, "") === ""
  );
}
