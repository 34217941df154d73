// Topic discovery: the subjects of a corpus as an editor would list them, each with the articles,
// sentences and actors that belong to it. Topics the user declared are matched first; key noun
// phrases, weighted by how particular they are to the corpus and to English at large, are grouped
// into the rest (see topics/cluster.ts). Works on any corpus, from one article up, without a list.
import type { BriefingTopic } from "../model/briefing.js";
import { articleOfSentence, buildCorpus, sentenceKey, sentenceOfKey, type Corpus, type SentenceKey, type TopicArticle } from "./topics/corpus.js";
import { matchDeclared, type DeclaredMatch } from "./topics/declared.js";
import { canJoinStories, draftTopics, maxTopics, sentenceCase, type TopicDraft } from "./topics/discover.js";
import { slugify } from "../model/ids.js";
import { addToList } from "../collections.js";

export interface DeclaredTopic {
  name: string;
  description?: string;
  keywords?: string[];
  parent?: string;
  iptc?: string;
}

/** One article as topic discovery reads it (the pipeline's story id keeps unrelated stories apart). */
export type TopicInput = TopicArticle;

/** A topic as written to briefing.json; `iptc` is the IPTC Media Topic code the user declared. */
export interface DiscoveredTopic extends BriefingTopic {
  iptc: string | null;
  /** true for topics from the user's taxonomy */
  declared: boolean;
}

const MAX_SENTENCES = 25;
/** A sentence that leans on the one before it does not stand alone as a description. */
const CONNECTIVE = /^(however|but|and|meanwhile|still|yet|also|instead|moreover|furthermore|this|these|that|it|he|she|they)\b/i;
const MAX_ACTORS = 10;
const MAX_RELATED = 5;

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** Whether a discovered topic says what a declared one already says. */
function coveredBy(draft: TopicDraft, match: DeclaredMatch): boolean {
  const names = [draft.nameLemma, ...draft.phrases.slice(0, 3).map((p) => p.lemma)];
  if (match.keywordLemmas.some((k) => names.some((n) => containsWords(n, k) || containsWords(k, n)))) return true;
  const declaredSentences = new Set(match.sentences);
  const shared = draft.sentences.filter((s) => declaredSentences.has(s)).length;
  return draft.sentences.length > 0 && shared / draft.sentences.length >= 0.6;
}

function declaredDraft(match: DeclaredMatch): TopicDraft {
  const articles = [...match.countByArticle.entries()]
    .map(([article, count]) => ({ article, relevance: count }))
    .sort((x, y) => y.relevance - x.relevance || x.article - y.article);
  return {
    name: match.spec.name.trim(),
    nameLemma: match.keywordLemmas[0] ?? match.spec.name.toLowerCase(),
    description: match.spec.description?.trim() || null,
    articles,
    phrases: [],
    sentences: match.sentences,
    weight: articles.reduce((s, a) => s + a.relevance, 0),
    parent: null,
    declared: { iptc: match.spec.iptc?.trim() || null },
  };
}

const sentenceTexts = new WeakMap<Corpus, Map<SentenceKey, { article: number; sentence: number; text: string }>>();

function sentenceText(corpus: Corpus, key: SentenceKey): { article: number; sentence: number; text: string } {
  let cache = sentenceTexts.get(corpus);
  if (!cache) sentenceTexts.set(corpus, (cache = new Map()));
  let found = cache.get(key);
  if (!found) cache.set(key, (found = readSentence(corpus, key)));
  return found;
}

function readSentence(corpus: Corpus, key: SentenceKey): { article: number; sentence: number; text: string } {
  const article = articleOfSentence(key);
  const sentence = sentenceOfKey(key);
  const input = corpus.articles[article]!;
  const span = input.analysis.sentences[sentence]!;
  return { article, sentence, text: input.text.slice(span.start, span.end).replace(/\s+/g, " ").trim() };
}

/** The sentence that best says what the topic is: central, of readable length, not a bare quote. */
function describe(corpus: Corpus, sentences: SentenceKey[]): string | null {
  const texts = sentences.slice(0, 12).map((key) => sentenceText(corpus, key).text);
  const readable = texts.find((t) => {
    const words = t.split(/\s+/).length;
    return words >= 8 && words <= 45 && !/^["“‘']/.test(t) && !CONNECTIVE.test(t) && /[.!?]["”’]?$/.test(t);
  });
  return readable ?? texts.find((t) => t.split(/\s+/).length >= 5) ?? null;
}

/** The actors named in each sentence. */
function actorsBySentence(corpus: Corpus): Map<SentenceKey, Set<string>> {
  const out = new Map<SentenceKey, Set<string>>();
  corpus.articles.forEach((input, a) => {
    const sentences = input.analysis.sentences;
    let s = 0;
    const mentions = [...input.mentions].sort((x, y) => x.start - y.start);
    for (const m of mentions) {
      while (s < sentences.length && sentences[s]!.end < m.end) s++;
      if (s >= sentences.length) break;
      if (m.actor === null || m.start < sentences[s]!.start) continue;
      const key = sentenceKey(a, s);
      let set = out.get(key);
      if (!set) out.set(key, (set = new Set()));
      set.add(m.actor);
    }
  });
  return out;
}

function actorsOf(named: Map<SentenceKey, Set<string>>, sentences: SentenceKey[]): string[] {
  const counts = new Map<string, number>();
  for (const key of sentences) for (const actor of named.get(key) ?? []) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, MAX_ACTORS)
    .map(([actor]) => actor);
}

/**
 * An article whose own words name no topic takes the topics most of its story's articles share: a short
 * follow-up about the same earthquake is about the earthquake. Only topics held by at least half of the
 * story's articles, and by two of them, are shared, so a story that merged two subjects lends neither.
 */
const STORY_TOPIC_SHARE = { minShare: 0.5, minArticles: 2 };

export function shareStoryTopics(topics: BriefingTopic[], articles: TopicInput[]): void {
  const topicsOf = new Map<string, string[]>();
  for (const topic of topics) for (const id of topic.articles) addToList(topicsOf, id, topic.id);
  const members = new Map<string, string[]>();
  for (const a of articles) addToList(members, a.storyId, a.id);
  const byId = new Map(topics.map((t) => [t.id, t]));
  for (const ids of members.values()) {
    const bare = ids.filter((id) => !topicsOf.has(id));
    if (bare.length === 0 || bare.length === ids.length) continue;
    const held = new Map<string, number>();
    for (const id of ids) for (const t of topicsOf.get(id) ?? []) held.set(t, (held.get(t) ?? 0) + 1);
    const shared = [...held].filter(([, n]) => n >= STORY_TOPIC_SHARE.minArticles && n >= ids.length * STORY_TOPIC_SHARE.minShare).map(([t]) => t);
    for (const t of shared) byId.get(t)!.articles.push(...bare);
  }
}

/**
 * Past the budget, a topic is still taken when it is the subject of articles no chosen topic covers:
 * a collection of many small stories would otherwise leave most of them without one. The extra
 * topics are bounded too (a share of the budget), and each must bring several articles of its own.
 */
export const COVERAGE_FILL = { minNewArticles: 2, extraShare: 0.5 };

/** Adds to `chosen`, in rank order, the topics that cover enough articles not yet covered. */
export function fillCoverage(
  rest: { i: number }[],
  chosen: Set<number>,
  budget: number,
  articlesOf: (i: number) => number[],
  alreadyCovered: number[],
): void {
  const covered = new Set(alreadyCovered);
  let extra = Math.ceil(budget * COVERAGE_FILL.extraShare);
  for (const { i } of rest) {
    if (extra <= 0) return;
    const articles = articlesOf(i);
    const fresh = articles.filter((a) => !covered.has(a)).length;
    if (fresh < COVERAGE_FILL.minNewArticles) continue;
    chosen.add(i);
    extra--;
    for (const a of articles) covered.add(a);
  }
}

export function discoverTopics(articles: TopicInput[], declared: DeclaredTopic[]): BriefingTopic[] {
  if (articles.length === 0) return [];
  const corpus = buildCorpus(articles);
  const matches = matchDeclared(articles, declared);

  // the user's taxonomy first; a declared parent covers its children's articles
  const declaredDrafts = matches.map(declaredDraft);
  const declaredIndexByName = new Map(declaredDrafts.map((d, i) => [d.name.toLowerCase(), i]));
  declaredDrafts.forEach((draft, i) => {
    const parentName = matches[i]!.spec.parent?.trim().toLowerCase();
    const p = parentName === undefined ? undefined : declaredIndexByName.get(parentName);
    if (p !== undefined && p !== i) draft.parent = p;
  });
  for (let pass = 0; pass < declaredDrafts.length; pass++)
    declaredDrafts.forEach((draft) => {
      if (draft.parent === null) return;
      const parent = declaredDrafts[draft.parent]!;
      for (const a of draft.articles)
        if (!parent.articles.some((x) => x.article === a.article)) parent.articles.push({ article: a.article, relevance: 0 });
    });

  // discovered topics fill the rest, less those a declared topic already covers
  const discovered = draftTopics(corpus);
  const replacement = new Map<number, number>();
  const kept: TopicDraft[] = [];
  discovered.forEach((draft, i) => {
    const covering = matches.findIndex((m) => m.countByArticle.size > 0 && coveredBy(draft, m));
    if (covering >= 0) replacement.set(i, -1 - covering);
  });
  const budget = Math.max(3, maxTopics(articles.length) - declaredDrafts.filter((d) => d.articles.length > 0).length);
  const ranked = discovered
    .map((draft, i) => ({ draft, i }))
    .filter(({ i }) => !replacement.has(i))
    .sort((x, y) => y.draft.weight - x.draft.weight || (x.draft.name < y.draft.name ? -1 : 1));
  const chosen = new Set(ranked.slice(0, budget).map(({ i }) => i));
  // the extra topics must carry a particular name: "Factor" or "Ceremony" is no subject of its own
  const particular = ranked.slice(budget).filter(({ draft }) => {
    const name = corpus.candidate(draft.nameLemma);
    return name !== undefined && canJoinStories(name);
  });
  fillCoverage(particular, chosen, budget, (i) => discovered[i]!.articles.map((a) => a.article), [...chosen].flatMap((i) => discovered[i]!.articles.map((a) => a.article)));
  // a chosen narrower topic keeps its broader one
  for (const i of [...chosen]) {
    const parent = discovered[i]!.parent;
    if (parent !== null && !replacement.has(parent)) chosen.add(parent);
  }
  for (const { draft, i } of ranked) if (chosen.has(i)) kept.push(draft);

  const all: TopicDraft[] = [...declaredDrafts.filter((d) => d.articles.length > 0), ...kept];
  const seenNames = new Set<string>();
  const unique = all.filter((d) => {
    const key = d.name.toLowerCase();
    if (seenNames.has(key)) return false;
    seenNames.add(key);
    return true;
  });

  // stable ids: declared topics first, then by weight
  const ids = new Map<TopicDraft, string>();
  const used = new Set<string>();
  for (const d of unique) {
    const base = slugify(d.name, "topic");
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    ids.set(d, id);
  }
  const parentId = (d: TopicDraft): string | null => {
    if (d.parent === null) return null;
    if (d.declared) {
      const parent = declaredDrafts[d.parent];
      return parent ? (ids.get(parent) ?? null) : null;
    }
    const via = replacement.get(d.parent);
    const parent = via !== undefined ? declaredDrafts[-1 - via] : discovered[d.parent];
    return parent ? (ids.get(parent) ?? null) : null;
  };

  const named = actorsBySentence(corpus);
  const topics: DiscoveredTopic[] = unique.map((d) => {
    const id = ids.get(d)!;
    return {
      id,
      name: d.declared ? d.name : sentenceCase(d.name),
      url: `topics/${id}/index.html`,
      description: d.description ?? describe(corpus, d.sentences),
      articles: d.articles.map((a) => corpus.articles[a.article]!.id),
      phrases: d.phrases.map((p) => p.display),
      actors: actorsOf(named, d.sentences),
      weight: Math.round(d.weight * 1000) / 1000,
      parent: parentId(d),
      related: [],
      sentences: d.sentences.slice(0, MAX_SENTENCES).map((key) => {
        const { article, text } = sentenceText(corpus, key);
        return { article: corpus.articles[article]!.id, text };
      }),
      iptc: d.declared?.iptc ?? null,
      declared: d.declared !== undefined,
    };
  });

  shareStoryTopics(topics, articles);

  // related: topics discussed in the same sentences and articles, other than parent and children
  const sentenceSets = unique.map((d) => new Set(d.sentences));
  topics.forEach((topic, x) => {
    const mine = new Set(topic.articles);
    const scored: { id: string; score: number }[] = [];
    topics.forEach((other, y) => {
      if (x === y || other.parent === topic.id || topic.parent === other.id) return;
      const shared = other.articles.filter((a) => mine.has(a)).length;
      if (shared === 0) return;
      const jaccard = shared / (mine.size + other.articles.length - shared);
      let together = 0;
      for (const s of sentenceSets[y]!) if (sentenceSets[x]!.has(s)) together++;
      if (jaccard < 0.2 && together === 0) return;
      scored.push({ id: other.id, score: together + 2 * jaccard });
    });
    topic.related = scored
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, MAX_RELATED)
      .map((s) => s.id);
  });

  return topics.sort((a, b) => Number(b.declared) - Number(a.declared) || b.weight - a.weight || (a.id < b.id ? -1 : 1));
}
