// The extract stage: one wink-nlp pass per article, then each extractor over the same analysis.
import type { AnalysedArticle, CaptionDates, CleanArticle } from "../types.js";
import { analyse } from "../nlp.js";
import type { Analysis } from "../types.js";
import { extractMentions } from "./actors.js";
import { extractQuotes } from "./quotes.js";
import { extractDateMentions, findDateCandidates } from "./dates.js";
import { extractEvents } from "./events.js";
import { findPhrases, summarisePhrases } from "./phrases.js";
import { analysedText } from "../bounds.js";
import { articleTerms } from "../terms.js";
import { copySignature } from "../copy-signature.js";
import { nameGroupsOf } from "../names/within-article.js";
import { standfirstOf } from "./standfirst.js";

export type { AnalysedArticle, CaptionDates } from "../types.js";

/** Extracts from the article's text within the analysis bound (./bounds.ts); offsets are the text's own. */
export function extractArticle(id: string, article: CleanArticle): AnalysedArticle {
  const text = analysedText(article.text);
  const analysis = analyse(text);
  const mentions = extractMentions(text, analysis, article.title ?? undefined);
  const quotes = extractQuotes(text, analysis, mentions);
  const phraseOccurrences = findPhrases(text, analysis, mentions);
  const phrases = summarisePhrases(phraseOccurrences);
  const dateCandidates = findDateCandidates(text, analysis);
  const dated = datesAndEvents(article, text, analysis, dateCandidates);
  const captionAnalyses = article.captions.map((caption) => ({ text: analysedText(caption), analysis: analyse(analysedText(caption)) }));
  // the whole text, as relate reads it: an abbreviation may be defined past the analysis bound
  const nameGroups = nameGroupsOf({ id, date: article.date, text: article.text, sentences: analysis.sentences, mentions });
  return { id, article, analysis, standfirst: standfirstOf(article, analysis), terms: articleTerms(analysis), mentions, quotes, phrases, phraseOccurrences, dateCandidates, ...dated, copy: copySignature(article.text), nameGroups, captions: dateCaptions(article, captionAnalyses) };
}

function dateCaptions(article: CleanArticle, captions: { text: string; analysis: Analysis }[]): CaptionDates[] {
  return captions.map(({ text, analysis }) => ({ text, analysis, ...datesAndEvents(article, text, analysis) }));
}

/** Re-resolves an article's dates once its publication date is known (printed or inferred). */
export function redateArticle(analysed: AnalysedArticle): AnalysedArticle {
  return {
    ...analysed,
    ...datesAndEvents(analysed.article, analysedText(analysed.article.text), analysed.analysis, analysed.dateCandidates),
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
