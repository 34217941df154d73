// The shape of what is left after the boilerplate is gone: a section label and a headline at the
// top and short subheadings between paragraphs (the paragraph that opens the body is marked by
// clean/index.ts; its first sentence, the standfirst, is cut where the text is analysed).
import { isOnlyDateOrTime } from "../dates/printed.js";

const TERMINAL = /[.,;:…]$|\.{3}$/;
const STARTS_LIKE_A_HEADING = /^[\p{Lu}\p{N}"“‘'¿¡]|^\p{Ll}\p{Lu}/u;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** A printed headline: short, one line, no closing full stop. */
export function isTitleLike(text: string): boolean {
  const count = words(text).length;
  if (count < 2 || count > 30 || text.length > 220) return false;
  if (TERMINAL.test(text.replace(/["”’')\]]+$/, ""))) return false;
  if (/^(?:by|photo|image|updated|published)\b/i.test(text)) return false;
  // a timestamp ("3/27/2012 @ 10:05AM") is not a headline
  return STARTS_LIKE_A_HEADING.test(text) && !isOnlyDateOrTime(text);
}

const SECTION_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|&|and|of|the|in|\p{Lu}+)$/u;
const BREADCRUMB = /\s(?:>|›|»|\/|\|)\s/;

/** "Politics", "World News", "Home > World > Europe": the section an article is filed under. */
export function sectionLabel(text: string): string | null {
  if (text.length > 60) return null;
  if (BREADCRUMB.test(text)) {
    const parts = text.split(BREADCRUMB).map((p) => p.trim()).filter(Boolean);
    if (parts.length >= 2 && parts.every((p) => words(p).length <= 3 && words(p).every((w) => SECTION_WORD.test(w)))) {
      return parts[parts.length - 1] ?? null;
    }
    return null;
  }
  const ws = words(text);
  if (ws.length === 0 || ws.length > 3 || text.length > 30) return null;
  if (!ws.every((w) => SECTION_WORD.test(w)) || !/^\p{Lu}/u.test(text)) return null;
  return text;
}

/** A short heading line between paragraphs. */
export function isSubheading(text: string): boolean {
  const count = words(text).length;
  if (count === 0 || count > 14 || text.length > 100) return false;
  if (TERMINAL.test(text) || /[!]$/.test(text)) return false;
  if (text.endsWith("?") && count > 12) return false;
  if (!STARTS_LIKE_A_HEADING.test(text)) return false;
  // An unclosed quotation is the start of a quoted paragraph, not a heading.
  const opens = (text.match(/[“]/g) ?? []).length;
  const closes = (text.match(/[”]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0;
}
