// The standfirst: the first sentence of the paragraph that opens the body, cut from the article's one
// analysis (clean marks the paragraph; a second tokenizer pass over it cost a fifth of the analysis).
import type { Analysis, CleanArticle } from "../types.js";

/** A standfirst is at most this many characters of its paragraph: a paragraph may be one megabyte-long line. */
export const STANDFIRST_MAX_CHARS = 2000;

/**
 * The opening paragraph's first sentence: where the sentence the paragraph starts in ends, never past the
 * paragraph (a heading above it without a full stop can share the tokenizer's sentence). The whole
 * paragraph when no sentence ends inside it; null without an opening.
 */
export function standfirstOf(article: CleanArticle, analysis: Analysis): string | null {
  const opening = article.opening;
  if (!opening) return null;
  const paragraph = article.text.slice(opening.start, Math.min(opening.end, opening.start + STANDFIRST_MAX_CHARS));
  const sentence = analysis.sentences.find((s) => s.end > opening.start);
  if (!sentence || sentence.start >= opening.end) return paragraph;
  return paragraph.slice(0, sentence.end - opening.start).trim() || paragraph;
}
