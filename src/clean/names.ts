// The shape of a printed person's name, as bylines and bio headers print it: capitalised words,
// initials and the lowercase particles of many naming traditions ("bin", "van der", "al-").
const PARTICLES = new Set([
  "de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "ten",
  "le", "la", "bin", "binti", "ibn", "al", "el", "y", "zu", "af", "av",
]);
const CALENDAR_WORDS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday|updated|published|posted|staff|the)$/i;
const JOB_WORD =
  /\b(?:writer|reporter|correspondent|editor|contributor|columnist|producer|staff|desk|analyst|photographer|journalist|chief|senior|bureau)\b/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;
const PARTICLE_PREFIXED = /^(?:al|el|ad|ash|as|at|an|ar|az|d|o|l)[-'’]\p{Lu}[\p{L}\p{M}'’-]*$/u;

function isNameWord(word: string): boolean {
  if (CALENDAR_WORDS.test(word.replace(/[.,]$/, ""))) return false;
  return NAME_WORD.test(word) || PARTICLE_PREFIXED.test(word);
}

/**
 * The person name(s) at the start of `text`: "Jane Doe", "Jane Doe and John Roe", "Ana de la Cruz".
 * Returns the names as printed and where they end, or null when the text does not start with one.
 */
export function leadingNames(text: string): { names: string; end: number } | null {
  const words = [...text.matchAll(/[^\s,|•·;]+|[,|•·;]/g)];
  let lastNameEnd = -1;
  let current = 0;
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    const match = words[i]!;
    const word = match[0];
    const bare = word.replace(/[,;:]$/, "");
    if (isNameWord(bare) || (PARTICLES.has(bare.toLowerCase()) && current > 0 && isNameWord(words[i + 1]?.[0] ?? ""))) {
      current++;
      total++;
      if (current > 5) return null;
      if (isNameWord(bare)) lastNameEnd = match.index + bare.length;
      if (bare !== word) current = 0; // a trailing comma closes this name
      continue;
    }
    if ((word === "and" || word === "&" || word === ",") && current > 0) {
      const next = words[i + 1]?.[0] ?? "";
      if (isNameWord(next.replace(/[,;:]$/, ""))) {
        current = 0;
        continue;
      }
    }
    break;
  }
  if (total === 0 || lastNameEnd < 0) return null;
  // "Jane Doe, Staff Writer": a comma group naming a job is not another name.
  let end = lastNameEnd;
  const groups = text.slice(0, lastNameEnd).split(",");
  let length = 0;
  for (let g = 0; g < groups.length; g++) {
    if (g > 0 && JOB_WORD.test(groups[g]!)) {
      end = length - 1;
      break;
    }
    length += groups[g]!.length + 1;
  }
  const names = text.slice(0, end).replace(/[\s,]+$/, "");
  return names ? { names, end } : null;
}

/** A whole string that reads as one person's name: two to five name words. */
export function isPersonName(text: string): boolean {
  const trimmed = text.trim();
  const found = leadingNames(trimmed);
  if (!found || found.end !== trimmed.length) return false;
  const words = trimmed.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && !/\band\b|&|,/.test(trimmed);
}

/** Strip the decoration a name is printed with: arrows, trailing punctuation, surrounding quotes. */
export function tidyName(text: string): string {
  const tidy = text
    .replace(/[\s→»›>·•|:,;.-]+$/u, "")
    .replace(/^[\s«‹"“'‘]+|[\s»›"”'’]+$/gu, "")
    .trim();
  // Wire bylines print names in capitals ("By TOM KRISHER"); names are shown as names.
  if (/\p{Ll}/u.test(tidy) || !/\p{Lu}{2}/u.test(tidy)) return tidy;
  return tidy.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()).replace(/\bAnd\b/g, "and");
}
