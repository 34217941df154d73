// Publication dates for articles that print none. An article's own references bound its date
// (what it tells in the past tense happened before it was written, what it announces comes after),
// and related coverage that is dated pins its weekdays down: an undated report that speaks of
// "Sunday" and "Monday" like the dated reports of the same story was written around the same days.
// Each candidate day is tried by resolving the article's date phrases against it; the day that
// agrees best with the dated coverage (and contradicts none of its own tenses) wins.
import { DateTime } from "luxon";
import type { Analysis } from "../types.js";
import type { DateCandidate } from "../types.js";
import { mentionsFromCandidates } from "../dates/mentions.js";
import { resolveAll } from "../dates/resolve.js";
import { addToList } from "../collections.js";

export interface DatingInput {
  id: string;
  date: string | null;
  text: string;
  analysis: Analysis;
  /** the article's date expressions as extract found them */
  dateCandidates: DateCandidate[];
  storyId: string;
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

interface Attestation {
  article: string;
  date: string;
  words: Set<string>;
}

const addDays = (iso: string, days: number) => DateTime.fromISO(iso, { zone: "utc" }).plus({ days }).toISODate() ?? iso;
const readable = (iso: string) => DateTime.fromISO(iso, { zone: "utc" }).toFormat("d LLLL");
const isDay = (value: string | undefined) => value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(value);

/**
 * A day counted from the time of writing. "The previous Friday" is counted from another day the
 * article tells, so it says nothing of when the article was written.
 */
function isRelativeDay(c: DateCandidate): boolean {
  if (c.form.kind === "weekday") return !c.form.anaphoric;
  return c.form.kind === "weekend" || (c.form.kind === "date" && c.form.year === null);
}

interface Trial {
  day: string;
  score: number;
  matched: { phrase: string; tense: string; value: string; by: string }[];
}

function tryDay(day: string, input: DatingInput, candidates: DateCandidate[], attested: Map<string, Attestation[]>): Trial {
  const resolutions = resolveAll(candidates, input.analysis, input.text, { day, zone: null, timeml: false });
  let score = 0;
  const matched: Trial["matched"] = [];
  candidates.forEach((c, i) => {
    const r = resolutions[i];
    if (!r || !isDay(r.value)) return;
    const value = r.value.slice(0, 10);
    // told in the past tense yet after the day tried: the article cannot have been written then
    if (c.tense === "past" && value > day) score -= 2;
    if (c.tense === "future" && !isRelativeDay(c) && value < day) score -= 1;
    if (!isRelativeDay(c)) return;
    const seen = attested.get(value);
    if (!seen) return;
    const word = c.text.match(WEEKDAY)?.[1]?.toLowerCase();
    const sameWord = word !== undefined && seen.some((a) => a.words.has(word));
    score += sameWord ? 1 : 0.5;
    const by = seen.find((a) => (word ? a.words.has(word) : true)) ?? seen[0]!;
    matched.push({ phrase: c.text.trim(), tense: c.tense, value, by: `${by.article}, dated ${by.date}` });
  });
  return { day, score, matched };
}

/** Days tried around dated coverage: a week either side of each of its dates. */
const WINDOW_DAYS = 7;
/** Companion dates windowed, nearest the median first: a bound on the trials whatever the story's spread. */
const MAX_COMPANION_DATES = 12;

/**
 * The days within a week of some dated companion, in order. Only windows around the companions'
 * own dates, never every day between the first and the last, so one misdated companion years away
 * costs two weeks of trials, not years of them.
 */
function daysAround(sortedDates: string[]): string[] {
  const days = new Set<string>();
  const median = sortedDates[Math.floor((sortedDates.length - 1) / 2)]!;
  const apart = (d: string) => Math.abs(Date.parse(d) - Date.parse(median));
  const nearest = [...new Set(sortedDates)].sort((x, y) => apart(x) - apart(y) || (x < y ? -1 : 1)).slice(0, MAX_COMPANION_DATES);
  for (const date of nearest) for (let offset = -WINDOW_DAYS; offset <= WINDOW_DAYS; offset++) days.add(addDays(date, offset));
  return [...days].sort();
}

/**
 * The latest day an article prints with its year, outside the future tense: the article was written
 * that day or later. It is only that bound, never the article's date: an obituary, an anniversary or a
 * look-back prints days years before it was written (at 10,000 Reuters and BBC articles, 20 of 25
 * undated articles given their latest printed day that way were dated years off).
 */
export function latestPrintedDay(candidates: readonly DateCandidate[]): string | null {
  let latest: string | null = null;
  for (const c of candidates) {
    if (c.form.kind !== "date" || c.form.year === null || c.form.day === null || c.tense === "future") continue;
    const d = DateTime.utc(c.form.year, c.form.month, c.form.day).toISODate();
    if (d && (!latest || d > latest)) latest = d;
  }
  return latest;
}

/** Publication dates for the articles whose date is null, each with its evidence in words. */
export function inferPublicationDates(articles: DatingInput[]): Map<string, { date: string; evidence: string }> {
  const inferred = new Map<string, { date: string; evidence: string }>();
  const undated = articles.filter((a) => !a.date);
  if (undated.length === 0) return inferred;

  const attestationCache = new Map<string, Attestation[]>();
  const attestationsOf = (a: DatingInput): Attestation[] => {
    let list = attestationCache.get(a.id);
    if (list) return list;
    const date = a.date!.slice(0, 10);
    const byValue = new Map<string, Set<string>>([[date, new Set()]]);
    for (const m of mentionsFromCandidates(a.dateCandidates, a.analysis, a.text, date, null)) {
      if (!isDay(m.value)) continue;
      const words = byValue.get(m.value.slice(0, 10)) ?? new Set<string>();
      const word = m.text.match(WEEKDAY)?.[1]?.toLowerCase();
      if (word) words.add(word);
      byValue.set(m.value.slice(0, 10), words);
    }
    list = [...byValue].map(([value, words]) => ({ article: a.id, date: value, words }));
    attestationCache.set(a.id, list);
    return list;
  };

  const datedByStory = new Map<string, DatingInput[]>();
  for (const a of articles) if (a.date && isDay(a.date)) addToList(datedByStory, a.storyId, a);

  for (const input of undated) {
    const candidates = input.dateCandidates;
    const coverage = datedByStory.get(input.storyId) ?? [];
    const relative = candidates.filter(isRelativeDay);
    if (coverage.length > 0 && relative.length > 0) {
      const attested = new Map<string, Attestation[]>();
      for (const a of coverage) {
        for (const at of attestationsOf(a)) {
          const list = attested.get(at.date) ?? [];
          list.push({ ...at, date: a.date!.slice(0, 10) });
          attested.set(at.date, list);
        }
      }
      const dates = coverage.map((a) => a.date!.slice(0, 10)).sort();

      // among days that agree equally well, the one nearest the dated coverage (its median date)
      const median = dates[Math.floor((dates.length - 1) / 2)]!;
      const distance = (day: string) => Math.abs(DateTime.fromISO(day).diff(DateTime.fromISO(median), "days").days);
      let best: Trial | null = null;
      for (const day of daysAround(dates)) {
        const trial = tryDay(day, input, candidates, attested);
        if (!best || trial.score > best.score || (trial.score === best.score && distance(day) < distance(best.day))) best = trial;
      }
      if (best && best.score >= 1 && best.matched.length > 0) {
        const spoken = new Map<string, { tense: string; values: Set<string>; by: Set<string> }>();
        for (const m of best.matched) {
          const key = m.phrase;
          const entry = spoken.get(key) ?? { tense: m.tense, values: new Set(), by: new Set() };
          entry.values.add(m.value);
          entry.by.add(m.by);
          spoken.set(key, entry);
        }
        const phrases = [...spoken].map(([phrase, e]) => `'${phrase}' (${e.tense} tense, ${[...e.values].map(readable).join(", ")})`);
        const sources = [...new Set(best.matched.map((m) => m.by))];
        const latest = latestPrintedDay(candidates);
        const evidence =
          `inferred: it speaks of ${phrases.join(", ")} like the dated coverage of the same story (${sources.join("; ")})` +
          (latest ? `; the latest absolute date it mentions is ${readable(latest)}` : "") +
          `; ${best.day} is the publication date that fits these best, nearest the dated coverage`;
        inferred.set(input.id, { date: best.day, evidence });
      }
    }
  }
  return inferred;
}
