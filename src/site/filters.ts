// Typed filters the templates use. Templates hold markup and loops; anything that decides something lives here.
import { DateTime } from "luxon";

const EXTERNAL_URL = /^[a-z][a-z0-9+.-]*:/i;

const splitPaths = new Map<string, { dirs: string[]; file: string }>();

/** A site path with its directory parts and its file, e.g. "actors/x/index.html" -> dirs ["actors","x"], file "index.html". */
function splitSitePath(path: string): { dirs: string[]; file: string } {
  // every page links to the same few thousand paths, many times over
  const known = splitPaths.get(path);
  if (known) return known;
  const split = splitUncached(path);
  if (splitPaths.size < 100_000) splitPaths.set(path, split);
  return split;
}

function splitUncached(path: string): { dirs: string[]; file: string } {
  let clean = path.replace(/^\/+/, "");
  if (clean === "" || clean.endsWith("/")) clean += "index.html";
  const parts = clean.split("/").filter((part) => part !== "" && part !== ".");
  const file = parts.pop() ?? "index.html";
  return { dirs: parts, file };
}

/**
 * The link from one page of the site to another, relative and naming its file, so the site works
 * from file:// and under any path prefix. `target` is relative to the site root ("actors/x/index.html",
 * "/actors/x/" and "actors/x/" all mean the same file, an optional "#fragment" is kept);
 * `fromPageUrl` is the linking page's URL from the site root (Eleventy's page.url).
 */
export function relativeUrl(target: string, fromPageUrl: string): string {
  if (EXTERNAL_URL.test(target) || target.startsWith("//")) return target;
  const hashAt = target.indexOf("#");
  const fragment = hashAt >= 0 ? target.slice(hashAt) : "";
  const targetPath = hashAt >= 0 ? target.slice(0, hashAt) : target;
  const to = splitSitePath(targetPath === "" ? fromPageUrl : targetPath);
  const from = splitSitePath(fromPageUrl);
  let shared = 0;
  while (shared < from.dirs.length && shared < to.dirs.length && from.dirs[shared] === to.dirs[shared]) shared++;
  // built as one string: a page's links made this a thread's busiest function of our own (arrays sliced, spread, joined)
  let link = "";
  for (let i = shared; i < from.dirs.length; i++) link += "../";
  for (let i = shared; i < to.dirs.length; i++) link += `${to.dirs[i]}/`;
  return link + to.file + fragment;
}

const WEEK_VALUE = /^(\d{4})-W(\d{2})$/;

/**
 * A TIMEX3 date value in the reader's terms: "Sun 23 Mar 2025", "Mar 2025", "2025", "week 12 of 2025",
 * "Sun 23 Mar 2025, 18:47". Values it cannot read are shown as given.
 */
export function readableDate(value: string | null | undefined): string {
  if (!value) return "";
  // a site prints the same few dates hundreds of times, and luxon parsing is the slow part of a page
  const known = readableDates.get(value);
  if (known !== undefined) return known;
  const readable = formatReadableDate(value);
  if (readableDates.size < 10_000) readableDates.set(value, readable);
  return readable;
}

const readableDates = new Map<string, string>();

const PART_OF_DAY: Record<string, string> = { MO: "morning", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };
const SEASON: Record<string, string> = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter" };
/** TIMEX3 values that are not ISO 8601: parts of day, weekends, quarters, seasons. */
const TIMEX_ONLY = /^(\d{4})-(?:(\d{2}-\d{2})T(MO|AF|EV|NI|DT)|W(\d{2})-WE|Q([1-4])|(SP|SU|FA|WI))$/;

function formatReadableDate(value: string): string {
  const timex = TIMEX_ONLY.exec(value);
  if (timex) {
    const [, year, monthDay, part, weekend, quarter, season] = timex;
    if (monthDay && part) return `${formatReadableDate(`${year}-${monthDay}`)}, ${PART_OF_DAY[part]}`;
    if (weekend) return `weekend of week ${Number(weekend)}, ${year}`;
    if (quarter) return `Q${quarter} ${year}`;
    return `${SEASON[season!]} ${year}`;
  }
  const week = WEEK_VALUE.exec(value);
  if (week) return `week ${Number(week[2])} of ${week[1]}`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const month = DateTime.fromFormat(value, "yyyy-MM", { zone: "utc", locale: "en-GB" });
    return month.isValid ? month.toFormat("LLL yyyy") : value;
  }
  const parsed = DateTime.fromISO(value, { setZone: true, locale: "en-GB" });
  if (!parsed.isValid) return value;
  const day = parsed.toFormat("ccc d LLL yyyy");
  if (!value.includes("T")) return day;
  // a time with its zone printed is shown with it: "18:47 UTC+02:00"
  const zone = /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? ` UTC${parsed.offset === 0 ? "" : parsed.toFormat("ZZ")}` : "";
  return `${day}, ${parsed.toFormat("HH:mm")}${zone}`;
}

/** The value for a <time datetime> attribute: TIMEX3 day, month, year, week and time values are all valid there. */
export function machineDate(value: string | null | undefined): string {
  if (!value) return "";
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || WEEK_VALUE.test(value)) return value;
  // HTML has no form for parts of day, weekends, quarters or seasons: give the day, week or year they fall in
  const timex = TIMEX_ONLY.exec(value);
  if (timex) return timex[2] ? `${timex[1]}-${timex[2]}` : timex[4] ? `${timex[1]}-W${timex[4]}` : timex[1]!;
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? value : "";
}

/** A date range as one phrase: "Sun 23 Mar 2025 – Tue 25 Mar 2025", or one date when both ends are the same day. */
export function readableRange(range: readonly [string, string] | null | undefined): string {
  if (!range) return "";
  const [from, to] = range;
  return from === to ? readableDate(from) : `${readableDate(from)} – ${readableDate(to)}`;
}

/** "1 article", "3 articles"; irregular plurals are passed in. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  // toLocaleString is slow, and pages print thousands of counts: digits grouped by hand ("12,345")
  const digits = Number.isInteger(count) && Math.abs(count) < 1e15 ? String(Math.abs(count)).replace(/\B(?=(\d{3})+$)/g, ",") : null;
  const shown = digits === null ? count.toLocaleString("en-GB") : count < 0 ? `-${digits}` : digits;
  return `${shown} ${count === 1 ? singular : plural}`;
}

/** Words a reader sees for an actor kind, in the plural (index headings) or singular (labels). */
export function kindLabel(kind: string, plural = false): string {
  const labels: Record<string, [string, string]> = {
    person: ["Person", "People"],
    organization: ["Organisation", "Organisations"],
    place: ["Place", "Places"],
    other: ["Other name", "Other names"],
  };
  const label = labels[kind];
  if (!label) return kind;
  return plural ? label[1] : label[0];
}

/** Lower-case text a filter box can match against: names, aliases and roles run together. */
export function filterText(...parts: (string | null | undefined | readonly string[])[]): string {
  return parts
    .flatMap((part) => (part == null ? [] : typeof part === "string" ? [part] : [...part]))
    .join(" ")
    .toLocaleLowerCase("en-GB")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether the page at `pageUrl` belongs to the site section `sectionPath` names (for aria-current in the navigation). */
export function isCurrentSection(pageUrl: string, sectionPath: string): boolean {
  const section = (path: string) => path.replace(/^\/+/, "").split("/")[0] ?? "";
  const page = section(pageUrl);
  const target = section(sectionPath);
  const pageIsHome = page === "" || page === "index.html";
  const targetIsHome = target === "" || target === "index.html";
  return pageIsHome || targetIsHome ? pageIsHome && targetIsHome : page === target;
}
