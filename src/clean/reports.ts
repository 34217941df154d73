// The guard every boilerplate rule asks before it removes a line: does this line report news? A line
// that does is kept, whatever phrase it opens with, because a wrong removal loses reporting while a
// missed one only leaves a line of furniture in the text. What counts as reporting, by shape:
// - a verb of saying with a subject before it ("Sources say …", "The ministry told reporters …"),
//   not a credit ("Reporting by …", "as reported by …") and not the article speaking of itself
//   ("This story was first published …");
// - a number counted in a unit ("$5 million", "30 percent", "12 people", "6.0p"), or a person's age
//   in apposition ("the chief, 55, …");
// - a named actor described or acting: "Via, a chipset maker, …", "Northwind Corp raised …".
import { IRREGULAR_PAST, NUMBER_UNITS, SAYING_VERBS } from "../data/reporting.js";
import { memoisedByText } from "../memo.js";

export type ReportMark = "saying" | "measure" | "actor";

/** The article speaking of itself: what credits, notes and disclosures are about. */
const SELF_REFERENCE =
  /\b(?:this|the|our) (?:article|story|report|post|piece|page|video|audio|podcast|newsletter|site|website|content|feature|interview|episode|column)\b/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.&-]*$/u;
// Words that start a line in capitals without naming anyone.
const FUNCTION_WORDS = new Set(
  "a an the this that these those it its he she they we you i our your his her their there here if when as at in on of for by to from with and or but not no".split(" "),
);
const AUXILIARIES = new Set("has had have was were is are".split(" "));

interface Token {
  text: string;
  lower: string;
  index: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const bare = m[0].replace(/[.'’-]+$/, "");
    out.push({ text: bare, lower: bare.toLowerCase(), index: m.index });
  }
  return out;
}

/** A verb of saying with a word before it in its clause, not followed by "by". */
function saying(text: string, toks: Token[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!SAYING_VERBS.has(t.lower) && !(t.lower === "according" && toks[i + 1]?.lower === "to")) continue;
    if (toks[i + 1]?.lower === "by") continue; // "reported by", "told by": a credit or a passive
    if (t.lower === "according") return true; // "according to police"
    // the subject: a word before the verb in the same clause
    const before = text.slice(0, t.index);
    const clause = before.split(/[.;:!?|•·(]\s*|\s[–—-]\s/).pop() ?? "";
    const subject = clause.match(WORD) ?? [];
    if (subject.length === 0) continue;
    if (SELF_REFERENCE.test(clause)) continue;
    return true;
  }
  return false;
}

// "$5", "US$5", "12%", "6.0p", "3bn", "40m"; not a clock time ("6:14 p.m.")
const CURRENCY = /[$£€¥₹₦]\s?\d|\b(?:US|A|C|NZ|HK|S)\$\s?\d|(?<![:\d])\d+(?:[.,]\d+)?\s?(?:%|p(?![.\p{L}])|bn\b|m(?![.\p{L}])|k(?![.\p{L}]))/u;
const AGE = /\p{L},\s*\d{1,3}\s*,\s*\p{L}/u;

/** A number counted in a unit: money, percentages, measures, people, time spans; or an age. */
function measure(text: string, toks: Token[]): boolean {
  if (CURRENCY.test(text) || AGE.test(text)) return true;
  for (let i = 0; i < toks.length - 1; i++) {
    if (!/^\d/.test(toks[i]!.text) && !isNumberWord(toks[i]!.lower)) continue;
    // "12 people", "3.5 million dollars", "30 to 50 shillings": the unit within three words after
    for (let j = i + 1; j <= i + 3 && j < toks.length; j++) {
      if (NUMBER_UNITS.has(toks[j]!.lower)) return true;
      if (!/^\d/.test(toks[j]!.text) && !/^(?:to|and|or|more|than|about|of|a|an|the|new|extra|additional|other|some)$/.test(toks[j]!.lower) && !isNumberWord(toks[j]!.lower)) break;
    }
  }
  return false;
}

const NUMBER_WORDS = new Set(
  "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred dozens dozen hundreds thousands millions".split(" "),
);
const isNumberWord = (word: string) => NUMBER_WORDS.has(word);

const APPOSITION = /(?:^|[^\p{L}])\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*)*,\s+(?:a|an|the)\s+\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,5},/u;

/** A named actor described ("Via, a chipset maker,") or acting ("Northwind raised …", "Ortega has won …"). */
function actor(text: string, toks: Token[]): boolean {
  if (APPOSITION.test(text)) return true;
  if (SELF_REFERENCE.test(text)) return false;
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (!CAPITALISED.test(t.text) || FUNCTION_WORDS.has(t.lower)) continue;
    let j = i + 1;
    while (j < toks.length && CAPITALISED.test(toks[j]!.text)) j++;
    if (j < toks.length && AUXILIARIES.has(toks[j]!.lower)) j++;
    const verb = toks[j];
    if (!verb || /^\p{Lu}/u.test(verb.text)) continue;
    if (/^\p{Ll}{3,}ed$/u.test(verb.text) || IRREGULAR_PAST.has(verb.text)) return true;
  }
  return false;
}

/** Why `text` reads as a sentence that reports news, or null when nothing in it does. */
export function reportMark(text: string): ReportMark | null {
  const toks = tokens(text);
  if (saying(text, toks)) return "saying";
  if (measure(text, toks)) return "measure";
  if (actor(text, toks)) return "actor";
  return null;
}

/** Whether `text` reports news: asked by several rules of the same line, so answered once for each line. */
export const reportsNews: (text: string) => boolean = memoisedByText((text) => reportMark(text) !== null);
