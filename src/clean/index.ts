// The cleaner: small rules (./rules) propose what each unit of the raw body is; this module decides,
// keeps a record of everything it takes out, and assembles the clean article with its metadata.
import { IANAZone } from "luxon";
import type { Block, CleanArticle, Message, RawDocument, RemovedText } from "../types.js";
import { frontMatterDate, isOnlyDateOrTime, printedDateTime, type PrintedDate } from "../dates/printed.js";
import { isPersonName, tidyName } from "./names.js";
import { authorBio, authorLabel, authorLink, bioParagraph, byline, roleByline } from "./rules/byline.js";
import { caption } from "./rules/captions.js";
import { dateline, headerField, readingTime, splitHeaderPrefix } from "./rules/header.js";
import { editorsNote } from "./rules/notes.js";
import { interfaceText, linkLine, navigationRun, promo } from "./rules/promos.js";
import { commentSection, copyright, originalSource, relatedTrailer, signOff, splitSignOff, wireCredit } from "./rules/trailers.js";
import type { Facts, Proposal, Rule, RuleContext, Unit } from "./rules/types.js";
import { isSubheading, isTitleLike, sectionLabel } from "./structure.js";
import { FULL_WIDTH_SENTENCE_END, normaliseSpace, splitUnits, unspacedWords } from "./units.js";

export interface CleanOptions {
  /** IANA zone of the publisher when the build knows it (configuration) */
  timezone: string | null;
}

/** In order of precedence: the first rule that recognises a unit decides what it is. */
const RULES: Rule[] = [
  dateline,
  readingTime,
  interfaceText,
  headerField,
  byline,
  roleByline,
  authorLabel,
  authorLink,
  authorBio,
  editorsNote,
  caption,
  commentSection,
  relatedTrailer,
  promo,
  linkLine,
  wireCredit,
  copyright,
  originalSource,
  signOff,
  bioParagraph,
  navigationRun,
];

// Which evidence wins when several units speak to the same field (lower is stronger).
const DATE_RANK: Record<string, number> = { "front matter": 0, "header line": 1, byline: 2, dateline: 3, "updated line": 4 };
const AUTHOR_RANK: Record<string, number> = { "header-field": 1, byline: 1, "author-label": 2, "author-link": 3, "author-bio": 4 };
const PUBLISHER_RANK: Record<string, number> = { "header-field": 1, copyright: 2, promo: 3, byline: 4 };

interface Collected {
  fact: string;
  rank: number;
}

class FactBook {
  private readonly best = new Map<string, Collected>();
  dates: PrintedDate[] = [];

  offer(field: "title" | "author" | "publisher" | "section" | "originalSource", value: string | undefined, rank: number): void {
    const fact = value ? normaliseSpace(value) : "";
    if (!fact) return;
    const current = this.best.get(field);
    if (!current || rank < current.rank) this.best.set(field, { fact, rank });
  }

  get(field: string): string | null {
    return this.best.get(field)?.fact ?? null;
  }

  take(facts: Facts | undefined, rule: string): void {
    if (!facts) return;
    if (facts.date) this.dates.push(facts.date);
    this.offer("title", facts.title, 1);
    this.offer("author", facts.author ? tidyName(facts.author) : undefined, AUTHOR_RANK[rule] ?? 5);
    this.offer("publisher", facts.publisher, PUBLISHER_RANK[rule] ?? 5);
    this.offer("section", facts.section, rule === "header-field" ? 1 : 3);
    this.offer("originalSource", facts.originalSource, 1);
  }

  bestDate(): PrintedDate | null {
    const ranked = [...this.dates].sort((a, b) => (DATE_RANK[a.evidence] ?? 9) - (DATE_RANK[b.evidence] ?? 9));
    const best = ranked[0];
    if (!best || best.hour !== null) return best ?? null;
    // A header line prints the day only; a byline for the same day may print the time.
    const timed = ranked.find((d) => d.date === best.date && d.hour !== null);
    return timed ? { ...best, hour: timed.hour, minute: timed.minute, offsetMinutes: timed.offsetMinutes } : best;
  }
}

/** A unit that reads as running text: long enough and closed like a sentence. */
const CLOSES_A_SENTENCE = new RegExp(`[.!?…"”’)\\]${FULL_WIDTH_SENTENCE_END}]$`);

/** Words a line needs, closed like a sentence, to read as one: what a sign-off may be glued to. */
const SENTENCE_MIN_WORDS = 5;
const closesSentences = (text: string) => CLOSES_A_SENTENCE.test(text) && text.split(" ").length >= SENTENCE_MIN_WORDS;

function isBodyParagraph(unit: Unit): boolean {
  const words = unit.text.split(" ").length + unspacedWords(unit.text);
  return unit.heading === null && words >= 18 && (CLOSES_A_SENTENCE.test(unit.text) || words >= 40);
}

/**
 * Years a news article can carry as its publication date. A year outside them ("1025" for 2025) is a
 * misprint: taking it would date the article a millennium off, and let the error spread to the
 * undated reports dated from it. No upper bound by today's date: output must not depend on the day of the build.
 */
const PUBLICATION_YEARS = { first: 1900, last: 2199 };

function plausiblePublicationDate(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= PUBLICATION_YEARS.first && year <= PUBLICATION_YEARS.last;
}

export function cleanDocument(doc: RawDocument, options: CleanOptions): { article: CleanArticle; messages: Message[] } {
  const messages: Message[] = [];
  const warn = (message: string, rule: string) =>
    messages.push({ file: doc.sourceFile, message, source: `clean:${rule}`, severity: "warning" });
  // Removed pieces are listed in the order they were printed.
  const removedAt: { at: number; item: RemovedText }[] = [];
  const remove = (at: number, item: RemovedText) => removedAt.push({ at, item });
  const facts = new FactBook();
  const fm = doc.frontMatter;

  const units = splitUnits(doc.body, doc.format);

  // Header lines come first and may be glued to the first sentence: cut them off before judging units.
  for (let i = 0; i < units.length && i < 6; i++) {
    const unit = units[i]!;
    const prefix = splitHeaderPrefix(unit.text);
    // body text without a header ends the header lines (a line opening in lower case may go on from one)
    if (!prefix && isBodyParagraph(unit) && !/^\s*\p{Ll}/u.test(unit.text)) break;
    if (!prefix || prefix.rest === "") continue;
    remove(i - 0.5, { text: prefix.removed, reason: "header line", rule: "header" });
    facts.take(prefix.facts, "header");
    unit.text = prefix.rest;
  }

  // A wire's sign-off may be glued to the last sentence (". REUTER"): cut it off too.
  const last = units[units.length - 1];
  const signedOff = last ? splitSignOff(last.text) : null;
  if (signedOff && closesSentences(signedOff.rest)) {
    remove(units.length - 0.5, { text: signedOff.removed, reason: "wire sign-off", rule: "sign-off" });
    last!.text = signedOff.rest;
  }

  const bodyIndexes = units.flatMap((u, i) => (isBodyParagraph(u) ? [i] : []));
  const firstBody = bodyIndexes[0] ?? -1;
  const lastBody = bodyIndexes[bodyIndexes.length - 1] ?? -1;
  const totalChars = units.reduce((n, u) => n + u.text.length, 0) || 1;

  const verdicts: (Proposal | null)[] = new Array(units.length).fill(null);
  let charsBefore = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const context: RuleContext = {
      units,
      index: i,
      firstBody,
      lastBody,
      position: charsBefore / totalChars,
      timezone: options.timezone,
    };
    charsBefore += unit.text.length;
    if (verdicts[i]) continue;
    let proposal: Proposal | null = null;
    for (const rule of RULES) {
      proposal = rule(unit, context);
      if (proposal) break;
    }
    if (!proposal) continue;
    verdicts[i] = proposal;
    facts.take(proposal.facts, proposal.rule);
    if (proposal.removeNext) {
      const { reason, rule, count = 1 } = proposal.removeNext;
      for (let j = i + 1; j <= i + count && j < units.length; j++) verdicts[j] = { action: "remove", reason, rule };
    }
    if (proposal.removeRest) {
      for (let j = i + 1; j < units.length; j++) {
        verdicts[j] ??= { action: "remove", reason: proposal.reason, rule: proposal.rule };
      }
    }
  }

  const captions: string[] = [];
  const notes: string[] = [];
  const kept: Unit[] = [];
  const printedAt = new Map<Unit, number>();
  units.forEach((unit, i) => {
    const verdict = verdicts[i];
    printedAt.set(unit, i);
    if (!verdict) kept.push(unit);
    else if (verdict.action === "caption") captions.push(verdict.keep ?? unit.text);
    else if (verdict.action === "note") notes.push(verdict.keep ?? unit.text);
    else remove(i, { text: unit.text, reason: verdict.reason, rule: verdict.rule });
  });

  // Top of the article: an optional section label, then the printed headline.
  let section = fm.section ?? null;
  const leadLabel = kept[0] && kept[0].heading === null ? sectionLabel(kept[0].text) : null;
  if (leadLabel !== null && kept[1] && (isTitleLike(kept[1].text) || kept[1].heading !== null) && labelsHeadline(kept[0]!.text, kept[1].text)) {
    const label = kept.shift()!;
    remove(printedAt.get(label) ?? 0, { text: label.text, reason: "section label", rule: "section-label" });
    facts.offer("section", leadLabel, 2);
  }
  section ??= facts.get("section");

  let title = fm.title ? normaliseSpace(fm.title) : facts.get("title");
  const lead = kept[0];
  if (lead && kept.length > 1) {
    const printedHeading = lead.heading !== null && lead.heading <= 2;
    const sameAsKnown = title !== null && sameText(title, lead.text);
    if (sameAsKnown || (title === null && (printedHeading || (lead.heading === null && isTitleLike(lead.text))))) {
      title ??= lead.text;
      kept.shift();
    }
  }

  // Pages repeat the headline (page title and printed heading): a copy near the top is not body.
  if (title !== null) {
    const bareTitle = bare(title);
    for (let i = 0; i < Math.min(kept.length, 6); i++) {
      if (bare(kept[i]!.text) === bareTitle) {
        const [copy] = kept.splice(i, 1);
        remove(printedAt.get(copy!) ?? 0, { text: copy!.text, reason: "headline repeated", rule: "title" });
        break;
      }
    }
  }

  // Body blocks: subheadings between paragraphs, everything else a paragraph.
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  kept.forEach((unit, i) => {
    const between = i > 0 && i < kept.length - 1;
    const kind =
      unit.heading !== null || (between && isSubheading(unit.text) && !isSubheading(kept[i + 1]!.text))
        ? "subheading"
        : "paragraph";
    if (parts.length) offset += 2;
    blocks.push({ start: offset, end: offset + unit.text.length, kind });
    parts.push(unit.text);
    offset += unit.text.length;
  });
  const text = parts.join("\n\n");

  // the standfirst (and a generated title) opens with reporting, never with a timestamp line
  const opening = blocks.find((b) => b.kind === "paragraph" && !isOnlyDateOrTime(text.slice(b.start, b.end)));

  // Zone: the article's own front matter wins over the build's setting; an unknown zone is ignored.
  let timezone = fm.timezone ?? options.timezone ?? null;
  if (timezone && !IANAZone.isValidZone(timezone)) {
    warn(`unknown time zone "${timezone}" ignored (use an IANA name such as Europe/Berlin)`, "timezone");
    timezone = fm.timezone && options.timezone && IANAZone.isValidZone(options.timezone) ? options.timezone : null;
  }

  if (fm.date) {
    const printed = frontMatterDate(fm.date);
    if (printed) facts.dates.push(printed);
    else warn(`front matter date "${fm.date}" is not a date (write it as 2025-03-24, or 2025-03-24T18:47+02:00); the date is left unknown`, "date");
  }
  let date = facts.bestDate();
  if (date && !plausiblePublicationDate(date.date)) {
    warn(`the printed date ${date.date} cannot be when a news article was published (before ${PUBLICATION_YEARS.first} or after ${PUBLICATION_YEARS.last}): taken for a misprint, the date is left unknown`, "date");
    date = null;
  }

  const article: CleanArticle = {
    sourceFile: doc.sourceFile,
    format: doc.format,
    title,
    text,
    blocks,
    captions,
    notes,
    opening: opening ? { start: opening.start, end: opening.end } : null,
    removed: removedAt.sort((a, b) => a.at - b.at).map((r) => r.item),
    date: date?.date ?? null,
    dateTime: date ? printedDateTime(date, timezone) : null,
    dateEvidence: date?.evidence ?? null,
    publisher: fm.publisher ?? facts.get("publisher"),
    author: fm.author ?? facts.get("author"),
    section,
    url: fm.url ?? null,
    timezone,
    originalSource: facts.get("originalSource"),
    wordCount: countWords(text),
  };
  return { article, messages };
}

/**
 * A section label sits over a longer headline: "World" over "Farmers' protests spread …". Two short
 * lines ("Deputy Sheriff" over "Jerry Ortiz") or a line in capitals over more capitals (a wire
 * headline over its text) are not a label and its headline.
 */
function labelsHeadline(label: string, headline: string): boolean {
  const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (count(headline) < 3 || count(headline) <= count(label)) return false;
  const capitals = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
  return !(count(label) > 1 && capitals(label) && capitals(headline));
}

/** A line's words for comparing lines: case, punctuation and compatibility forms set aside. */
const bare = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function sameText(a: string, b: string): boolean {
  return bare(a) === bare(b);
}

const HANDLE = /^(?:@[\w.]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|www\.\S+)$/i;
const CREDIT_LINE = /^(?:by|written by|posted by|words by|story by|reported by)\s+\S+(?:\s+\S+){0,3}$/i;
const ROLE_ONLY = /^(?:(?:senior|chief|staff|special|contributing|political|foreign|deputy|associate|managing|news|sports|business)\s+){0,3}(?:writer|reporter|correspondent|editor|contributor|columnist|producer|journalist)s?$/i;

/** Words under which what is left may be a byline's pieces rather than an article. */
const ARTICLE_MIN_WORDS = 5;

const SPACE_FREE_RUN = /\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words of `text` (runs between spaces with a letter or a digit), counted up to `limit`: asking
 * whether an article has five words need not split the whole article into words.
 */
function countWords(text: string, limit = Infinity): number {
  let count = 0;
  SPACE_FREE_RUN.lastIndex = 0;
  for (let run = SPACE_FREE_RUN.exec(text); run !== null && count < limit; run = SPACE_FREE_RUN.exec(text)) {
    if (LETTER_OR_DIGIT.test(run[0])) count++;
  }
  SPACE_FREE_RUN.lastIndex = 0;
  return count;
}

/**
 * Why a cleaned article holds no article: nothing is left, or what is left is a byline's pieces (a bare
 * name, a role, a handle, an address) under fewer than five words. Null when there is text to publish.
 */
export function noArticleReason(article: CleanArticle): string | null {
  if (article.text.trim() === "") {
    const removed = [...new Set([...article.removed.map((r) => r.reason), ...(article.captions.length ? ["photo caption"] : []), ...(article.notes.length ? ["editor's note"] : [])])];
    const what = removed.length ? `: only ${removed.join(", ")}` : "";
    return `no article text left after cleaning${what}`;
  }
  if (countWords(article.text, ARTICLE_MIN_WORDS) >= ARTICLE_MIN_WORDS) return null;
  const lines = article.text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const bylineLeft = lines.every(
    (l) => HANDLE.test(l) || CREDIT_LINE.test(l) || ROLE_ONLY.test(l) || isPersonName(tidyName(l.split(/\s*[|•·/]\s*/)[0] ?? l)),
  );
  return bylineLeft ? `only a byline, no article text (${lines.join(" / ")})` : null;
}
