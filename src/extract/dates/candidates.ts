// Finding temporal expressions: chrono-node proposes, then general rules decide what each proposal
// is (a weekday, a shift from the time of writing, a full date, a duration that is no date at all)
// and add what chrono does not parse (bare years, decades, quarters, seasons, "now").
// Candidates hold no resolved value: resolve.ts works that out against a reference day, so the same
// candidates can be tried against many possible publication dates when an article is undated.
import * as chrono from "chrono-node";
import type { Span } from "../../types.js";
import type { Analysis } from "../../nlp.js";
import { sentenceAt, tenseAt, tokenAt, type Tense } from "./tense.js";

export type { Unit, Modifier, PartOfDay, CandidateForm, ClockTime, DateCandidate } from "../../types.js";
import type { CandidateForm, ClockTime, DateCandidate, Modifier, PartOfDay, Unit } from "../../types.js";
import { firstStartingFrom } from "../../sorted.js";
import { HOLIDAYS } from "../../data/holidays.js";

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3, couple: 2,
};
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };
const UNIT_WORD = "(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)s?";
const UNIT_PHRASE = new RegExp(`\\b${UNIT_WORD}\\b`, "i");
const WITHIN = new RegExp(`^in\\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple|\\d+)\\s+(${UNIT_WORD})$`);
const SHIFT = new RegExp(
  `\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple|\\d+)\\s+(?:of\\s+)?(${UNIT_WORD})\\s+(ago|later|earlier|before|after|from now|hence)\\b`,
);

let parser: chrono.Chrono | null = null;
function chronoParser(): chrono.Chrono {
  if (parser) return parser;
  const casual = chrono.en.casual.clone();
  // chrono glues a date to a following time across a comma ("last year, 3 p.m."); dates and times
  // are joined here instead, only where the date is a day
  casual.refiners = casual.refiners.filter((r) => !/MergeDateTime/.test(r.constructor.name));
  parser = casual;
  return parser;
}

/** The modifier a word before a month or a holiday gives it: "last", "past" → last; "next", "coming" → next. */
function modifierOf(word: string): Modifier {
  if (!word) return null;
  return word === "last" || word === "past" ? "last" : word === "this" ? "this" : "next";
}

/**
 * The longest shift a count of units can stand for. A count past it is no count of days or years:
 * "in 1986 year" (wire shorthand for "in the 1986 year") names a year, and read as a shift it put
 * an event in 3973.
 */
const MAX_SHIFT: Record<Unit, number> = { day: 3660, week: 520, month: 240, quarter: 80, year: 200 };

/** The count of a shift, or null when there is none or it is past MAX_SHIFT. */
function shiftCount(word: string, unit: Unit): number | null {
  const count = parseNumber(word) ?? 1;
  return Math.abs(count) > MAX_SHIFT[unit] ? null : count;
}

function parseNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

/**
 * A relative phrase printed in title case inside a sentence is a name ("USA Today", ABC's "This
 * Week", "High Noon"): days are written in lower case unless they open a sentence.
 */
function isNameNotDate(phrase: string, text: string, start: number): boolean {
  const words = phrase.trim().split(/\s+/);
  const relative = /^(today|tonight|tomorrow|yesterday|now|this|last|next|noon|midnight|morning|evening|week|month|year)$/i;
  if (!words.every((w) => relative.test(w))) return false;
  if (/^(high|late)\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && /noon|midnight/i.test(phrase)) return true;
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  if (capitalised === 0) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  // after a capitalised word on the same line ("VOA Today")
  if (/[A-Z][\w&'’-]*\s+$/.test(before) && !/\b(On|By|Until|Since|From|Of|For|And|But|Or|So|Then)\s+$/.test(before)) return true;
  // every word capitalised and not opening a line: a title ("This Week With David Brinkley")
  return words.length > 1 && capitalised === words.length && !/(^|\n)\s*["“'‘]?$/.test(before);
}

/**
 * "May" alone is the modal verb or a name unless a word that takes a month comes right before it
 * ("in May", "last May", "by May,") and no name follows ("by May Fields" is a person).
 */
const MONTH_TAKING_WORD = /\b(?:in|by|since|until|till|through|from|during|before|after|last|next|this|early|late|mid-?|of)\s*$/i;
function isMonthMay(text: string, start: number, end: number): boolean {
  if (text.slice(start, end).trim() !== "May") return false;
  return MONTH_TAKING_WORD.test(text.slice(Math.max(0, start - 8), start)) && !/^\s+[A-Z]/.test(text.slice(end, end + 3));
}

/**
 * "the annual March for Life", "the March on Rome", "the ``March of the Mothers''": a month's name
 * alone after "the", with a preposition and a capitalised word after it, names a march or a
 * festival, not the month ("the March figures", "the March of 2020" stay months).
 */
function isMarchOrParade(phrase: string, text: string, start: number, end: number): boolean {
  // the parser may take the "of" after the name into the phrase ("March of")
  const of = phrase.match(/\s+of\s*$/i);
  if (of) return isMarchOrParade(phrase.slice(0, of.index), text, start, start + of.index!);
  if (!/^(january|february|march|april|june|july|august|september|october|november|december)$/i.test(phrase.trim())) return false;
  const before = text.slice(Math.max(0, start - 20), start);
  if (!/\b(?:the|annual|a)\s+(?:[`'"“‘]+\s*)?$/i.test(before)) return false;
  return /^\s+(?:for|of|on|to|against|in)\s+(?:the\s+|our\s+)?[A-Z]/.test(text.slice(end, end + 30));
}

function partOfDayOf(text: string): PartOfDay | null {
  if (/\bmorning\b/i.test(text)) return "MO";
  if (/\bafternoon\b/i.test(text)) return "AF";
  if (/\bevening\b/i.test(text)) return "EV";
  if (/\b(night|tonight|overnight)\b/i.test(text)) return "NI";
  return null;
}

/** "the week of March 9": the week holding the day, not the day. */
const WEEK_OF_BEFORE = /\bthe\s+week\s+of\s+$/i;

/**
 * Nouns of an era rather than a day (my own list of the common ones in news copy): "today's youth",
 * "the world of tomorrow" speak of the present or the future, not of the day of writing or the next.
 */
const ERA_NOUNS = "world|society|youth|young|generation|generations|children|kids|teenagers|families|culture|economy|technology|standards|era|age|workplace|leaders|politics";
const ERA_AFTER = new RegExp(`^['’]s\\s+(?:[a-z]+\\s+)?(?:${ERA_NOUNS})\\b`, "i");
const ERA_BEFORE = new RegExp(`\\b(?:${ERA_NOUNS}|people)\\s+of\\s+$`, "i");
function isEra(text: string, start: number, end: number): boolean {
  return ERA_AFTER.test(text.slice(end, end + 40)) || ERA_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** Turns one chrono result into a candidate, or null when it is no date (a duration, a count). */
function fromChrono(result: chrono.ParsedResult, text: string): Omit<DateCandidate, "sentence" | "tense"> | null {
  const phrase = result.text;
  const lower = phrase.toLowerCase();
  const start = result.index;
  const end = start + phrase.length;
  const c = result.start;
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  const after = text.slice(end, end + 12).toLowerCase();

  // durations and measures: "for a second", "30-day", "three-year-long", "within 24 hours"
  const unitPhrase = UNIT_PHRASE.test(lower) && !/\b(ago|later|earlier|before|after)\b/.test(lower);
  if (unitPhrase && /^(for|within|during|over|throughout)\s/i.test(lower)) return null;
  if (unitPhrase && /\b(seconds?|minutes?|hours?)\b/.test(lower)) return null;
  if (/\b(for|within|during|over|throughout|past|last|first|next)\s*$/.test(before) && unitPhrase && !/^(last|next|this|past)\b/.test(lower)) return null;
  if (/^[-\u2010\u2011]/.test(after) || /[-\u2010\u2011]$/.test(before)) {
    if (!c.isCertain("month") && !c.isCertain("weekday")) return null;
  }
  if (/^\d{1,2}$/.test(phrase.trim())) return null;

  // a parser reads "sun", "march" and "$3.5 a share" as dates; names of days and months are capitalised
  const name = phrase.match(/\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b/i);
  if (name && name[1]![0] === name[1]![0]!.toLowerCase() && !/^(today|tonight|now)$/i.test(lower)) return null;
  if (/^may$/i.test(phrase.trim()) && !isMonthMay(text, start, end)) return null;
  // "Sun, a maker of workstations": an abbreviated day name is a day only with its period or a date after it
  const abbreviation = phrase.trim().match(/^(?:on\s+)?(mon|tue|wed|thu|fri|sat|sun)\b(.*)$/i);
  if (abbreviation && !/^\./.test(text.slice(start + phrase.indexOf(abbreviation[1]!) + abbreviation[1]!.length)) && !/\d/.test(abbreviation[2]!)) return null;
  if (isNameNotDate(phrase, text, start)) return null;
  if (isMarchOrParade(phrase, text, start, end)) return null;
  if (/^\d{1,2}\/\d{1,2}$/.test(phrase.trim())) return null;
  const clock = /\d:\d\d|\d\s*(a\.?m\b\.?|p\.?m\b\.?)|\b(noon|midnight)\b/i.test(phrase);
  let time: ClockTime | null = null;
  if (c.isCertain("hour") && !clock && !c.isCertain("day") && !c.isCertain("weekday") && !/\b(now|today|tonight|yesterday|tomorrow|ago|later|earlier|before|after)\b/.test(lower)) return null;
  if (c.isCertain("hour") && clock) {
    time = {
      hour: c.get("hour") ?? 0,
      minute: c.get("minute") ?? 0,
      offset: c.isCertain("timezoneOffset") ? c.get("timezoneOffset") : null,
    };
  }
  const partOfDay = partOfDayOf(lower);
  const base = { start, end, text: phrase, time, partOfDay };

  if (/^(right\s+)?now$/.test(lower.trim())) return { ...base, time: null, form: { kind: "ref", value: "PRESENT_REF" } };
  const within = lower.match(WITHIN);
  if (within) {
    const unit = unitOf(within[2]!);
    // "the smallest gain in a quarter", "in a year": a span of time more often than a date
    if (unit === "quarter") return null;
    // "the second time in 18 months", "the highest level in five years": a look back over a span, not a date ahead
    if (SPAN_BEFORE.test(text.slice(Math.max(0, start - SPAN_LOOKBACK), start))) return null;
    // "in a year or two", "in a week or so": a time ahead, but no count of units
    const rough = text.slice(end).match(ROUGH_COUNT_AFTER);
    if (unit && rough) return { ...base, end: end + rough[0].length, text: text.slice(start, end + rough[0].length), form: { kind: "ref", value: "FUTURE_REF" } };
    const amount = unit ? shiftCount(within[1]!, unit) : null;
    return unit && amount !== null ? { ...base, form: { kind: "shift", unit, amount } } : null;
  }
  // shifts from the time of writing, read from the words (chrono's own arithmetic used a guessed reference)
  const shift = lower.match(SHIFT);
  if (shift) {
    const unit = unitOf(shift[2]!);
    if (!unit) return null;
    const amount = shiftCount(shift[1]!, unit);
    if (amount === null) return null;
    const direction = shift[3]!;
    // "a few years ago", "several months ago": no count of units, so only a side of the time of writing
    if (/^(several|few|couple)$/.test(shift[1]!) && (direction === "ago" || direction === "from now")) {
      return { ...base, form: { kind: "ref", value: direction === "ago" ? "PAST_REF" : "FUTURE_REF" } };
    }
    if (direction === "ago" || direction === "from now" || direction === "hence") {
      return { ...base, form: { kind: "shift", unit, amount: direction === "ago" ? -amount : amount } };
    }
    return { ...base, form: { kind: "anchored", unit, amount, direction: direction as "before" | "after" | "later" | "earlier" } };
  }
  const relative = lower.match(/\b(last|past|previous|next|this|coming|following)\s+(week|month|year|weekend)\b/);
  if (relative) {
    const modifier = relative[1]!;
    const amount = modifier === "last" || modifier === "past" || modifier === "previous" ? -1 : modifier === "this" ? 0 : 1;
    if (relative[2] === "weekend") return { ...base, form: { kind: "weekend", modifier: amount < 0 ? "last" : amount > 0 ? "next" : "this" } };
    const unit = unitOf(relative[2]!)!;
    // "Friday, this week" / "Monday next week": the weekday is the day meant
    const weekday = WEEKDAYS.findIndex((w) => lower.includes(w));
    if (weekday >= 0 && unit === "week") {
      return { ...base, form: { kind: "weekday", weekday: weekday + 1, modifier: amount < 0 ? "last" : amount > 0 ? "next" : "this" } };
    }
    return { ...base, form: { kind: "shift", unit, amount } };
  }
  if (/\blast\s+night\b/.test(lower)) return { ...base, form: { kind: "shift", unit: "day", amount: -1 } };
  if (/^(today|tomorrow)$/.test(lower.trim()) && isEra(text, start, end)) {
    return { ...base, form: { kind: "ref", value: lower.trim() === "today" ? "PRESENT_REF" : "FUTURE_REF", adjective: true } };
  }
  if (/\byesterday\b/.test(lower)) return { ...base, form: { kind: "shift", unit: "day", amount: -1 } };
  if (/\btomorrow\b/.test(lower)) return { ...base, form: { kind: "shift", unit: "day", amount: 1 } };
  if (/\b(today|tonight|this (morning|afternoon|evening))\b/.test(lower)) return { ...base, form: { kind: "shift", unit: "day", amount: 0 } };
  if (/^(the\s+)?(morning|afternoon|evening|night)$/.test(lower.trim())) return { ...base, form: { kind: "time" } };
  if (/\bweekend\b/.test(lower)) return { ...base, form: { kind: "weekend", modifier: /\bnext\b/.test(lower) ? "next" : /\blast\b/.test(lower) ? "last" : null } };

  // "by the end of the month": the month (chrono counts it from its own reference)
  const periodPart = lower.match(/\b(?:end|beginning|start|middle|rest)\s+of\s+(the|this|next|last)\s+(week|month|year)\b/);
  if (periodPart) {
    const amount = periodPart[1] === "next" ? 1 : periodPart[1] === "last" ? -1 : 0;
    return { ...base, form: { kind: "shift", unit: unitOf(periodPart[2]!)!, amount } };
  }
  const vaguely = lower.match(/^(the|that)\s+(day|week|month|year)\s+(before|after|earlier|later)$/);
  if (vaguely) return { ...base, form: { kind: "anchored", unit: unitOf(vaguely[2]!)!, amount: 1, direction: vaguely[3] as "before" | "after" | "later" | "earlier" } };
  // any other relative phrase was worked out by the parser from its own reference; we cannot reuse it
  if (result.tags().has("result/relativeDate")) return null;
  if (c.isCertain("month")) {
    const year = c.isCertain("year") ? c.get("year") : null;
    // "the end of April" is a part of the month, not its last day
    const day = c.isCertain("day") && !result.tags().has("refiner/ENEndOfPeriodRefiner") ? c.get("day") : null;
    // "last February", "this September", "next May": the word before picks the year
    const modifier = year === null ? text.slice(Math.max(0, start - 10), start).match(/\b(last|this|next|coming|past)\s+$/i) : null;
    if (modifier) {
      const word = modifier[1]!.toLowerCase();
      const form: CandidateForm = { kind: "date", year, month: c.get("month") ?? 1, day, modifier: modifierOf(word) };
      return { ...base, start: start - modifier[0].length, text: text.slice(start - modifier[0].length, end), form };
    }
    const weekOf = day !== null ? text.slice(Math.max(0, start - 16), start).match(WEEK_OF_BEFORE) : null;
    if (weekOf) return { ...base, start: start - weekOf[0].length, text: text.slice(start - weekOf[0].length, end), form: { kind: "date", year, month: c.get("month") ?? 1, day, weekOf: true } };
    return { ...base, form: { kind: "date", year, month: c.get("month") ?? 1, day } };
  }
  if (c.isCertain("weekday")) {
    const weekday = ((c.get("weekday") ?? 0) + 6) % 7 + 1;
    const modifier: Modifier = /\b(last|past|previous)\b/.test(lower) ? "last" : /\bnext\b/.test(lower) ? "next" : /\bthis\b/.test(lower) ? "this" : null;
    // "down 4% from the previous Friday", "the following Monday": counted from the day told before
    // (resolve.ts); chrono leaves the word out of the phrase
    const told = modifier === null ? text.slice(Math.max(0, start - 16), start).match(/\bthe\s+(previous|preceding|following)\s+$/i) : null;
    if (told) {
      const form: CandidateForm = { kind: "weekday", weekday, modifier: told[1]!.toLowerCase() === "following" ? "next" : "last", anaphoric: true };
      return { ...base, start: start - told[0].length, text: text.slice(start - told[0].length, end), form };
    }
    return { ...base, form: { kind: "weekday", weekday, modifier } };
  }
  if (c.isCertain("year")) return { ...base, form: { kind: "year", year: c.get("year") ?? 0 } };
  if (time) return { ...base, form: { kind: "time" } };
  return null;
}

function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, "");
  if (w === "day" || w === "night") return "day";
  if (w === "week" || w === "fortnight") return "week";
  if (w === "month") return "month";
  if (w === "year") return "year";
  if (w === "quarter") return "quarter";
  return null;
}

const SEASONS: Record<string, "SP" | "SU" | "FA" | "WI"> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };

interface PatternHit {
  start: number;
  end: number;
  form: CandidateForm;
}

const QUARTER_WORD = /quarter|period/i;
const SAME_PERIOD_A_YEAR_BEFORE = /^\s+(?:last\s+year|a\s+year\s+(?:ago|earlier|before))\b/i;
const YEAR_AGO_WORD = /year-(?:earlier|ago)/i;
const SEASON_WORD = /spring|summer|fall|autumn|winter/i;
const DECADE_WORD = /\d0s/i;

/** Expressions chrono does not parse: years, decades, quarters, seasons, vague references. */
function ownPatterns(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  const add = (m: RegExpExecArray, form: CandidateForm, group = 0) => {
    const at = m.index + (group ? m[0].indexOf(m[group]!) : 0);
    hits.push({ start: at, end: at + (group ? m[group]!.length : m[0].length), form });
  };
  let m: RegExpExecArray | null;

  // each pattern is tried only when its key word occurs at all: most texts name no quarter or season
  const namesQuarter = QUARTER_WORD.test(text);
  const namesYearAgo = YEAR_AGO_WORD.test(text);
  const namesSeason = SEASON_WORD.test(text);
  const namesDecade = DECADE_WORD.test(text);
  const quarter = new RegExp(
    "\\b(?:(the|this|that)\\s+)?(?:(this|last|next)\\s+year['’]s\\s+)?(?:(?:comparable|corresponding|same)\\s+)?" +
      "(?:(year-earlier|year-ago|year\\s+earlier|year\\s+ago)[\\s-]+)?(?:(\\d{4})\\s+)?" +
      "(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|past|previous|next|fiscal)[\\s-]+)?" +
      "(?:fiscal[\\s-]+)?(quarter|period)(s?)\\b(?!-to-)(?:\\s+of\\s+(?:fiscal\\s+)?(\\d{4}))?",
    "gi",
  );
  while (namesQuarter && (m = quarter.exec(text))) {
    const determiner = (m[1] ?? "").toLowerCase();
    const ofYear = (m[2] ?? "").toLowerCase();
    // "the corresponding period last year", "the same quarter a year earlier": the quarter reported on, a year before
    const sameAYearBefore = /\b(?:comparable|corresponding|same)\s/i.test(m[0]) ? text.slice(m.index + m[0].length).match(SAME_PERIOD_A_YEAR_BEFORE) : null;
    const yearAgo = Boolean(m[3]) || sameAYearBefore !== null;
    const word = (m[5] ?? "").toLowerCase();
    const noun = m[6]!.toLowerCase();
    const year = m[8] ? Number(m[8]) : m[4] ? Number(m[4]) : null;
    if (m[7]) continue;
    const q = ORDINALS[word] ?? (word === "final" ? 4 : null);
    // "period" is a quarter only in a report's comparison: "the year-ago period", "the 1988 period"
    if (noun === "period" && !yearAgo && !m[4] && word !== "latest") continue;
    if (!word && !determiner && !ofYear && !yearAgo && year === null) continue;
    if (q === null && !yearAgo && year === null && !ofYear && word === "fiscal") continue;
    const yearsBack = yearAgo || ofYear === "last" ? 1 : ofYear === "next" ? -1 : 0;
    // "the quarter", "the latest quarter", "that quarter", "the 1988 period": the quarter the report is about
    const contextual = q === null && !["current", "next", "past", "previous", "last"].includes(word) && !(determiner === "this" && !word);
    const amount = word === "next" ? 1 : word === "current" || (determiner === "this" && !word) ? 0 : -1;
    const form: CandidateForm = { kind: "quarter", quarter: q, year, amount, yearsBack, contextual };
    if (sameAYearBefore) hits.push({ start: m.index, end: m.index + m[0].length + sameAYearBefore[0].length, form });
    else add(m, form);
  }
  // "compared with year-earlier profit": the same period a year before
  const yearAgoAdjective = /\b(year-earlier|year-ago)\b(?![\s-]+(?:(?:comparable|corresponding|same|first|second|third|fourth|fiscal)[\s-]+)*(?:quarter|period))/gi;
  while (namesYearAgo && (m = yearAgoAdjective.exec(text))) add(m, { kind: "quarter", quarter: null, year: null, amount: -1, yearsBack: 1, contextual: true });
  const season = /\b(?:(this\s+past|this|last|next|the|early|late)\s+)?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(\d{4}))?/gi;
  while (namesSeason && (m = season.exec(text))) {
    const modifier = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    if (modifier === "this past" && !m[3]) {
      add(m, { kind: "season", season: SEASONS[(m[2] ?? "").toLowerCase()]!, year: null, amount: 0, latest: true });
      continue;
    }
    if (!modifier && !m[3]) continue;
    if ((m[2] ?? "").toLowerCase() === "fall" && !m[3] && !["this", "last", "next", "the"].includes(modifier)) continue;
    const amount = modifier === "last" ? -1 : modifier === "next" ? 1 : 0;
    add(m, { kind: "season", season: SEASONS[(m[2] ?? "").toLowerCase()]!, year: m[3] ? Number(m[3]) : null, amount });
  }
  const decade = /\b(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(1[6-9]\d|20\d)0s\b/gi;
  while (namesDecade && (m = decade.exec(text))) add(m, { kind: "decade", decade: Number(m[1]) });
  for (const hit of decadesWithoutCentury(text)) hits.push(hit);
  const century = /\b(?:the\s+)?(1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+century\b/gi;
  while (/century/i.test(text) && (m = century.exec(text))) add(m, { kind: "century", century: Number(m[1]) - 1 });
  // "mid-1996", "post-1959" are years; "1994-1997" and "F-1990" join the number to something else
  const year = /(?<![\d,.$£€\/:])(?<!(?<!\b(?:mid|pre|post))-)\b(1[6-9]\d\d|20\d\d)\b(?![\d,]\d|%|\s*(?:percent|per cent)|\.\d|\/|:\d)/g;
  while ((m = year.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + 4, m.index + 30);
    const value = Number(m[1]);
    // counts of things ("1998 people") are not years; years after 1899 read as years unless counted
    if (/^\s+(people|persons|troops|soldiers|men|women|children|units|shares|cars|homes|jobs|cases|deaths|votes|members|employees|workers|drones|missiles|times|miles|km|kilometers|tons|tonnes|feet|metres|meters)\b/i.test(after)) continue;
    if (value < 1900 && !/\b(in|since|of|by|until|from|to|before|after|during|year|around|circa|early|late|mid)\s*$/i.test(before)) continue;
    if (/\b(no\.|number|nos?\.?|page|pp?\.|flight|route|resolution|article|section|room|model)\s*$/i.test(before)) continue;
    // one side of a size ("1920 x 1200 pixels", "1600×900", "1280-by-720") is a measure, not a year
    if (DIMENSION_AFTER.test(after) || DIMENSION_BEFORE.test(before)) continue;
    add(m, { kind: "year", year: value });
  }
  for (const hit of yearPhrases(text)) hits.push(hit);
  for (const hit of holidays(text)) hits.push(hit);
  // chrono leaves "last May" and "since May" unread: "May" alone is mostly the verb
  const may = /\b(?:(last|this|next|past|coming)\s+)?May\b(?!\s+\d)/g;
  while (/May/.test(text) && (m = may.exec(text))) {
    const at = m.index + m[0].length - 3;
    if (!isMonthMay(text, at, at + 3)) continue;
    const word = (m[1] ?? "").toLowerCase();
    const modifier = modifierOf(word);
    add(m, { kind: "date", year: null, month: 5, day: null, ...(modifier ? { modifier } : {}) });
  }
  const vague = /\b(now|currently|at present|presently|nowadays|these days|recently|lately|in recent (?:years|months|weeks|days)|recent (?:years|months|weeks|days)|(?:in\s+)?the (?:last|past) (?:few|several|couple of) (?:days|weeks|months|years|decades)|in the past|the past|in the (?:near\s+)?future|the (?:near\s+)?future|the present|(?:in\s+)?(?:the\s+)?coming (?:days|weeks|months|quarters|years)|the (?:near|short) term|soon(?!\s+(?:as|after|afterwards?|thereafter|enough)\b))\b/gi;
  while ((m = vague.exec(text))) {
    const w = m[1]!.toLowerCase();
    const value = /recent|lately|past|last/.test(w) ? "PAST_REF" : /future|soon|coming|term/.test(w) ? "FUTURE_REF" : "PRESENT_REF";
    add(m, { kind: "ref", value });
  }
  while (/current/i.test(text) && (m = CURRENT_ADJECTIVE.exec(text))) add(m, { kind: "ref", value: "PRESENT_REF", adjective: true });
  return hits;
}

const HOLIDAY_NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/\./g, "\\.").replace(/'/g, "['’]?").replace(/ /g, "\\s+"));
const HOLIDAY = new RegExp(`\\b(?:(last|this|next|past|coming)\\s+)?(${HOLIDAY_NAMES.join("|")})(?![\\w'’])(?:,?\\s+(\\d{4})\\b)?`, "gi");
const HOLIDAY_WORD = /christmas|new\s+year|eve\b|boxing|valentine|patrick|halloween|veterans|king|presidents|memorial|labor|columbus|thanksgiving|easter|ash\s|palm|good\s+friday|pentecost/i;
/** Words after a holiday's name that make it a span or a thing, not the day ("Easter week", "Christmas shopping"). */
const HOLIDAY_NOT_DAY_AFTER = /^\s+(?:week|weekend|season|holidays?|break|period|vacation|recess|shopping|rush|time|sales|trading|spirit|[A-Z])/;
/**
 * Words before it that make it every such day ("every Christmas") or a part of a longer name
 * ("Merry Christmas", "Operation Thanksgiving"): a capitalised word other than one opening a
 * sentence with a preposition.
 */
const HOLIDAY_NOT_DAY_BEFORE = /(?:\b(?:every|each|a|an|annual)\s+|\b(?!(?:On|By|Since|Until|Before|After|In|At|Over|During|Through|From|For|Till|And|But)\s)[A-Z][\w'’.-]*\s+)$/;
const bareHolidayName = (name: string) => name.toLowerCase().replace(/['’]/g, "").replace(/\s+/g, " ");
const HOLIDAY_BY_BARE_NAME = new Map(Object.keys(HOLIDAYS).map((name) => [bareHolidayName(name), name] as const));

/** Holidays by name: "Thanksgiving Day", "last Christmas", "Easter 2019". Names are capitalised. */
function holidays(text: string): PatternHit[] {
  if (!HOLIDAY_WORD.test(text)) return [];
  const hits: PatternHit[] = [];
  let m: RegExpExecArray | null;
  while ((m = HOLIDAY.exec(text))) {
    const nameAt = m.index + m[0].indexOf(m[2]!);
    const key = HOLIDAY_BY_BARE_NAME.get(bareHolidayName(m[2]!));
    // names are capitalised: "a good friday for the team" is no holiday
    if (!key || m[2]!.split(/\s+/).some((w) => /^[a-z]/.test(w))) continue;
    if (!m[3] && HOLIDAY_NOT_DAY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    if (!m[1] && HOLIDAY_NOT_DAY_BEFORE.test(text.slice(Math.max(0, nameAt - 24), nameAt))) continue;
    const word = (m[1] ?? "").toLowerCase();
    const modifier = modifierOf(word);
    hits.push({ start: m.index, end: m.index + m[0].length, form: { kind: "holiday", name: key, year: m[3] ? Number(m[3]) : null, modifier } });
  }
  return hits;
}

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const DECADE_WITHOUT_CENTURY = /\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?:(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|['’](\d)0s)\b/gi;

/**
 * "the eighties", "the '90s": a decade whose century the text leaves out, read as the latest such
 * decade begun by the reference year (resolve.ts); the words in lower case only: a name ("The
 * Twenties", a club or a song) is capitalised.
 */
function decadesWithoutCentury(text: string): PatternHit[] {
  if (!/ties\b|['’]\d0s/i.test(text)) return [];
  const hits: PatternHit[] = [];
  let m: RegExpExecArray | null;
  while ((m = DECADE_WITHOUT_CENTURY.exec(text))) {
    if (m[1] && m[1] !== m[1].toLowerCase()) continue;
    const digit = m[1] ? DECADE_WORDS[m[1]]! : Number(m[2]);
    hits.push({ start: m.index, end: m.index + m[0].length, form: { kind: "decadeOfCentury", digit } });
  }
  return hits;
}

/** Words after "the year" that make it a span or another year: "the year ended June 30", "the year before", "the year-ago quarter". */
const NOT_THIS_YEAR_AFTER = /^(?:\s*[-\u2010\u2011]|\s+(?:ended|ending|to|before|after|earlier|later|ago|in\s+which|when|that|since|\d|one|two|nineteen|eighteen))/i;
/**
 * "current" before a noun is the time of writing ("current market conditions", "his current wife"),
 * except in the compounds of accounting and physics where it means running or liquid ("current
 * account", "current assets", "electric current"); "the then current price" is a time before.
 */
const CURRENT_ADJECTIVE =
  /(?<!\bthen[\s-]+|\belectric(?:al)?\s+)\bcurrent(?=\s+(?!(?:account|accounts|assets|liabilities|ratio|ratios|flows?|density|densities|carrying|source|sources|transformer|meter|year|fiscal|calendar|quarter|period|month|week)\b)[a-z])/gi;

/** Words after "the current year" that make it a span or a comparison ("the current year-ago figures"). */
const SPAN_AFTER_YEAR = /^(?:\s*[-\u2010\u2011]|\s+(?:ended|ending|to\s+date|ago|earlier))/i;
const ANAPHORIC_PERIOD = /\b(that|the\s+same|the\s+following|the\s+previous|the\s+preceding)\s+(year|month)\b/gi;
const CURRENT_YEAR = /\b(?:the\s+)?current\s+(?:fiscal\s+|calendar\s+)?year\b/gi;
const YEAR_END = /\b(?:by|before|until|till|around|at|near|toward|towards)\s+((?:the\s+)?(?:year[-\s]end|year['’]s\s+end|end\s+of\s+the\s+year))\b/gi;
// a capital opens a sentence ("For the year, volume was flat"); "Player of the Year" is a title
const YEAR_OF_REPORT = /\b(?:[Tt]he\s+(?:full\s+|fiscal\s+|full\s+fiscal\s+)year|(?:[Ff]or|[Oo]f|[Ii]n)\s+the\s+year)\b/g;

/**
 * Years named by their context: "the current year" and "by year-end" are the year of writing,
 * "sales for the full year" the year reported on, "later that year" a year told before it.
 */
function yearPhrases(text: string): PatternHit[] {
  if (!/year|month/i.test(text)) return [];
  const hits: PatternHit[] = [];
  const after = (m: RegExpExecArray) => text.slice(m.index + m[0].length, m.index + m[0].length + 14);
  let m: RegExpExecArray | null;
  while ((m = ANAPHORIC_PERIOD.exec(text))) {
    if (NOT_THIS_YEAR_AFTER.test(after(m)) || /^['’]s\s+(?:old|long)/.test(after(m))) continue;
    const word = m[1]!.toLowerCase().replace(/\s+/g, " ");
    const amount = word === "the following" ? 1 : word === "the previous" || word === "the preceding" ? -1 : 0;
    hits.push({ start: m.index, end: m.index + m[0].length, form: { kind: "contextual", unit: m[2]!.toLowerCase() as "year" | "month", amount, anaphoric: true } });
  }
  while ((m = CURRENT_YEAR.exec(text))) {
    if (SPAN_AFTER_YEAR.test(after(m))) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, form: { kind: "shift", unit: "year", amount: 0 } });
  }
  while ((m = YEAR_END.exec(text))) {
    const at = m.index + m[0].length - m[1]!.length;
    hits.push({ start: at, end: m.index + m[0].length, form: { kind: "contextual", unit: "year", amount: 0, anaphoric: false } });
  }
  while ((m = YEAR_OF_REPORT.exec(text))) {
    if (NOT_THIS_YEAR_AFTER.test(after(m))) continue;
    const at = m.index + m[0].search(/the\s/i);
    hits.push({ start: at, end: m.index + m[0].length, form: { kind: "contextual", unit: "year", amount: 0, anaphoric: false } });
  }
  return hits;
}

/** Words after a count of units that make it a rough one: "a year or two", "a week or so". */
const ROUGH_COUNT_AFTER = /^\s+or\s+(?:two|three|four|so|more|less|longer)\b/i;

/**
 * What makes "in N months" a span looked back over rather than a date ahead: a count of times or a
 * superlative shortly before it, in the same clause.
 */
const SPAN_BEFORE =
  /\b(?:times?|first|once|twice|only|highest|lowest|biggest|largest|smallest|worst|best|most|least|fewest|longest|shortest|strongest|weakest|sharpest|steepest|fastest|slowest|deadliest|heaviest|record)\b[^.;!?]{0,40}$/i;
const SPAN_LOOKBACK = 60;

/** A number followed or preceded by a times sign and another number: a screen, paper or room size. */
const DIMENSION_AFTER = /^\s*(?:x|×|-by-)\s*\d/i;
const DIMENSION_BEFORE = /\d\s*(?:x|×|-by-)\s*$/i;

/** Words before a date phrase that belong to it ("earlier this month", "late last year", "mid-"). */
const LEFT_MODIFIER = /\b(earlier|later|early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|the (?:last|latter) half of|the (?:first|last|final) two quarters of|fiscal)[\s-]*$/i;

const WEEKEND_LEFT = /\b((over|during|at|on)\s+)?(the|this|last|next|that)\s+$/i;

const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

interface Respelling {
  /** the text with each spelled-out year replaced by its digits, padded with spaces to the same length */
  text: string;
  regions: Span[];
}

/**
 * Years spoken as words in transcripts ("nineteen ninety-six", "the year two thousand") are
 * rewritten as digits in place, keeping every offset, so the parser and the patterns read them.
 */
const SPOKEN_YEAR_WORD = /eighteen|nineteen|thousand/i;

function respellYears(text: string): Respelling {
  const regions: Span[] = [];
  if (!SPOKEN_YEAR_WORD.test(text)) return { text, regions };
  const unit = Object.keys(UNITS).join("|");
  const teen = Object.keys(TEENS).join("|");
  const ten = Object.keys(TENS).join("|");
  const pattern = new RegExp(
    `\\b(eighteen|nineteen)[\\s-]+(?:(hundred)|(?:oh|o)[\\s-]+(${unit})|(${teen})|(${ten})(?:[\\s-]+(${unit}))?)\\b` +
      // "two thousand" is a count unless it is a year by its words ("the year two thousand", "in two thousand one")
      `|\\b(the\\s+year\\s+|in\\s+)two\\s+thousand(?:\\s+(?:and\\s+)?(${teen}|${unit}))?\\b(?!\\s+(?!has\\b|was\\b|is\\b|as\\b)[a-z]+s\\b)`,
    "gi",
  );
  let out = text;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    const lower = m.slice(1).map((g) => g?.toLowerCase());
    let year: number;
    let start = m.index;
    if (lower[0]) {
      const century = lower[0] === "eighteen" ? 1800 : 1900;
      year = century + (lower[1] ? 0 : lower[2] ? UNITS[lower[2]]! : lower[3] ? TEENS[lower[3]]! : TENS[lower[4]!]! + (lower[5] ? UNITS[lower[5]]! : 0));
    } else {
      start += m[7]!.length;
      year = 2000 + (lower[7] ? (UNITS[lower[7]] ?? TEENS[lower[7]]!) : 0);
    }
    const end = m.index + m[0].length;
    const digits = String(year);
    out = out.slice(0, start) + digits + " ".repeat(end - start - digits.length) + out.slice(end);
    regions.push({ start, end });
  }
  return { text: out, regions };
}

/** Words for a time of day the parser does not know, and the word it knows for the same time. */
const TIME_WORD_SYNONYMS: Record<string, string> = { midday: "noon" };
// after a preposition of time only: "the midday sun", "midday prayers" name no time of one day
const TIME_WORD = new RegExp(`(?<=\\b(?:at|by|around|about|until|till|before|after|since|from|near|to)\\s+)(${Object.keys(TIME_WORD_SYNONYMS).join("|")})\\b`, "gi");

/** "at 4 in the morning", "by 9 in the evening": an hour and a part of the day, as the parser's "4 a.m." */
const HOUR_OF_PART = /(?<=\b(?:at|by|around|about|until|till|before|after|since|from|to)\s+)(1[0-2]|[1-9])\s+(?:o['’]clock\s+)?in\s+the\s+(morning|afternoon|evening)\b/gi;

/** "at midday" is "at noon": rewritten in place, padded to keep every offset, like a spoken year. */
function respellTimeWords(text: string, regions: Span[]): Respelling {
  let out = text;
  const all = [...regions];
  const respell = (at: number, length: number, word: string) => {
    out = out.slice(0, at) + word.padEnd(length) + out.slice(at + length);
    all.push({ start: at, end: at + length });
  };
  let m: RegExpExecArray | null;
  while ((m = TIME_WORD.exec(text))) respell(m.index, m[0].length, TIME_WORD_SYNONYMS[m[1]!.toLowerCase()]!);
  while (/in the (?:morning|afternoon|evening)/i.test(text) && (m = HOUR_OF_PART.exec(text))) {
    respell(m.index, m[0].length, `${m[1]} ${m[2]!.toLowerCase() === "morning" ? "a.m." : "p.m."}`);
  }
  return { text: out, regions: all };
}

// Candidates depend only on the text and its analysis, and relate (dating an undated article,
// re-dating it) asks again for what extract already found: one pass per analysis is kept.
const found = new WeakMap<Analysis, { text: string; candidates: readonly DateCandidate[] }>();

/** Every temporal expression in the text, unresolved, with the tense of its clause. */
export function findDateCandidates(printed: string, analysis: Analysis): DateCandidate[] {
  const known = found.get(analysis);
  if (known && known.text === printed) return [...known.candidates];
  const candidates = scanCandidates(printed, analysis);
  found.set(analysis, { text: printed, candidates });
  return [...candidates];
}

/** "the day before last Tuesday's vote", "a day after Sept. 12": a count of units before or after a day told in the same phrase. */
const COUNTED_FROM_DAY = new RegExp(`^((?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+${UNIT_WORD}\\s+(?:before|after))\\s+(\\S.*)$`, "i");

/** The word joining the two ends of a range ("Aug. 26 to Oct. 20", "this year through May 3"). */
const RANGE_WORD = /\s+(?:to|through|thru|until|till)\s+/i;

/**
 * chrono's results, a range split into its two ends: each end is a date of its own ("bought from
 * Aug. 26 to Oct. 20" names two days), and a range read as one phrase kept only its start. Ranges
 * joined by a dash ("Jan. 5-7") share their month and stay one phrase.
 */
function chronoResults(text: string, reference: chrono.ParsingReference): chrono.ParsedResult[] {
  const parse = (part: string) => chronoParser().parse(part, reference, { forwardDate: false });
  return parse(text).flatMap((result) => {
    const joint = result.end ? result.text.match(RANGE_WORD) : null;
    // "a day after Sept. 12" is read as one shift from the parser's own reference: the day it counts from is lost
    const anchor = !joint && result.tags().has("result/relativeDate") ? result.text.match(COUNTED_FROM_DAY) : null;
    if (anchor) return splitAt(result, anchor[1]!.length, result.text.length - anchor[1]!.length - anchor[2]!.length);
    if (!joint || joint.index === undefined) return [result];
    return splitAt(result, joint.index, joint[0].length);
  });
  /** The result's text parsed as two parts, either side of a joint of the given length at the given offset. */
  function splitAt(result: chrono.ParsedResult, at: number, length: number): chrono.ParsedResult[] {
    const ends = [
      { at: result.index, part: result.text.slice(0, at) },
      { at: result.index + at + length, part: result.text.slice(at + length) },
    ];
    // each end parsed alone, its results moved to where the end lies in the text
    return ends.flatMap(({ at, part }) => parse(part).map((r) => Object.assign(Object.create(Object.getPrototypeOf(r) as object) as chrono.ParsedResult, r, { index: r.index + at })));
  }
}

/**
 * "in Quito on May 12 and 13": the day after "and" is a second day of the same month, when it is
 * later than the first and ends the phrase ("on March 3 and 40 people" counts people).
 */
const SECOND_DAY_AFTER = /^\s+(?:and|&)\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|to|from|when|while|after|before|during)\b)/;
function secondDayOf(c: Omit<DateCandidate, "sentence" | "tense">, text: string): Omit<DateCandidate, "sentence" | "tense"> | null {
  const f = c.form;
  if (f.kind !== "date" || f.day === null || c.time) return null;
  const m = text.slice(c.end, c.end + 16).match(SECOND_DAY_AFTER);
  if (!m || Number(m[1]) <= f.day) return null;
  const start = c.end + m[0].length - m[0].slice(m[0].search(/\d/)).length;
  const end = c.end + m[0].length;
  return { start, end, text: text.slice(start, end), form: { ...f, day: Number(m[1]) }, time: null, partOfDay: null };
}

function scanCandidates(printed: string, analysis: Analysis): DateCandidate[] {
  const years = respellYears(printed);
  const { text, regions } = respellTimeWords(years.text, years.regions);
  const reference = { instant: new Date(Date.UTC(2000, 0, 5, 12)), timezone: 0 };
  const raw: Omit<DateCandidate, "sentence" | "tense">[] = [];
  for (const result of chronoResults(text, reference)) {
    const candidate = fromChrono(result, text);
    if (candidate) raw.push(candidate);
  }
  // kept in order of start, so the spans a hit overlaps are found by binary search, not by a scan of
  // every span (10,000 date phrases made that quadratic)
  raw.sort((a, b) => a.start - b.start);
  let longest = raw.reduce((n, r) => Math.max(n, r.end - r.start), 0);
  const firstFrom = (at: number) => firstStartingFrom(raw, at);
  const overlaps = (start: number, end: number) => {
    const out: number[] = [];
    for (let j = firstFrom(end) - 1; j >= 0 && raw[j]!.start > start - longest - 1; j--) if (raw[j]!.end > start) out.unshift(j);
    return out;
  };
  for (const hit of ownPatterns(text)) {
    const overlapping = overlaps(hit.start, hit.end);
    // "this year's third quarter" is one quarter, not the year chrono found inside it; "Good Friday
    // 2019" one holiday, not a weekday and a year
    if ((hit.form.kind === "quarter" || hit.form.kind === "holiday") && overlapping.length > 0 && overlapping.every((j) => raw[j]!.start >= hit.start && raw[j]!.end <= hit.end && raw[j]!.form.kind !== "date")) {
      for (const j of overlapping.reverse()) raw.splice(j, 1);
    }
    if (overlaps(hit.start, hit.end).length > 0) {
      // "the 2022 grain deal" is missed by chrono; a year already inside a chrono date is not a new one
      continue;
    }
    // after every span starting where it starts: the order a stable sort of pushed spans gave
    raw.splice(firstFrom(hit.start + 1), 0, { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), form: hit.form, time: null, partOfDay: null });
    longest = Math.max(longest, hit.end - hit.start);
  }

  // a second day takes the tense of the first: both are read in the same year
  const secondDays = new Set<number>();
  for (let j = raw.length - 1; j >= 0; j--) {
    const second = secondDayOf(raw[j]!, text);
    if (second && !raw.some((r) => r.start < second.end && second.start < r.end)) {
      raw.splice(j + 1, 0, second);
      secondDays.add(second.start);
    }
  }
  // a day followed or preceded by a clock time is one expression ("Sunday at 5 p.m.", "10 a.m. Friday")
  const joined: typeof raw = [];
  for (const item of raw) {
    const previous = joined[joined.length - 1];
    if (previous) {
      const gap = text.slice(previous.end, item.start);
      const dayThenTime = isDay(previous.form) && item.form.kind === "time";
      const timeThenDay = previous.form.kind === "time" && isDay(item.form);
      if ((dayThenTime || timeThenDay) && /^(\s*,?\s*|\s+(at|on|around|about)\s+)$/i.test(gap) && !gap.includes("\n")) {
        const dayPart = dayThenTime ? previous : item;
        const timePart = dayThenTime ? item : previous;
        joined[joined.length - 1] = {
          start: previous.start,
          end: item.end,
          text: text.slice(previous.start, item.end),
          form: dayPart.form,
          time: timePart.time ?? dayPart.time,
          partOfDay: timePart.partOfDay ?? dayPart.partOfDay,
        };
        continue;
      }
      // "March of last year", "July last year", "Jan. 5 next year": the month in the year counted
      const f = previous.form;
      if (f.kind === "date" && f.year === null && !f.modifier && item.form.kind === "shift" && item.form.unit === "year" && /^\s*(?:of\s+)?$/i.test(gap) && /^(last|next|this)\s+year$/i.test(item.text.trim()) && !/[,;:]\s*$/.test(previous.text) && !/^['’]s\b/.test(text.slice(item.end, item.end + 3))) {
        const start = previous.start;
        joined[joined.length - 1] = { ...previous, end: item.end, text: text.slice(start, item.end), form: { ...f, yearShift: item.form.amount } };
        continue;
      }
    }
    joined.push({ ...item });
  }
  // a lone time-of-day word ("in the morning") says nothing about the day
  const kept = joined.filter((c) => !(c.form.kind === "time" && c.time === null));

  const out: DateCandidate[] = [];
  for (const c of kept) {
    const left = text.slice(Math.max(0, c.start - 32), c.start).match(c.form.kind === "weekend" ? WEEKEND_LEFT : LEFT_MODIFIER);
    let start = left ? c.start - left[0].length : c.start;
    let partOfDay = c.partOfDay;
    // "at mid-afternoon yesterday", "late evening Sunday"
    const part = isDay(c.form) && !partOfDay && !c.time ? text.slice(Math.max(0, start - 24), start).match(/\b(?:(?:early|late|mid)[\s-]*)?(morning|afternoon|evening|night)\s+$/i) : null;
    if (part) {
      start -= part[0].length;
      partOfDay = partOfDayOf(part[1]!);
    }
    let end = c.end;
    while (end > start + 1 && /[\s,.;:]/.test(text[end - 1] ?? "") && !/\b(a\.m|p\.m|[A-Z][a-z]{2})\.$/.test(text.slice(start, end))) end--;
    const spelled = regions.find((r) => r.start < end && end <= r.end);
    if (spelled) end = spelled.end;
    const sentence = Math.max(0, sentenceAt(analysis, c.start));
    const first = secondDays.has(c.start) ? out[out.length - 1] : undefined;
    out.push({
      ...c,
      start,
      end,
      text: printed.slice(start, end),
      partOfDay,
      sentence,
      tense: first?.tense ?? contextTense(c, text, analysis, tenseAt(analysis, { start: c.start, end: Math.min(c.end, end) })),
      verbAttached: first?.verbAttached ?? (followsVerb(analysis, start) && !namedAs(analysis, text, start, end)),
    });
  }
  return out;
}

/** "since" shortly before a date, in the same clause: "since May", "since soon after the Nov. 14 vote". */
const SINCE_BEFORE = /\bsince\s+(?:[a-z]+\s+){0,3}$/i;

/**
 * Words right around a weekday or a date without a year can point its way better than the verb:
 * "ahead of Sunday's vote" and "postponed until Tuesday" look ahead, "until Nov. 20" and "the
 * Jan. 14 deadline" are the nearest such day whatever the verb's tense, "Thursday's closing price"
 * is a day gone by.
 */
function contextTense(c: { start: number; end: number; form: CandidateForm }, text: string, analysis: Analysis, tense: Tense): Tense {
  const f = c.form;
  const relative = f.kind === "weekday" || f.kind === "weekend" || (f.kind === "date" && f.year === null && !f.modifier);
  if (!relative || ("modifier" in f && f.modifier)) return tense;
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  if (/\b(ahead of|in time for|in advance of|in the run-up to)\s+(the\s+)?$/i.test(before)) return "future";
  // "searched since soon after the Nov. 14 crash": what a clause counts from lies before it
  if (SINCE_BEFORE.test(before)) return "past";
  if (/\b(extend(?:ed|s)?|postpone[ds]?|delay(?:ed|s)?|defer(?:red|s)?|adjourn(?:ed|s)?|reschedule[ds]?|pushed back|put off)\b[^.;!?]{0,40}\b(until|till|to)\s+$/i.test(before)) return "future";
  if (tense === "past" && /\b(until|till|through|thru|effective|as of|payable|of record)\s+$/i.test(before)) return "present";
  // "Friday's ruling" is mostly a day gone by; under a verb ahead ("will appeal Friday's ruling",
  // "will vote in Sunday's election") it may lie either side: the nearest such day
  if (/^['’]s\b/.test(text.slice(c.end, c.end + 3))) return tense === "future" ? "present" : "past";
  if (f.kind === "date" && f.day !== null && /\b(the|a|an|its|their|our|his|her|that)\s+$/i.test(before)) {
    const next = analysis.tokens[tokenAt(analysis, c.end)];
    if (next && next.start >= c.end && /^(NOUN|PROPN|ADJ)$/.test(next.pos)) return "present";
  }
  return tense;
}

/**
 * "has set Oct. 18 as the deadline", "named June 1 as the date": the day is what the verb names,
 * not when it happens ("was elected Oct. 18 as its leader" is the election's day).
 */
const NAMED_AS_AFTER = /^\s+as\s+(?:the|a|an|its|their)\b/i;
const NAMING_LEMMAS = new Set(["set", "name", "choose", "pick", "fix", "designate", "declare", "target", "mark"]);
function namedAs(analysis: Analysis, text: string, start: number, end: number): boolean {
  const verb = analysis.tokens[tokenAt(analysis, start) - 1];
  return Boolean(verb && NAMING_LEMMAS.has(verb.lemma.toLowerCase()) && NAMED_AS_AFTER.test(text.slice(end, end + 12)));
}

/** Whether the word before a phrase, or before its preposition, is a verb ("fired on June 8", "ended Oct. 31"). */
function followsVerb(analysis: Analysis, start: number): boolean {
  let t = tokenAt(analysis, start) - 1;
  if (analysis.tokens[t]?.pos === "ADP") t--;
  const before = analysis.tokens[t];
  return Boolean(before && before.end <= start && (before.pos === "VERB" || before.pos === "AUX"));
}

function isDay(form: CandidateForm): boolean {
  return (
    (form.kind === "date" && form.day !== null) ||
    form.kind === "weekday" ||
    (form.kind === "shift" && form.unit === "day")
  );
}
