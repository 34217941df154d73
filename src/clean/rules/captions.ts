// Photo captions: a line that ends with a picture credit ("(Photographer/Agency)", "(Photo by X)",
// "Photograph: X/Agency") or starts with a "Photo:" label. Kept as captions, apart from the body.
import type { Rule } from "./types.js";

const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}.'’&-]*`;
const NAMES = String.raw`${CAPITALISED}(?:\s+(?:${CAPITALISED}|de|da|van|von|bin|al|for|of|the))*`;
// \p{Lu} matches lowercase letters under the i flag, so labels spell out both cases instead.
const label = (...words: string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
const LABELS = label("photo", "image", "picture", "photograph", "illustration", "video", "file photo", "credit", "photo credit", "composite");
// "(Salah Malkawi/Getty Images)", "(AP Photo/Jane Doe)", "(Photo by Jane Doe/Agency)", "(Photo: Agency)"
const CREDIT_IN_PARENS = new RegExp(
  String.raw`\(\s*(?:(?:AP |AFP |EPA |Reuters )?(?:${LABELS})s?(?:\s+by)?\s*:?\s*)?(?:${NAMES})\s*(?:\/|via)\s*(?:${NAMES})\s*(?:[,;]\s*[^()]{1,30})?\)$|\(\s*(?:${LABELS})s?(?:\s+by|\s*:)\s*[^()]{2,80}\)$`,
  "u",
);
// Guardian style: "… at the summit. Photograph: Jane Doe/AP"
const TRAILING_CREDIT = new RegExp(
  String.raw`(?:^|[.!?]\s+|\s)(?:${LABELS})s?(?:\s+by)?\s*:\s*(?:${NAMES})(?:\s*(?:\/|via|for)\s*(?:${NAMES}))*\.?$`,
  "u",
);
const LEADING_LABEL = /^(?:photo|image|picture|photograph|caption|illustration|pictured|above|top|main image|file photo)\s*(?:\([^)]*\))?\s*:\s*\S/i;

export function isCaption(text: string): boolean {
  if (text.length > 700) return false;
  if (LEADING_LABEL.test(text) || TRAILING_CREDIT.test(text)) return true;
  // A sentence that quotes someone and ends "(Reuters/Ipsos)" is reporting a source, not a picture.
  return CREDIT_IN_PARENS.test(text) && !/[“”"]/.test(text);
}

export const caption: Rule = (unit) => {
  if (unit.image) return { action: "caption", reason: "photo caption", rule: "caption" };
  return isCaption(unit.text) ? { action: "caption", reason: "photo caption", rule: "caption" } : null;
};
