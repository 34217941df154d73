// Splits a raw body into units: the lines and paragraphs the rules judge one at a time.
// Scraped text puts one paragraph on each line, so a line is a unit; markdown and hard-wrapped
// text join their lines into paragraphs first.
import type { RawDocument } from "../types.js";
import type { Unit } from "./rules/types.js";

const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u200b\u2060\ufeff]/g;

export function normaliseSpace(text: string): string {
  return text.replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/**
 * Chinese and Japanese are written without spaces between words, so a count of spaces says nothing of a
 * line's length there: their characters are counted as words at this rate (words in Chinese and Japanese
 * text average about two characters). Scripts that space their words (Korean among them) are not included.
 */
const UNSPACED_WORD_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const UNSPACED_CHARS_PER_WORD = 2;

/** Words a line holds beyond its spaces: its Chinese and Japanese characters' share (0 in a spaced script). */
export function unspacedWords(text: string): number {
  return Math.floor((text.match(UNSPACED_WORD_CHARS)?.length ?? 0) / UNSPACED_CHARS_PER_WORD);
}

/** What closes a sentence in Chinese and Japanese text: the ideographic full stop and full-width marks. */
export const FULL_WIDTH_SENTENCE_END = "。！？」』）";

const unit = (text: string, heading: number | null = null, image = false): Unit => ({ text: normaliseSpace(text), heading, image });

export function splitUnits(body: string, format: RawDocument["format"]): Unit[] {
  const units = format === "text" ? textUnits(body) : markdownUnits(body, format === "markdown");
  return units.filter((u) => u.text !== "");
}

function blocksOf(body: string): string[][] {
  return body
    .split(/\n[ \t\u00a0]*\n/)
    .map((block) => block.split("\n").filter((line) => line.trim() !== ""))
    .filter((lines) => lines.length > 0);
}

function textUnits(body: string): Unit[] {
  const blocks = blocksOf(body);
  const wrapped = isHardWrapped(blocks);
  const units: Unit[] = [];
  for (const lines of blocks) {
    if (wrapped && lines.length > 1 && lines.slice(0, -1).every((l) => l.trim().length >= 40)) units.push(unit(lines.join(" ")));
    else for (const line of lines) units.push(unit(line));
  }
  return units;
}

/** Text wrapped at a fixed width: lines of similar length that mostly end mid-sentence. */
function isHardWrapped(blocks: string[][]): boolean {
  const lines = blocks.flat().map((l) => l.trim());
  if (lines.length < 6) return false;
  // a loop, not Math.max(...lines): spreading a transcript's 200,000 lines overflows the call stack
  if (lines.some((l) => l.length > 100)) return false;
  const inner = blocks.flatMap((b) => b.slice(0, -1).map((l) => l.trim()));
  if (inner.length < 4) return false;
  const midSentence = inner.filter((l) => !/[.!?:"”’)]$/.test(l)).length;
  return midSentence / inner.length >= 0.6;
}

const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const MD_IMAGE_LINE = /^!\[([^\]]*)\]\([^)]*\)\s*$/;
const MD_OWN_LINE = /^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s?|!\[)/;

function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[\s(])\*(?=\S)([^*]*?\S)\*(?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/(^|[\s(])_(?=\S)([^_]*?\S)_(?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1");
}

function markdownUnits(body: string, inline: boolean): Unit[] {
  const clean = inline ? stripInlineMarkdown : (s: string) => s;
  const units: Unit[] = [];
  for (const lines of blocksOf(body)) {
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length) units.push(unit(clean(paragraph.join(" "))));
      paragraph = [];
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      const next = lines[i + 1]?.trim() ?? "";
      if (/^(?:=+|-+)$/.test(next) && paragraph.length === 0) {
        units.push(unit(clean(line), next.startsWith("=") ? 1 : 2));
        i++;
        continue;
      }
      if (/^(?:[-*_]\s*){3,}$/.test(line)) {
        flush();
        continue;
      }
      const heading = MD_HEADING.exec(line);
      const image = MD_IMAGE_LINE.exec(line);
      if (heading) {
        flush();
        units.push(unit(clean(heading[2] ?? ""), (heading[1] ?? "#").length));
      } else if (image) {
        flush();
        units.push(unit(image[1] ?? "", null, true));
      } else if (inline && MD_OWN_LINE.test(line)) {
        flush();
        paragraph.push(line.replace(/^>\s?/, ""));
        if (!/^>/.test(line)) flush();
      } else paragraph.push(line);
    }
    flush();
  }
  return units;
}
