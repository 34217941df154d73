// Stories: articles that report the same unfolding events, grouped by what they talk about
// (content words) and who they talk about (actors), with the key points a briefing leads with.
import type { ActorKind, Analysis, ArticleTerms, Span } from "../types.js";
import { cosine, standsAsReport, inverseDocumentFrequency, termCounts, tfidf, type SparseVector } from "./vectors.js";
import { slugify } from "../model/ids.js";
import { EXACT, similarPairs } from "./blocking/similar-pairs.js";
import { averageLinkClusters } from "./blocking/average-link.js";
import { attachStragglers, signatureOf, signaturesConflict } from "./signature.js";

export interface StoryInput {
  id: string;
  title: string | null;
  text: string;
  analysis: Analysis;
  /** its content words by sentence, and the figures it prints */
  terms: Pick<ArticleTerms, "lemmas" | "words" | "figures">;
  actors: string[];
  /** the actors named in the lead (its first sentences): the protagonists that tell one event from a similar one */
  leadActors?: { id: string; kind: ActorKind }[];
  /** where it prints dates (their numbers are no counts) */
  dateSpans?: Span[];
}

export type { KeyPoint, StoryDraft } from "../model/related.js";
import type { KeyPoint, StoryDraft } from "../model/related.js";

/** Average-link similarity two article groups need to be one story (unless their leads conflict: signature.ts). */
const STORY_THRESHOLD = 0.2;
/** Average similarity a lone article needs to a story whose own names its lead gives, to join it. */
const STRAGGLER_THRESHOLD = 0.1;
/** A sentence of another article this close to a key point counts as that article reporting it too… */
const CITATION_THRESHOLD = 0.3;
/** …when it also holds at least this share of the point's content words: sharing two rare names is not saying the same thing. */
const CITATION_COVERAGE = 0.6;
/** Article pairs less similar than this count as unrelated (0) in the average link: they never made a story. */
const PAIR_FLOOR = 0.1;
/** Sentences of each article considered for key points. */
const LEAD_SENTENCES = 12;

/** Words a headline written from a lead sentence keeps at most: past them it is cut at a clause, or marked as cut. */
const GENERATED_HEADLINE_WORDS = 14;

/**
 * A headline for a story none of whose articles prints one: the most central article's first sentence
 * (as the sentence splitter found it), cut at its last clause boundary within the word limit.
 */
export function headlineFromLead(input: Pick<StoryInput, "text" | "analysis">): string {
  const first = input.analysis.sentences.find((s) => /\p{L}/u.test(input.text.slice(s.start, s.end)));
  const sentence = (first ? input.text.slice(first.start, first.end) : input.text).replace(/\s+/g, " ").trim().replace(/[.!?]+$/, "");
  const words = sentence.split(" ").filter(Boolean);
  if (words.length === 0) return "Story without text";
  if (words.length <= GENERATED_HEADLINE_WORDS) return sentence;
  const head = words.slice(0, GENERATED_HEADLINE_WORDS).join(" ");
  const clause = head.search(/,[^,]*$/);
  return `${(clause > head.length / 2 ? head.slice(0, clause) : head).replace(/[,;:–—-]+$/, "")}…`;
}

export function clusterStories(inputs: StoryInput[]): StoryDraft[] {
  if (inputs.length === 0) return [];
  const counts = inputs.map((input) => {
    const terms = input.terms.lemmas.flat();
    // actors weigh like repeated terms: sharing the cast is strong evidence of one story
    for (const actor of input.actors) terms.push(`@${actor}`, `@${actor}`);
    return termCounts(terms);
  });
  const idf = inverseDocumentFrequency(counts);
  const vectors = counts.map((c) => tfidf(c, idf));
  // candidate pairs through rare shared terms, exact similarity for each; pairs below the floor count as 0
  const pairs = similarPairs(vectors, PAIR_FLOOR);
  const signatures = inputs.map(signatureOf);
  // similarity gathers a topic's reports; two groups whose leads each name their own protagonist,
  // place or figure are two events of that topic, however alike their words
  const grouped = averageLinkClusters(inputs.length, pairs, STORY_THRESHOLD, (a, b) =>
    !signaturesConflict(a.map((i) => signatures[i]!), b.map((i) => signatures[i]!)),
  );
  const clusters = attachStragglers(grouped, pairs, signatures, STRAGGLER_THRESHOLD);
  const neighbours: Map<number, number>[] = inputs.map(() => new Map());
  for (const { a, b, similarity } of pairs) {
    neighbours[a]!.set(b, similarity);
    neighbours[b]!.set(a, similarity);
  }

  const drafts = clusters.map((members) => {
    const central = [...members].sort(
      (x, y) => centrality(y, members, neighbours) - centrality(x, members, neighbours) || x - y,
    );
    const titled = central.find((i) => inputs[i]!.title);
    const title = titled !== undefined ? inputs[titled]!.title! : headlineFromLead(inputs[central[0]!]!);
    const articleIds = members.map((i) => inputs[i]!.id);
    return {
      id: "",
      title,
      titleSource: titled !== undefined ? ("text" as const) : ("generated" as const),
      articles: articleIds,
      keyPoints: pickKeyPoints(members.map((i) => inputs[i]!), idf),
    };
  });
  drafts.sort((a, b) => b.articles.length - a.articles.length || a.title.localeCompare(b.title));
  const used = new Set<string>();
  for (const draft of drafts) {
    let id = `story-${slugify(draft.title, "story").slice(0, 48).replace(/-+$/, "")}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/, "")}-${n}`;
    used.add(id);
    draft.id = id;
  }
  return drafts;
}

/** Whether another sentence states the point: close in weighted terms, and holding half its content words as printed. */
function saysTheSame(point: ScoredSentence, other: ScoredSentence): boolean {
  if (cosine(point.vector, other.vector) < CITATION_THRESHOLD) return false;
  let shared = 0;
  for (const word of point.words) if (other.words.has(word)) shared++;
  return shared >= point.words.size * CITATION_COVERAGE;
}

function centrality(i: number, members: number[], neighbours: Map<number, number>[]): number {
  return members.reduce((sum, j) => (j === i ? sum : sum + (neighbours[i]!.get(j) ?? 0)), 0);
}

interface ScoredSentence {
  article: string;
  text: string;
  vector: SparseVector;
  /** its content words as printed */
  words: Set<string>;
  score: number;
}

/** Pairs of sentences close enough that one article reporting one counts as reporting the other (all of them, through an index). */
function closeSentencePairs(sentences: ScoredSentence[]): { a: number; b: number }[] {
  return similarPairs(sentences.map((s) => s.vector), CITATION_THRESHOLD, EXACT);
}

/**
 * Key points: sentences that many sources report (close to sentences of other articles), that
 * carry the story's distinctive words, and come early in their article (news is written
 * top-down). Near-repeats are dropped so each point says something new.
 */
function pickKeyPoints(articles: StoryInput[], idf: Map<string, number>, limit = 7): KeyPoint[] {
  const sentences: ScoredSentence[] = [];
  for (const article of articles) {
    const terms = article.terms.lemmas;
    // the lead carries the news; later sentences add detail a briefing can leave to the article
    article.analysis.sentences.slice(0, LEAD_SENTENCES).forEach((s, index) => {
      const text = article.text.slice(s.start, s.end).trim();
      // too short to stand alone, too long to read as a point, or a quote without its frame
      if (!standsAsReport(text) || text.split(/\s+/).length > 60 || /^["“‘]/.test(text)) return;
      const vector = tfidf(termCounts(terms[index]!), idf);
      sentences.push({ article: article.id, text, vector, words: new Set(article.terms.words[index]), score: 1 / (1 + index * 0.15) });
    });
  }
  const support = sentences.map(() => new Set<string>());
  // support comes from other articles only: a story of one article has none to look for
  for (const { a, b } of articles.length > 1 ? closeSentencePairs(sentences) : []) {
    if (sentences[a]!.article === sentences[b]!.article) continue;
    support[a]!.add(sentences[b]!.article);
    support[b]!.add(sentences[a]!.article);
  }
  sentences.forEach((sentence, i) => (sentence.score *= 1 + support[i]!.size));
  sentences.sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
  const chosen: ScoredSentence[] = [];
  for (const sentence of sentences) {
    if (chosen.length >= limit) break;
    if (chosen.some((c) => cosine(c.vector, sentence.vector) >= 0.45)) continue;
    chosen.push(sentence);
  }
  return chosen.map((point) => {
    const sources = new Set([point.article]);
    for (const other of sentences)
      if (other.article !== point.article && !sources.has(other.article) && saysTheSame(point, other)) sources.add(other.article);
    const order = articles.map((a) => a.id);
    return { text: point.text, articles: [...sources].sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
  });
}
