// Stories: articles that report the same unfolding events, grouped by what they talk about
// (content words) and who they talk about (actors), with the key points a briefing leads with.
import type { Analysis } from "../extract/nlp.js";
import { contentTerms, cosine, standsAsReport, inverseDocumentFrequency, sentenceTerms, termCounts, tfidf, type SparseVector } from "./vectors.js";
import { slugify } from "../assemble/ids.js";

export interface StoryInput {
  id: string;
  title: string | null;
  text: string;
  analysis: Analysis;
  actors: string[];
}

export interface KeyPoint {
  text: string;
  articles: string[];
}

export interface StoryDraft {
  id: string;
  title: string;
  articles: string[];
  keyPoints: KeyPoint[];
}

/** Average-link similarity two article groups need to be one story. */
const STORY_THRESHOLD = 0.2;
/** A sentence of another article this close to a key point counts as that article reporting it too. */
const CITATION_THRESHOLD = 0.3;
/** Sentences of each article considered for key points. */
const LEAD_SENTENCES = 12;

export function clusterStories(inputs: StoryInput[]): StoryDraft[] {
  if (inputs.length === 0) return [];
  const counts = inputs.map((input) => {
    const terms = contentTerms(input.analysis.tokens);
    // actors weigh like repeated terms: sharing the cast is strong evidence of one story
    for (const actor of input.actors) terms.push(`@${actor}`, `@${actor}`);
    return termCounts(terms);
  });
  const idf = inverseDocumentFrequency(counts);
  const vectors = counts.map((c) => tfidf(c, idf));
  // cosine(a, b) and cosine(b, a) add the same products in the same order unless the two vectors
  // have as many terms, so each unordered pair is computed once, or twice only then
  const similarity = vectors.map(() => new Array<number>(vectors.length).fill(0));
  vectors.forEach((a, i) => {
    for (let j = i; j < vectors.length; j++) {
      const b = vectors[j]!;
      const ab = cosine(a, b);
      similarity[i]![j] = ab;
      similarity[j]![i] = i !== j && a.size === b.size ? cosine(b, a) : ab;
    }
  });

  // average-link agglomeration; cluster similarities are updated in place (Lance-Williams), so
  // each merge costs one pass over the clusters instead of recomputing every pair
  const clusters: (number[] | null)[] = inputs.map((_, i) => [i]);
  const linkage = similarity.map((row) => [...row]);
  for (;;) {
    let best = { score: -1, a: -1, b: -1 };
    for (let a = 0; a < clusters.length; a++) {
      if (!clusters[a]) continue;
      for (let b = a + 1; b < clusters.length; b++) {
        if (!clusters[b]) continue;
        const score = linkage[a]![b]!;
        if (score > best.score) best = { score, a, b };
      }
    }
    if (best.score < STORY_THRESHOLD) break;
    const a = clusters[best.a]!;
    const b = clusters[best.b]!;
    for (let k = 0; k < clusters.length; k++) {
      if (!clusters[k] || k === best.a || k === best.b) continue;
      const merged = (a.length * linkage[best.a]![k]! + b.length * linkage[best.b]![k]!) / (a.length + b.length);
      linkage[best.a]![k] = merged;
      linkage[k]![best.a] = merged;
    }
    clusters[best.a] = [...a, ...b].sort((x, y) => x - y);
    clusters[best.b] = null;
  }

  const drafts = clusters.filter((c): c is number[] => c !== null).map((members) => {
    const central = [...members].sort(
      (x, y) => centrality(y, members, similarity) - centrality(x, members, similarity) || x - y,
    );
    const titled = central.find((i) => inputs[i]!.title);
    const title = titled !== undefined ? inputs[titled]!.title! : inputs[central[0]!]!.title ?? "Untitled story";
    const articleIds = members.map((i) => inputs[i]!.id);
    return {
      id: "",
      title,
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

function centrality(i: number, members: number[], similarity: number[][]): number {
  return members.reduce((sum, j) => (j === i ? sum : sum + similarity[i]![j]!), 0);
}

interface ScoredSentence {
  article: string;
  text: string;
  vector: SparseVector;
  score: number;
}

/**
 * Key points: sentences that many sources report (close to sentences of other articles), that
 * carry the story's distinctive words, and come early in their article (news is written
 * top-down). Near-repeats are dropped so each point says something new.
 */
function pickKeyPoints(articles: StoryInput[], idf: Map<string, number>, limit = 7): KeyPoint[] {
  const sentences: ScoredSentence[] = [];
  for (const article of articles) {
    const terms = sentenceTerms(article.analysis);
    // the lead carries the news; later sentences add detail a briefing can leave to the article
    article.analysis.sentences.slice(0, LEAD_SENTENCES).forEach((s, index) => {
      const text = article.text.slice(s.start, s.end).trim();
      // too short to stand alone, too long to read as a point, or a quote without its frame
      if (!standsAsReport(text) || text.split(/\s+/).length > 60 || /^["“‘]/.test(text)) return;
      const vector = tfidf(termCounts(terms[index]!), idf);
      sentences.push({ article: article.id, text, vector, score: 1 / (1 + index * 0.15) });
    });
  }
  for (const sentence of sentences) {
    const support = new Set<string>();
    for (const other of sentences)
      if (other.article !== sentence.article && cosine(sentence.vector, other.vector) >= CITATION_THRESHOLD) support.add(other.article);
    sentence.score *= 1 + support.size;
  }
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
      if (cosine(point.vector, other.vector) >= CITATION_THRESHOLD) sources.add(other.article);
    const order = articles.map((a) => a.id);
    return { text: point.text, articles: [...sources].sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
  });
}
