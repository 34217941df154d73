// The relate stage: what can only be known across articles. Actors merged under one name,
// stories grouped, undated articles dated from related coverage, quotes and events merged,
// topics discovered. Order matters: stories need actors, dating needs stories, and the
// timeline needs every article dated.
import type { Message } from "../types.js";
import type { BriefingActor, BriefingEvent, BriefingQuote, BriefingTopic } from "../assemble/model.js";
import type { BriefingConfig } from "../config.js";
import type { AnalysedArticle } from "../extract/index.js";
import { resolveActors } from "./actors.js";
import { collectQuotes } from "./quotes.js";
import { inferPublicationDates } from "./dating.js";
import { buildTimeline } from "./timeline.js";
import { discoverTopics } from "./topics.js";
import { clusterStories, type StoryDraft } from "./stories.js";
import { applyOverrides } from "./overrides.js";
import { findExclusiveReports } from "./exclusives.js";

export interface DatedArticle extends AnalysedArticle {
  dateSource: "text" | "inferred" | null;
  storyId: string;
  /** actor id of each mention (parallel to mentions), null where the mention was dropped */
  mentionActors: (string | null)[];
}

export interface RelatedArticles {
  articles: DatedArticle[];
  actors: BriefingActor[];
  quotes: BriefingQuote[];
  events: BriefingEvent[];
  topics: BriefingTopic[];
  stories: StoryDraft[];
  /** per article, what no other article of its story reported */
  exclusives: Map<string, string[]>;
  messages: Message[];
}

export function relateArticles(
  extracted: AnalysedArticle[],
  config: BriefingConfig,
  redate: (article: AnalysedArticle) => AnalysedArticle,
): RelatedArticles {
  const messages: Message[] = [];
  const resolved = resolveActors(
    extracted.map((a) => ({
      id: a.id,
      date: a.article.date,
      text: a.article.text,
      sentences: a.analysis.sentences,
      mentions: a.mentions,
    })),
  );
  let quotes = collectQuotes(
    extracted.map((a) => ({ id: a.id, quotes: a.quotes })),
    resolved.mentionActor,
  );
  const edited = applyOverrides(resolved.actors, resolved.mentionActor, quotes, config);
  messages.push(...edited.messages);
  quotes = edited.quotes;
  const actors = edited.actors;
  const mentionActor = edited.mentionActor;

  const actorsOf = (a: AnalysedArticle) => [...new Set((mentionActor.get(a.id) ?? []).filter((x): x is string => x !== null))];
  const stories = clusterStories(
    extracted.map((a) => ({ id: a.id, title: a.article.title, text: a.article.text, analysis: a.analysis, actors: actorsOf(a) })),
  );
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articles) storyOf.set(id, story.id);

  const inferred = inferPublicationDates(
    extracted.map((a) => ({ id: a.id, date: a.article.date, text: a.article.text, analysis: a.analysis, storyId: storyOf.get(a.id)! })),
  );
  const articles: DatedArticle[] = extracted.map((a) => {
    const base = { storyId: storyOf.get(a.id)!, mentionActors: mentionActor.get(a.id) ?? [] };
    if (a.article.date) return { ...a, ...base, dateSource: "text" as const };
    const guess = inferred.get(a.id);
    if (!guess) {
      messages.push({
        file: a.article.sourceFile,
        message: "no publication date printed, and none could be inferred from its references or related coverage",
        source: "relate:dating",
        severity: "warning",
      });
      return { ...a, ...base, dateSource: null };
    }
    const redated = redate({ ...a, article: { ...a.article, date: guess.date, dateEvidence: guess.evidence } });
    return { ...redated, ...base, dateSource: "inferred" as const };
  });

  // the resolved actor's kind, not the mention's guess: overrides and merging may have retyped it
  const kindOf = new Map(actors.map((actor) => [actor.id, actor.kind]));
  const events = buildTimeline(
    articles.flatMap((a) => [
      {
        id: a.id,
        date: a.article.date,
        events: a.events,
        dateMentions: a.dateMentions,
        actorSpans: a.mentions.flatMap((m, i) => (a.mentionActors[i] ? [{ start: m.start, end: m.end, actor: a.mentionActors[i]!, kind: kindOf.get(a.mentionActors[i]!) ?? m.kind }] : [])),
      },
      ...a.captions.map((caption) => ({ id: a.id, date: a.article.date, events: caption.events, dateMentions: caption.dateMentions, actorSpans: [] })),
    ]),
  );

  const topics = discoverTopics(
    articles.map((a) => ({
      id: a.id,
      storyId: a.storyId,
      text: a.article.text,
      analysis: a.analysis,
      phrases: a.phrases,
      mentions: a.mentions.map((m, i) => ({ start: m.start, end: m.end, actor: a.mentionActors[i] ?? null })),
    })),
    config.topics ?? [],
  );

  const exclusives = new Map<string, string[]>();
  const membersOf = new Map<string, DatedArticle[]>();
  for (const a of articles) membersOf.set(a.storyId, [...(membersOf.get(a.storyId) ?? []), a]);
  for (const story of stories) {
    const members = membersOf.get(story.id) ?? [];
    const found = findExclusiveReports(members.map((a) => ({ id: a.id, text: a.article.text, analysis: a.analysis })));
    for (const [id, sentences] of found) exclusives.set(id, sentences);
  }

  return { articles, actors, quotes, events, topics, stories, exclusives, messages };
}
