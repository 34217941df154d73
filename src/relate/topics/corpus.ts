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

/** A sentence of the corpus as one number: article and sentence index packed together. */
export type SentenceKey = number;
const SENTENCES_PER_ARTICLE = 1 << 20;

export function sentenceKey(article: number, sentence: number): SentenceKey {
  return article * SENTENCES_PER_ARTICLE + sentence;
}

export function articleOfSentence(key: SentenceKey): number {
  return Math.floor(key / SENTENCES_PER_ARTICLE);
}

export function sentenceOfKey(key: SentenceKey): number {
  return key % SENTENCES_PER_ARTICLE;
}

export interface PhraseStats {
  lemma: string;
  /** the commonest printed form */
  display: string;
  terms: string[];
  adjectives: ReadonlySet<string>;
  head: string;
  occurrences: { article: number; occurrence: PhraseOccurrence }[];
  /** occurrences per article index */
  countByArticle: Map<number, number>;
  /** sentences it occurs in, ascending, each once */
  sentences: SentenceKey[];
  /** how unlike everyday English, 0..1 */
  specificity: number;
  /** how unlike the rest of the corpus, 0..1 (1 in small corpora, where every article may share the subject) */
  distinctiveness: number;
  /** sum over articles of its keyphrase score there */
  score: number;
}

export interface Corpus {
  articles: TopicArticle[];
  /** words in an article (counted on first use) */
  wordCount(article: number): number;
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
  const forms = new Map<string, PrintedForm[]>();
  const termArticles = new Map<string, Set<number>>();
  const wordCounts = new Map<number, number>();
  const wordCount = (a: number): number => {
    let count = wordCounts.get(a);
    if (count === undefined) {
      count = 0;
      for (const token of articles[a]!.analysis.tokens) if (token.type === "word") count++;
      wordCounts.set(a, count);
    }
    return count;
  };

  // most phrases occur once: their statistics are built with as few allocations and passes as
  // possible (this runs once per build, mostly before the JIT has optimised it)
  for (let a = 0; a < articles.length; a++) {
    const article = articles[a]!;
    const found = findPhrases(article.text, article.analysis, article.mentions);
    // the phrase list the extractor gave normally holds every occurrence: check only when it may not
    let listed = 0;
    for (const p of article.phrases) listed += p.count;
    const allowed = article.phrases.length > 0 && listed !== found.length ? new Set(article.phrases.map((p) => p.lemma)) : null;
    for (let o = 0; o < found.length; o++) {
      const occurrence = found[o]!;
      // the article's own phrase list is authoritative when it was given
      if (allowed && !allowed.has(occurrence.lemma)) continue;
      let stats = phrases.get(occurrence.lemma);
      if (!stats) {
        stats = {
          lemma: occurrence.lemma,
          display: occurrence.text,
          terms: distinct(occurrence.terms),
          adjectives: occurrence.adjectives.length === 0 ? NO_ADJECTIVES : new Set(occurrence.adjectives),
          head: occurrence.head,
          occurrences: [],
          countByArticle: new Map(),
          sentences: [],
          specificity: 0,
          distinctiveness: 1,
          score: 0,
        };
        phrases.set(occurrence.lemma, stats);
        forms.set(occurrence.lemma, [{ form: occurrence.text, count: 1 }]);
      } else addForm(forms.get(occurrence.lemma)!, occurrence.text, 1);
      stats.occurrences.push({ article: a, occurrence });
      const count = stats.countByArticle.get(a);
      stats.countByArticle.set(a, count === undefined ? 1 : count + 1);
      // articles are read in order and occurrences in text order: keys only grow
      const key = sentenceKey(a, occurrence.sentence);
      if (stats.sentences[stats.sentences.length - 1] !== key) stats.sentences.push(key);
      const terms = occurrence.terms;
      for (let t = 0; t < terms.length; t++) {
        let seen = termArticles.get(terms[t]!);
        if (!seen) termArticles.set(terms[t]!, (seen = new Set()));
        seen.add(a);
      }
    }
  }

  foldPlurals(phrases, forms);
  // the same for single words inside phrases: "temporary ceasefires" shares "ceasefire"
  const knownTerms = new Set(termArticles.keys());
  const canonical = new Map<string, string>();
  const canonicalTerm = (term: string): string => {
    let found = canonical.get(term);
    if (found === undefined) canonical.set(term, (found = singulars(term).find((s) => knownTerms.has(s)) ?? term));
    return found;
  };
  for (const stats of phrases.values()) {
    let changed = false;
    for (const t of stats.terms) if (canonicalTerm(t) !== t) changed = true;
    if (changed) stats.terms = distinct(stats.terms.map(canonicalTerm));
  }
  for (const [term, seen] of [...termArticles]) {
    const target = canonicalTerm(term);
    if (target === term) continue;
    const into = termArticles.get(target)!;
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

  const articleScore = (phrase: PhraseStats, article: number): number => {
    const tf = phrase.countByArticle.get(article) ?? 0;
    if (tf === 0) return 0;
    return (1 + Math.log(tf)) * (0.15 + 0.85 * phrase.specificity) * phrase.distinctiveness * lengthBonus(phrase.terms.length);
  };

  for (const stats of phrases.values()) {
    const printed = forms.get(stats.lemma)!;
    let headForms: string[] | null = null;
    if (printed.length === 1) stats.display = printed[0]!.form;
    else {
      stats.display = commonestForm(new Map(printed.map((p) => [p.form, p.count])));
      headForms = printed.map((p) => lastWord(p.form));
    }
    // plural heads like "talks" or "arms" are rarer, and more particular, than their singulars
    const onlyHead = headForms === null ? lastWord(stats.display) : null;
    const alwaysPlural = onlyHead !== null ? onlyHead !== stats.head && onlyHead.endsWith("s") : headForms!.every((f) => f !== stats.head && f.endsWith("s"));
    let max = 0;
    let sum = 0;
    const terms = stats.terms;
    for (let i = 0; i < terms.length; i++) {
      let value = rarity(terms[i]!);
      if (i === terms.length - 1 && alwaysPlural) {
        if (onlyHead !== null) value = Math.max(value, rarity(onlyHead) * 0.9);
        else for (const f of headForms!) value = Math.max(value, rarity(f) * 0.9);
      }
      if (value > max) max = value;
      sum += value;
    }
    stats.specificity = terms.length > 0 ? 0.5 * max + (0.5 * sum) / terms.length : 0;
    stats.distinctiveness = corpusFactor(stats.countByArticle.size);
    // the sum of articleScore over its articles, in one pass
    let frequency = 0;
    for (const tf of stats.countByArticle.values()) frequency += 1 + Math.log(tf);
    stats.score = frequency * (0.15 + 0.85 * stats.specificity) * stats.distinctiveness * lengthBonus(terms.length);
  }

  return { articles, wordCount, phrases, termWeight, articleScore };
}

interface PrintedForm {
  form: string;
  count: number;
}

const NO_ADJECTIVES: ReadonlySet<string> = new Set();

function addForm(forms: PrintedForm[], form: string, count: number): void {
  for (const f of forms)
    if (f.form === form) {
      f.count += count;
      return;
    }
  forms.push({ form, count });
}

/** The words in first-seen order without repeats (phrases have at most a handful). */
function distinct(words: string[]): string[] {
  for (let i = 1; i < words.length; i++) if (words.indexOf(words[i]!) < i) return [...new Set(words)];
  return words;
}

function lastWord(form: string): string {
  const trimmed = form.trimEnd();
  let at = trimmed.length;
  while (at > 0) {
    const c = trimmed.charCodeAt(at - 1);
    if (c === 32 || c === 9 || c === 10 || c === 160) break;
    at--;
  }
  return trimmed.slice(at).toLowerCase();
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
function foldPlurals(phrases: Map<string, PhraseStats>, forms: Map<string, PrintedForm[]>): void {
  // only plural heads can fold; sorted so the result does not depend on input order
  const plural = [...phrases.keys()].filter((lemma) => lemma.endsWith("s")).sort();
  for (const lemma of plural) {
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
      into.sentences = [...new Set([...into.sentences, ...stats.sentences])].sort((x, y) => x - y);
      const printed = forms.get(target)!;
      for (const { form, count } of forms.get(lemma)!) addForm(printed, form, count);
      phrases.delete(lemma);
      break;
    }
  }
}
