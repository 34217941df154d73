// What follows the article: comment forms, related-links lists, wire credits, copyright lines,
// "Original Source:" credits and tag lists. A comment form or related list takes everything after it.
import { leadingNames } from "../names.js";
import { reportsNews } from "../reports.js";
import type { Facts, Rule } from "./types.js";

const COMMENT_SECTION =
  /^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|write a comment|(?:\d+\s+)?comments?(?:\s*\(\d+\))?|comments are closed\.?|join the (?:conversation|discussion)|show comments|view comments|load comments|discussion|responses|\d+ responses?(?: to .+)?|your email address will not be published\.?(?:\s*required fields are marked \*)?|required fields are marked \*|cancel reply)$/i;
const RELATED_HEADING =
  /^(?:related(?: articles| stories| posts| content| coverage| news| reading| links| topics)?|more (?:from|in|on|about) .{1,40}?|more (?:stories|news|articles|coverage)|most (?:read|popular|viewed|shared|commented)|recommended(?: for you| stories| reading| articles)?|you (?:may|might) also (?:like|be interested in|enjoy)|trending(?: now| stories| news)?|popular(?: now| stories| articles)?|latest(?: news| stories| articles)?|further reading|read next|up next|what to read next|keep reading|in other news|top stories|editor['’]s picks?|don['’]t miss|see more|more|also on .{1,30}|(?:topics|tags|filed under|categories)\s*:?.*)\s*:?\s*(?:more\s*\.{0,3}|see all|view all|»|›|→|\.{3}|…)?$/i;
const MORE_IN = /^more in (.{1,40}?)\s*(?:more\s*\.{0,3}|see all|view all|»|›|→)?$/i;

export const commentSection: Rule = (unit, context) => {
  if (context.position < 0.5 || unit.text.length > 120 || !COMMENT_SECTION.test(unit.text)) return null;
  return { action: "remove", reason: "comment section", rule: "comments", removeRest: true };
};

/** A headline-like line: what a list of links to other articles is made of. */
const isLinkLine = (text: string) => text.length <= 160 && !/[.:;,]$/.test(text.replace(/\s*\[[^\]]*\]\|?$/, ""));

/** "Related Articles", "Most read", "More In Politics MORE…": a list of links under or inside the article. */
export const relatedTrailer: Rule = (unit, context) => {
  if (unit.text.length > 70 || !RELATED_HEADING.test(unit.text)) return null;
  const facts: Facts = {};
  const moreIn = MORE_IN.exec(unit.text);
  if (moreIn) facts.section = (moreIn[1] ?? "").trim();
  const rest = context.units.slice(context.index + 1);
  const underBody = context.position >= 0.5 && context.lastBody <= context.index;
  // Under the article, a list of short lines is all trailer; inside it, only the links right below go.
  if (underBody && rest.every((u) => u.text.length <= 200)) {
    return { action: "remove", reason: "related links", rule: "related", facts, removeRest: true };
  }
  let links = 0;
  while (links < rest.length && isLinkLine(rest[links]!.text)) links++;
  if (!underBody && links === 0) return null;
  return {
    action: "remove",
    reason: "related links",
    rule: "related",
    facts,
    ...(links > 0 ? { removeNext: { reason: "related links", rule: "related", count: links } } : {}),
  };
};

const WITH_INPUTS =
  /^(?:[(\[]\s*)?(?:[-—–]\s*)?(?:with (?:inputs|input|agency inputs|additional reporting|files|wire reports?|reporting)(?: from| by)?|inputs? from|agency inputs|additional reporting by|contributing\s*:|contributors?\s*:)\s[^"“”]{0,150}$/i;
const CREDIT_ROLE = /^(?:additional )?(?:reporting|writing|editing|compiled|research|translation|fact-checking|graphics|produced|edited|written)(?: by)?\s+by\s+|^(?:additional )?(?:reporting|writing|editing|compiled|research|translation|fact-checking|graphics|produced|edited|written)\s+by\s+/i;
const CONTRIBUTED = /\b(?:contributed (?:reporting )?to this (?:report|story|article)|contributed reporting)\.?\)?$/i;
const AGENCY_TAG = /^[(\[]\s*(?:\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}|[A-Z]{2,6})\s*[)\]]$/u;

/** Every ";"-separated part reads "Reporting by NAME[ in PLACE]": a credit, not a sentence about research. */
function isCreditList(text: string): boolean {
  return text
    .replace(/[.)\]]+$/, "")
    .split(/\s*;\s*/)
    .every((part) => {
      const role = CREDIT_ROLE.exec(part);
      if (!role) return false;
      const rest = part.slice(role[0].length).replace(/^(?:by\s+)/i, "");
      const names = leadingNames(rest);
      if (!names) return false;
      const after = rest.slice(names.end).trim();
      return after === "" || /^(?:in|from|at)\s+\p{Lu}[\p{L}\s,.'’-]*$/u.test(after);
    });
}

/** "(With inputs from agencies)", "Reporting by X; Editing by Y", "Jane Doe contributed to this report." */
export const wireCredit: Rule = (unit, context) => {
  const text = unit.text;
  if (text.length > 250) return null;
  const credit = { action: "remove", reason: "wire and reporting credits", rule: "credits" } as const;
  if (isCreditList(text)) return credit;
  // the other credits are free text after a set phrase: a sentence that reports is not one
  if (reportsNews(text)) return null;
  if (WITH_INPUTS.test(text)) return credit;
  if (CONTRIBUTED.test(text) && text.length < 200) return credit;
  if (AGENCY_TAG.test(text) && context.index > context.lastBody) return credit;
  return null;
};

// A notice may open by naming what it covers: "The contents of this site are © …", "All content © …".
const COVERED = /^(?:(?:the\s+)?(?:contents?|material|text)\s+(?:of|on)\s+this\s+(?:site|website|page)\s+(?:is|are)|all\s+(?:contents?|material))\s+(?=©|\(c\)|copyright\b)/i;
const OWNED_BY = /,\s+(?:a|an)\s+(?:subsidiary|unit|division|member|part|company)\s+of\s+.*$/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.*?)\s*\.?\s*(?:all rights reserved\.?.*)?$/i;

export const copyright: Rule = (unit) => {
  if (unit.text.length > 200) return null;
  const text = unit.text.replace(COVERED, "");
  const found = COPYRIGHT.exec(text);
  if (!found) return null;
  // the holder is the company named first; "…, a subsidiary of …" says who owns it
  const holder = (found[1] ?? "").replace(OWNED_BY, "").replace(/[.,;]+$/, "").trim();
  // "© 2024 The Outlet": a notice names its holder and little else; "Copyright law changed …" reports
  const notice = /^(?:©|\(c\))/i.test(text) || /\d{4}|all rights reserved/i.test(text);
  if (!notice || holder.split(/\s+/).length > 8 || reportsNews(holder)) return null;
  const facts: Facts = {};
  if (/^(?:The\s+)?\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}&.'’-]*|of|and|&|the)){0,5}$/u.test(holder)) facts.publisher = holder;
  return { action: "remove", reason: "copyright notice", rule: "copyright", facts };
};

// The label ends at a word boundary and is followed by a colon or by the source's name: "Source: X",
// "SOURCE X" (press releases), "Via X"; never "Sources said …" or "Viacom …".
const ORIGINAL_SOURCE =
  /^(?:(original(?:ly)? source|source|via)(?:\s*:\s*|\s+(?=\p{Lu}|https?:|www\.))|(?:original(?:ly)? (?:published|posted|appeared) (?:on|in|at|by)|this (?:article|story|piece|post) (?:was|is|first) (?:originally |first )?(?:published|republished|posted|appeared|ran) (?:on|in|at|by|with)|this (?:article|story) first appeared (?:on|in|at))\b\s*:?\s*)(.+)$/iu;
/** What a credit names: a source, perhaps with "and is republished …" or "Read the original article". */
const CREDIT_TAIL = /\s*(?:and is republished|under a creative commons|with permission|read the original).*$/i;

export const originalSource: Rule = (unit, context) => {
  if (unit.text.length > 250) return null;
  const found = ORIGINAL_SOURCE.exec(unit.text);
  if (!found) return null;
  const label = found[1]?.toLowerCase() ?? null;
  // "Source X" without a colon only as press releases print it, in capitals
  if (label === "source" && !/^\s*:/.test(unit.text.slice(6)) && !unit.text.startsWith("SOURCE")) return null;
  // A bare "Source:" or "Via" line is a credit only under the article, not in its middle.
  if (label !== null && label !== "original source" && label !== "originally source" && (context.index < context.lastBody || unit.text.length > 120)) return null;
  const source = (found[2] ?? "").replace(CREDIT_TAIL, "").replace(/[.\s]+$/, "").trim();
  // What follows the label is a name or an address, not a sentence that reports.
  if (source.split(/\s+/).length > 12 || /[.!?]\s+\p{Lu}/u.test(source) || reportsNews(source)) return null;
  return { action: "remove", reason: "original source credit", rule: "original-source", facts: source ? { originalSource: source } : {} };
};

/**
 * A wire's sign-off: one word in capitals printed after the article's last sentence ("… the quota
 * period. REUTER"), or one capitalised word alone on the last line. Only at the very end, after a
 * sentence has closed: "… said the head of NATO" ends on a name, not a sign-off.
 */
const GLUED_SIGN_OFF = /^(.*[.!?…]["”’)]?)\s+(\p{Lu}{3,12})$/u;
const LONE_SIGN_OFF = /^(?:\p{Lu}{2,12}|\p{Lu}\p{Ll}{2,11})$/u;

/** The last unit's text cut before a sign-off glued to it, or null when it ends on its own words. */
export function splitSignOff(text: string): { rest: string; removed: string } | null {
  const found = GLUED_SIGN_OFF.exec(text);
  return found ? { rest: found[1]!, removed: found[2]! } : null;
}

export const signOff: Rule = (unit, context) => {
  if (context.index !== context.units.length - 1 || context.index <= context.lastBody || !LONE_SIGN_OFF.test(unit.text)) return null;
  return { action: "remove", reason: "wire sign-off", rule: "sign-off" };
};
