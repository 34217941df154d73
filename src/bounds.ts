// The bound on what one article hands the analysis (wink-nlp, actors, quotes, dates): a transcript of
// megabytes, a line of 100,000 quotation marks or a word of a million letters would otherwise take
// minutes in the tokenizer or the scans that follow it. The whole text is still published; only its
// analysis stops at the bound, and the article says so (a warning with the file).

/** Characters of an article analysed: about forty long news articles. */
export const MAX_ANALYSED_CHARS = 100_000;
/** Longer runs without a space are no words: they are cut into pieces of this length for the tokenizer. */
export const MAX_WORD_CHARS = 64;

// A run is sought only where one starts (no non-space before it): tried from every character, the
// search read each word again from each of its letters before failing.
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${MAX_WORD_CHARS + 1},}`, "g");

/**
 * The text the analysis reads: the article's first MAX_ANALYSED_CHARS characters (ending at a paragraph
 * or a space before the bound), with every run of more than MAX_WORD_CHARS characters without a space
 * broken by spaces. Its length and every offset in it are those of the article's text.
 */
export function analysedText(text: string): string {
  let cut = text;
  if (text.length > MAX_ANALYSED_CHARS) {
    const head = text.slice(0, MAX_ANALYSED_CHARS);
    const paragraph = head.lastIndexOf("\n\n");
    const space = head.lastIndexOf(" ");
    const end = paragraph > MAX_ANALYSED_CHARS * 0.8 ? paragraph : space > MAX_ANALYSED_CHARS * 0.8 ? space : MAX_ANALYSED_CHARS;
    cut = text.slice(0, end);
  }
  return cut.replace(LONG_RUN, breakRun);
}

/** A space in place of every MAX_WORD_CHARS-th character (two for a surrogate pair): the same length. */
function breakRun(run: string): string {
  const units = run.split("");
  let since = 0;
  for (let i = 0; i < units.length; i++) {
    const code = run.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < units.length;
    if (++since >= MAX_WORD_CHARS) {
      units[i] = " ";
      if (pair) units[i + 1] = " ";
      since = 0;
    }
    if (pair) i++;
  }
  return units.join("");
}

/** What the bound left out of the analysis, in words for the article's warning; null when nothing. */
export function analysisBound(text: string): string | null {
  const notes: string[] = [];
  if (text.length > MAX_ANALYSED_CHARS) {
    notes.push(
      `only its first ${MAX_ANALYSED_CHARS.toLocaleString("en")} of ${text.length.toLocaleString("en")} characters were analysed for actors, quotes and dates (the whole text is published)`,
    );
  }
  LONG_RUN.lastIndex = 0;
  const head = text.slice(0, MAX_ANALYSED_CHARS);
  if (LONG_RUN.test(head)) notes.push(`runs of more than ${MAX_WORD_CHARS} characters without a space were read as pieces, not as words`);
  LONG_RUN.lastIndex = 0;
  return notes.length ? `analysis bound reached: ${notes.join("; ")}` : null;
}
