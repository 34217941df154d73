// The relate stages: what can only be known across articles. First actors merged under one name,
// quotes merged, stories grouped and undated articles dated from related coverage (relateArticles);
// then, once the pipeline has re-read the newly dated articles' own date phrases, the timeline,
// topics and exclusive reports (relateDated). Order matters: stories need actors, dating needs
// stories, and the timeline needs every article dated. Nothing here calls back into extraction.
import type { Message } from "../types.js";
import type { BriefingActor, BriefingQuote } from "../model/briefing.js";
import type { BriefingConfig } from "../config.js";
import type { AnalysedArticle } from "../types.js";
import { resolveActors, sentenceOpenerActors, type ActorInput, type WithinArticles } from "./actors.js";
import { withinArticles } from "../names/within-article.js";
import { collectQuotes } from "./quotes.js";
import { inferPublicationDates, latestPrintedDay } from "./dating.js";
import { buildTimeline, type TimelineInput } from "./timeline.js";
import { discoverTopics } from "./topics.js";
import { clusterStories, type StoryDraft } from "./stories.js";
import { SIGNATURE } from "./signature.js";
import type { DatedArticle, RelatedArticles } from "../model/related.js";

export type { DatedArticle, RelatedArticles } from "../model/related.js";
import { applyOverrides } from "./overrides.js";
import { findExclusiveReports } from "./exclusives.js";
import { addToList } from "../collections.js";

/** What the first relate stage hands on: everything but what needs every article dated. */
export interface FirstRelations {
  actors: BriefingActor[];
  quotes: BriefingQuote[];
  stories: StoryDraft[];
  storyOf: Map<string, string>;
  /** per article, the actor id of each mention (null where the mention was dropped) */
  mentionActor: Map<string, (string | null)[]>;
  /** publication dates inferred for articles that print none, with the evidence in words */
  inferred: Map<string, { date: string; evidence: string }>;
  /** for an article that prints no date and could not be dated: the bound its own dates set, in words */
  dateBounds: Map<string, string>;
  messages: Message[];
}

/** `rewriteOf`: article id -> the id of the article it rewrites (both published). */
export function relateArticles(extracted: AnalysedArticle[], config: BriefingConfig, rewriteOf: ReadonlyMap<string, string> = new Map()): FirstRelations {
  const messages: Message[] = [];
  // stories are told apart by their actors, and a bare name is then told by its story: actors are named
  // once for the clustering and once more with each article's story known
  const clustered = extracted.filter((a) => !rewriteOf.has(a.id));
  // each article's own grouping of its names is the same in both passes: worked out with the article
  const actorInputs = extracted.map(actorInput);
  const within = withinArticles(actorInputs, extracted.map((a) => a.nameGroups));
  const provisional = namedActors(extracted, actorInputs, within, config);
  const stories = clusterStories(storyInputs(clustered, provisional));
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articles) storyOf.set(id, story.id);
  const storyById = new Map(stories.map((s) => [s.id, s]));
  // a rewrite of a rewrite goes with the first version: follow the chain to the article that rewrites none
  const firstVersion = (id: string) => {
    const seen = new Set<string>();
    while (rewriteOf.has(id) && !seen.has(id)) {
      seen.add(id);
      id = rewriteOf.get(id)!;
    }
    return id;
  };
  for (const a of extracted) {
    if (!rewriteOf.has(a.id)) continue;
    const story = storyById.get(storyOf.get(firstVersion(a.id)) ?? "");
    if (!story) continue;
    story.articles.push(a.id);
    storyOf.set(a.id, story.id);
  }

  const { actors, quotes, mentionActor, messages: overrideMessages } = namedActors(extracted, actorInputs, within, config, storyOf);
  messages.push(...overrideMessages);
  const inferred = inferPublicationDates(
    extracted.map((a) => ({ id: a.id, date: a.article.date, text: a.article.text, analysis: a.analysis, dateCandidates: a.dateCandidates, storyId: storyOf.get(a.id)! })),
  );
  const dateBounds = new Map<string, string>();
  for (const a of extracted) {
    if (a.article.date || inferred.has(a.id)) continue;
    const after = latestPrintedDay(a.dateCandidates);
    const bound = after ? `it prints dates up to ${after}, so it was written then or later (a look-back prints days years before it is written, so that is not taken for its date)` : null;
    if (bound) dateBounds.set(a.id, bound);
    messages.push({
      file: a.article.sourceFile,
      message: `no publication date printed, and none could be inferred from related coverage${bound ? `; ${bound}` : ""}`,
      source: "relate:dating",
      severity: "warning",
    });
  }
  // a word that only capitalises sentences ("Full details…") helped tell stories apart as a word; it is no actor
  const textOf = new Map(extracted.map((a) => [a.id, a.article.text]));
  const named = withoutActors(sentenceOpenerActors(actors, (id) => textOf.get(id) ?? ""), actors, quotes, mentionActor);
  return { ...named, stories, storyOf, inferred, dateBounds, messages };
}

/**
 * Actors merged across articles (by story too, once `storyOf` is known) and the editor's overrides
 * applied; with the stories known, quotes are given their speakers too (the clustering reads no quotes).
 */
function namedActors(extracted: AnalysedArticle[], inputs: ActorInput[], within: WithinArticles, config: BriefingConfig, storyOf?: ReadonlyMap<string, string>) {
  const resolved = resolveActors(inputs, storyOf, within);
  const quotes = storyOf
    ? collectQuotes(
        extracted.map((a) => ({ id: a.id, quotes: a.quotes })),
        resolved.mentionActor,
      )
    : [];
  return applyOverrides(resolved.actors, resolved.mentionActor, quotes, config);
}

const actorInput = (a: AnalysedArticle): ActorInput => ({ id: a.id, date: a.article.date, text: a.article.text, sentences: a.analysis.sentences, mentions: a.mentions });

/** What story clustering reads of each article: its words, and its actors (all, and those of its lead). */
function storyInputs(articles: AnalysedArticle[], named: ReturnType<typeof namedActors>) {
  const kindOf = new Map(named.actors.map((actor) => [actor.id, actor.kind]));
  return articles.map((a) => {
    const ids = named.mentionActor.get(a.id) ?? [];
    const actors = [...new Set(ids.filter((x): x is string => x !== null))];
    const lead = new Set(a.mentions.flatMap((m, i) => (m.sentence < SIGNATURE.leadSentences && ids[i] ? [ids[i]!] : [])));
    const leadActors = [...lead].map((id) => ({ id, kind: kindOf.get(id) ?? "other" }));
    return { id: a.id, title: a.article.title, text: a.article.text, analysis: a.analysis, terms: a.terms, actors, leadActors, dateSpans: a.dateCandidates };
  });
}

/** The actors, quotes and mentions with the actors `dropped` gone: their mentions name no one, their quotes are unattributed. */
function withoutActors(dropped: ReadonlySet<string>, actors: BriefingActor[], quotes: BriefingQuote[], mentionActor: Map<string, (string | null)[]>) {
  if (dropped.size === 0) return { actors, quotes, mentionActor };
  const kept = (id: string | null) => (id !== null && dropped.has(id) ? null : id);
  return {
    actors: actors.filter((a) => !dropped.has(a.id)),
    quotes: quotes.map((q) => (q.speaker !== null && dropped.has(q.speaker) ? { ...q, speaker: null } : q)),
    mentionActor: new Map([...mentionActor].map(([article, ids]) => [article, ids.map(kept)] as const)),
  };
}

/** The articles as the later stages see them: each with its story, its mentions' actors and where its date came from. */
export function datedArticle(a: AnalysedArticle, first: FirstRelations): DatedArticle {
  const base = { storyId: first.storyOf.get(a.id)!, mentionActors: first.mentionActor.get(a.id) ?? [] };
  const dateSource = a.article.date ? (first.inferred.has(a.id) ? ("inferred" as const) : ("text" as const)) : null;
  return { ...a, ...base, dateSource };
}

/**
 * What the timeline reads of each article (and of each photo caption): its events, date phrases and
 * the actors its names were resolved to. Plain data, so the timeline can be built on a thread of its own.
 */
export function timelineInputs(articles: DatedArticle[], first: FirstRelations): TimelineInput[] {
  // the resolved actor's kind, not the mention's guess: overrides and merging may have retyped it
  const kindOf = new Map(first.actors.map((actor) => [actor.id, actor.kind]));
  return articles.flatMap((a) => [
    {
      id: a.id,
      date: a.article.date,
      events: a.events,
      dateMentions: a.dateMentions,
      actorSpans: a.mentions.flatMap((m, i) => (a.mentionActors[i] ? [{ start: m.start, end: m.end, actor: a.mentionActors[i]!, kind: kindOf.get(a.mentionActors[i]!) ?? m.kind }] : [])),
    },
    ...a.captions.map((caption) => ({ id: a.id, date: a.article.date, events: caption.events, dateMentions: caption.dateMentions, actorSpans: [] })),
  ]);
}

/** The second relate stage, over articles that all carry their final dates. */
export function relateDated(articles: DatedArticle[], first: FirstRelations, config: BriefingConfig): RelatedArticles {
  return { ...relateDatedBesidesTimeline(articles, first, config), events: buildTimeline(timelineInputs(articles, first)) };
}

/** The second relate stage but the timeline: topics and exclusive reports (the timeline may be built meanwhile elsewhere). */
export function relateDatedBesidesTimeline(articles: DatedArticle[], first: FirstRelations, config: BriefingConfig): Omit<RelatedArticles, "events"> {
  const { actors, quotes, stories } = first;
  const messages = [...first.messages];
  const topics = discoverTopics(
    articles.map((a) => ({
      id: a.id,
      storyId: a.storyId,
      text: a.article.text,
      analysis: a.analysis,
      terms: a.terms,
      phrases: a.phrases,
      occurrences: a.phraseOccurrences,
      mentions: a.mentions.map((m, i) => ({ start: m.start, end: m.end, actor: a.mentionActors[i] ?? null })),
    })),
    config.topics ?? [],
  );

  const exclusives = new Map<string, string[]>();
  const membersOf = new Map<string, DatedArticle[]>();
  for (const a of articles) addToList(membersOf, a.storyId, a);
  for (const story of stories) {
    const members = membersOf.get(story.id) ?? [];
    const found = findExclusiveReports(members.map((a) => ({ id: a.id, text: a.article.text, analysis: a.analysis, terms: a.terms })));
    for (const [id, sentences] of found) exclusives.set(id, sentences);
  }

  return { articles, actors, quotes, topics, stories, exclusives, messages };
}
