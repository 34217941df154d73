// The extract stage: one wink-nlp pass per article, then each extractor over the same analysis.
import type { CleanArticle, DateMention, EventCandidate, Mention, QuoteCandidate } from "../types.js";
import { analyse, type Analysis } from "./nlp.js";
import { extractMentions } from "./actors.js";
import { extractQuotes } from "./quotes.js";
import { extractDateMentions } from "./dates.js";
import { extractEvents } from "./events.js";
import { extractPhrases } from "./phrases.js";

export interface AnalysedArticle {
  id: string;
  article: CleanArticle;
  analysis: Analysis;
  mentions: Mention[];
  quotes: QuoteCandidate[];
  dateMentions: DateMention[];
  events: EventCandidate[];
  phrases: { text: string; lemma: string; count: number }[];
}

export function extractArticle(id: string, article: CleanArticle): AnalysedArticle {
  const analysis = analyse(article.text);
  const mentions = extractMentions(article.text, analysis);
  const quotes = extractQuotes(article.text, analysis, mentions);
  const phrases = extractPhrases(article.text, analysis, mentions);
  const dated = datesAndEvents(article, analysis);
  return { id, article, analysis, mentions, quotes, phrases, ...dated };
}

/** Re-resolves an article's dates once its publication date is known (printed or inferred). */
export function redateArticle(analysed: AnalysedArticle): AnalysedArticle {
  return { ...analysed, ...datesAndEvents(analysed.article, analysed.analysis) };
}

function datesAndEvents(article: CleanArticle, analysis: Analysis) {
  const dateMentions = extractDateMentions(article.text, analysis, {
    date: article.date,
    dateTime: article.dateTime,
    timezone: article.timezone,
  });
  const events = extractEvents(article.text, analysis, dateMentions);
  return { dateMentions, events };
}
