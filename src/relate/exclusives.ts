// What each article reported that no other article did: the sentences with no close counterpart
// elsewhere in the corpus. The sources page shows them so a reader sees where coverage differs.
import type { Analysis } from "../extract/nlp.js";
import { cosine, inverseDocumentFrequency, sentenceTerms, termCounts, tfidf, type SparseVector } from "./vectors.js";

export interface ExclusiveInput {
  id: string;
  text: string;
  analysis: Analysis;
}

/** A sentence this close to one in another article reports the same thing. */
const SAME_REPORT = 0.3;
const PER_ARTICLE = 4;

export function findExclusiveReports(articles: ExclusiveInput[]): Map<string, string[]> {
  const perArticle = articles.map((a) => sentenceTerms(a.analysis).map(termCounts));
  const idf = inverseDocumentFrequency(perArticle.flat());
  const vectors: { article: number; text: string; vector: SparseVector; position: number }[] = [];
  articles.forEach((a, i) => {
    a.analysis.sentences.forEach((s, position) => {
      const text = a.text.slice(s.start, s.end).trim();
      // a sentence needs substance to count as a report: subheadings and fragments are not
      if (text.split(/\s+/).length < 8 || !/[.!?]["'”’)]?$/.test(text)) return;
      vectors.push({ article: i, text, vector: tfidf(perArticle[i]![position]!, idf), position });
    });
  });
  const result = new Map<string, string[]>();
  if (articles.length < 2) return result;
  for (const sentence of vectors) {
    const echoed = vectors.some((other) => other.article !== sentence.article && cosine(sentence.vector, other.vector) >= SAME_REPORT);
    if (echoed) continue;
    const id = articles[sentence.article]!.id;
    const list = result.get(id) ?? [];
    if (list.length < PER_ARTICLE) list.push(sentence.text);
    result.set(id, list);
  }
  return result;
}
