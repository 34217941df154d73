// From phrase clusters to topics: which articles discuss each cluster, what to call it, which
// sentences and actors belong to it, and which topics are narrower cases of a broader one.
import { articleOfSentence, type Corpus, type PhraseStats, type SentenceKey } from "./corpus.js";
import { clusterPhrases } from "./cluster.js";
import { WEAK_HEADS } from "../../data/topics-stop.js";
import { rarity } from "./background.js";

/** A topic before ids and cross-links are settled. */
export interface TopicDraft {
  name: string;
  /** lemma of the phrase it is named by */
  nameLemma: string;
  description: string | null;
  /** article indices with their relevance, most relevant first */
  articles: { article: number; relevance: number }[];
  phrases: PhraseStats[];
  /** the sentences that discuss it, best first */
  sentences: SentenceKey[];
  weight: number;
  /** index of the broader draft, when there is one */
  parent: number | null;
  declared?: { iptc: string | null };
}

const MAX_PHRASES_PER_TOPIC = 12;
/** Relevance beyond which an article counts no more towards a topic's weight. */
const RELEVANCE_CAP = 2;
/** Sentences 0 and 1: the headline (when the text carries it) and the lead. */
const LEAD_SENTENCES = 1;

/**
 * How many topics a collection can hold: growing with it (about 60 for 500 articles, 250 for 10,000)
 * and never a fixed cap, so a large collection's articles are not left without a subject.
 */
export function maxTopics(articleCount: number): number {
  return Math.max(5, Math.ceil(TOPIC_COUNT.base + TOPIC_COUNT.perSqrtArticle * Math.sqrt(articleCount)));
}

const TOPIC_COUNT = { base: 4, perSqrtArticle: 2.5 };

/** Capitalises the first letter and leaves the rest as printed, so names keep their capitals. */
export function sentenceCase(phrase: string): string {
  const trimmed = phrase.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** Whether a group of articles is enough evidence for a topic. */
function enoughEvidence(corpus: Corpus, articles: { article: number }[], occurrences: number, distinctPhrases: number): boolean {
  if (articles.length >= 2) return occurrences >= 2;
  if (articles.length === 0) return false;
  const only = articles[0]!.article;
  if (corpus.articles.length === 1) return occurrences >= 2;
  // one long article that keeps coming back to it (the word count last: it walks every token)
  return occurrences >= 4 && distinctPhrases >= 2 && corpus.wordCount(only) >= 500;
}

/** Below this rarity a word is everyday English ("attack", "peace", "security"). */
const GENERIC_RARITY = 0.6;

/** A phrase that is one everyday noun: a weak name for a topic. */
export function isBareGeneric(phrase: PhraseStats): boolean {
  if (phrase.terms.length !== 1) return false;
  // the lemmatiser's form may be rarer than the word as printed ("data" -> "datum")
  const printed = phrase.display.toLowerCase();
  return Math.min(rarity(phrase.head), rarity(printed)) < GENERIC_RARITY;
}

/** A phrase particular enough that two stories using it share a subject (and a name an editor would list alone). */
export function canJoinStories(p: PhraseStats): boolean {
  if (p.terms.length >= 2) return !p.terms.every((t) => rarity(t) < GENERIC_RARITY || WEAK_HEADS.has(t));
  return rarity(p.head) >= 0.9 && !WEAK_HEADS.has(p.head);
}

function occursIn(phrase: PhraseStats, articles: ReadonlySet<number>): boolean {
  for (const a of phrase.countByArticle.keys()) if (articles.has(a)) return true;
  return false;
}

/**
 * Whether a narrower topic says enough that its broader one does not: it covers clearly fewer
 * articles, its own name is used in two of them, and it is a kind of the broader subject rather
 * than a near-synonym of it ("energy facilities" beside "energy infrastructure", "drone assault"
 * beside "drone attacks": same modifier, another head, the same articles).
 */
function substantialNarrower(corpus: Corpus, parent: TopicDraft, child: TopicDraft): boolean {
  if (corpus.articles.length === 1) return child.articles.length >= 1 && child.sentences.length >= 2;
  if (child.articles.length < 2) return false;
  const parentArticles = new Set(parent.articles.map((a) => a.article));
  const inParent = child.articles.filter((a) => parentArticles.has(a.article)).length;
  if (child.articles.length > 0.7 * parent.articles.length) return false;
  const name = corpus.candidate(child.nameLemma);
  const parentName = corpus.candidate(parent.nameLemma);
  if (!name || !parentName) return true;
  if (name.countByArticle.size < 2) return false;
  const sharesWord = name.terms.some((t) => parentName.terms.includes(t));
  const sameHead = name.head === parentName.head;
  if (sharesWord && !sameHead && inParent >= 0.8 * child.articles.length) return false;
  return true;
}

interface Scored {
  phrases: number[];
  draft: TopicDraft;
}

export function draftTopics(corpus: Corpus): TopicDraft[] {
  const candidates = corpus.candidates;
  if (candidates.length === 0) return [];
  const clusters = clusterPhrases(corpus, candidates);
  if (process.env["TOPICS_DEBUG"])
    for (const f of clusters.fine)
      console.error(
        `[${clusters.broadOf[clusters.fine.indexOf(f)]}] ` +
          f.map((i) => `${candidates[i]!.lemma}(${candidates[i]!.occurrences.length}/${candidates[i]!.countByArticle.size} s${candidates[i]!.specificity.toFixed(2)})`).join(", "),
      );

  const build = (allIndices: number[], within?: Set<number>, avoid?: ReadonlySet<string>): TopicDraft | null => {
    const indices = within ? allIndices.filter((i) => occursIn(candidates[i]!, within)) : allIndices;
    const phrases = indices.map((i) => candidates[i]!);
    // the commonest case, settled before any work: one phrase that cannot make a topic alone
    if (phrases.length === 1 && corpus.articles.length > 1) {
      const only = phrases[0]!;
      const spread = within ? [...only.countByArticle.keys()].filter((a) => within.has(a)).length : only.countByArticle.size;
      if (spread < 2 || (only.terms.length === 1 && spread < 3)) return null;
    }
    const relevance = new Map<number, number>();
    for (const p of phrases) {
      for (const a of p.countByArticle.keys()) {
        if (within && !within.has(a)) continue;
        relevance.set(a, (relevance.get(a) ?? 0) + corpus.articleScore(p, a));
      }
    }
    const top = Math.max(0, ...relevance.values());
    // an article that mentions the subject in passing is not about it
    const articles = [...relevance.entries()]
      .filter(([, r]) => r >= 0.25 * top && r >= 0.3)
      .map(([article, r]) => ({ article, relevance: r }))
      .sort((x, y) => y.relevance - x.relevance || x.article - y.article);
    const kept = new Set(articles.map((a) => a.article));
    let keptOccurrences = 0;
    for (const p of phrases) for (const o of p.occurrences) if (kept.has(o.article)) keptOccurrences++;
    if (!enoughEvidence(corpus, articles, keptOccurrences, phrases.length)) return null;
    // phrases that share only an adjective ("lasting resolution", "lasting security") make no subject:
    // some noun of the topic has to recur across articles
    if (corpus.articles.length > 1) {
      const nounArticles = new Map<string, Set<number>>();
      for (const p of phrases)
        for (const term of p.terms) {
          if (p.adjectives.has(term)) continue;
          let seen = nounArticles.get(term);
          if (!seen) nounArticles.set(term, (seen = new Set()));
          for (const a of p.countByArticle.keys()) if (kept.has(a)) seen.add(a);
        }
      const recurring = [...nounArticles.values()].some((seen) => seen.size >= Math.min(2, articles.length));
      if (!recurring) return null;
    }
    // a lone everyday noun is a topic only when the corpus keeps returning to it
    const lone = phrases.length === 1 && phrases[0]!.terms.length === 1;
    if (lone && corpus.articles.length > 1 && (articles.length < 3 || keptOccurrences < 4)) return null;

    // the name: a phrase that is frequent, spread over the articles, particular, and close to the rest
    let best: PhraseStats | null = null;
    let bestScore = -1;
    const candidatesForName: { phrase: PhraseStats; score: number; support: number; frequency: number }[] = [];
    // a name another part of the same cluster already took is used only when nothing else will do
    const avoided = (p: PhraseStats): boolean => avoid !== undefined && avoid.has(p.lemma) && phrases.some((q) => !avoid.has(q.lemma));
    phrases.forEach((p, x) => {
      let centrality = 1;
      if (indices.length > 1) {
        let sum = 0;
        indices.forEach((j, y) => {
          if (y !== x) sum += clusters.similarity(indices[x]!, j);
        });
        centrality = 0.5 + sum / (indices.length - 1);
      }
      let support = 0;
      for (const a of p.countByArticle.keys()) if (kept.has(a)) support++;
      let frequency = 0;
      const leads = new Set<number>();
      for (const o of p.occurrences)
        if (kept.has(o.article)) {
          frequency++;
          if (o.occurrence.sentence <= LEAD_SENTENCES) leads.add(o.article);
        }
      // editors name subjects in two words more often than in one or four
      const length = [1, 1, 1.4, 1.15, 0.9][Math.min(4, p.terms.length)]!;
      // how often the corpus uses the head noun, in any phrase: "attacks" is the common word, "activity" not
      const usual = Math.sqrt(1 + Math.log(corpus.headUse(p.head) || 1));
      // the words a headline or lead uses for the subject are the ones an editor would
      const lead = support > 0 ? 1 + leads.size / support : 1;
      const score = Math.sqrt(frequency) * support * (0.2 + p.specificity) * length * centrality * usual * lead;
      candidatesForName.push({ phrase: p, score, support, frequency });
      if (avoided(p)) return;
      if (score > bestScore || (score === bestScore && best && p.lemma < best.lemma)) {
        best = p;
        bestScore = score;
      }
    });
    let named = best as PhraseStats | null;
    if (!named) return null;
    // a bare everyday noun ("attacks", "security") says less than the same subject with its
    // modifier: take the best phrase of two or more words that is nearly as widely used
    if (isBareGeneric(named)) {
      const own = candidatesForName.find((c) => c.phrase === named)!;
      const needed = corpus.articles.length === 1 ? 1 : Math.max(2, Math.ceil(own.support / 2));
      // a modifier the topic keeps using with several heads ("drone strikes", "drone attacks",
      // "drone assault") carries the subject across all of those articles
      const familySupport = (p: PhraseStats): number => {
        const modifiers = p.terms.filter((t) => t !== p.head && !p.adjectives.has(t));
        if (modifiers.length === 0) return 0;
        const seen = new Set<number>();
        for (const q of phrases)
          if (q.terms.some((t) => t !== q.head && modifiers.includes(t)) || (q.terms.length === 1 && modifiers.includes(q.head)))
            for (const a of q.countByArticle.keys()) if (kept.has(a)) seen.add(a);
        return seen.size;
      };
      const usable = candidatesForName
        .filter((c) => c.phrase.terms.length >= 2 && !isBareGeneric(c.phrase) && !avoided(c.phrase))
        .map((c) => ({ ...c, reach: Math.max(c.support, familySupport(c.phrase)) }));
      const better =
        usable.filter((c) => c.reach >= needed).sort((x, y) => y.reach - x.reach || y.score - x.score)[0] ??
        // failing that, a modified form the topic repeats
        usable.filter((c) => c.frequency >= 2).sort((x, y) => y.frequency - x.frequency || y.score - x.score)[0];
      if (better) named = better.phrase;
    }

    // sentences that discuss it: the more of its phrases a sentence holds, the more central it is
    const sentenceScores = new Map<SentenceKey, number>();
    for (const p of phrases)
      for (const s of p.sentences) {
        const article = articleOfSentence(s);
        if (!kept.has(article)) continue;
        sentenceScores.set(s, (sentenceScores.get(s) ?? 0) + 0.2 + p.specificity);
      }
    const sentences = [...sentenceScores.entries()]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .map(([key]) => key);

    const ordered = [...phrases].sort(
      (x, y) => y.occurrences.length - x.occurrences.length || y.score - x.score || (x.lemma < y.lemma ? -1 : 1),
    );
    // how much of the coverage runs through it: many articles count for more than many phrases
    // in a few (a story's own vocabulary clusters readily; the subjects of many stories do not)
    const weight = articles.reduce((s, a) => s + Math.min(a.relevance, RELEVANCE_CAP), 0);
    return {
      name: sentenceCase(named.display),
      nameLemma: named.lemma,
      description: null,
      articles,
      phrases: ordered.slice(0, MAX_PHRASES_PER_TOPIC),
      sentences,
      weight,
      parent: null,
    };
  };

  // A topic whose articles fall in unrelated stories is kept whole only when the stories share the
  // subject itself (the same particular phrase); otherwise each story gets its own part.
  const storyIndex = new Map<string, number>();
  const story = corpus.articles.map((a) => {
    let index = storyIndex.get(a.storyId);
    if (index === undefined) storyIndex.set(a.storyId, (index = storyIndex.size));
    return index;
  });
  // In a corpus of several articles, a topic that can only be called by a bare everyday noun
  // ("Rate", "Attacks") is no subject an editor would list; it is kept only to be folded into
  // another topic (keepBare).
  const dropBare = (scored: Scored[]): Scored[] =>
    corpus.articles.length === 1 ? scored : scored.filter((s) => !isBareGeneric(corpus.candidate(s.draft.nameLemma)!));
  const buildPure = (indices: number[], keepBare = false): Scored[] => {
    const out = buildParts(indices);
    return keepBare ? out : dropBare(out);
  };
  const buildParts = (indices: number[]): Scored[] => {
    // one phrase seen once cannot make a topic: skip the work
    if (indices.length === 1 && candidates[indices[0]!]!.occurrences.length < 2) return [];
    const draft = build(indices);
    if (!draft) return [];
    const groups = new Map<number, Set<number>>();
    for (const { article } of draft.articles) {
      const g = story[article]!;
      if (!groups.has(g)) groups.set(g, new Set());
      groups.get(g)!.add(article);
    }
    if (groups.size < 2) return [{ phrases: indices, draft }];
    // Stories are joined by a particular phrase that is central in each of them (repeated, or in
    // the headline or lead), not by one mentioned in passing: "presidential election" in a report on
    // markets is not the election story. Joined stories make one topic; each other story, its own.
    const inDraft = new Set(draft.articles.map((a) => a.article));
    const joined = new Set<number>();
    for (const i of indices) {
      const p = candidates[i]!;
      if (!canJoinStories(p)) continue;
      const centralIn = new Set<number>();
      for (const { article, occurrence } of p.occurrences)
        // one word alone must lead the story; a longer phrase may instead recur in it
        if (inDraft.has(article) && (occurrence.sentence <= LEAD_SENTENCES || (p.terms.length >= 2 && p.countByArticle.get(article)! >= 2)))
          centralIn.add(story[article]!);
      if (centralIn.size >= 2) for (const g of centralIn) joined.add(g);
    }
    const parts: Scored[] = [];
    const usedNames = new Set<string>();
    const add = (articles: Set<number>): void => {
      const part = build(indices, articles, usedNames);
      if (!part) return;
      usedNames.add(part.nameLemma);
      parts.push({ phrases: indices.filter((i) => occursIn(candidates[i]!, articles)), draft: part });
    };
    if (joined.size === groups.size) return [{ phrases: indices, draft }];
    if (joined.size >= 2) {
      const articles = new Set<number>();
      for (const g of joined) for (const a of groups.get(g)!) articles.add(a);
      add(articles);
    }
    for (const [g, articles] of groups) if (!joined.has(g) || joined.size < 2) add(articles);
    return parts;
  };

  const fineLists = clusters.fine.map((indices) => [...indices]);
  const fineDrafts: Scored[][] = fineLists.map((indices) => buildPure(indices, true));

  // a topic still named by a bare everyday noun ("attacks") joins the topic that uses the same
  // noun with a modifier ("drone attacks") in the same articles, when there is one
  fineDrafts.forEach((drafts, f) => {
    if (drafts.length !== 1) return;
    const bare = drafts[0]!.draft;
    const phrase = corpus.candidate(bare.nameLemma);
    if (!phrase || !isBareGeneric(phrase)) return;
    const bareArticles = new Set(bare.articles.map((a) => a.article));
    let host = -1;
    let hostUses = 0;
    fineDrafts.forEach((others, g) => {
      if (g === f || others.length === 0) return;
      if (!others.some((o) => o.draft.articles.some((a) => bareArticles.has(a.article)))) return;
      let uses = 0;
      for (const i of fineLists[g]!) {
        const p = candidates[i]!;
        if (p.head === phrase.head && p.terms.length >= 2) uses += p.occurrences.length;
      }
      if (uses > hostUses) {
        host = g;
        hostUses = uses;
      }
    });
    if (host < 0) return;
    fineLists[host] = [...fineLists[host]!, ...fineLists[f]!];
    fineLists[f] = [];
    fineDrafts[host] = buildPure(fineLists[host]!, true);
    fineDrafts[f] = [];
  });
  fineDrafts.forEach((drafts, f) => (fineDrafts[f] = dropBare(drafts)));

  // broader topics: a loose cluster holding two or more topics of its own becomes their parent
  const drafts: TopicDraft[] = [];
  const byBroad = new Map<number, number[]>();
  clusters.broadOf.forEach((b, f) => {
    if (fineDrafts[f]!.length === 0) return;
    const list = byBroad.get(b) ?? [];
    list.push(f);
    byBroad.set(b, list);
  });
  for (const fines of byBroad.values()) {
    const children = fines.flatMap((f) => fineDrafts[f]!).sort((x, y) => y.draft.weight - x.draft.weight);
    if (children.length < 2) {
      if (children[0]) drafts.push(children[0].draft);
      continue;
    }
    const parents = buildPure([...new Set(children.flatMap((c) => c.phrases))]);
    const parent = parents.length === 1 ? parents[0]!.draft : null;
    if (!parent) {
      for (const c of children) drafts.push(c.draft);
      continue;
    }
    // the broad topic is named after its strongest narrower topic's subject when they coincide
    const parentIndex = drafts.length;
    drafts.push(parent);
    for (const child of children) {
      if (child.draft.nameLemma === parent.nameLemma || !substantialNarrower(corpus, parent, child.draft)) continue;
      child.draft.parent = parentIndex;
      drafts.push(child.draft);
    }
  }
  return drafts;
}
