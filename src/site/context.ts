// Lookups over the Briefing built once per render, and the small views (article links, actor chips,
// events, quotes) that many pages share. Every page builder reads through these indexes instead of
// scanning whole collections, so a page costs what it shows, not what the briefing holds.
import type {
  ActorMentionRef,
  Briefing,
  BriefingActor,
  BriefingArticle,
  BriefingDateMention,
  BriefingEvent,
  BriefingQuote,
  BriefingStory,
  BriefingTopic,
} from "../model/briefing.js";
import { siteLayout, slug, type SiteLayout } from "../model/pages.js";
import { groupRoles } from "../model/roles.js";
import type { ActorKind } from "../types.js";
import { kindLabel } from "./filters.js";
import { addToList } from "../collections.js";
import { sharedView } from "./shared-view.js";

export interface ArticleRef {
  id: string;
  title: string;
  path: string;
  /** the publisher the article itself names, null when it names none */
  publisher: string | null;
  date: string | null;
  /** what a short link to the article says: its publisher, or its headline shortened */
  label: string;
}

export interface ActorChip {
  id: string;
  name: string;
  kind: ActorKind;
  kindLabel: string;
  /** its page, or its entry in the actors index */
  path: string;
  role: string | null;
}

export interface TopicChip {
  id: string;
  name: string;
  path: string;
}

export interface EventSourceView {
  article: ArticleRef;
  sentence: string;
  phrase: string;
  value: string;
  /** the article page at the date phrase this source used */
  receipt: string;
  /** the date the phrase was resolved against, and how: the receipt in words */
  reference: string | null;
  rule: string | null;
}

export interface EventView {
  id: string;
  date: string;
  text: string;
  sources: EventSourceView[];
  actors: ActorChip[];
  conflict: string | null;
  /** sources reporting it that are not listed (a page that shows only the first few) */
  moreSources: number;
}

export interface QuoteView {
  id: string;
  text: string;
  partial: boolean;
  cue: string | null;
  speaker: ActorChip | null;
  /** each article that printed it, linked to the quote in place */
  printings: { article: ArticleRef; path: string }[];
}

/** Anchors inside article pages: date phrases by offset, quotes by id. */
export const dateAnchor = (start: number) => `when-${start}`;
export const quoteAnchor = (quoteId: string) => `quote-${slug(quoteId)}`;

/** A file path for a page: the briefing's own url when it is a plain relative path, else the default. */
export function pagePath(url: string | null | undefined, fallback: string): string {
  if (!url) return fallback;
  let path = url.replace(/^\/+/, "").split("#")[0] ?? "";
  if (path === "" || path.split("/").some((part) => part === ".." || part === ".") || /^[a-z][a-z0-9+.-]*:/i.test(path)) {
    return fallback;
  }
  if (path.endsWith("/")) path += "index.html";
  else if (!/\.html?$/.test(path)) path += "/index.html";
  return path;
}

/** Text cut at a word boundary to about `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : clean.slice(0, max)).replace(/[\s,;:.–—-]+$/, "")}…`;
}

export function byDate<T>(get: (item: T) => string | null, descending = false): (a: T, b: T) => number {
  return (a, b) => {
    const x = get(a) ?? "";
    const y = get(b) ?? "";
    if (x === y) return 0;
    if (x === "") return 1;
    if (y === "") return -1;
    return (x < y ? -1 : 1) * (descending ? -1 : 1);
  };
}

export class SiteContext {
  readonly layout: SiteLayout;
  readonly articleById: Map<string, BriefingArticle>;
  readonly actorById: Map<string, BriefingActor>;
  readonly topicById: Map<string, BriefingTopic>;
  readonly articlePath: Map<string, string>;
  readonly topicPath: Map<string, string>;
  readonly sourceOfArticle = new Map<string, { id: string; name: string }>();
  readonly storyOfArticle = new Map<string, BriefingStory>();
  /** each article's actor mentions, in the briefing's order of actors and each actor's order of mentions */
  readonly mentionsIn = new Map<string, { actor: BriefingActor; mention: ActorMentionRef }[]>();
  readonly quotesIn = new Map<string, BriefingQuote[]>();
  readonly quotesBy = new Map<string, BriefingQuote[]>();
  readonly datesIn = new Map<string, BriefingDateMention[]>();
  readonly eventsIn = new Map<string, BriefingEvent[]>();
  readonly eventsWith = new Map<string, BriefingEvent[]>();
  /** anchors each rendered article body really carries, set once the bodies are rendered */
  readonly anchorsIn = new Map<string, Set<string>>();
  private readonly rolesByArticle = new Map<string, Map<string, BriefingActor["roles"]>>();
  private readonly refs = new Map<string, ArticleRef | null>();
  private readonly topRole = new Map<string, string | null>();
  private readonly chips = new Map<string, ActorChip | null>();
  private readonly events = new Map<BriefingEvent, EventView>();
  private readonly quotes = new Map<BriefingQuote, QuoteView>();

  constructor(readonly briefing: Briefing) {
    this.layout = siteLayout(briefing);
    this.articleById = new Map(briefing.articles.map((a) => [a.id, a]));
    this.actorById = new Map(briefing.actors.map((a) => [a.id, a]));
    this.topicById = new Map(briefing.topics.map((t) => [t.id, t]));
    this.articlePath = new Map(briefing.articles.map((a) => [a.id, pagePath(a.url, `articles/${slug(a.id)}/index.html`)]));
    this.topicPath = new Map(briefing.topics.map((t) => [t.id, pagePath(t.url, `topics/${slug(t.id)}/index.html`)]));
    for (const source of briefing.sources) for (const id of source.articles) this.sourceOfArticle.set(id, { id: source.id, name: source.name });
    // an article's own story first, else the first story that lists it
    const storyById = new Map(briefing.stories.map((s) => [s.id, s]));
    for (const story of briefing.stories) for (const id of story.articles) if (!this.storyOfArticle.has(id)) this.storyOfArticle.set(id, story);
    for (const article of briefing.articles) {
      const own = storyById.get(article.storyId);
      if (own) this.storyOfArticle.set(article.id, own);
    }
    for (const actor of briefing.actors) for (const m of actor.mentions) addToList(this.mentionsIn, m.article, { actor, mention: m });
    for (const quote of briefing.quotes) {
      for (const id of new Set([...quote.articles, ...quote.spans.map((s) => s.article)])) addToList(this.quotesIn, id, quote);
      if (quote.speaker) addToList(this.quotesBy, quote.speaker, quote);
    }
    for (const mention of briefing.dateMentions) addToList(this.datesIn, mention.article, mention);
    for (const event of briefing.events) {
      for (const id of new Set(event.articles)) addToList(this.eventsIn, id, event);
      for (const id of new Set(event.actors)) addToList(this.eventsWith, id, event);
    }
  }

  actorPath(id: string): string {
    return this.layout.actorUrl.get(id) ?? "";
  }

  sourcePathOf(articleId: string): string | null {
    const source = this.sourceOfArticle.get(articleId);
    return source ? (this.layout.sourceUrl.get(source.id) ?? null) : null;
  }

  /** One object per article, shared by every list that links to it: views are read, never changed. */
  articleRef(id: string): ArticleRef | null {
    const known = this.refs.get(id);
    if (known !== undefined) return known;
    const article = this.articleById.get(id);
    const ref = article
      ? sharedView({ id, title: article.title, path: this.articlePath.get(id) ?? "", publisher: article.publisher, date: article.date, label: article.publisher ?? shorten(article.title, 48) })
      : null;
    this.refs.set(id, ref);
    return ref;
  }

  articleRefs(ids: readonly string[]): ArticleRef[] {
    return ids.map((id) => this.articleRef(id)).filter((ref): ref is ArticleRef => ref !== null);
  }

  /** The actor's roles as printed in one article, indexed per actor on first use. */
  private rolesIn(actor: BriefingActor, articleId: string): BriefingActor["roles"] {
    let byArticle = this.rolesByArticle.get(actor.id);
    if (!byArticle) {
      byArticle = new Map();
      for (const role of actor.roles) addToList(byArticle, role.article, role);
      this.rolesByArticle.set(actor.id, byArticle);
    }
    return byArticle.get(articleId) ?? [];
  }

  /** The role most of the relevant sources give, spelling variants counted together. */
  roleOf(actor: BriefingActor, within?: ReadonlySet<string>): string | null {
    if (!within) return actor.primaryRole ?? groupRoles(actor.roles)[0]?.role ?? null;
    const scoped = [...within].flatMap((id) => this.rolesIn(actor, id));
    if (scoped.length > 0) return groupRoles(scoped)[0]?.role ?? null;
    // none given there: the role most sources give, worked out once (a common actor has thousands)
    let top = this.topRole.get(actor.id);
    if (top === undefined) {
      top = groupRoles(actor.roles)[0]?.role ?? null;
      this.topRole.set(actor.id, top);
    }
    return top;
  }

  /** An actor's chip; with `within`, its role as those articles give it. Chips without are shared. */
  actorChip(id: string, within?: ReadonlySet<string>): ActorChip | null {
    if (!within) {
      const known = this.chips.get(id);
      if (known !== undefined) return known;
    }
    const actor = this.actorById.get(id);
    if (!actor) {
      if (!within) this.chips.set(id, null);
      return null;
    }
    const chip = { id, name: actor.name, kind: actor.kind, kindLabel: kindLabel(actor.kind), path: this.actorPath(id), role: this.roleOf(actor, within) };
    // a chip with its role in some articles is that page's own
    if (within) return chip;
    const shared = sharedView(chip);
    this.chips.set(id, shared);
    return shared;
  }

  actorChips(ids: readonly string[], within?: ReadonlySet<string>): ActorChip[] {
    return ids.map((id) => this.actorChip(id, within)).filter((chip): chip is ActorChip => chip !== null);
  }

  byWeight(ids: readonly string[]): string[] {
    return [...ids].sort((a, b) => (this.actorById.get(b)?.weight ?? 0) - (this.actorById.get(a)?.weight ?? 0));
  }

  topicChips(ids: readonly string[]): TopicChip[] {
    return ids.flatMap((id) => {
      const topic = this.topicById.get(id);
      return topic ? [{ id, name: topic.name, path: this.topicPath.get(id) ?? "" }] : [];
    });
  }

  /** An article page at an anchor when the body has it, else the page itself. */
  anchored(articleId: string, anchor: string): string {
    const base = this.articlePath.get(articleId) ?? "";
    return this.anchorsIn.get(articleId)?.has(anchor) ? `${base}#${anchor}` : base;
  }

  private receiptFor(articleId: string, phrase: string, value: string) {
    const mentions = this.datesIn.get(articleId) ?? [];
    const mention = mentions.find((m) => m.text === phrase && m.value === value) ?? mentions.find((m) => m.text === phrase);
    return {
      receipt: mention ? this.anchored(articleId, dateAnchor(mention.start)) : (this.articlePath.get(articleId) ?? ""),
      reference: mention?.reference ?? null,
      rule: mention?.rule ?? null,
    };
  }

  /** An event's view, made once and shared by every page that lists it. */
  eventView(event: BriefingEvent): EventView {
    const known = this.events.get(event);
    if (known) return known;
    const sources: EventSourceView[] = [];
    const listed = new Set<string>();
    for (const source of event.sources) {
      const article = this.articleRef(source.article);
      if (article) {
        sources.push({ ...source, article, ...this.receiptFor(source.article, source.phrase, source.value) });
        listed.add(article.id);
      }
    }
    // events listed without per-source detail still name their articles
    for (const article of this.articleRefs(event.articles)) {
      if (!listed.has(article.id)) {
        listed.add(article.id);
        sources.push({ article, sentence: event.text, phrase: "", value: event.date, receipt: article.path, reference: null, rule: null });
      }
    }
    const view: EventView = sharedView({ id: event.id, date: event.date, text: event.text, sources, actors: this.actorChips(this.byWeight(event.actors)), conflict: event.conflict, moreSources: 0 });
    this.events.set(event, view);
    return view;
  }

  /** Events reported by any of these articles, each once. */
  eventsFor(articleIds: Iterable<string>): BriefingEvent[] {
    const seen = new Set<BriefingEvent>();
    for (const id of articleIds) for (const event of this.eventsIn.get(id) ?? []) seen.add(event);
    return [...seen];
  }

  quotesFor(articleIds: Iterable<string>): BriefingQuote[] {
    const seen = new Set<BriefingQuote>();
    for (const id of articleIds) for (const quote of this.quotesIn.get(id) ?? []) seen.add(quote);
    return [...seen];
  }

  quoteView(quote: BriefingQuote): QuoteView {
    const known = this.quotes.get(quote);
    if (known) return known;
    const printings: QuoteView["printings"] = [];
    for (const articleId of new Set([...quote.articles, ...quote.spans.map((s) => s.article)])) {
      const article = this.articleRef(articleId);
      if (article) printings.push({ article, path: this.anchored(articleId, quoteAnchor(quote.id)) });
    }
    const view: QuoteView = sharedView({
      id: quote.id,
      text: quote.text,
      partial: quote.partial,
      cue: quote.cue,
      speaker: quote.speaker ? this.actorChip(quote.speaker) : null,
      printings,
    });
    this.quotes.set(quote, view);
    return view;
  }
}
