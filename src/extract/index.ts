// The extract stage: one wink-nlp pass per article, then each extractor over the same analysis.
import type { AnalysedArticle, CaptionDates, CleanArticle } from "../types.js";
import { analyse } from "./nlp.js";
import type { Analysis } from "../types.js";
import { extractMentions } from "./actors.js";
import { extractQuotes } from "./quotes.js";
import { extractDateMentions, findDateCandidates } from "./dates.js";
import { extractEvents } from "./events.js";
import { extractPhrases } from "./phrases.js";

export type { AnalysedArticle, CaptionDates } from "../types.js";

export function extractArticle(id: string, article: CleanArticle): AnalysedArticle {
  const analysis = analyse(article.text);
  const mentions = extractMentions(article.text, analysis);
  const quotes = extractQuotes(article.text, analysis, mentions);
  const phrases = extractPhrases(article.text, analysis, mentions);
  const dateCandidates = findDateCandidates(article.text, analysis);
  const dated = datesAndEvents(article, article.text, analysis, dateCandidates);
  const captionAnalyses = article.captions.map((text) => ({ text, analysis: analyse(text) }));
  return { id, article, analysis, mentions, quotes, phrases, dateCandidates, ...dated, captions: dateCaptions(article, captionAnalyses) };
}

function dateCaptions(article: CleanArticle, captions: { text: string; analysis: Analysis }[]): CaptionDates[] {
  return captions.map(({ text, analysis }) => ({ text, analysis, ...datesAndEvents(article, text, analysis) }));
}

/** Re-resolves an article's dates once its publication date is known (printed or inferred). */
export function redateArticle(analysed: AnalysedArticle): AnalysedArticle {
  return {
    ...analysed,
    ...datesAndEvents(analysed.article, analysed.article.text, analysed.analysis, analysed.dateCandidates),
    captions: dateCaptions(analysed.article, analysed.captions),
  };
}

/** Date mentions and events, from the text's date candidates (found once, handed on with the article). */
function datesAndEvents(article: CleanArticle, text: string, analysis: Analysis, candidates = findDateCandidates(text, analysis)) {
  const reference = { date: article.date, dateTime: article.dateTime, timezone: article.timezone };
  const dateMentions = extractDateMentions(text, analysis, reference, candidates);
  const events = extractEvents(text, analysis, dateMentions);
  return { dateMentions, events };
}
