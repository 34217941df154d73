// The phrase statistics of a corpus that topic discovery works from: where each key phrase occurs,
// in how many articles, how distinctive it is against the corpus and against everyday English.
import type { Analysis } from "../../extract/nlp.js";
import { commonestForm, findPhrases, type PhraseOccurrence } from "../../extract/phrases.js";
import { rarity } from "./background.js";
import { WEAK_HEADS } from "../../data/topics-stop.js";

export interface TopicArticle {
  id: string;
  /** the story the pipeline grouped the article into */
  storyId: string;
  text: string;
  analysis: Analysis;
  phrases: { text: string; lemma: string; count: number }[];
  mentions: { start: number; end: number; actor: string | null }[];
}

export interface PhraseStats {
  lemma: string;
  /** the commonest printed form */
  display: string;
  terms: string[];
  adjectives: Set<string>;
  head: string;
  occurrences: { article: number; occurrence: PhraseOccurrence }[];
  /** occurrences per article index */
  countByArticle: Map<number, number>;
  /** sentences it occurs in, as "article:sentence" */
  sentences: Set<string>;
  /** how unlike everyday English, 0..1 */
  specificity: number;
  /** how unlike the rest of the corpus, 0..1 (1 in small corpora, where every article may share the subject) */
  distinctiveness: number;
  /** sum over articles of its keyphrase score there */
  score: number;
}

export interface Corpus {
  articles: TopicArticle[];
  wordCounts: number[];
  phrases: Map<string, PhraseStats>;
  /** weight of a content word when comparing phrases */
  termWeight(term: string): number;
  /** keyphrase score of a phrase in one article: frequency × distinctiveness */
  articleScore(phrase: PhraseStats, article: number): number;
}

/** Below this many articles, a phrase shared by all of them is the subject, not noise. */
const SMALL_CORPUS = 8;

function lengthBonus(terms: number): number {
  return 1 + 0.2 * Math.min(2, Math.max(0, terms - 1));
}

export function buildCorpus(articles: TopicArticle[]): Corpus {
  const n = articles.length;
  const phrases = new Map<string, PhraseStats>();
  const forms = new Map<string, Map<string, number>>();
  const termArticles = new Map<string, Set<number>>();
  const wordCounts: number[] = [];

  articles.forEach((article, a) => {
    wordCounts.push(article.analysis.tokens.filter((t) => t.type === "word").length);
    const allowed = new Set(article.phrases.map((p) => p.lemma));
    for (const occurrence of findPhrases(article.text, article.analysis, article.mentions)) {
      // the article's own phrase list is authoritative when it was given
      if (allowed.size > 0 && !allowed.has(occurrence.lemma)) continue;
      let stats = phrases.get(occurrence.lemma);
      if (!stats) {
        stats = {
          lemma: occurrence.lemma,
          display: occurrence.text,
          terms: [...new Set(occurrence.terms)],
          adjectives: new Set(occurrence.adjectives),
          head: occurrence.head,
          occurrences: [],
          countByArticle: new Map(),
          sentences: new Set(),
          specificity: 0,
          distinctiveness: 1,
          score: 0,
        };
        phrases.set(occurrence.lemma, stats);
        forms.set(occurrence.lemma, new Map());
      }
      stats.occurrences.push({ article: a, occurrence });
      stats.countByArticle.set(a, (stats.countByArticle.get(a) ?? 0) + 1);
      stats.sentences.add(`${a}:${occurrence.sentence}`);
      const printed = forms.get(occurrence.lemma)!;
      printed.set(occurrence.text, (printed.get(occurrence.text) ?? 0) + 1);
      for (const term of occurrence.terms) {
        let seen = termArticles.get(term);
        if (!seen) termArticles.set(term, (seen = new Set()));
        seen.add(a);
      }
    }
  });

  foldPlurals(phrases, forms);
  // the same for single words inside phrases: "temporary ceasefires" shares "ceasefire"
  const knownTerms = new Set(termArticles.keys());
  const canonicalTerm = (term: string): string => singulars(term).find((s) => knownTerms.has(s)) ?? term;
  for (const stats of phrases.values()) stats.terms = [...new Set(stats.terms.map(canonicalTerm))];
  for (const [term, seen] of [...termArticles]) {
    const canonical = canonicalTerm(term);
    if (canonical === term) continue;
    const into = termArticles.get(canonical)!;
    for (const a of seen) into.add(a);
  }

  const corpusFactor = (df: number): number => {
    if (n < SMALL_CORPUS || df <= 1) return 1;
    const value = Math.log(n / df) / Math.log(n / 2);
    return 0.35 + 0.65 * Math.min(1, Math.max(0, value));
  };

  const termWeight = (term: string): number => {
    const df = termArticles.get(term)?.size ?? 1;
    // a word that names no subject alone ("issue", "talks") ties phrases together only loosely
    return Math.max(0.08, rarity(term)) * corpusFactor(df) * (WEAK_HEADS.has(term) ? 0.35 : 1);
  };

  for (const stats of phrases.values()) {
    stats.display = commonestForm(forms.get(stats.lemma)!);
    // plural heads like "talks" or "arms" are rarer, and more particular, than their singulars
    const headForms = [...forms.get(stats.lemma)!.keys()].map((f) => f.split(/\s+/).pop()!.toLowerCase());
    const alwaysPlural = headForms.every((f) => f !== stats.head && f.endsWith("s"));
    const rarities = stats.terms.map((t, i) =>
      i === stats.terms.length - 1 && alwaysPlural ? Math.max(rarity(t), ...headForms.map((f) => rarity(f) * 0.9)) : rarity(t),
    );
    const max = Math.max(...rarities);
    const mean = rarities.reduce((s, r) => s + r, 0) / rarities.length;
    stats.specificity = 0.5 * max + 0.5 * mean;
    stats.distinctiveness = corpusFactor(stats.countByArticle.size);
  }

  const articleScore = (phrase: PhraseStats, article: number): number => {
    const tf = phrase.countByArticle.get(article) ?? 0;
    if (tf === 0) return 0;
    return (1 + Math.log(tf)) * (0.15 + 0.85 * phrase.specificity) * phrase.distinctiveness * lengthBonus(phrase.terms.length);
  };

  for (const stats of phrases.values()) {
    let score = 0;
    for (const a of stats.countByArticle.keys()) score += articleScore(stats, a);
    stats.score = score;
  }

  return { articles, wordCounts, phrases, termWeight, articleScore };
}

/** Singulars of a plural the lemmatiser left alone ("ceasefires"), most likely first. */
function singulars(word: string): string[] {
  if (!/s$/.test(word) || /(ss|us|is|ics)$/.test(word) || word.length < 4) return [];
  const out: string[] = [];
  if (/ies$/.test(word)) out.push(word.slice(0, -3) + "y");
  if (/(ches|shes|xes|ses|zes)$/.test(word)) out.push(word.slice(0, -2));
  out.push(word.slice(0, -1));
  return out;
}

/** Folds a phrase whose head is a plural into its singular when the corpus has both. */
function foldPlurals(phrases: Map<string, PhraseStats>, forms: Map<string, Map<string, number>>): void {
  for (const lemma of [...phrases.keys()].sort()) {
    const stats = phrases.get(lemma);
    if (!stats) continue;
    const words = lemma.split(" ");
    const head = words[words.length - 1]!;
    for (const singular of singulars(head)) {
      const target = [...words.slice(0, -1), singular].join(" ");
      const into = phrases.get(target);
      if (!into || into === stats) continue;
      for (const o of stats.occurrences) into.occurrences.push(o);
      for (const [a, c] of stats.countByArticle) into.countByArticle.set(a, (into.countByArticle.get(a) ?? 0) + c);
      for (const s of stats.sentences) into.sentences.add(s);
      const printed = forms.get(target)!;
      for (const [form, c] of forms.get(lemma)!) printed.set(form, (printed.get(form) ?? 0) + c);
      phrases.delete(lemma);
      break;
    }
  }
}
