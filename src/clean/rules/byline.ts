// Author credits: "By Jane Doe and John Roe | Reuters | Updated 5:02 a.m. ET March 3, 2024",
// "by NAME March 23, 2025 6:47 PM 2 min read", "Author: NAME", "View all posts by NAME →",
// "About NAME" with the bio paragraph under it.
import { findPrintedDate } from "../../dates/printed.js";
import { isPersonName, leadingNames, tidyName } from "../names.js";
import { reportsNews } from "../reports.js";
import type { Facts, Rule } from "./types.js";

const BYLINE_START = /^(?:by|written by|words by|story by|text by|posted by|reported by|reporting by)\s*:?\s+/i;
const CREDIT_WORDS = new Set([
  "in", "for", "at", "and", "of", "the", "a", "an", "staff", "writer", "writers", "reporter", "reporters", "correspondent",
  "correspondents", "editor", "senior", "chief", "contributor", "contributing", "columnist", "producer", "special",
  "political", "news", "agency", "desk", "team", "ago", "hours", "hour", "minutes", "mins", "min", "read", "updated",
  "published", "posted", "on", "last", "first", "et", "pt", "ct", "gmt", "utc", "bst", "cet", "ist", "am", "pm", "a.m.",
  "p.m.", "with", "foreign", "international", "affairs", "business", "investigations", "graphics", "photos", "video",
]);
const ROLE_WORD = /\b(?:writer|reporter|correspondent|editor|contributor|columnist|producer|staff|desk)\b/i;

interface Byline {
  author: string;
  facts: Facts;
}

/** Reads a byline; null when the line only starts like one ("By Monday, officials …"). */
export function readByline(text: string): Byline | null {
  if (text.length > 220) return null;
  const start = BYLINE_START.exec(text);
  if (!start) return null;
  const afterBy = text.slice(start[0].length);
  const names = leadingNames(afterBy);
  if (!names || /['’]s$/.test(names.names)) return null;
  let tail = afterBy.slice(names.end);
  const facts: Facts = {};
  const date = findPrintedDate(tail, "byline");
  if (date) {
    facts.date = date.printed;
    tail = tail.slice(0, date.index) + " | " + tail.slice(date.index + date.length);
  }
  tail = tail.replace(/\b\d+\s*-?\s*(?:min(?:ute)?s?|hours?|hrs?)\b\.?/gi, " ").replace(/\b\d{1,2}[:.]\d{2}\b/g, " ");
  // Outlets printed in their own separated segment: "| Reuters |".
  if (/[|•·]/.test(tail)) {
    for (const segment of tail.split(/[|•·]/)) {
      const cleaned = segment.replace(/\b(?:updated|published|posted|on|at)\b/gi, "").trim();
      if (/^\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}$/u.test(cleaned) && !ROLE_WORD.test(cleaned)) {
        facts.publisher ??= cleaned;
      }
    }
  }
  const leftover = tail.split(/[\s|•·,;:\-–—/()]+/).filter(Boolean);
  if (leftover.length > 8) return null;
  for (const word of leftover) {
    if (!CREDIT_WORDS.has(word.toLowerCase()) && !/^\p{Lu}/u.test(word)) return null;
  }
  const singleWord = !/\s/.test(names.names);
  // "By Reuters" alone is a credit; "By Norway standards …" is not, hence the length check.
  if (singleWord && leftover.length > 0 && !date) return null;
  return { author: tidyName(names.names), facts };
}

export const byline: Rule = (unit) => {
  const found = readByline(unit.text);
  if (!found) return null;
  return { action: "remove", reason: "byline", rule: "byline", facts: { ...found.facts, author: found.author } };
};

const AUTHOR_LABEL = /^(?:author|authors|written by|words|reporter|reporters|byline|text)\s*:\s*(.+)$/i;

export const authorLabel: Rule = (unit) => {
  const label = AUTHOR_LABEL.exec(unit.text);
  if (!label || unit.text.length > 120) return null;
  const value = tidyName(label[1] ?? "");
  const names = leadingNames(value);
  if (!names || names.end < value.length - 1) return null;
  return { action: "remove", reason: "author credit", rule: "author-label", facts: { author: tidyName(names.names) } };
};

const AUTHOR_LINK = /^(?:view|see|read|browse|more)\s+(?:all\s+|more\s+)?(?:posts|articles|stories|content|work)\s+(?:by|from)\s+(.+)$/i;

export const authorLink: Rule = (unit) => {
  const link = AUTHOR_LINK.exec(unit.text);
  if (!link || unit.text.length > 100) return null;
  const name = tidyName(link[1] ?? "");
  const facts: Facts = isPersonName(name) ? { author: name } : {};
  return { action: "remove", reason: "author link", rule: "author-link", facts };
};

const ABOUT = /^about(?: the)?(?: author| writer| reporter)?\s*:?\s*(.*)$/i;

/** "About NAME" near the end, and the bio paragraph under it when it speaks of that person. */
export const authorBio: Rule = (unit, context) => {
  if (context.position < 0.5 || unit.text.length > 60) return null;
  const about = ABOUT.exec(unit.text);
  if (!about) return null;
  const name = tidyName(about[1] ?? "");
  const isHeading = name === "" ? /^about the (?:author|writer|reporter)/i.test(unit.text) : isPersonName(name);
  if (!isHeading) return null;
  const next = context.units[context.index + 1]?.text ?? "";
  const nameParts = name.split(/\s+/).filter((p) => p.length > 1);
  const opening = next.slice(0, 80);
  const aboutThem =
    next.length > 0 &&
    !reportsNews(next) &&
    next.length < 1500 &&
    (nameParts.some((p) => opening.includes(p)) || /^(?:he|she|they)\b/i.test(opening));
  return {
    action: "remove",
    reason: "author bio",
    rule: "author-bio",
    facts: name ? { author: name } : {},
    ...(aboutThem ? { removeNext: { reason: "author bio", rule: "author-bio" } } : {}),
  };
};

const BIO_SENTENCE =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:is|was|has been|covers|writes)\s+(?:a|an|the|our)?\s*(?:[\p{L}-]+\s+){0,5}?(?:reporter|writer|journalist|correspondent|editor|columnist|contributor|producer|author|analyst|freelancer|intern|fellow)\b/u;

/** A closing "NAME is a reporter at …" paragraph without an "About" heading. */
export const bioParagraph: Rule = (unit, context) => {
  if (context.position < 0.6 || context.index < context.lastBody || unit.text.length > 800) return null;
  if (/[“”"]/.test(unit.text)) return null;
  // The bio's own sentence is the evidence; one that reports ("… when she told the council …") is news.
  // (Later sentences tell a career: "With 12 years in journalism, …".)
  const opening = unit.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? unit.text;
  if (reportsNews(opening)) return null;
  const bio = BIO_SENTENCE.exec(unit.text);
  if (!bio || !isPersonName(bio[1] ?? "")) return null;
  return { action: "remove", reason: "author bio", rule: "author-bio", facts: { author: bio[1] ?? "" } };
};

/** "Tom Krisher, AP Auto Writer", "JANE DOE | Staff Reporter": a byline without "By", near the top. */
export const roleByline: Rule = (unit, context) => {
  if (unit.text.length > 80 || (context.firstBody !== -1 && context.index > context.firstBody)) return null;
  const names = leadingNames(unit.text);
  // a person's name has no possessive: "COASTAL TOWN'S MAYOR QUITS STAFF JOB" is a headline
  if (!names || /['’]s\b/i.test(names.names)) return null;
  const role = unit.text.slice(names.end).replace(/^\s*[,|•·–—-]?\s*/, "");
  if (!role || role.split(/\s+/).length > 6 || !ROLE_WORD.test(role) || /[.!?]$/.test(role)) return null;
  // the role ends the line ("AP Auto Writer") or names where ("Staff Reporter at The Outlet")
  const roleWords = role.split(/\s+/);
  let last = -1;
  roleWords.forEach((w, i) => (ROLE_WORD.test(w) ? (last = i) : null));
  const tail = roleWords.slice(last + 1);
  if (tail.length > 0 && !/^(?:at|for|in|of|with)$/i.test(tail[0]!)) return null;
  if (/\bto\b/i.test(role)) return null; // "… TO CUT STAFF": an infinitive is no job title
  const author = tidyName(names.names);
  if (!isPersonName(author) && !/\band\b|&/.test(author)) return null;
  return { action: "remove", reason: "byline", rule: "byline", facts: { author } };
};
