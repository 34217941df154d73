// What follows the article: comment forms, related-links lists, wire credits, copyright lines,
// "Original Source:" credits and tag lists. A comment form or related list takes everything after it.
import { leadingNames } from "../names.js";
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
  if (WITH_INPUTS.test(text)) return credit;
  if (isCreditList(text)) return credit;
  if (CONTRIBUTED.test(text) && text.length < 200) return credit;
  if (AGENCY_TAG.test(text) && context.index > context.lastBody) return credit;
  return null;
};

const COPYRIGHT = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.*?)\s*\.?\s*(?:all rights reserved\.?.*)?$/i;

export const copyright: Rule = (unit) => {
  if (unit.text.length > 200) return null;
  const found = COPYRIGHT.exec(unit.text);
  if (!found) return null;
  const holder = (found[1] ?? "").replace(/[.,;]+$/, "").trim();
  const facts: Facts = {};
  if (/^(?:The\s+)?\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}&.'’-]*|of|and|&|the)){0,5}$/u.test(holder)) facts.publisher = holder;
  return { action: "remove", reason: "copyright notice", rule: "copyright", facts };
};

const ORIGINAL_SOURCE =
  /^(?:original(?:ly)? source|original(?:ly)? (?:published|posted|appeared) (?:on|in|at|by)|source|via|this (?:article|story|piece|post) (?:was|is|first) (?:originally |first )?(?:published|republished|posted|appeared|ran) (?:on|in|at|by|with)|this (?:article|story) first appeared (?:on|in|at))\s*:?\s*(.+)$/i;

export const originalSource: Rule = (unit, context) => {
  if (unit.text.length > 250) return null;
  const found = ORIGINAL_SOURCE.exec(unit.text);
  if (!found) return null;
  // A bare "Source:" or "Via" line is a credit only under the article, not in its middle.
  if (/^(?:source|via)\b/i.test(unit.text) && (context.index < context.lastBody || unit.text.length > 120)) return null;
  const source = (found[1] ?? "")
    .replace(/\s*(?:and is republished|under a creative commons|with permission|read the original).*$/i, "")
    .replace(/[.\s]+$/, "")
    .trim();
  return { action: "remove", reason: "original source credit", rule: "original-source", facts: source ? { originalSource: source } : {} };
};
