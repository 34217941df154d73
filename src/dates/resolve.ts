// Resolving candidates to TIMEX3 values against a reference day (the publication date, or a date
// being tried for an undated article). The rules correct what a parser guesses from the calendar
// alone: tense picks the direction of a bare weekday, a weekend is the one before, a phrase
// anchored to a happening ("a day before the talks") counts from that happening's date.
import { DateTime, FixedOffsetZone } from "luxon";
import type { Analysis, DateCandidate, DatePrecision, Modifier, Tense, Unit } from "../types.js";
import { HOLIDAYS, type HolidayRule } from "../data/holidays.js";

export interface ResolveContext {
  /** the reference day, YYYY-MM-DD, null when unknown */
  day: string | null;
  /** IANA zone of the publisher, null when unknown */
  zone: string | null;
  /** also give values the briefing does not show (PRESENT_REF, quarters, seasons, decades, parts of day) */
  timeml: boolean;
}

export interface Resolution {
  value: string;
  /** null for TIMEX3 values outside the briefing's precisions (quarters, seasons, decades, *_REF) */
  precision: DatePrecision | null;
  /** whether the value depends on the reference day */
  relative: boolean;
  rule: string;
}

// "the first two quarters of 2022" is its first half too
const HALF_OF_YEAR = /^(?:the\s+)?(?:(first|second|last|latter)\s+half|(first|last|final)\s+two\s+quarters)\s+of\b/i;

/** The rule of a clock time placed on the reference day for want of a day told with it. */
const ON_REFERENCE_DAY = "clock time on the reference day";
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const DAY_MS = 86_400_000;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// an undated article is resolved against many days in turn: each day is parsed once
const parsedDays = new Map<string, DateTime>();
function utcDay(iso: string): DateTime {
  let day = parsedDays.get(iso);
  if (!day) {
    day = DateTime.fromISO(iso, { zone: "utc" }).startOf("day");
    if (parsedDays.size > 4096) parsedDays.clear();
    parsedDays.set(iso, day);
  }
  return day;
}
function isoDay(d: DateTime): string {
  return d.toISODate() ?? "";
}
function isoWeek(d: DateTime): string {
  return `${d.weekYear}-W${pad(d.weekNumber)}`;
}
function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** A weekday resolved by tense: past is the latest on or before the day, future the first on or after. */
function weekdayFrom(ref: DateTime, weekday: number, modifier: Modifier, tense: Tense): { day: DateTime; why: string } {
  const back = (ref.weekday - weekday + 7) % 7;
  const forward = (weekday - ref.weekday + 7) % 7;
  const name = WEEKDAY_NAMES[weekday - 1];
  if (modifier === "last") return { day: ref.minus({ days: back || 7 }), why: `"last ${name}": the ${name} before the reference day` };
  if (modifier === "next") return { day: ref.plus({ days: forward || 7 }), why: `"next ${name}": the first ${name} after the reference day` };
  if (modifier === "this" || tense === "present") {
    const day = back <= forward ? ref.minus({ days: back }) : ref.plus({ days: forward });
    return { day, why: `the ${name} nearest the reference day (${modifier === "this" ? '"this"' : "present tense"})` };
  }
  if (tense === "past") return { day: ref.minus({ days: back }), why: `${name} on or before the reference day (past tense)` };
  return { day: ref.plus({ days: forward }), why: `${name} on or after the reference day (future tense)` };
}

/**
 * How near the reference day a month (in months) or a day and month (in days) printed without a
 * year must lie to be read as that one against the verb's tense: a tense read wrong (reported
 * speech, a noun phrase) is likelier than a happening eleven months off told without its year.
 */
const NEAR_WRITING = { months: 1, days: 31 };

/** The year for a month (and day) printed without one, by tense. */
function yearFor(ref: DateTime, month: number, day: number | null, tense: Tense, strict = false, firmTense = false): { year: number; why: string } {
  const options = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({ year }));
  const refDay = Date.UTC(ref.year, ref.month - 1, ref.day);
  // months from the reference month, or days from the reference day (NaN for a day the month lacks)
  const point = (o: { year: number }) =>
    day === null
      ? o.year * 12 + month - (ref.year * 12 + ref.month)
      : day >= 1 && day <= daysInMonth(o.year, month)
        ? (Date.UTC(o.year, month - 1, day) - refDay) / DAY_MS
        : NaN;
  // a month or a day within a month of the writing is that one, whatever the verb further off
  // ("told of a cutback in September", written in August): news prints the year of any other;
  // a verb right before it is firmer ("fired on June 8", written on June 30)
  const near = strict || firmTense ? undefined : options.find((o) => Math.abs(point(o)) <= (day === null ? NEAR_WRITING.months : NEAR_WRITING.days));
  if (tense === "past") {
    // "last February" written in February is the year before
    const ok = options.filter((o) => (strict ? point(o) < 0 : point(o) <= (day === null ? 0 : 1)));
    const pick = ok[ok.length - 1] ?? options[1]!;
    if (near && near.year !== pick.year) return { year: near.year, why: "within a month of the reference day, whatever the tense" };
    return { year: pick.year, why: "the latest such date not after the reference day (past tense)" };
  }
  if (tense === "future") {
    const pick = options.find((o) => (strict ? point(o) > 0 : point(o) >= (day === null ? 0 : -1))) ?? options[1]!;
    if (near && near.year !== pick.year) return { year: near.year, why: "within a month of the reference day, whatever the tense" };
    return { year: pick.year, why: "the first such date not before the reference day (future tense)" };
  }
  const pick = [...options].sort((a, b) => Math.abs(point(a)) - Math.abs(point(b)))[0]!;
  return { year: pick.year, why: "the year that puts it nearest the reference day" };
}

/** The day of a holiday in a year. */
function holidayIn(rule: HolidayRule, year: number): DateTime {
  if (rule.kind === "fixed") return DateTime.utc(year, rule.month, rule.day);
  if (rule.kind === "easter") return easterSunday(year).plus({ days: rule.offset });
  if (rule.n < 0) {
    const last = DateTime.utc(year, rule.month, 1).endOf("month").startOf("day");
    return last.minus({ days: (last.weekday - rule.weekday + 7) % 7 });
  }
  const first = DateTime.utc(year, rule.month, 1);
  return first.plus({ days: ((rule.weekday - first.weekday + 7) % 7) + 7 * (rule.n - 1) });
}

/** Easter Sunday in the Gregorian calendar (the anonymous computus of Meeus, Jones and Butcher). */
function easterSunday(year: number): DateTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.utc(year, month, day);
}

/** A holiday without a printed year, by its modifier or the tense: like a day and month without a year. */
function holidayFrom(ref: DateTime, rule: HolidayRule, modifier: Modifier, tense: Tense): { day: DateTime; why: string } {
  if (modifier === "this") return { day: holidayIn(rule, ref.year), why: '"this": in the reference year' };
  const options = [ref.year - 1, ref.year, ref.year + 1].map((year) => {
    const day = holidayIn(rule, year);
    return { day, point: day.diff(ref, "days").days };
  });
  const strict = modifier !== null;
  const direction = modifier === "last" ? "past" : modifier === "next" ? "future" : tense;
  if (direction === "past") {
    const ok = options.filter((o) => (strict ? o.point < 0 : o.point <= 1));
    return { day: (ok[ok.length - 1] ?? options[1]!).day, why: "the latest such day not after the reference day (past)" };
  }
  if (direction === "future") {
    return { day: (options.find((o) => (strict ? o.point > 0 : o.point >= -1)) ?? options[1]!).day, why: "the first such day not before the reference day (future)" };
  }
  const nearest = [...options].sort((x, y) => Math.abs(x.point) - Math.abs(y.point))[0]!;
  return { day: nearest.day, why: "the one nearest the reference day" };
}

/** The month each season begins in (winter in December, TIMEX3 giving it the year it begins in). */
const SEASON_START_MONTH = { SP: 3, SU: 6, FA: 9, WI: 12 } as const;

/** The year of the last such season begun before the reference month: "this past winter" in March 1999 is 1998-WI. */
function latestSeasonYear(ref: DateTime, season: keyof typeof SEASON_START_MONTH): number {
  return SEASON_START_MONTH[season] < ref.month ? ref.year : ref.year - 1;
}

function shifted(ref: DateTime, unit: Unit, amount: number): { value: string; precision: DatePrecision | null } {
  switch (unit) {
    case "day":
      return { value: isoDay(ref.plus({ days: amount })), precision: "day" };
    case "week":
      return { value: isoWeek(ref.plus({ weeks: amount })), precision: "week" };
    case "month":
      return { value: ref.plus({ months: amount }).toFormat("yyyy-MM"), precision: "month" };
    case "year":
      return { value: String(ref.year + amount), precision: "year" };
    case "quarter": {
      const d = ref.plus({ months: 3 * amount });
      return { value: `${d.year}-Q${quarterOf(d.month)}`, precision: null };
    }
  }
}

function withTime(c: DateCandidate, day: string, ctx: ResolveContext, why: string): Resolution | null {
  if (c.time) {
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    let local = DateTime.fromObject({ year: y, month: m, day: d, hour: c.time.hour, minute: c.time.minute }, { zone: ctx.zone ?? "utc" });
    let note: string;
    if (c.time.offset !== null) {
      const printed = FixedOffsetZone.instance(c.time.offset);
      local = DateTime.fromObject({ year: y, month: m, day: d, hour: c.time.hour, minute: c.time.minute }, { zone: printed });
      if (ctx.zone) {
        local = local.setZone(ctx.zone);
        note = `time printed in ${printed.name}, shown in the publisher's zone ${ctx.zone} (${local.toFormat("ZZ")})`;
      } else note = `time as printed (${printed.name})`;
    } else note = ctx.zone ? `time read in the publisher's zone ${ctx.zone} (${local.toFormat("ZZ")})` : "time as printed, zone unknown";
    if (!local.isValid) return null;
    return { value: local.toFormat("yyyy-MM-dd'T'HH:mm"), precision: "time", relative: false, rule: `${why}; ${note}` };
  }
  // TIMEX3 writes a part of a day as a time: "Sunday evening" is 2025-03-23TEV (the day stays its prefix)
  if (c.partOfDay) {
    const part = { MO: "morning", AF: "afternoon", EV: "evening", NI: "night" }[c.partOfDay];
    return { value: `${day}T${c.partOfDay}`, precision: "time", relative: false, rule: `${why}; the ${part} of that day` };
  }
  return { value: day, precision: "day", relative: false, rule: why };
}

/** Resolves one candidate that needs no other mention; null when it cannot be resolved. */
export function resolveCandidate(c: DateCandidate, ctx: ResolveContext): Resolution | null {
  const ref = ctx.day ? utcDay(ctx.day) : null;
  const f = c.form;
  const result = (r: Resolution | null, relative: boolean): Resolution | null => (r ? { ...r, relative } : null);
  switch (f.kind) {
    case "date": {
      if (f.year !== null) {
        if (f.day === null) return { value: `${f.year}-${pad(f.month)}`, precision: "month", relative: false, rule: "month and year as printed" };
        const d = DateTime.utc(f.year, f.month, f.day);
        if (!d.isValid) return null;
        if (f.weekOf) return { value: isoWeek(d), precision: "week", relative: false, rule: "the week of the printed day" };
        return withTime(c, isoDay(d), ctx, "date as printed");
      }
      if (!ref) return null;
      const { year, why } =
        f.yearShift !== undefined
          ? { year: ref.year + f.yearShift, why: "in the year counted from the reference year" }
          : f.modifier === "this"
          ? { year: ref.year, why: '"this": the reference year' }
          : f.modifier === "last" || f.modifier === "next"
            ? yearFor(ref, f.month, f.day, f.modifier === "last" ? "past" : "future", true)
            : yearFor(ref, f.month, f.day, c.tense, false, c.verbAttached === true);
      if (f.day === null) return { value: `${year}-${pad(f.month)}`, precision: "month", relative: true, rule: `month without a year: ${why}` };
      const d = DateTime.utc(year, f.month, f.day);
      if (!d.isValid) return null;
      if (f.weekOf) return { value: isoWeek(d), precision: "week", relative: true, rule: `the week of a day and month without a year: ${why}` };
      return result(withTime(c, isoDay(d), ctx, `day and month without a year: ${why}`), true);
    }
    case "year": {
      // TIMEX3 writes "the first half of 1990" as 1990-H1; the briefing shows the year
      const half = ctx.timeml ? c.text.match(HALF_OF_YEAR) : null;
      if (half) return { value: `${f.year}-H${/^first$/i.test(half[1] ?? half[2]!) ? 1 : 2}`, precision: null, relative: false, rule: "half of the printed year" };
      return { value: String(f.year), precision: "year", relative: false, rule: "year as printed" };
    }
    case "decade":
      return ctx.timeml ? { value: String(f.decade), precision: null, relative: false, rule: "decade" } : null;
    case "decadeOfCentury": {
      if (!ctx.timeml || !ref) return null;
      const current = Math.floor(ref.year / 10);
      let decade = Math.floor(current / 10) * 10 + f.digit;
      if (decade > current) decade -= 10;
      return { value: String(decade), precision: null, relative: true, rule: "the latest such decade begun by the reference year" };
    }
    case "century":
      return ctx.timeml ? { value: String(f.century).padStart(2, "0"), precision: null, relative: false, rule: "century" } : null;
    case "weekday": {
      if (!ref) return null;
      const { day, why } = weekdayFrom(ref, f.weekday, f.modifier, c.tense);
      return result(withTime(c, isoDay(day), ctx, why), true);
    }
    case "weekend": {
      if (!ref) return null;
      const toSaturday = (6 - ref.weekday + 7) % 7;
      const lastSaturday = ref.minus({ days: (ref.weekday - 6 + 7) % 7 });
      let saturday: DateTime;
      let why: string;
      if (f.modifier === "last" || (f.modifier === null && c.tense === "past")) {
        saturday = f.modifier === "last" && ref.weekday >= 6 ? lastSaturday.minus({ days: 7 }) : lastSaturday;
        why = "the weekend before the reference day";
      } else if (f.modifier === "next" || c.tense === "future") {
        saturday = ref.weekday >= 6 && f.modifier !== "next" ? lastSaturday : ref.plus({ days: toSaturday || 7 });
        why = "the weekend after the reference day";
      } else {
        saturday = ref.weekday >= 6 || ref.weekday <= 2 ? lastSaturday : ref.plus({ days: toSaturday });
        why = "the weekend nearest the reference day";
      }
      return { value: `${isoWeek(saturday)}-WE`, precision: "week", relative: true, rule: why };
    }
    case "shift": {
      if (!ref) return null;
      const { value, precision } = shifted(ref, f.unit, f.amount);
      if (precision === "day") return result(withTime(c, value, ctx, shiftWords(f.unit, f.amount)), true);
      if (precision === null && !ctx.timeml) return null;
      return { value, precision, relative: true, rule: shiftWords(f.unit, f.amount) };
    }
    case "quarter": {
      if (!ctx.timeml) return null;
      if (f.quarter !== null && f.year !== null) return { value: `${f.year}-Q${f.quarter}`, precision: null, relative: false, rule: "quarter as printed" };
      if (!ref) return null;
      const current = quarterOf(ref.month);
      if (f.quarter === null) {
        // "year-earlier profit" with no quarter named anywhere: the year before
        if (f.contextual && f.yearsBack > 0 && f.year === null && !/quarter|period/i.test(c.text)) {
          return { value: String(ref.year - f.yearsBack), precision: "year", relative: true, rule: "the year before the reference year" };
        }
        const { value } = shifted(ref, "quarter", f.amount - 4 * f.yearsBack);
        if (f.year !== null) return { value: `${f.year}-Q${value.slice(-1)}`, precision: null, relative: true, rule: "the last quarter before the reference day, in the printed year" };
        return { value, precision: null, relative: true, rule: "quarter relative to the reference day" };
      }
      const year = (f.year ?? (c.tense !== "future" && f.quarter > current ? ref.year - 1 : ref.year)) - f.yearsBack;
      return { value: `${year}-Q${f.quarter}`, precision: null, relative: true, rule: "quarter of the reference year" };
    }
    case "season": {
      if (!ctx.timeml) return null;
      const year = f.year ?? (ref ? (f.latest ? latestSeasonYear(ref, f.season) : ref.year + f.amount) : null);
      return year === null ? null : { value: `${year}-${f.season}`, precision: null, relative: f.year === null, rule: "season" };
    }
    case "ref":
      // "was soon released": ahead of a time told in the past, not of the writing
      if (f.value === "FUTURE_REF" && c.tense === "past") return null;
      if (ctx.timeml) return { value: f.value, precision: null, relative: true, rule: "vague reference to the time of writing" };
      // "currently", "now": what is happening as the article is written happens on its day
      if (f.value === "PRESENT_REF" && !f.adjective && ref && c.tense !== "past") {
        return { value: isoDay(ref), precision: "day", relative: true, rule: "the time of writing: the reference day" };
      }
      return null;
    case "time": {
      if (!ref) return null;
      return result(withTime(c, isoDay(ref), ctx, ON_REFERENCE_DAY), true);
    }
    case "holiday": {
      const rule = HOLIDAYS[f.name];
      if (!rule) return null;
      if (f.year !== null) return withTime(c, isoDay(holidayIn(rule, f.year)), ctx, "holiday in the printed year");
      if (!ref) return null;
      const { day, why } = holidayFrom(ref, rule, f.modifier, c.tense);
      return result(withTime(c, isoDay(day), ctx, `holiday without a year: ${why}`), true);
    }
    case "anchored":
    case "contextual":
      // both need the other mentions of the text: resolveAll works them out
      return null;
  }
}

/** Verbs that tell a quarter's results, and words that make a sentence a forecast rather than a report. */
const REPORTED_RESULTS = /\b(?:reported|posted|earned|lost|had|recorded|booked|rose|fell|declined|increased|decreased|jumped|dropped|surged|slid|climbed|narrowed|widened)\b/i;
const LOOKING_AHEAD = /\b(?:will|would|could|may|might|should|expects?|expected|forecasts?|projects?|projected|predicts?|predicted|anticipates?|anticipated|estimates?|estimated|outlook|likely|plans?)\b/i;

/**
 * Words before a quarter that make it a point of comparison for the one reported on, not a new
 * report: "after a weak second quarter", "up from the second quarter", "than in the first quarter"
 * ("over the third quarter" is a time, not a comparison).
 */
const COMPARED_QUARTER = /\b(?:after|following|from|than|versus|vs\.|compared\s+(?:with|to)|against)\s+(?:(?:in|the|a|an|its|their)\s+)*(?:[a-z]+\s+)?$/i;

/**
 * Quarterly reports name a quarter once ("third-quarter profit") and then speak of "the quarter",
 * "the year-earlier period", "a year ago": each of these means that quarter (or the same quarter a
 * year before), so they take their value from the last quarter named before them.
 */
function resolveReportedQuarters(candidates: DateCandidate[], out: (Resolution | null)[], text: string, analysis: Analysis, day: string | null): void {
  let reported: { year: number; quarter: number; sentence: number } | null = null;
  const quarterValue = (v: string | undefined) => v?.match(/^(\d{4})-Q(\d)$/);
  const ref = day ? utcDay(day) : null;
  // a report is about a quarter that is over; "the fourth quarter" ahead of the writing is a forecast
  // …unless its results are told in the past with no word looking ahead: a fiscal quarter ends
  // before the calendar one ("reported a 9% decline in fourth-quarter profit" on 5 November)
  const completed = (year: number, quarter: number, c: DateCandidate) =>
    !ref || year * 4 + quarter < ref.year * 4 + quarterOf(ref.month) || (c.tense === "past" && REPORTED_RESULTS.test(sentenceText(c)) && !LOOKING_AHEAD.test(sentenceText(c)));
  const sentenceText = (c: DateCandidate) => {
    const s = analysis.sentences[c.sentence];
    return s ? text.slice(s.start, s.end) : "";
  };
  candidates.forEach((c, i) => {
    const f = c.form;
    if (f.kind === "quarter") {
      if (f.contextual && reported) {
        const year = f.year ?? reported.year - f.yearsBack;
        out[i] = { value: `${year}-Q${reported.quarter}`, precision: null, relative: true, rule: `the quarter the report is about${f.yearsBack ? ", a year before" : ""}` };
        // "the latest quarter" keeps the report on its quarter: "a year earlier" after it compares with that quarter
        reported = { ...reported, sentence: c.sentence };
      } else if (!f.contextual && f.amount <= 0 && !(reported && COMPARED_QUARTER.test(text.slice(Math.max(0, c.start - 40), c.start)))) {
        const q = quarterValue(out[i]?.value);
        if (q && completed(Number(q[1]) + f.yearsBack, Number(q[2]), c)) reported = { year: Number(q[1]) + f.yearsBack, quarter: Number(q[2]), sentence: c.sentence };
      }
      return;
    }
    const counted = (f.kind === "shift" || f.kind === "anchored") && f.unit === "year" && f.amount === (f.kind === "shift" ? -1 : 1);
    if (!counted) return;
    const lastYear = !/\b(ago|earlier|before)\b/i.test(c.text);
    if (lastYear && !comparesLastYear(c, text, sentenceText(c), reported)) return;
    // "in the first nine months … a year earlier" compares longer periods than a quarter
    if (/\b(months|half|year to date|full year|fiscal year|for the year)\b/i.test(sentenceText(c))) return;
    let base = reported && c.sentence - reported.sentence <= 6 ? reported : null;
    if (!base) {
      // "up from $3 million a year earlier in the third quarter": the quarter is named after it
      const j = candidates.findIndex((d, k) => k > i && d.sentence === c.sentence && d.form.kind === "quarter" && quarterValue(out[k]?.value));
      const q = j >= 0 ? quarterValue(out[j]!.value) : null;
      if (q) base = { year: Number(q[1]), quarter: Number(q[2]), sentence: c.sentence };
    }
    if (base) out[i] = { value: `${base.year - 1}-Q${base.quarter}`, precision: null, relative: true, rule: "the same quarter a year before" };
  });
}

/**
 * "last year" compares a reported quarter with the same quarter a year before when it follows an
 * amount it is compared with ("compared with a loss of $2 million last year", "up from last year's
 * $40 million") within a sentence of the quarter's naming, and the sentence speaks of no year of its own.
 */
const COMPARED_LAST_YEAR = /\b(?:from|with|than|against|versus)\b[^.;]{0,50}$/i;
function comparesLastYear(c: DateCandidate, text: string, sentence: string, reported: { sentence: number } | null): boolean {
  if (!reported || c.sentence - reported.sentence > 1 || !/^last\s+year$/i.test(c.text.trim())) return false;
  if (/\bthis\s+year\b|\byear\s+ended\b/i.test(sentence)) return false;
  return COMPARED_LAST_YEAR.test(text.slice(Math.max(0, c.start - 60), c.start));
}

function shiftWords(unit: Unit, amount: number): string {
  if (amount === 0) return `this ${unit}: the reference ${unit}`;
  const n = Math.abs(amount);
  return `${n} ${unit}${n > 1 ? "s" : ""} ${amount < 0 ? "before" : "after"} the reference day`;
}

export interface ResolvedCandidate {
  candidate: DateCandidate;
  resolution: Resolution;
}

/**
 * Resolves all candidates: first those that need only the reference day, then phrases anchored to
 * another happening ("a day before the talks"), from the dated mention of that happening.
 */
export function resolveAll(candidates: DateCandidate[], analysis: Analysis, text: string, ctx: ResolveContext): (Resolution | null)[] {
  const out = candidates.map((c) => resolveCandidate(c, ctx));
  candidates.forEach((c, i) => {
    // a clock time alone belongs to the day named in its sentence ("Friday … at 10:35 a.m.")
    if (c.form.kind === "time" && out[i]) {
      const j = candidates.findIndex((d, k) => k !== i && d.sentence === c.sentence && d.form.kind !== "time" && /^\d{4}-\d{2}-\d{2}/.test(out[k]?.value ?? ""));
      if (j >= 0) out[i] = withTime(c, out[j]!.value.slice(0, 10), ctx, `clock time on the day of "${candidates[j]!.text}"`);
    }
  });
  candidates.forEach((c, i) => {
    if (c.form.kind !== "anchored") return;
    const f = c.form;
    const isDayValue = (j: number) => /^\d{4}-\d{2}-\d{2}/.test(out[j]?.value ?? "");
    let anchor = -1;
    let why = "";
    if (f.direction === "before" || f.direction === "after") {
      // the happening is named right after the phrase; its date is printed later in its clause
      // ("a day before the summit opens on October 9"); past a comma the date is the main clause's
      // ("13 days after the bombings, troops on Thursday launched")…
      anchor = candidates.findIndex(
        (d, j) => j > i && d.sentence === c.sentence && isDayValue(j) && candidates[j]!.form.kind !== "anchored" && !/[,;:]/.test(text.slice(c.end, d.start)),
      );
      if (anchor >= 0) why = `anchored to "${candidates[anchor]!.text}" in the same sentence`;
      else {
        // …or in an earlier sentence that names the same thing ("the talks … on March 24")
        const noun = nounAfter(analysis, c.end);
        if (noun) {
          for (let j = i - 1; j >= 0; j--) {
            // the phrase's own sentence names the noun too: only an earlier sentence can date it
            if (candidates[j]!.sentence >= c.sentence || !isDayValue(j) || candidates[j]!.form.kind === "anchored") continue;
            const s = analysis.sentences[candidates[j]!.sentence];
            if (s && analysis.tokens.slice(s.firstToken, s.endToken).some((t) => t.lemma === noun)) {
              anchor = j;
              why = `anchored to the ${noun} dated by "${candidates[j]!.text}"`;
              break;
            }
          }
        }
      }
    } else {
      // "two days later": counts from the last dated happening told before it, a few sentences back
      // at most: past a paragraph the happening it counts from may be one told without a date
      for (let j = i - 1; j >= 0 && candidates[j]!.sentence >= c.sentence - CONTEXT_SENTENCES.anaphor; j--) {
        if (isDayValue(j) && candidates[j]!.form.kind !== "anchored") {
          anchor = j;
          why = `counted from "${candidates[j]!.text}" told before it`;
          break;
        }
      }
    }
    if (anchor < 0) {
      // "a year earlier" with nothing dated before it: counted from the time of writing
      if (ctx.day && (f.direction === "earlier" || f.direction === "later") && f.unit !== "day") {
        const { value, precision } = shifted(utcDay(ctx.day), f.unit, (f.direction === "earlier" ? -1 : 1) * f.amount);
        if (precision !== null || ctx.timeml) out[i] = { value, precision, relative: true, rule: "counted from the reference day" };
      }
      return;
    }
    const base = utcDay(out[anchor]!.value.slice(0, 10));
    const sign = f.direction === "before" || f.direction === "earlier" ? -1 : 1;
    const { value, precision } = shifted(base, f.unit, sign * f.amount);
    if (precision === null && !ctx.timeml) return;
    out[i] = { value, precision, relative: true, rule: why };
  });
  resolveToldClockTimes(candidates, out, ctx);
  resolveToldWeekdays(candidates, out, ctx);
  resolveContextual(candidates, out, ctx);
  if (ctx.timeml) resolveReportedQuarters(candidates, out, text, analysis, ctx.day);
  return out;
}

/**
 * A clock time with no day in its sentence ("was shot at 10 p.m.") is on the day the text told
 * last, a few sentences back at most ("last Oct. 23 … at 10 p.m."), or on a day counted in its own
 * sentence ("at 6 a.m. ten days before the shooting"); the reference day only when no day is told.
 */
function resolveToldClockTimes(candidates: DateCandidate[], out: (Resolution | null)[], ctx: ResolveContext): void {
  const dayOf = (j: number) => (/^\d{4}-\d{2}-\d{2}/.test(out[j]?.value ?? "") ? out[j]!.value.slice(0, 10) : null);
  candidates.forEach((c, i) => {
    if (c.form.kind !== "time" || !out[i]?.rule.startsWith(ON_REFERENCE_DAY)) return;
    const counted = candidates.findIndex((d, k) => k !== i && d.sentence === c.sentence && d.form.kind === "anchored" && dayOf(k));
    if (counted >= 0) {
      out[i] = withTime(c, dayOf(counted)!, ctx, `clock time on the day of "${candidates[counted]!.text}"`);
      return;
    }
    for (let j = i - 1; j >= 0 && candidates[j]!.sentence >= c.sentence - CONTEXT_SENTENCES.anaphor; j--) {
      const day = candidates[j]!.form.kind === "time" ? null : dayOf(j);
      if (!day) continue;
      out[i] = withTime(c, day, ctx, `clock time on the day "${candidates[j]!.text}" told before it`);
      return;
    }
  });
}

/**
 * "the previous Friday", "the following Monday": the one before or after the day told last, a few
 * sentences back at most; without such a day, the one before or after the reference day.
 */
function resolveToldWeekdays(candidates: DateCandidate[], out: (Resolution | null)[], ctx: ResolveContext): void {
  candidates.forEach((c, i) => {
    const f = c.form;
    if (f.kind !== "weekday" || !f.anaphoric) return;
    for (let j = i - 1; j >= 0 && candidates[j]!.sentence >= c.sentence - CONTEXT_SENTENCES.anaphor; j--) {
      const value = out[j]?.value ?? "";
      if (!/^\d{4}-\d{2}-\d{2}/.test(value)) continue;
      const { day } = weekdayFrom(utcDay(value.slice(0, 10)), f.weekday, f.modifier, c.tense);
      out[i] = withTime(c, isoDay(day), ctx, `counted from "${candidates[j]!.text}" told before it`);
      return;
    }
  });
}

/** How many sentences back a "that year" looks for the year it means, and a nearby printed year that overrides "the full year". */
const CONTEXT_SENTENCES = { anaphor: 3, otherYear: 1 };

/** Whether a candidate prints its year ("in 1995", "May 22, 1995"), not one counted from the time of writing. */
function printsYear(c: DateCandidate): boolean {
  return c.form.kind === "year" || (c.form.kind === "date" && c.form.year !== null);
}

/**
 * "later that year", "the following month": counted from the last date told before them; "the
 * full year", "by year-end": the reference year, unless the sentence or the one before prints
 * another year (the year told about, which the phrase may mean as well): then unknown.
 */
function resolveContextual(candidates: DateCandidate[], out: (Resolution | null)[], ctx: ResolveContext): void {
  candidates.forEach((c, i) => {
    const f = c.form;
    if (f.kind !== "contextual") return;
    if (f.anaphoric) {
      for (let j = i - 1; j >= 0 && candidates[j]!.sentence >= c.sentence - CONTEXT_SENTENCES.anaphor; j--) {
        const value = out[j]?.value ?? "";
        const told = f.unit === "year" ? value.match(/^(\d{4})(?:$|-)/) : value.match(/^(\d{4})-(\d{2})(?:$|-)/);
        if (!told || candidates[j]!.form.kind === "contextual") continue;
        const base = DateTime.utc(Number(told[1]), f.unit === "month" ? Number(told[2]) : 1, 1);
        const { value: shiftedValue, precision } = shifted(base, f.unit, f.amount);
        out[i] = { value: shiftedValue, precision, relative: true, rule: `counted from "${candidates[j]!.text}" told before it` };
        return;
      }
      return;
    }
    if (!ctx.day) return;
    const year = utcDay(ctx.day).year;
    const otherYear = candidates.some(
      (d, j) => j !== i && printsYear(d) && Math.abs(d.sentence - c.sentence) <= CONTEXT_SENTENCES.otherYear && d.sentence <= c.sentence && out[j]?.value.slice(0, 4) !== String(year),
    );
    if (otherYear) return;
    out[i] = { value: String(year + f.amount), precision: "year", relative: true, rule: "the year of writing (no other year told nearby)" };
  });
}

function nounAfter(analysis: Analysis, offset: number): string | null {
  const tokens = analysis.tokens;
  let t = tokens.findIndex((x) => x.start >= offset);
  if (t < 0) return null;
  for (let k = 0; k < 4 && t + k < tokens.length; k++) {
    const token = tokens[t + k]!;
    if (token.pos === "NOUN") return token.lemma;
    if (token.pos === "PUNCT" || token.pos === "VERB") return null;
  }
  return null;
}
