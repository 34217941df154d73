// The extract stage: one wink-nlp pass per article, then each extractor over the same analysis.
import type { AnalysedArticle, CaptionDates, CleanArticle } from "../types.js";
import { analyse } from "./nlp.js";
import type { Analysis } from "../types.js";
import { extractMentions } from "./actors.js";
import { extractQuotes } from "./quotes.js";
import { extractDateMentions } from "./dates.js";
import { extractEvents } from "./events.js";
import { extractPhrases } from "./phrases.js";

export type { AnalysedArticle, CaptionDates } from "../types.js";

export function extractArticle(id: string, article: CleanArticle): AnalysedArticle {
  const analysis = analyse(article.text);
  const mentions = extractMentions(article.text, analysis);
  const quotes = extractQuotes(article.text, analysis, mentions);
  const phrases = extractPhrases(article.text, analysis, mentions);
  const dated = datesAndEvents(article, article.text, analysis);
  const captionAnalyses = article.captions.map((text) => ({ text, analysis: analyse(text) }));
  return { id, article, analysis, mentions, quotes, phrases, ...dated, captions: dateCaptions(article, captionAnalyses) };
}

function dateCaptions(article: CleanArticle, captions: { text: string; analysis: Analysis }[]): CaptionDates[] {
  return captions.map(({ text, analysis }) => ({ text, analysis, ...datesAndEvents(article, text, analysis) }));
}

/** Re-resolves an article's dates once its publication date is known (printed or inferred). */
export function redateArticle(analysed: AnalysedArticle): AnalysedArticle {
  return {
    ...analysed,
    ...datesAndEvents(analysed.article, analysed.article.text, analysed.analysis),
    captions: dateCaptions(analysed.article, analysed.captions),
  };
}

function datesAndEvents(article: CleanArticle, text: string, analysis: Analysis) {
  const dateMentions = extractDateMentions(text, analysis, {
    date: article.date,
    dateTime: article.dateTime,
    timezone: article.timezone,
  });
  const events = extractEvents(text, analysis, dateMentions);
  return { dateMentions, events };
}
