// The site's view model: the Briefing cut into pages, each page's data joined and ranked so the templates
// only loop and print. Every `path` is relative to the site root and names its file; renderSite hands
// Eleventy a copy of each page with its links made relative to it (links.ts). No page grows with the whole collection: long
// indexes are split (by letter, month, page) and long lists on entity pages are capped with their count.
import { createHash } from "node:crypto";
import type { ActorMentionRef, Briefing, BriefingActor, BriefingArticle, BriefingEvent, BriefingStory, BriefingTopic, MergeReason } from "../model/briefing.js";
import { actorAnchor, chunk, FRONT_PAGE_STORIES, pagedPath, slug, sourceAnchor } from "../model/pages.js";
import type { ActorKind } from "../types.js";
import { filterText, kindLabel, relativeUrl } from "./filters.js";
import type { SpanDecoration } from "./markdown/actor-links.js";
import { renderArticleBody } from "./markdown/article-html.js";
import { addToList } from "../collections.js";
import { searchRows, type SearchRow } from "./search.js";
import { LOCAL_SITE, type DeploySettings } from "../deploy.js";
import { BRIEFING_FEED, entityFeedFiles, FeedWriter, hasStoryFeed, feedSpecs, type FeedLink, type FeedSpec } from "./feeds.js";
import { actorMeta, articleMeta, baseMeta, indexMeta, type PageMeta } from "./metadata.js";
import {
  byDate,
  dateAnchor,
  quoteAnchor,
  SiteContext,
  type ArticleRef,
  type EventView,
} from "./context.js";

export { pagePath, shorten } from "./context.js";
export { slug } from "../model/pages.js";
export type { ActorChip, ArticleRef, EventView, QuoteView, TopicChip } from "./context.js";

export const STORIES_PER_PAGE = 50;
export const TOPICS_PER_PAGE = 100;
export const EVENTS_PER_TIMELINE_PAGE = 150;
/** Front page: a story's source list stops here (citation marks still link every article). */
const FRONT_CITATIONS_LISTED = 15;
const FRONT_EVENTS_PER_STORY = 5;
/** Sources listed under one of those events; the rest are counted (an event at 10k can have hundreds). */
const FRONT_EVENT_SOURCES = 3;
/** Citation marks after one key point; the rest are counted ("+12"). */
const CITES_PER_POINT = 4;
/** The stories index: a few players and articles per entry, the front page carries the full story. */
const STORY_LIST_PLAYERS = 5;
const STORY_LIST_ARTICLES = 5;
const RELATED_ARTICLES = 6;
/** An actor in more articles than this is too common to say that two articles naming it are related. */
const RELATED_ACTOR_MAX_ARTICLES = 200;
/** The most of any one list an actor or topic page shows; the heading gives the full count. */
const ENTITY_LIST_MAX = 200;
const CO_ACTORS_SHOWN = 30;
const TOPIC_ACTORS_SHOWN = 40;
const TOP_ACTORS_PER_KIND = 30;
const ONLY_HERE_ACTORS = 12;
const ONLY_HERE_EVENTS = 20;
const DUPLICATES_LISTED = 200;
/** Articles of one source whose own reports the sources page quotes; the rest are counted. */
const ONLY_HERE_REPORTS = 30;
/** Articles a no-page actor's index entry links to. */
const ENTRY_ARTICLES = 3;

const KIND_ORDER: ActorKind[] = ["person", "organization", "place", "other"];

export const TEMPLATES = [
  "home", "stories", "article", "actor", "actors", "actorLetter",
  "topic", "topics", "timeline", "timelinePeriod", "sources", "search", "notFound",
] as const;

export type TemplateName = (typeof TEMPLATES)[number];

export interface PageItem {
  path: string;
  /** what the page says about itself in its head (metadata.ts) */
  meta?: PageMeta;
  /** set on pages served at any depth (404.html): links are made from this root path, not relative */
  root?: string;
}

/** What every page's frame shows: changing it re-renders every page. */
export interface CommonView {
  title: string;
  nav: { label: string; path: string }[];
  /** the whole briefing's feeds, linked from every page */
  feeds: { atom: string; json: string };
  /** where the site is served: it decides every absolute URL */
  deploy: DeploySettings;
}

export interface SiteModel {
  common: CommonView;
  pages: Record<TemplateName, PageItem[]>;
  /** every article's body, by article id */
  bodies: Map<string, ArticleBody>;
  /** the search page's documents (assets/search-index.js), with links where the pages are */
  search: SearchRow[];
  /** every feed of the site, and what writes one (from the data, not rendered) */
  feeds: FeedSpec[];
  writeFeed: (spec: FeedSpec) => { atom: string; json: string };
}

/** A list shown in part: `shown` of `total`. */
export interface Capped<T> {
  items: T[];
  total: number;
}

export interface Pager {
  n: number;
  count: number;
  prev: string | null;
  next: string | null;
  pages: { n: number; path: string }[];
  /** 1-based positions of the first and last item on this page, and the whole list's length */
  from: number;
  to: number;
  total: number;
}

export const SITE_PATHS = {
  home: "index.html",
  notFound: "404.html",
  stories: "stories/index.html",
  actors: "actors/index.html",
  topics: "topics/index.html",
  timeline: "timeline/index.html",
  sources: "sources/index.html",
  search: "search/index.html",
} as const;

function capped<T>(items: readonly T[], max = ENTITY_LIST_MAX): Capped<T> {
  return { items: items.slice(0, max), total: items.length };
}

/** The first `max` items made into views (only those are built), with the whole list's count. */
function cappedViews<T, V>(items: readonly T[], max: number, view: (item: T) => V): Capped<V> {
  return { items: items.slice(0, max).map(view), total: items.length };
}

/** One page's data, made when called: a thread makes only the pages of its own share (planSite's mine()). */
type Made<P> = () => P;

/** Splits a list into pages under `folder`, each page's data made by `make` with its pager, when asked for. */
function paginate<T, P extends object>(items: readonly T[], size: number, folder: string, make: (slice: T[], pager: Pager) => P): Made<P & PageItem>[] {
  const slices = items.length ? chunk(items, size) : [[]];
  const paths = slices.map((_, i) => pagedPath(folder, i + 1));
  return slices.map((slice, i) => () => {
    const pager: Pager = {
      n: i + 1,
      count: slices.length,
      prev: i > 0 ? paths[i - 1]! : null,
      next: i < slices.length - 1 ? paths[i + 1]! : null,
      pages: paths.map((path, j) => ({ n: j + 1, path })),
      from: items.length ? i * size + 1 : 0,
      to: i * size + slice.length,
      total: items.length,
    };
    return { ...make(slice, pager), path: paths[i]! };
  });
}

/** Whether a UTF-16 code unit ends a sentence: . ! ? or a line break. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a;
}

/** Whether a code unit is what a regular expression's \s matches (the white space String.prototype.trim removes). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** What a sentence ending inside quotation marks leaves before the next one: " ' ” ’ » ) */
function isClosingMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x29;
}

/**
 * The sentence of `text` around [start, end), found by sentence punctuation. Scanned a code unit at a
 * time: an actor page finds the sentence of each of its mentions (thousands for a common actor), and a
 * regular expression tested on each one-character string cost 0.7 s a thread at 10,000 articles.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text.charCodeAt(from - 1))) from--;
  // a sentence ending inside quotation marks leaves the closing mark on this side
  while (from < start && from < text.length && (isSpace(text.charCodeAt(from)) || isClosingMark(text.charCodeAt(from)))) from++;
  let to = end;
  while (to < text.length && !endsSentence(text.charCodeAt(to))) to++;
  if (to < text.length && text.charCodeAt(to) !== 0x0a) to++;
  return text.slice(from, to).trim();
}

function spanOf(dates: readonly string[]): [string, string] | null {
  const sorted = dates.filter((d) => d !== "").sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first !== undefined && last !== undefined ? [first, last] : null;
}

/**
 * One of `count` shares of the site's pages, so that threads can each build, hash and render their own:
 * the pages of each template are dealt out in turn (page i to share i mod count), so every share gets
 * its part of the heavy ones; pages that stand alone (the front page, the indexes) go to share 0.
 */
export interface PageShare {
  index: number;
  count: number;
}

export const WHOLE_SITE: PageShare = { index: 0, count: 1 };

/** Whether item i of a list of pages is the share's (page i to share i mod count). */
const inShare = (share: PageShare, i: number) => i % share.count === share.index;

/** A page's data, made when it is asked for: a large site's pages are built, hashed and let go one at a time. */
export type PageMaker = () => PageItem;

/** The site model with each page still to be made: what renderSite works from (page-share.ts). */
export interface SitePlan extends Omit<SiteModel, "pages"> {
  pages: Record<TemplateName, PageMaker[]>;
}

/** The site model with every page made: for tests and small sites. */
export function buildSiteModel(briefing: Briefing, known?: KnownAnchors, deploy: DeploySettings = LOCAL_SITE, share: PageShare = WHOLE_SITE): SiteModel {
  const plan = planSite(briefing, known, deploy, share);
  const pages = Object.fromEntries(Object.entries(plan.pages).map(([template, makers]) => [template, makers.map((make) => make())]));
  return { ...plan, pages: pages as SiteModel["pages"] };
}

export function planSite(briefing: Briefing, known?: KnownAnchors, deploy: DeploySettings = LOCAL_SITE, share: PageShare = WHOLE_SITE, given?: GivenBodies, own?: OwnBodies): SitePlan {
  const ctx = own?.ctx ?? new SiteContext(briefing);
  const articleBodies = prepareBodies(ctx, known, given, own?.bodies);
  const mine = <T>(items: readonly T[]): T[] => (share.count === 1 ? [...items] : items.filter((_, i) => inShare(share, i)));
  const allFeeds = feedSpecs(ctx, STORIES_PER_PAGE);
  // every page links the feeds it has, whichever share writes them
  const feedOf = new Map(allFeeds.map((spec) => [spec.key, spec]));
  const feedWriter = new FeedWriter(ctx, deploy);
  const meta = new MetaMaker(ctx, deploy, feedOf);
  // the pages that come one per article, actor and topic are made when asked for; the indexes (a few
  // hundred pages, split from one list) are made at once
  const later = <T>(template: TemplateName, items: readonly T[], view: (item: T) => PageItem): PageMaker[] =>
    mine(items).map((item) => () => withMeta(template, view(item)));
  const now = (template: TemplateName, pages: readonly PageItem[]): PageMaker[] => mine(pages).map((page) => () => withMeta(template, page));
  // the indexes split into pages: each share makes only its own pages of them
  const split = (template: TemplateName, makers: readonly Made<PageItem>[]): PageMaker[] => mine(makers).map((make) => () => withMeta(template, make()));
  const withMeta = (template: TemplateName, page: PageItem): PageItem => {
    page.meta = meta.of(template, page);
    return page;
  };
  return {
    bodies: articleBodies,
    feeds: mine(allFeeds),
    writeFeed: (spec) => feedWriter.write(spec),
    common: {
      title: briefing.title,
      feeds: BRIEFING_FEED,
      deploy,
      nav: [
        { label: "Briefing", path: SITE_PATHS.home },
        { label: "Stories", path: SITE_PATHS.stories },
        { label: "Timeline", path: SITE_PATHS.timeline },
        { label: "Actors", path: SITE_PATHS.actors },
        { label: "Topics", path: SITE_PATHS.topics },
        { label: "Sources", path: SITE_PATHS.sources },
        { label: "Search", path: SITE_PATHS.search },
      ],
    },
    pages: {
      // a page of which there is one is share 0's: mine() keeps the first item of a list for share 0
      home: later("home", [ctx], homePage),
      actors: later("actors", [ctx], actorsIndexPage),
      timeline: later("timeline", [ctx], timelineIndexPage),
      search: now("search", [{ path: SITE_PATHS.search }]),
      notFound: now("notFound", [{ path: SITE_PATHS.notFound, root: deploy.rootPath }]),
      stories: split("stories", storyPages(ctx)),
      article: later("article", briefing.articles, (a) => articlePage(ctx, a)),
      actor: later("actor", briefing.actors.filter((a) => ctx.layout.ownPage.has(a.id)), (a) => actorPage(ctx, a)),
      actorLetter: split("actorLetter", actorLetterPages(ctx)),
      topic: later("topic", [...briefing.topics].sort(byTopicWeight), (t) => topicPage(ctx, t)),
      topics: split("topics", topicsIndexPages(ctx)),
      timelinePeriod: split("timelinePeriod", timelinePeriodPages(ctx)),
      sources: split("sources", sourcePages(ctx)),
    },
    // the search page's index is written once, with share 0
    search: share.index === 0 ? searchRows(briefing, (id) => ctx.actorPath(id)) : [],
  };
}

// ------------------------------------------------------------ page metadata
/** Each page's head metadata, from its view and the briefing's records (metadata.ts writes the tags' content). */
class MetaMaker {
  constructor(
    private readonly ctx: SiteContext,
    private readonly deploy: DeploySettings,
    private readonly feedOf: Map<string, FeedSpec>,
  ) {}

  private feeds(...keys: string[]): FeedLink[] {
    return keys.flatMap((key) => {
      const spec = this.feedOf.get(key);
      return spec ? [{ title: spec.title, atom: spec.atom, json: spec.json }] : [];
    });
  }

  of(template: TemplateName, page: PageItem): PageMeta {
    const { ctx, deploy } = this;
    const b = ctx.briefing;
    const view = page as PageItem & Record<string, unknown>;
    const pageNote = (pager: Pager | undefined) => (pager && pager.n > 1 ? ` (page ${pager.n})` : "");
    switch (template) {
      case "home": {
        const home = view as unknown as ReturnType<typeof homePage>;
        const description = `${home.counts.articles} articles from ${home.counts.sources} sources: ${home.counts.stories} stories, ${home.counts.actors} actors, ${home.counts.topics} topics.`;
        return indexMeta(deploy, page.path, b.title, description, home.stories.map((s) => ({ name: s.title, path: null })));
      }
      case "article": {
        const article = ctx.articleById.get(view.id as string);
        if (!article) break;
        return articleMeta(deploy, page.path, article, b.title, this.feeds(`story/${article.storyId}`));
      }
      case "actor": {
        const actor = ctx.actorById.get(view.id as string);
        if (!actor) break;
        return actorMeta(deploy, page.path, actor, ctx.roleOf(actor), this.feeds(`actor/${actor.id}`));
      }
      case "topic": {
        const topic = ctx.topicById.get(view.id as string);
        if (!topic) break;
        const meta = baseMeta(deploy, page.path, topic.name, topic.description ?? `${topic.articles.length} articles of ${b.title} on ${topic.name}.`);
        meta.feeds = this.feeds(`topic/${topic.id}`);
        return meta;
      }
      case "stories": {
        const list = view as unknown as ReturnType<ReturnType<typeof storyPages>[number]>;
        return indexMeta(deploy, page.path, `Stories${pageNote(list.pager)}`, `${list.pager.total} stories of ${b.title}, most important first.`,
          list.stories.map((s) => ({ name: s.title, path: `${page.path}#${s.anchor}` })), list.pager.from);
      }
      case "actors": {
        const index = view as unknown as ReturnType<typeof actorsIndexPage>;
        return indexMeta(deploy, page.path, "Actors", `${index.total} people, organisations and places named in ${b.title}.`,
          index.groups.flatMap((g) => g.actors).map((a) => ({ name: a.name, path: a.path ?? `${page.path}#${a.anchor}` })));
      }
      case "actorLetter": {
        const letter = view as unknown as ReturnType<ReturnType<typeof actorLetterPages>[number]>;
        return indexMeta(deploy, page.path, `Actors: ${letter.letter}${pageNote(letter.pager)}`, null,
          letter.groups.flatMap((g) => g.actors).map((a) => ({ name: a.name, path: a.path ?? `${page.path}#${a.anchor}` })), letter.pager.from);
      }
      case "topics": {
        const list = view as unknown as ReturnType<ReturnType<typeof topicsIndexPages>[number]>;
        return indexMeta(deploy, page.path, `Topics${pageNote(list.pager)}`, `${list.pager.total} topics of ${b.title}.`,
          list.topics.map((t) => ({ name: t.name, path: t.path })), list.pager.from);
      }
      case "sources": {
        const list = view as unknown as ReturnType<ReturnType<typeof sourcePages>[number]>;
        return indexMeta(deploy, page.path, `Sources${pageNote(list.pager)}`, `The outlets behind ${b.title}.`,
          list.sources.map((s) => ({ name: s.name, path: `${page.path}#${s.anchor}` })), list.pager.from);
      }
      case "timeline":
        return baseMeta(deploy, page.path, "Timeline", `Dated events of ${b.title}, by month.`);
      case "timelinePeriod":
        return baseMeta(deploy, page.path, `Timeline: ${String(view.period)}${pageNote(view.pager as Pager)}`, null);
      case "search":
        return baseMeta(deploy, page.path, "Search", null);
      case "notFound":
        // served for any missing address: it is no page of its own to point to or index
        return { ...baseMeta(deploy, page.path, "Page not found", null), canonical: null, noindex: true };
    }
    return baseMeta(deploy, page.path, b.title, null);
  }
}

const byTopicWeight = (a: BriefingTopic, b: BriefingTopic) => b.weight - a.weight || a.name.localeCompare(b.name);

// ------------------------------------------------------------ article bodies
// Which anchors a body really carries decides whether other pages link to them, so every body's anchors
// are known before any page is built. A body is rendered only when its anchors are not known from the
// last build (by the hash of everything it is made from) or when its page is being rendered.

/** An article's rendered text, by the hash of what it is made from (text, blocks, format, links). */
export interface ArticleBody {
  key: string;
  anchors: string[];
  /** the HTML, rendered on first call */
  html(): string;
}

/** The anchors a body with this key carried in the last build, if it was built. */
export type KnownAnchors = (articleId: string, key: string) => readonly string[] | undefined;

/** A body's key and anchors as another thread worked them out from this same briefing: taken as they are. */
export type GivenBodies = (articleId: string) => readonly [key: string, anchors: readonly string[]] | undefined;

const bodies = new WeakMap<SiteContext, Map<string, ArticleBody>>();

/**
 * A share's own articles' bodies (those of the article pages it renders), keyed and, unless the last
 * build knew their anchors, rendered before any page is planned: the shares each do their own and
 * trade the anchors (page-share.ts), instead of share 0 rendering every body while the other threads
 * wait (a first build), or every thread keying every body (a rebuild: 1.9 s a thread at 10,000 articles).
 */
export interface OwnBodies {
  ctx: SiteContext;
  bodies: Map<string, ArticleBody>;
}

export function renderOwnBodies(briefing: Briefing, share: PageShare, known?: KnownAnchors): OwnBodies {
  const ctx = new SiteContext(briefing);
  const own = new Map<string, ArticleBody>();
  // the share's article pages are these (planSite's mine() over the same list)
  briefing.articles.forEach((article, i) => {
    if (inShare(share, i)) own.set(article.id, bodyOf(ctx, article, known));
  });
  return { ctx, bodies: own };
}

function prepareBodies(ctx: SiteContext, known?: KnownAnchors, given?: GivenBodies, own?: Map<string, ArticleBody>): Map<string, ArticleBody> {
  const all = new Map<string, ArticleBody>();
  for (const article of ctx.briefing.articles) {
    const body = own?.get(article.id) ?? givenBody(ctx, article, given) ?? bodyOf(ctx, article, known);
    all.set(article.id, body);
    ctx.anchorsIn.set(article.id, new Set(body.anchors));
  }
  bodies.set(ctx, all);
  return all;
}

const bodyInput = (ctx: SiteContext, article: BriefingArticle) => ({
  text: article.text,
  blocks: article.blocks,
  // HTML sources arrive as text extracted from the DOM: only markdown sources are parsed as markdown
  format: article.format === "markdown" ? ("markdown" as const) : ("text" as const),
  decorations: decorationsOf(ctx, article).filter((d) => d.start >= 0 && d.end <= article.text.length && d.start < d.end),
});

/** A body another thread worked out for this build: making the key again (the article's links, their hash) would cost a thread 1.7 s at 10,000 articles. */
function givenBody(ctx: SiteContext, article: BriefingArticle, given?: GivenBodies): ArticleBody | undefined {
  const told = given?.(article.id);
  if (!told) return undefined;
  let rendered: string | undefined;
  return { key: told[0], anchors: [...told[1]], html: () => (rendered ??= renderArticleBody(bodyInput(ctx, article))) };
}

/** A body by its key: rendered now when its anchors are not known, else only if its page is rendered. */
function bodyOf(ctx: SiteContext, article: BriefingArticle, known?: KnownAnchors): ArticleBody {
  const input = bodyInput(ctx, article);
  const key = createHash("sha1").update(article.text).update("\0").update(JSON.stringify([input.blocks, input.format, input.decorations])).digest("base64url");
  const knownAnchors = known?.(article.id, key);
  // (its inputs are made again then: holding every article's decorations meanwhile costs memory)
  let html = knownAnchors ? undefined : renderArticleBody(input);
  const anchors = knownAnchors ?? anchorsOf(html ?? "");
  return { key, anchors: [...anchors], html: () => (html ??= renderArticleBody(bodyInput(ctx, article))) };
}

const anchorsOf = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "");

function decorationsOf(ctx: SiteContext, article: BriefingArticle): SpanDecoration[] {
  const path = ctx.articlePath.get(article.id) ?? "";
  const decorations: SpanDecoration[] = [];
  const here = new Set([article.id]);
  // an actor's link and title are the same at each of its mentions here: made at the first
  const links = new Map<BriefingActor, { href: string; title: string }>();
  for (const { actor, mention: { start, end } } of ctx.mentionsIn.get(article.id) ?? []) {
    let link = links.get(actor);
    if (link === undefined) {
      const role = ctx.roleOf(actor, here);
      link = { href: relativeUrl(ctx.actorPath(actor.id), path), title: role ? `${actor.name}, ${role}` : actor.name };
      links.set(actor, link);
    }
    decorations.push({ kind: "actor", start, end, href: link.href, title: link.title });
  }
  for (const quote of ctx.quotesIn.get(article.id) ?? []) {
    quote.spans
      .filter((s) => s.article === article.id)
      .forEach((span, index) => decorations.push({ kind: "quote", start: span.start, end: span.end, id: index === 0 ? quoteAnchor(quote.id) : undefined }));
  }
  for (const mention of ctx.datesIn.get(article.id) ?? []) {
    decorations.push({ kind: "date", start: mention.start, end: mention.end, id: dateAnchor(mention.start), title: mention.value });
  }
  return decorations;
}

// ------------------------------------------------------------ stories
export interface Citation {
  n: number;
  article: ArticleRef;
}

function storyCore(ctx: SiteContext, story: BriefingStory) {
  const citations: Citation[] = ctx
    .articleRefs(story.articles)
    .sort(byDate((ref) => ref.date))
    .map((article, index) => ({ n: index + 1, article }));
  const outlets = new Set(story.articles.map((id) => ctx.sourceOfArticle.get(id)?.id ?? id));
  return { id: story.id, anchor: `story-${slug(story.id)}`, title: story.title, titleGenerated: story.titleSource === "generated", dateRange: story.dateRange, citations, outletCount: outlets.size };
}

function frontStory(ctx: SiteContext, story: BriefingStory) {
  const core = storyCore(ctx, story);
  const within = new Set(story.articles);
  const citeOf = new Map(core.citations.map((c) => [c.article.id, c]));
  const sources = new Map<string, { name: string; path: string }>();
  for (const id of story.articles) {
    const source = ctx.sourceOfArticle.get(id);
    if (source) sources.set(source.id, { name: source.name, path: ctx.layout.sourceUrl.get(source.id) ?? SITE_PATHS.sources });
  }
  return {
    ...core,
    feed: hasStoryFeed(story) ? entityFeedFiles("story", story.id) : null,
    citations: capped(core.citations, FRONT_CITATIONS_LISTED),
    keyPoints: story.keyPoints.map((point) => {
      const cites = [...new Set(point.articles)].map((id) => citeOf.get(id)).filter((c): c is Citation => c !== undefined).sort((a, b) => a.n - b.n);
      return { text: point.text, cites: cites.slice(0, CITES_PER_POINT), moreCites: Math.max(0, cites.length - CITES_PER_POINT) };
    }),
    players: ctx.actorChips(ctx.layout.keyPlayers.get(story.id) ?? [], within),
    events: ctx.eventsFor(within).sort(byDate((e) => e.date, true)).slice(0, FRONT_EVENTS_PER_STORY).map((e) => {
      const view = ctx.eventView(e);
      return { ...view, sources: view.sources.slice(0, FRONT_EVENT_SOURCES), moreSources: Math.max(0, view.sources.length - FRONT_EVENT_SOURCES) };
    }),
    topics: ctx.topicChips(story.topics),
    sources: capped([...sources.values()], FRONT_CITATIONS_LISTED),
  };
}

function homePage(ctx: SiteContext) {
  const b = ctx.briefing;
  return {
    path: SITE_PATHS.home,
    title: b.title,
    dateRange: b.dateRange,
    // every entry of the sources page the count links to, the one gathering articles that name no outlet too
    counts: { articles: b.articles.length, sources: b.sources.length, actors: b.actors.length, topics: b.topics.length, stories: b.stories.length },
    stories: ctx.layout.storyOrder.slice(0, FRONT_PAGE_STORIES).map((s) => frontStory(ctx, s)),
    moreStories: Math.max(0, b.stories.length - FRONT_PAGE_STORIES),
  };
}

function storyPages(ctx: SiteContext) {
  return paginate(ctx.layout.storyOrder, STORIES_PER_PAGE, "stories", (stories, pager) => ({
    pager,
    stories: stories.map((story) => {
      const core = storyCore(ctx, story);
      return {
        ...core,
        citations: capped(core.citations, STORY_LIST_ARTICLES),
        keyPoint: story.keyPoints[0]?.text ?? null,
        filterText: filterText(story.title, (ctx.layout.keyPlayers.get(story.id) ?? []).map((id) => ctx.actorById.get(id)?.name ?? "")),
        players: ctx.actorChips((ctx.layout.keyPlayers.get(story.id) ?? []).slice(0, STORY_LIST_PLAYERS), new Set(story.articles)),
      };
    }),
  }));
}

// ------------------------------------------------------------ articles
function dateNoteOf(article: BriefingArticle): string {
  if (!article.date) return `No date found in the article${article.dateEvidence ? `: ${article.dateEvidence}` : ""}.`;
  if (article.dateSource === "inferred") {
    // evidence may already open with the word ("inferred: it speaks of …")
    const evidence = article.dateEvidence?.replace(/^inferred:\s*/i, "").replace(/\.$/, "");
    return `Date inferred${evidence ? `: ${evidence}` : ""}.`;
  }
  return `Date printed in the article${article.dateEvidence ? ` (${article.dateEvidence})` : ""}.`;
}

/** Other coverage: the same story first, then articles sharing the most (not too common) actors. */
function relatedTo(ctx: SiteContext, article: BriefingArticle): string[] {
  const score = new Map<string, number>();
  for (const other of ctx.storyOfArticle.get(article.id)?.articles ?? []) if (other !== article.id) score.set(other, 100);
  for (const actorId of new Set(article.actors)) {
    const actor = ctx.actorById.get(actorId);
    if (!actor || actor.articles.length > RELATED_ACTOR_MAX_ARTICLES) continue;
    for (const other of actor.articles) if (other !== article.id) score.set(other, (score.get(other) ?? 0) + 1);
  }
  return topByScore(score, RELATED_ARTICLES);
}

/**
 * The `max` ids of highest score, ties by id: the same as sorting every entry and keeping the first
 * `max`, kept while scanning (an article of a large story scores thousands of others to keep six).
 */
export function topByScore(score: ReadonlyMap<string, number>, max: number): string[] {
  const top: [string, number][] = [];
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  if (max <= 0) return [];
  for (const entry of score) {
    if (top.length === max && !before(entry, top[max - 1]!)) continue;
    // the new entry's place, the ones it passes moved down (the last one out, once the list is full)
    let at = Math.min(top.length, max - 1);
    while (at > 0 && before(entry, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = entry;
  }
  return top.map(([id]) => id);
}

/** A filter keeping the first item of each key. */
function firstOfEach<T>(key: (item: T) => string): (item: T) => boolean {
  const seen = new Set<string>();
  return (item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
}

/** The first sentence naming each actor in this article. */
function sentencesNaming(ctx: SiteContext, article: BriefingArticle): Map<string, string> {
  // each actor's first mention here: the article's mentions come in the briefing's order of actors, and
  // each actor's in its own order (an index of every actor's mentions, keyed by actor and article, cost
  // each thread a pass over all of them for the articles of its share)
  const first = new Map<string, ActorMentionRef>();
  for (const { actor, mention } of ctx.mentionsIn.get(article.id) ?? []) if (!first.has(actor.id)) first.set(actor.id, mention);
  const sentences = new Map<string, string>();
  for (const actorId of article.actors) {
    const mention = ctx.actorById.has(actorId) ? first.get(actorId) : undefined;
    if (mention) sentences.set(actorId, mention.sentence || sentenceAround(article.text, mention.start, mention.end));
  }
  return sentences;
}

const rewritesIndex = new WeakMap<SiteContext, Map<string, string[]>>();

/** The articles that rewrite each article, indexed once per site. */
function rewritesOf(ctx: SiteContext, id: string): string[] {
  let index = rewritesIndex.get(ctx);
  if (!index) {
    rewritesIndex.set(ctx, (index = new Map()));
    for (const a of ctx.briefing.articles) if (a.rewriteOf) addToList(index, a.rewriteOf, a.id);
  }
  return index.get(id) ?? [];
}

function articlePage(ctx: SiteContext, article: BriefingArticle) {
  const path = ctx.articlePath.get(article.id) ?? "";
  const story = ctx.storyOfArticle.get(article.id) ?? null;
  const chips = ctx.actorChips(ctx.byWeight(article.actors), new Set([article.id]));
  const naming = sentencesNaming(ctx, article);
  const dates = [...(ctx.datesIn.get(article.id) ?? [])].sort((a, b) => a.start - b.start);
  return {
    id: article.id,
    path,
    // what the page prints of the article: its text arrives as bodyHtml
    article: {
      title: article.title,
      titleSource: article.titleSource,
      standfirst: article.standfirst,
      publisher: article.publisher,
      author: article.author,
      date: article.date,
      dateTime: article.dateTime,
      readingMinutes: article.readingMinutes,
      wordCount: article.wordCount,
      section: article.section,
      originalSource: article.originalSource,
      originalUrl: article.originalUrl,
      captions: article.captions,
      notes: article.notes,
      removed: article.removed.map((piece) => ({ reason: piece.reason, text: piece.text })),
      sourceFile: article.sourceFile,
      rewriteOf: article.rewriteOf ? (ctx.articleRef(article.rewriteOf) ?? null) : null,
      rewrittenBy: ctx.articleRefs(rewritesOf(ctx, article.id)),
    },
    // the body itself is added only when the page is rendered (renderSite): its key stands for it in the hash
    bodyKey: bodies.get(ctx)?.get(article.id)?.key ?? "",
    dateNote: dateNoteOf(article),
    actors: chips.filter((chip) => ctx.layout.ownPage.has(chip.id)),
    // actors without a page of their own are listed here, with the sentence that names them
    alsoNamed: chips.filter((chip) => !ctx.layout.ownPage.has(chip.id)).map((chip) => ({ chip, sentence: naming.get(chip.id) ?? "" })),
    topics: ctx.topicChips(article.topics),
    dates: dates
      .filter(firstOfEach((m) => `${m.text}\u0000${m.value}`))
      .map((m) => ({ text: m.text, value: m.value, path: ctx.anchored(article.id, dateAnchor(m.start)) })),
    quotes: (ctx.quotesIn.get(article.id) ?? []).map((q) => ctx.quoteView(q)),
    related: ctx.articleRefs(relatedTo(ctx, article)),
    story: story ? { id: story.id, title: story.title } : null,
    sourcePath: ctx.sourcePathOf(article.id),
  };
}

// ------------------------------------------------------------ actors
function appearancesOf(ctx: SiteContext, actor: BriefingActor): { article: ArticleRef; sentences: string[] }[] {
  const appearances = new Map<string, string[]>();
  for (const id of actor.articles) appearances.set(id, []);
  for (const mention of actor.mentions) {
    const sentences = appearances.get(mention.article) ?? [];
    const sentence = mention.sentence || sentenceAround(ctx.articleById.get(mention.article)?.text ?? "", mention.start, mention.end);
    if (sentence && !sentences.includes(sentence)) sentences.push(sentence);
    appearances.set(mention.article, sentences);
  }
  return [...appearances.entries()]
    .map(([id, sentences]) => ({ article: ctx.articleRef(id), sentences }))
    .filter((a): a is { article: ArticleRef; sentences: string[] } => a.article !== null)
    .sort(byDate((a) => a.article.date, true));
}

function editedFlags(actor: BriefingActor) {
  const has = (field: string) => actor.edited?.includes(field) ?? false;
  return { name: has("name"), kind: has("kind"), description: has("description"), wikidata: has("wikidata"), merged: has("merged") };
}

/** How the actor page words the evidence on which a spelling was taken to be the actor's. */
const MERGE_REASON_LABEL: Record<MergeReason, string> = {
  "same-name": "the same name",
  "same-name-other-kind": "the same name, printed as another kind",
  "surname-in-article": "a surname after the full name, in the same article",
  "abbreviation-in-article": "an abbreviation its article defines or spells out",
  "short-form-in-article": "a short form of the full name in the same article",
  "first-name-in-article": "a given name after the full name, in the same article",
  "leading-words-in-article": "the opening words of the full name, printed after it in the same article",
  "spelling-variant": "a spelling variant sharing a role or named company",
  "only-person-with-surname": "the only person in the collection with this surname, in articles that name the same people",
  "only-person-with-surname-in-story": "the only person with this surname named in full in the same story",
  "first-name-in-story": "a given name of the only person in the same story whose full name opens with it",
  "short-form-in-story": "a short form of the only full name in the same story that it fits",
  "abbreviation-in-story": "an abbreviation another article of the same story gives for this full name",
  "blended-name": "a name blended from the openings of the full name, in the same article or story",
  "vessel-name": "the same vessel's name, with or without its prefix, in the same article or story",
  "words-inserted-in-story": "the same name with words left out, in the same story",
  "surname-with-shared-context": "a surname whose article shares this actor's company",
  "middle-name": "the same first name and surname without a middle name",
  "given-name-left-out-in-story": "the full name without its given name, in the same story",
  "diminutive-in-story": "the full name with a short form of the given name, in the same story",
  "generational-suffix": "the same full name without its Jr., Sr. or numeral, sharing a role or named company",
  editor: "merged by the editor",
};

function actorPage(ctx: SiteContext, actor: BriefingActor) {
  const because = new Map((actor.mergedBecause ?? []).map((e) => [e.spelling, MERGE_REASON_LABEL[e.reason]] as const));
  const appearances = appearancesOf(ctx, actor);
  const coActors = actor.coActors
    .slice(0, CO_ACTORS_SHOWN)
    .flatMap((co) => {
      const chip = ctx.actorChip(co.actor);
      return chip ? [{ ...chip, count: co.count }] : [];
    });
  return {
    id: actor.id,
    path: ctx.actorPath(actor.id),
    name: actor.name,
    kind: actor.kind,
    kindLabel: kindLabel(actor.kind),
    role: ctx.roleOf(actor),
    description: actor.description,
    aliases: actor.aliases.filter((alias) => alias !== actor.name),
    mergedBecause: actor.aliases.filter((alias) => alias !== actor.name && because.has(alias)).map((alias) => ({ alias, reason: because.get(alias)! })),
    roleDisagreement: actor.rolesDisagree ? actor.roleGroups.map((g) => ({ role: g.role, articles: ctx.articleRefs(g.articles) })) : null,
    wikidata: actor.wikidata ?? null,
    edited: editedFlags(actor),
    roles: capped(
      actor.roles.flatMap((r) => {
        const article = ctx.articleRef(r.article);
        return article ? [{ role: r.role, article, sentence: r.sentence }] : [];
      }),
    ),
    quotes: cappedViews(ctx.quotesBy.get(actor.id) ?? [], ENTITY_LIST_MAX, (q) => ctx.quoteView(q)),
    timeline: capped(
      appearances
        .filter((a) => a.article.date !== null)
        .map((a) => ({ date: a.article.date ?? "", article: a.article }))
        .sort(byDate((t) => t.date)),
    ),
    events: cappedViews([...(ctx.eventsWith.get(actor.id) ?? [])].sort(byDate((e) => e.date)), ENTITY_LIST_MAX, (e) => ctx.eventView(e)),
    coActors: { items: coActors, total: actor.coActorCount ?? actor.coActors.length },
    appearances: capped(appearances),
    mentionCount: actor.mentionCount,
    articleCount: appearances.length,
  };
}

interface ActorEntry {
  id: string;
  anchor: string;
  name: string;
  role: string | null;
  mentionCount: number;
  articleCount: number;
  filterText: string;
  /** its own page, when it has one */
  path: string | null;
  /** for an actor without a page: the articles naming it, with the first sentence that does */
  articles: ArticleRef[];
  sentence: string | null;
}

function actorEntry(ctx: SiteContext, actor: BriefingActor): ActorEntry {
  const ownPage = ctx.layout.ownPage.has(actor.id);
  const first = ownPage ? undefined : actor.mentions[0];
  const firstArticle = first ? ctx.articleById.get(first.article) : undefined;
  return {
    id: actor.id,
    anchor: actorAnchor(actor.id),
    name: actor.name,
    role: ctx.roleOf(actor),
    mentionCount: actor.mentionCount,
    articleCount: actor.articles.length,
    filterText: filterText(actor.name, actor.aliases, actor.roles.map((r) => r.role)),
    path: ownPage ? ctx.actorPath(actor.id) : null,
    articles: ownPage ? [] : ctx.articleRefs(actor.articles.slice(0, ENTRY_ARTICLES)),
    sentence: first && firstArticle ? first.sentence || sentenceAround(firstArticle.text, first.start, first.end) : null,
  };
}

function kindCounts(actors: readonly BriefingActor[]) {
  return KIND_ORDER.map((kind) => ({ kind, label: kindLabel(kind, true), count: actors.filter((a) => a.kind === kind).length })).filter((k) => k.count > 0);
}

function groupByKind(ctx: SiteContext, actors: readonly BriefingActor[], max = Infinity) {
  return KIND_ORDER.map((kind) => {
    const ofKind = actors.filter((a) => a.kind === kind);
    return { kind, label: kindLabel(kind, true), total: ofKind.length, actors: ofKind.slice(0, max).map((a) => actorEntry(ctx, a)) };
  }).filter((group) => group.actors.length > 0);
}

function actorsIndexPage(ctx: SiteContext) {
  const actors = ctx.briefing.actors;
  const ranked = [...actors].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  const groups = groupByKind(ctx, ranked, TOP_ACTORS_PER_KIND);
  return {
    path: SITE_PATHS.actors,
    total: actors.length,
    withPage: ctx.layout.ownPage.size,
    kinds: kindCounts(actors),
    groups,
    listed: groups.reduce((n, g) => n + g.actors.length, 0),
    letters: ctx.layout.letters.map((l) => ({ letter: l.letter, path: l.pages[0]?.path ?? "", count: l.actors.length, kinds: kindCounts(l.actors) })),
  };
}

function actorLetterPages(ctx: SiteContext) {
  const letters = ctx.layout.letters.map((l) => ({ letter: l.letter, path: l.pages[0]?.path ?? "", count: l.actors.length }));
  return ctx.layout.letters.flatMap((letter) =>
    letter.pages.map((page, i) => () => ({
      path: page.path,
      letter: letter.letter,
      letters,
      total: letter.actors.length,
      kinds: kindCounts(letter.actors),
      groups: groupByKind(ctx, page.actors),
      pager: pagerFor(letter.pages.map((p) => p.path), i, page.actors.length, letter.actors.length, letter.pages.slice(0, i).reduce((n, p) => n + p.actors.length, 0)),
    })),
  );
}

function pagerFor(paths: string[], i: number, onPage: number, total: number, before: number): Pager {
  return {
    n: i + 1,
    count: paths.length,
    prev: i > 0 ? paths[i - 1]! : null,
    next: i < paths.length - 1 ? paths[i + 1]! : null,
    pages: paths.map((path, j) => ({ n: j + 1, path })),
    from: onPage ? before + 1 : 0,
    to: before + onPage,
    total,
  };
}

// ------------------------------------------------------------ topics
function topicPage(ctx: SiteContext, topic: BriefingTopic) {
  const topicArticles = new Set(topic.articles);
  const sentencesByArticle = new Map<string, string[]>(topic.articles.map((id) => [id, []]));
  for (const sentence of topic.sentences) {
    const list = sentencesByArticle.get(sentence.article) ?? [];
    if (!list.includes(sentence.text)) list.push(sentence.text);
    sentencesByArticle.set(sentence.article, list);
  }
  const topicActors = new Set(topic.actors);
  const phrases = topic.phrases.map((p) => p.toLocaleLowerCase("en-GB"));
  const quotes = ctx
    .quotesFor(topicArticles)
    .filter((q) => (q.speaker !== null && topicActors.has(q.speaker)) || phrases.some((p) => q.text.toLocaleLowerCase("en-GB").includes(p)));
  const events = ctx.eventsFor(topicArticles).sort(byDate((e) => e.date));
  return {
    id: topic.id,
    path: ctx.topicPath.get(topic.id) ?? "",
    name: topic.name,
    description: topic.description,
    phrases: topic.phrases,
    // in the topic's own order: most relevant first
    articles: capped(
      [...sentencesByArticle.entries()]
        .map(([id, sentences]) => ({ article: ctx.articleRef(id), sentences }))
        .filter((a): a is { article: ArticleRef; sentences: string[] } => a.article !== null),
    ),
    actors: capped(ctx.actorChips(ctx.byWeight(topic.actors).slice(0, TOPIC_ACTORS_SHOWN), topicArticles), TOPIC_ACTORS_SHOWN),
    actorCount: topic.actors.length,
    quotes: cappedViews(quotes, ENTITY_LIST_MAX, (q) => ctx.quoteView(q)),
    events: cappedViews(events, ENTITY_LIST_MAX, (e) => ctx.eventView(e)),
    related: ctx.topicChips(topic.related),
    parent: topic.parent ? (ctx.topicChips([topic.parent])[0] ?? null) : null,
    iptc: topic.iptc ?? null,
    declared: topic.declared ?? false,
  };
}

function topicsIndexPages(ctx: SiteContext) {
  const topics = [...ctx.briefing.topics].sort(byTopicWeight);
  return paginate(topics, TOPICS_PER_PAGE, "topics", (slice, pager) => ({
    pager,
    topics: slice.map((topic) => ({
      id: topic.id,
      path: ctx.topicPath.get(topic.id) ?? "",
      name: topic.name,
      description: topic.description,
      articleCount: topic.articles.length,
      actorCount: topic.actors.length,
      iptc: topic.iptc ?? null,
      filterText: filterText(topic.name, topic.phrases),
    })),
  }));
}

// ------------------------------------------------------------ timeline
/** The month an event is filed under ("2031-10"), or its year when it names no month ("2031"). */
export function periodOf(date: string): string {
  const month = /^(\d{4})-(\d{2})(?!\d)/.exec(date);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2]}`;
  const week = /^(\d{4})-W(\d{2})/.exec(date);
  if (week) return monthOfWeek(Number(week[1]), Number(week[2]));
  return /^\d{4}/.exec(date)?.[0] ?? "undated";
}

/** The month holding the Thursday of an ISO week (the day that decides which year a week belongs to). */
function monthOfWeek(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  const thursday = new Date(mondayOfWeek1 + ((week - 1) * 7 + 3) * 86_400_000);
  return `${thursday.getUTCFullYear()}-${String(thursday.getUTCMonth() + 1).padStart(2, "0")}`;
}

const periodsIndex = new WeakMap<SiteContext, [string, BriefingEvent[]][]>();

/** The dated events by period (periodOf), in date order; worked out once per site (the timeline index and its pages both list them). */
function eventsByPeriod(ctx: SiteContext): [string, BriefingEvent[]][] {
  let periods = periodsIndex.get(ctx);
  if (!periods) {
    const byPeriod = new Map<string, BriefingEvent[]>();
    for (const event of [...ctx.briefing.events].sort(byDate((e) => e.date))) addToList(byPeriod, periodOf(event.date), event);
    periodsIndex.set(ctx, (periods = [...byPeriod.entries()].sort(([a], [b]) => (a < b ? -1 : 1))));
  }
  return periods;
}

const periodFolder = (period: string) => `timeline/${slug(period)}`;

function timelinePeriodPages(ctx: SiteContext): Made<PageItem>[] {
  return eventsByPeriod(ctx).flatMap(([period, events]) =>
    paginate(events, EVENTS_PER_TIMELINE_PAGE, periodFolder(period), (slice, pager) => ({ period, pager, days: daysOf(ctx, slice) })),
  );
}

function timelineIndexPage(ctx: SiteContext) {
  return {
    path: SITE_PATHS.timeline,
    eventCount: ctx.briefing.events.length,
    periods: eventsByPeriod(ctx).map(([period, events]) => ({ period, path: pagedPath(periodFolder(period), 1), count: events.length, days: new Set(events.map((e) => e.date)).size })),
  };
}

function daysOf(ctx: SiteContext, events: readonly BriefingEvent[]): { date: string; events: EventView[] }[] {
  const days = new Map<string, EventView[]>();
  for (const event of events) {
    const list = days.get(event.date) ?? [];
    list.push(ctx.eventView(event));
    days.set(event.date, list);
  }
  return [...days.entries()].map(([date, list]) => ({ date, events: list }));
}

// ------------------------------------------------------------ sources
/** Actors and events only one outlet reports, per outlet. */
function reportedOnlyBy(ctx: SiteContext) {
  const actors = new Map<string, string[]>();
  const events = new Map<string, BriefingEvent[]>();
  const soleSource = (articleIds: readonly string[]): string | null => {
    const first = articleIds[0] ? ctx.sourceOfArticle.get(articleIds[0])?.id : undefined;
    return first && articleIds.every((id) => ctx.sourceOfArticle.get(id)?.id === first) ? first : null;
  };
  for (const actor of ctx.briefing.actors) {
    const source = soleSource(actor.articles);
    if (source) addToList(actors, source, actor.id);
  }
  for (const event of ctx.briefing.events) {
    const source = soleSource(event.articles);
    if (source) addToList(events, source, event);
  }
  return { actors, events };
}

function sourcePages(ctx: SiteContext) {
  // worked out by the first page a share makes, if it makes any
  let reported: ReturnType<typeof reportedOnlyBy> | undefined;
  const several = ctx.briefing.sources.length > 1;
  const duplicates = () => ctx.briefing.duplicates.map((d) => ({ file: d.file, of: ctx.articleRef(d.of), kind: d.kind }));
  const pages = ctx.layout.sourcePages.length ? ctx.layout.sourcePages : [{ path: SITE_PATHS.sources, sources: [] }];
  const paths = pages.map((p) => p.path);
  const before: number[] = [];
  pages.reduce((n, page) => (before.push(n), n + page.sources.length), 0);
  return pages.map((page, i) => () => {
    const pager = pagerFor(paths, i, page.sources.length, ctx.briefing.sources.length, before[i]!);
    const only = (reported ??= reportedOnlyBy(ctx));
    return {
      path: page.path,
      pager,
      articleCount: ctx.briefing.articles.length,
      sources: page.sources.map((source) => {
        const own = new Set(source.articles);
        const refs = ctx.articleRefs(source.articles).sort(byDate((ref) => ref.date));
        const ownEvents = (only.events.get(source.id) ?? []).sort(byDate((e) => e.date));
        return {
          id: source.id,
          name: source.name,
          anchor: sourceAnchor(source.id),
          articles: capped(refs),
          filterText: filterText(source.name, refs.slice(0, ENTITY_LIST_MAX).map((ref) => ref.title)),
          dateRange: spanOf(refs.map((ref) => ref.date ?? "")),
          onlyHere: several
            ? {
                actors: ctx.actorChips(ctx.byWeight(only.actors.get(source.id) ?? []).slice(0, ONLY_HERE_ACTORS), own),
                events: cappedViews(ownEvents, ONLY_HERE_EVENTS, (e) => ctx.eventView(e)),
                reports: capped(
                  refs.flatMap((article) => {
                    const sentences = ctx.articleById.get(article.id)?.exclusive ?? [];
                    return sentences.length ? [{ article, sentences }] : [];
                  }),
                  ONLY_HERE_REPORTS,
                ),
              }
            : null,
        };
      }),
      // the copies are listed once, on the first page
      duplicates: i === 0 ? capped(duplicates(), DUPLICATES_LISTED) : null,
    };
  });
}

