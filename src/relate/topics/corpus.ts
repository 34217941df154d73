// The phrase statistics of a corpus that topic discovery works from: where each key phrase occurs,
// in how many articles, how distinctive it is against the corpus and against everyday English.
import type { Analysis, ArticleTerms, PhraseOccurrence } from "../../types.js";
import { commonestForm } from "../../collections.js";
import { rarity } from "./background.js";
import { WEAK_HEADS } from "../../data/topics-stop.js";

export interface TopicArticle {
  id: string;
  /** the story the pipeline grouped the article into */
  storyId: string;
  text: string;
  analysis: Analysis;
  /** its word count is what a phrase's frequency is measured against */
  terms: Pick<ArticleTerms, "wordCount">;
  phrases: { text: string; lemma: string; count: number }[];
  /** every key phrase occurrence in the text, as the extract stage found them */
  occurrences: readonly PhraseOccurrence[];
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
  /** the phrases topics may be made of, highest score first (see maxCandidates) */
  candidates: PhraseStats[];
  /** a candidate by its lemma */
  candidate(lemma: string): PhraseStats | undefined;
  /** occurrences of phrases with this head noun, over every phrase of the corpus */
  headUse(head: string): number;
  /** weight of a content word when comparing phrases */
  termWeight(term: string): number;
  /** keyphrase score of a phrase in one article: frequency × distinctiveness */
  articleScore(phrase: PhraseStats, article: number): number;
}

/**
 * How many phrases are clustered: the rest add nothing an editor would list. It grows with the
 * collection (as the number of topics does), or a large collection of many small stories runs out of
 * subjects: 400 up to 500 articles, about 570 for 1,000 and 1,800 for 10,000.
 */
export function maxCandidates(articles: number): number {
  return Math.ceil(CANDIDATES.base * Math.sqrt(Math.max(1, articles / CANDIDATES.baseArticles)));
}
const CANDIDATES = { base: 400, baseArticles: 500 };

/** Below this many articles, a phrase shared by all of them is the subject, not noise. */
const SMALL_CORPUS = 8;

function lengthBonus(terms: number): number {
  return 1 + 0.2 * Math.min(2, Math.max(0, terms - 1));
}

/**
 * One phrase as first gathered: its occurrences and printed forms. Full statistics (per-article
 * counts, sentences, scores) are built only for the phrases that pass the cheap filters.
 */
interface PhraseRecord {
  lemma: string;
  first: PhraseOccurrence;
  terms: string[];
  /** occurrences in reading order (a folded plural's appended after), with their articles */
  found: PhraseOccurrence[];
  articleOf: number[];
  forms: PrintedForm[];
}

interface Scored {
  record: PhraseRecord;
  display: string;
  countByArticle: Map<number, number>;
  specificity: number;
  distinctiveness: number;
  score: number;
}

export function buildCorpus(articles: TopicArticle[]): Corpus {
  const n = articles.length;
  const records = new Map<string, PhraseRecord>();
  // articles in which each word occurs, ascending, each once
  const termArticles = new Map<string, number[]>();
  const wordCount = (a: number): number => articles[a]!.terms.wordCount;

  for (let a = 0; a < articles.length; a++) {
    const article = articles[a]!;
    const found = article.occurrences;
    // the phrase list the extractor gave normally holds every occurrence: check only when it may not
    let listed = 0;
    for (const p of article.phrases) listed += p.count;
    const allowed = article.phrases.length > 0 && listed !== found.length ? new Set(article.phrases.map((p) => p.lemma)) : null;
    for (let o = 0; o < found.length; o++) {
      const occurrence = found[o]!;
      // the article's own phrase list is authoritative when it was given
      if (allowed && !allowed.has(occurrence.lemma)) continue;
      const record = records.get(occurrence.lemma);
      if (!record)
        records.set(occurrence.lemma, {
          lemma: occurrence.lemma,
          first: occurrence,
          terms: distinct(occurrence.terms),
          found: [occurrence],
          articleOf: [a],
          forms: [{ form: occurrence.text, count: 1 }],
        });
      else {
        record.found.push(occurrence);
        record.articleOf.push(a);
        addForm(record.forms, occurrence.text, 1);
      }
      const terms = occurrence.terms;
      for (let t = 0; t < terms.length; t++) {
        const seen = termArticles.get(terms[t]!);
        if (!seen) termArticles.set(terms[t]!, [a]);
        else if (seen[seen.length - 1] !== a) seen.push(a);
      }
    }
  }

  foldPlurals(records);
  // the same for single words inside phrases: "temporary ceasefires" shares "ceasefire"
  const canonical = new Map<string, string>();
  const canonicalTerm = (term: string): string => {
    let found = canonical.get(term);
    if (found === undefined) canonical.set(term, (found = singulars(term).find((s) => termArticles.has(s)) ?? term));
    return found;
  };
  // phrases seen once still count: "drone strikes" here and "drone assault" there make a topic;
  // but one seen once that shares no word with any other phrase can join nothing
  const phrasesWithTerm = new Map<string, number>();
  const headUse = new Map<string, number>();
  for (const record of records.values()) {
    let changed = false;
    for (const t of record.terms) if (canonicalTerm(t) !== t) changed = true;
    if (changed) record.terms = distinct(record.terms.map(canonicalTerm));
    for (const t of record.terms) phrasesWithTerm.set(t, (phrasesWithTerm.get(t) ?? 0) + 1);
    const head = record.first.head;
    headUse.set(head, (headUse.get(head) ?? 0) + record.found.length);
  }
  for (const [term, seen] of [...termArticles]) {
    const target = canonicalTerm(term);
    if (target === term) continue;
    // only the number of articles is read: the union need not stay sorted
    const into = termArticles.get(target)!;
    for (const a of seen) if (!into.includes(a)) into.push(a);
  }

  const corpusFactor = (df: number): number => {
    if (n < SMALL_CORPUS || df <= 1) return 1;
    const value = Math.log(n / df) / Math.log(n / 2);
    return 0.35 + 0.65 * Math.min(1, Math.max(0, value));
  };

  const termWeight = (term: string): number => {
    const df = termArticles.get(term)?.length ?? 1;
    // a word that names no subject alone ("issue", "talks") ties phrases together only loosely
    return Math.max(0.08, rarity(term)) * corpusFactor(df) * (WEAK_HEADS.has(term) ? 0.35 : 1);
  };

  const articleScore = (phrase: PhraseStats, article: number): number => {
    const tf = phrase.countByArticle.get(article) ?? 0;
    if (tf === 0) return 0;
    return (1 + Math.log(tf)) * (0.15 + 0.85 * phrase.specificity) * phrase.distinctiveness * lengthBonus(phrase.terms.length);
  };

  const scored: Scored[] = [];
  for (const record of records.values()) {
    if (record.found.length === 1 && !record.terms.some((t) => phrasesWithTerm.get(t)! > 1)) continue;
    const printed = record.forms;
    const head = record.first.head;
    let display: string;
    let headForms: string[] | null = null;
    if (printed.length === 1) display = printed[0]!.form;
    else {
      display = commonestForm(new Map(printed.map((p) => [p.form, p.count])));
      headForms = printed.map((p) => lastWord(p.form));
    }
    // plural heads like "talks" or "arms" are rarer, and more particular, than their singulars
    const onlyHead = headForms === null ? lastWord(display) : null;
    const alwaysPlural = onlyHead !== null ? onlyHead !== head && onlyHead.endsWith("s") : headForms!.every((f) => f !== head && f.endsWith("s"));
    let max = 0;
    let sum = 0;
    const terms = record.terms;
    for (let i = 0; i < terms.length; i++) {
      let value = rarity(terms[i]!);
      if (i === terms.length - 1 && alwaysPlural) {
        if (onlyHead !== null) value = Math.max(value, rarity(onlyHead) * 0.9);
        else for (const f of headForms!) value = Math.max(value, rarity(f) * 0.9);
      }
      if (value > max) max = value;
      sum += value;
    }
    const specificity = terms.length > 0 ? 0.5 * max + (0.5 * sum) / terms.length : 0;
    const countByArticle = new Map<number, number>();
    for (const a of record.articleOf) countByArticle.set(a, (countByArticle.get(a) ?? 0) + 1);
    const distinctiveness = corpusFactor(countByArticle.size);
    // the sum of articleScore over its articles, in one pass
    let frequency = 0;
    for (const tf of countByArticle.values()) frequency += 1 + Math.log(tf);
    const score = frequency * (0.15 + 0.85 * specificity) * distinctiveness * lengthBonus(terms.length);
    scored.push({ record, display, countByArticle, specificity, distinctiveness, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.record.lemma < b.record.lemma ? -1 : 1));

  const candidates: PhraseStats[] = [];
  const byLemma = new Map<string, PhraseStats>();
  for (let c = 0; c < scored.length && c < maxCandidates(n); c++) {
    const { record, display, countByArticle, specificity, distinctiveness, score } = scored[c]!;
    const occurrences: PhraseStats["occurrences"] = [];
    const sentences: SentenceKey[] = [];
    for (let o = 0; o < record.found.length; o++) {
      const occurrence = record.found[o]!;
      occurrences.push({ article: record.articleOf[o]!, occurrence });
      sentences.push(sentenceKey(record.articleOf[o]!, occurrence.sentence));
    }
    const stats: PhraseStats = {
      lemma: record.lemma,
      display,
      terms: record.terms,
      adjectives: record.first.adjectives.length === 0 ? NO_ADJECTIVES : new Set(record.first.adjectives),
      head: record.first.head,
      occurrences,
      countByArticle,
      sentences: sortedDistinct(sentences),
      specificity,
      distinctiveness,
      score,
    };
    candidates.push(stats);
    byLemma.set(stats.lemma, stats);
  }

  return {
    articles,
    wordCount,
    candidates,
    candidate: (lemma) => byLemma.get(lemma),
    headUse: (head) => headUse.get(head) ?? 0,
    termWeight,
    articleScore,
  };
}

/** Ascending and each once; most lists arrive sorted already (one article, text order). */
function sortedDistinct(keys: number[]): number[] {
  let sorted = true;
  for (let i = 1; i < keys.length; i++) if (keys[i]! < keys[i - 1]!) sorted = false;
  if (!sorted) keys.sort((x, y) => x - y);
  let w = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[w - 1]) keys[w++] = keys[i]!;
  keys.length = w;
  return keys;
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
function foldPlurals(records: Map<string, PhraseRecord>): void {
  // only plural heads can fold; sorted so the result does not depend on input order
  const plural = [...records.keys()].filter((lemma) => lemma.endsWith("s")).sort();
  for (const lemma of plural) {
    const record = records.get(lemma);
    if (!record) continue;
    const words = lemma.split(" ");
    const head = words[words.length - 1]!;
    for (const singular of singulars(head)) {
      const target = [...words.slice(0, -1), singular].join(" ");
      const into = records.get(target);
      if (!into || into === record) continue;
      for (let o = 0; o < record.found.length; o++) {
        into.found.push(record.found[o]!);
        into.articleOf.push(record.articleOf[o]!);
      }
      for (const { form, count } of record.forms) addForm(into.forms, form, count);
      records.delete(lemma);
      break;
    }
  }
}
