// The assemble stage: turns related articles into the Briefing model that briefing.json holds
// and the site renders. Derived totals (co-actors, first and last appearance, prominence) are
// computed here, after overrides, so that merged or hidden actors count correctly.
import type {
  Briefing,
  BriefingActor,
  BriefingArticle,
  BriefingDuplicate,
  BriefingSource,
  BriefingStory,
} from "../model/briefing.js";
import type { RelatedArticles, DatedArticle } from "../model/related.js";
import { uniqueSlugs } from "../model/ids.js";
import { ABBREVIATIONS } from "../data/abbreviations.js";
import { isOnlyDateOrTime } from "../dates/printed.js";
import { groupRoles, rolesDisagree } from "../model/roles.js";
import { siteLayout } from "../model/pages.js";
import { addToList } from "../collections.js";

export interface AssembleOptions {
  title?: string;
  contentLabel: string;
  duplicates: BriefingDuplicate[];
  /** article id -> the id of the article it rewrites */
  rewrites?: Map<string, string>;
}

const WORDS_PER_MINUTE = 230;
/**
 * Co-actors an actor keeps in the data: its page shows 30; an actor of one article meets only that
 * article's names (listed with the article), and the long tail of once-met names only swells briefing.json.
 */
const CO_ACTORS_KEPT = { inSeveralArticles: 30, inOneArticle: 8 };

export function assembleBriefing(related: RelatedArticles, options: AssembleOptions): Briefing {
  const actorIds = new Set(related.actors.map((a) => a.id));
  const topicsOf = new Map<string, string[]>();
  for (const topic of related.topics) for (const id of topic.articles) addToList(topicsOf, id, topic.id);

  const articles = related.articles
    .map((a): BriefingArticle => ({ ...toBriefingArticle(a, actorIds, topicsOf.get(a.id) ?? [], related.exclusives.get(a.id) ?? []), rewriteOf: options.rewrites?.get(a.id) ?? null }))
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title));
  const articleById = new Map(articles.map((a) => [a.id, a]));

  // each actor's articles, in briefing order, indexed once rather than searched per actor
  const articlesWith = new Map<string, BriefingArticle[]>();
  for (const a of articles) for (const id of new Set(a.actors)) addToList(articlesWith, id, a);
  const actors = related.actors
    .map((actor) => withDerivedTotals(actor, articlesWith.get(actor.id) ?? [], articleById))
    .filter((actor) => actor.articles.length > 0)
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));

  const dates = articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
  const dateRange: [string, string] | null = dates.length ? [dates[0]!, dates[dates.length - 1]!] : null;

  const weightOf = new Map(actors.map((a) => [a.id, a.weight]));
  // a story's topics are those of its articles, in the topics' order: indexed once, not searched per story
  const topicOrder = new Map(related.topics.map((t, i) => [t.id, i]));
  const topicsOfStory = (ids: string[]) => [...new Set(ids.flatMap((id) => topicsOf.get(id) ?? []))].sort((x, y) => topicOrder.get(x)! - topicOrder.get(y)!);

  const stories: BriefingStory[] = related.stories.map((story) => {
    const members = story.articles.map((id) => articleById.get(id)).filter((a): a is BriefingArticle => a !== undefined);
    const storyDates = members.map((a) => a.date).filter((d): d is string => d !== null).sort();
    const actorCount = new Map<string, number>();
    for (const a of members) for (const actor of a.actors) actorCount.set(actor, (actorCount.get(actor) ?? 0) + 1);
    return {
      id: story.id,
      title: story.title,
      titleSource: story.titleSource,
      articles: members.map((a) => a.id),
      keyPoints: story.keyPoints,
      actors: [...actorCount.keys()]
        .filter((id) => weightOf.has(id))
        .sort((x, y) => actorCount.get(y)! - actorCount.get(x)! || weightOf.get(y)! - weightOf.get(x)!),
      topics: topicsOfStory(story.articles),
      dateRange: storyDates.length ? [storyDates[0]!, storyDates[storyDates.length - 1]!] : null,
    };
  });

  const dateMentions = related.articles.flatMap((a) =>
    a.dateMentions.map((m) => ({
      article: a.id,
      text: m.text,
      start: m.start,
      end: m.end,
      value: m.value,
      precision: m.precision,
      reference: m.reference,
      rule: m.rule,
    })),
  );

  // urls last: where an actor or outlet is listed depends on the whole collection (see pages.ts)
  const sources = collectSources(articles);
  const layout = siteLayout({ articles, actors, stories, sources });
  return {
    title: options.title ?? briefingTitle(stories, articles.length),
    generatedFrom: options.contentLabel,
    dateRange,
    articles,
    actors: actors.map((actor) => ({ ...actor, url: layout.actorUrl.get(actor.id) ?? actor.url })),
    topics: related.topics,
    quotes: related.quotes.map((q) => ({ ...q, speaker: q.speaker && actorIds.has(q.speaker) ? q.speaker : null })),
    dateMentions,
    events: related.events,
    stories,
    duplicates: options.duplicates,
    sources: sources.map((source) => ({ ...source, url: layout.sourceUrl.get(source.id) ?? source.url })),
  };
}

function toBriefingArticle(a: DatedArticle, actorIds: Set<string>, topics: string[], exclusive: string[]): BriefingArticle {
  const article = a.article;
  const count = new Map<string, number>();
  for (const id of a.mentionActors) if (id && actorIds.has(id)) count.set(id, (count.get(id) ?? 0) + 1);
  const generated = article.title === null;
  return {
    id: a.id,
    sourceFile: article.sourceFile,
    format: article.format,
    url: `articles/${a.id}/index.html`,
    title: article.title ?? generateTitle(a.standfirst ?? article.text),
    titleSource: generated ? "generated" : "text",
    date: article.date,
    dateSource: article.date ? a.dateSource : null,
    dateEvidence: article.dateEvidence,
    dateTime: article.dateTime,
    publisher: article.publisher,
    author: article.author,
    section: article.section,
    originalUrl: article.url,
    originalSource: article.originalSource,
    standfirst: a.standfirst,
    text: article.text,
    blocks: article.blocks,
    captions: article.captions,
    notes: article.notes,
    removed: article.removed,
    wordCount: article.wordCount,
    readingMinutes: Math.max(1, Math.round(article.wordCount / WORDS_PER_MINUTE)),
    actors: [...count.keys()].sort((x, y) => count.get(y)! - count.get(x)! || x.localeCompare(y)),
    topics,
    storyId: a.storyId,
    exclusive,
  };
}

/**
 * A title for an article that prints none: its first sentence, cut at a clause boundary so that
 * it reads as a headline. Marked "generated" so no reader mistakes it for the outlet's words.
 */
export function generateTitle(text: string): string {
  // a line that is only a date or a time ("3/27/2012 @ 10:05AM") is never a title
  const paragraphs = text.trim().split(/\n\s*\n/);
  const opening = paragraphs.findIndex((p) => !isOnlyDateOrTime(p.trim()));
  const body = opening > 0 ? paragraphs.slice(opening).join("\n\n") : opening < 0 ? "" : text;
  const firstSentence = leadingSentence(body.trim()).replace(/[.!?]+$/, "").trim();
  const words = firstSentence.split(/\s+/).filter(Boolean);
  if (words.length === 0) return "Untitled article";
  if (words.length <= 14) return firstSentence;
  const head = words.slice(0, 14).join(" ");
  const clause = head.search(/,[^,]*$/);
  const cut = clause > head.length * 0.5 ? head.slice(0, clause) : head;
  return `${cut.replace(/[,;:–—-]+$/, "")}…`;
}

/**
 * The text up to the first full stop, question or exclamation mark that ends a sentence: one followed
 * by a capital, and not closing an abbreviation ("Gov.", "U.S.") or an initial ("Stephen A.").
 */
function leadingSentence(text: string): string {
  const boundary = /[.!?](?=\s+["“‘]?[A-Z])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? "";
    if (text[m.index] === "." && closesAbbreviation(word)) continue;
    return text.slice(0, m.index + 1);
  }
  return text;
}

/** "A" (an initial), "U.S" (a dotted acronym), "Gov" (a listed abbreviation): a full stop after it ends no sentence. */
function closesAbbreviation(word: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The briefing's title when briefing.yaml gives none: its leading story's headline when that story is
 * most of the collection (one event told by many outlets), else a plain "Briefing": the headline of
 * one story among hundreds ("SIZZLER RESTAURANTS INC NET") does not name a collection.
 */
export function briefingTitle(stories: { title: string; articles: string[] }[], articleCount: number): string {
  const lead = stories[0];
  return lead && lead.articles.length * 2 >= articleCount ? lead.title : "Briefing";
}

/**
 * The `kept` commonest entries, commonest first, ties in name order. Only entries that can be among them
 * are sorted: an actor of thousands of articles has thousands of co-actors, most of them named once.
 */
export function mostFrequent(counts: Map<string, number>, kept: number): [string, number][] {
  let entries = [...counts];
  if (entries.length > kept) {
    const ascending = Float64Array.from(entries, (e) => e[1]).sort();
    const least = ascending[ascending.length - kept]!;
    entries = entries.filter((e) => e[1] >= least);
  }
  return entries.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, kept);
}

function withDerivedTotals(
  actor: BriefingActor,
  /** the briefing's articles that name the actor, in briefing order */
  present: BriefingArticle[],
  byId: Map<string, BriefingArticle>,
): BriefingActor {
  const co = new Map<string, number>();
  for (const a of present) for (const other of a.actors) if (other !== actor.id) co.set(other, (co.get(other) ?? 0) + 1);
  const dates = present.map((a) => a.date).filter((d): d is string => d !== null).sort();
  const mentions = actor.mentions.filter((m) => byId.has(m.article));
  const roles = actor.roles.filter((r) => byId.has(r.article));
  const roleGroups = groupRoles(roles);
  return {
    ...actor,
    roles,
    primaryRole: roleGroups[0]?.role ?? null,
    roleGroups,
    rolesDisagree: rolesDisagree(roleGroups),
    articles: present.map((a) => a.id),
    mentions,
    mentionCount: mentions.length || actor.mentionCount,
    weight: present.length * 2 + Math.log2(1 + (mentions.length || actor.mentionCount)),
    coActors: mostFrequent(co, present.length > 1 ? CO_ACTORS_KEPT.inSeveralArticles : CO_ACTORS_KEPT.inOneArticle).map(([id, count]) => ({ actor: id, count })),
    coActorCount: co.size,
    firstSeen: dates[0] ?? null,
    lastSeen: dates[dates.length - 1] ?? null,
  };
}

/** The one entry for articles that name no outlet (no front matter, page metadata, byline or credit). */
export const UNKNOWN_OUTLET = "Unknown outlet";

function collectSources(articles: BriefingArticle[]): BriefingSource[] {
  const byName = new Map<string, string[]>();
  for (const a of articles) {
    // articles that name no outlet share one entry that says so: each is not an outlet of its own,
    // and none is guessed from the file or the text
    addToList(byName, a.publisher ?? a.originalSource ?? UNKNOWN_OUTLET, a.id);
  }
  const ids = uniqueSlugs([...byName.keys()], "source");
  return [...byName]
    .map(([name, articleIds], i) => ({
      id: ids[i]!,
      name,
      url: `sources/index.html#${ids[i]!}`,
      articles: articleIds,
      known: name !== UNKNOWN_OUTLET,
    }))
    .sort((a, b) => Number(b.known) - Number(a.known) || b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}
