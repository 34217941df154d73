// What each article reported that no other article did: the sentences with no close counterpart
// elsewhere in the corpus. The sources page shows them so a reader sees where coverage differs.
import type { Analysis, ArticleTerms } from "../types.js";
import { inverseDocumentFrequency, standsAsReport, termCounts, tfidf, type SparseVector } from "./vectors.js";
import { EXACT, similarPairs } from "./blocking/similar-pairs.js";

export interface ExclusiveInput {
  id: string;
  text: string;
  analysis: Analysis;
  terms: Pick<ArticleTerms, "lemmas">;
}

/** A sentence this close to one in another article reports the same thing. */
const SAME_REPORT = 0.3;
const PER_ARTICLE = 4;

export function findExclusiveReports(articles: ExclusiveInput[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  // with one article there is nothing to compare against
  if (articles.length < 2) return result;
  const perArticle = articles.map((a) => a.terms.lemmas.map(termCounts));
  const idf = inverseDocumentFrequency(perArticle.flat());
  const vectors: { article: number; text: string; vector: SparseVector; position: number }[] = [];
  articles.forEach((a, i) => {
    a.analysis.sentences.forEach((s, position) => {
      const text = a.text.slice(s.start, s.end).trim();
      if (!standsAsReport(text)) return;
      vectors.push({ article: i, text, vector: tfidf(perArticle[i]![position]!, idf), position });
    });
  });
  // every pair of close sentences, exactly, through an index of their terms rather than all pairs
  const echoed = new Set<number>();
  for (const { a, b } of similarPairs(vectors.map((v) => v.vector), SAME_REPORT, EXACT)) {
    if (vectors[a]!.article === vectors[b]!.article) continue;
    echoed.add(a);
    echoed.add(b);
  }
  for (const [index, sentence] of vectors.entries()) {
    if (echoed.has(index)) continue;
    const id = articles[sentence.article]!.id;
    const list = result.get(id) ?? [];
    if (list.length < PER_ARTICLE) list.push(sentence.text);
    result.set(id, list);
  }
  return result;
}
