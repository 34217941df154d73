// The site's view model: the Briefing joined and ranked into what each page shows, so the templates only
// loop and print. Every `path` here is relative to the site root and names its file; templates turn it
// into a link from the current page with the relativeUrl filter.
import type {
  Briefing,
  BriefingActor,
  BriefingArticle,
  BriefingEvent,
  BriefingQuote,
  BriefingTopic,
} from "../assemble/model.js";
import type { ActorKind } from "../types.js";
import { kindLabel, filterText, relativeUrl } from "./filters.js";
import type { SpanDecoration } from "./markdown/actor-links.js";
import { renderArticleBody } from "./markdown/article-html.js";
import { groupRoles } from "../assemble/roles.js";

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
  path: string;
  role: string | null;
}

export interface TopicChip {
  id: string;
  name: string;
  path: string;
}

export interface Citation {
  n: number;
  article: ArticleRef;
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
}

export interface DayView {
  date: string;
  events: EventView[];
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

export interface StoryView {
  id: string;
  title: string;
  dateRange: [string, string] | null;
  citations: Citation[];
  keyPoints: { text: string; cites: Citation[] }[];
  players: ActorChip[];
  events: EventView[];
  topics: TopicChip[];
  sources: { name: string; path: string }[];
}

export interface ArticlePageView {
  id: string;
  path: string;
  article: BriefingArticle;
  bodyHtml: string;
  dateNote: string;
  actors: ActorChip[];
  topics: TopicChip[];
  dates: { text: string; value: string; path: string }[];
  quotes: QuoteView[];
  related: ArticleRef[];
  story: { id: string; title: string } | null;
  sourcePath: string | null;
}

export interface ActorPageView {
  id: string;
  path: string;
  name: string;
  kind: ActorKind;
  kindLabel: string;
  role: string | null;
  description: string | null;
  aliases: string[];
  roles: { role: string; article: ArticleRef; sentence: string }[];
  /** set when sources make conflicting claims about the role: each claim with its sources */
  roleDisagreement: { role: string; articles: ArticleRef[] }[] | null;
  wikidata: string | null;
  /** fields the editor set in briefing.yaml, shown as edited rather than derived */
  edited: { name: boolean; kind: boolean; description: boolean; wikidata: boolean; merged: boolean };
  quotes: QuoteView[];
  timeline: { date: string; article: ArticleRef }[];
  events: EventView[];
  coActors: (ActorChip & { count: number })[];
  appearances: { article: ArticleRef; sentences: string[] }[];
  mentionCount: number;
  articleCount: number;
  filterText: string;
}

export interface ActorGroup {
  kind: ActorKind;
  label: string;
  actors: ActorPageView[];
}

export interface TopicPageView {
  id: string;
  path: string;
  name: string;
  description: string | null;
  phrases: string[];
  articles: { article: ArticleRef; sentences: string[] }[];
  actors: ActorChip[];
  quotes: QuoteView[];
  events: EventView[];
  related: TopicChip[];
  parent: TopicChip | null;
  filterText: string;
  /** IPTC Media Topic code, when the user's taxonomy declares one */
  iptc: string | null;
  declared: boolean;
}

export interface SourcePageView {
  id: string;
  name: string;
  anchor: string;
  articles: ArticleRef[];
  dateRange: [string, string] | null;
  onlyHere: { actors: ActorChip[]; events: EventView[]; reports: { article: ArticleRef; sentences: string[] }[] };
  filterText: string;
}

export interface SiteModel {
  title: string;
  dateRange: [string, string] | null;
  counts: { articles: number; sources: number; actors: number; topics: number; quotes: number; events: number };
  stories: StoryView[];
  articles: ArticlePageView[];
  actors: ActorPageView[];
  actorGroups: ActorGroup[];
  topics: TopicPageView[];
  days: DayView[];
  sources: SourcePageView[];
  duplicates: { file: string; of: ArticleRef | null; kind: string }[];
  nav: { label: string; path: string }[];
}

export const SITE_PATHS = {
  home: "index.html",
  actors: "actors/index.html",
  topics: "topics/index.html",
  timeline: "timeline/index.html",
  sources: "sources/index.html",
  search: "search/index.html",
} as const;

const KIND_ORDER: ActorKind[] = ["person", "organization", "place"];

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

/** A safe folder name for an id that comes from data. */
export function slug(id: string): string {
  const cleaned = id
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return cleaned === "" ? "item" : cleaned;
}

function byDate<T>(get: (item: T) => string | null, descending = false): (a: T, b: T) => number {
  return (a, b) => {
    const x = get(a) ?? "";
    const y = get(b) ?? "";
    if (x === y) return 0;
    if (x === "") return 1;
    if (y === "") return -1;
    return (x < y ? -1 : 1) * (descending ? -1 : 1);
  };
}

/** Text cut at a word boundary to about `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : clean.slice(0, max)).replace(/[\s,;:.–—-]+$/, "")}…`;
}

function spanOf(dates: readonly string[]): [string, string] | null {
  const sorted = dates.filter((d) => d !== "").sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first !== undefined && last !== undefined ? [first, last] : null;
}

/** The sentence of `text` around [start, end), found by sentence punctuation. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1] ?? "")) from--;
  // a sentence ending inside quotation marks leaves the closing mark on this side
  while (from < start && /[\s"'”’»)]/.test(text[from] ?? "")) from++;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to] ?? "")) to++;
  if (to < text.length && text[to] !== "\n") to++;
  return text.slice(from, to).trim();
}

export function buildSiteModel(briefing: Briefing): SiteModel {
  const articleById = new Map(briefing.articles.map((a) => [a.id, a]));
  const actorById = new Map(briefing.actors.map((a) => [a.id, a]));
  const topicById = new Map(briefing.topics.map((t) => [t.id, t]));

  const articlePath = new Map(briefing.articles.map((a) => [a.id, pagePath(a.url, `articles/${slug(a.id)}/index.html`)]));
  const actorPath = new Map(briefing.actors.map((a) => [a.id, pagePath(a.url, `actors/${slug(a.id)}/index.html`)]));
  const topicPath = new Map(briefing.topics.map((t) => [t.id, pagePath(t.url, `topics/${slug(t.id)}/index.html`)]));

  const sourceOfArticle = new Map<string, { id: string; name: string }>();
  for (const source of briefing.sources) {
    for (const articleId of source.articles) sourceOfArticle.set(articleId, { id: source.id, name: source.name });
  }
  const sourceAnchor = (id: string) => `source-${slug(id)}`;
  const sourcePathOf = (articleId: string): string | null => {
    const source = sourceOfArticle.get(articleId);
    return source ? `${SITE_PATHS.sources}#${sourceAnchor(source.id)}` : null;
  };

  const articleRef = (id: string): ArticleRef | null => {
    const article = articleById.get(id);
    if (!article) return null;
    return {
      id,
      title: article.title,
      path: articlePath.get(id) ?? "",
      publisher: article.publisher,
      date: article.date,
      label: article.publisher ?? shorten(article.title, 48),
    };
  };
  const articleRefs = (ids: readonly string[]): ArticleRef[] =>
    ids.map(articleRef).filter((ref): ref is ArticleRef => ref !== null);

  // the role most of the relevant sources give, spelling variants counted together
  const roleOf = (actor: BriefingActor, within?: ReadonlySet<string>): string | null => {
    const scoped = within ? actor.roles.filter((r) => within.has(r.article)) : [];
    return groupRoles(scoped.length > 0 ? scoped : actor.roles)[0]?.role ?? null;
  };
  const actorChip = (id: string, within?: ReadonlySet<string>): ActorChip | null => {
    const actor = actorById.get(id);
    if (!actor) return null;
    return {
      id,
      name: actor.name,
      kind: actor.kind,
      kindLabel: kindLabel(actor.kind),
      path: actorPath.get(id) ?? "",
      role: roleOf(actor, within),
    };
  };
  const actorChips = (ids: readonly string[], within?: ReadonlySet<string>): ActorChip[] =>
    ids.map((id) => actorChip(id, within)).filter((chip): chip is ActorChip => chip !== null);
  const byWeight = (ids: readonly string[]): string[] =>
    [...ids].sort((a, b) => (actorById.get(b)?.weight ?? 0) - (actorById.get(a)?.weight ?? 0));

  const topicChip = (id: string): TopicChip | null => {
    const topic = topicById.get(id);
    return topic ? { id, name: topic.name, path: topicPath.get(id) ?? "" } : null;
  };
  const topicChips = (ids: readonly string[]): TopicChip[] =>
    ids.map(topicChip).filter((chip): chip is TopicChip => chip !== null);

  // Anchors inside article pages: date phrases by offset, quotes by id.
  const dateAnchor = (start: number) => `when-${start}`;
  const quoteAnchor = (quoteId: string) => `quote-${slug(quoteId)}`;

  const receiptFor = (articleId: string, phrase: string, value: string) => {
    const mention =
      briefing.dateMentions.find((m) => m.article === articleId && m.text === phrase && m.value === value) ??
      briefing.dateMentions.find((m) => m.article === articleId && m.text === phrase);
    return {
      receipt: mention ? anchored(articleId, dateAnchor(mention.start)) : (articlePath.get(articleId) ?? ""),
      reference: mention?.reference ?? null,
      rule: mention?.rule ?? null,
    };
  };

  const eventView = (event: BriefingEvent): EventView => {
    const sources: EventSourceView[] = [];
    for (const source of event.sources) {
      const article = articleRef(source.article);
      if (!article) continue;
      sources.push({ ...source, article, ...receiptFor(source.article, source.phrase, source.value) });
    }
    // events listed without per-source detail still name their articles
    for (const article of articleRefs(event.articles)) {
      if (!sources.some((s) => s.article.id === article.id)) {
        sources.push({ article, sentence: event.text, phrase: "", value: event.date, receipt: article.path, reference: null, rule: null });
      }
    }
    return {
      id: event.id,
      date: event.date,
      text: event.text,
      sources,
      actors: actorChips(byWeight(event.actors)),
      conflict: event.conflict,
    };
  };
  const eventsFor = (articleIds: ReadonlySet<string>): BriefingEvent[] =>
    briefing.events.filter((e) => e.articles.some((a) => articleIds.has(a)));

  const quoteView = (quote: BriefingQuote): QuoteView => {
    const printings: QuoteView["printings"] = [];
    for (const articleId of new Set([...quote.articles, ...quote.spans.map((s) => s.article)])) {
      const article = articleRef(articleId);
      if (!article) continue;
      printings.push({ article, path: anchored(articleId, quoteAnchor(quote.id)) });
    }
    return {
      id: quote.id,
      text: quote.text,
      partial: quote.partial,
      cue: quote.cue,
      speaker: quote.speaker ? actorChip(quote.speaker) : null,
      printings,
    };
  };

  // ------------------------------------------------------------ article bodies
  // Rendered first: which anchors a body really carries decides whether other pages link to them.
  const bodies = new Map<string, string>();
  const anchorsIn = new Map<string, Set<string>>();
  for (const article of briefing.articles) {
    const path = articlePath.get(article.id) ?? "";
    const decorations: SpanDecoration[] = [];
    for (const actor of briefing.actors) {
      const target = relativeUrl(actorPath.get(actor.id) ?? "", path);
      const role = roleOf(actor, new Set([article.id]));
      for (const mention of actor.mentions) {
        if (mention.article !== article.id) continue;
        decorations.push({
          kind: "actor",
          start: mention.start,
          end: mention.end,
          href: target,
          title: role ? `${actor.name}, ${role}` : actor.name,
        });
      }
    }
    for (const quote of briefing.quotes) {
      quote.spans
        .filter((s) => s.article === article.id)
        .forEach((span, index) => {
          decorations.push({ kind: "quote", start: span.start, end: span.end, id: index === 0 ? quoteAnchor(quote.id) : undefined });
        });
    }
    for (const mention of briefing.dateMentions) {
      if (mention.article !== article.id) continue;
      decorations.push({ kind: "date", start: mention.start, end: mention.end, id: dateAnchor(mention.start), title: mention.value });
    }
    const html = renderArticleBody({
      text: article.text,
      blocks: article.blocks,
      // HTML sources arrive as text extracted from the DOM: only markdown sources are parsed as markdown
      format: article.format === "markdown" ? "markdown" : "text",
      decorations: decorations.filter((d) => d.start >= 0 && d.end <= article.text.length && d.start < d.end),
    });
    bodies.set(article.id, html);
    anchorsIn.set(article.id, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "")));
  }
  /** An article page at an anchor when the body has it, else the page itself. */
  const anchored = (articleId: string, anchor: string): string => {
    const base = articlePath.get(articleId) ?? "";
    return anchorsIn.get(articleId)?.has(anchor) ? `${base}#${anchor}` : base;
  };

  // ------------------------------------------------------------ articles
  const articles: ArticlePageView[] = briefing.articles.map((article) => {
    const path = articlePath.get(article.id) ?? "";
    const bodyHtml = bodies.get(article.id) ?? "";
    const quotesHere = briefing.quotes.filter((q) => q.articles.includes(article.id) || q.spans.some((s) => s.article === article.id));
    const datesHere = briefing.dateMentions.filter((m) => m.article === article.id).sort((a, b) => a.start - b.start);

    let dateNote: string;
    if (!article.date) dateNote = "No date found in the article.";
    else if (article.dateSource === "inferred") {
      // evidence may already open with the word ("inferred: it speaks of …")
      const evidence = article.dateEvidence?.replace(/^inferred:\s*/i, "").replace(/\.$/, "");
      dateNote = `Date inferred${evidence ? `: ${evidence}` : ""}.`;
    }
    else dateNote = `Date printed in the article${article.dateEvidence ? ` (${article.dateEvidence})` : ""}.`;

    const story = briefing.stories.find((s) => s.id === article.storyId || s.articles.includes(article.id)) ?? null;
    const related = new Map<string, number>();
    for (const other of story?.articles ?? []) if (other !== article.id) related.set(other, 100);
    const mine = new Set(article.actors);
    for (const other of briefing.articles) {
      if (other.id === article.id) continue;
      const shared = other.actors.filter((a) => mine.has(a)).length;
      if (shared > 0) related.set(other.id, (related.get(other.id) ?? 0) + shared);
    }
    const relatedIds = [...related.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([id]) => id);

    return {
      id: article.id,
      path,
      article,
      bodyHtml,
      dateNote,
      actors: actorChips(byWeight(article.actors), new Set([article.id])),
      topics: topicChips(article.topics),
      dates: datesHere
        .filter((m, i, all) => all.findIndex((o) => o.text === m.text && o.value === m.value) === i)
        .map((m) => ({ text: m.text, value: m.value, path: anchored(article.id, dateAnchor(m.start)) })),
      quotes: quotesHere.map(quoteView),
      related: articleRefs(relatedIds),
      story: story ? { id: story.id, title: story.title } : null,
      sourcePath: sourcePathOf(article.id),
    };
  });

  // ------------------------------------------------------------ actors
  const actors: ActorPageView[] = [...briefing.actors]
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
    .map((actor) => {
      const path = actorPath.get(actor.id) ?? "";
      const appearances = new Map<string, string[]>();
      for (const articleId of actor.articles) appearances.set(articleId, []);
      for (const mention of actor.mentions) {
        const sentences = appearances.get(mention.article) ?? [];
        const sentence = mention.sentence || sentenceAround(articleById.get(mention.article)?.text ?? "", mention.start, mention.end);
        if (sentence && !sentences.includes(sentence)) sentences.push(sentence);
        appearances.set(mention.article, sentences);
      }
      const appearing = new Set(appearances.keys());
      return {
        id: actor.id,
        path,
        name: actor.name,
        kind: actor.kind,
        kindLabel: kindLabel(actor.kind),
        role: actor.primaryRole ?? roleOf(actor),
        description: actor.description,
        aliases: actor.aliases.filter((alias) => alias !== actor.name),
        roleDisagreement: actor.rolesDisagree
          ? actor.roleGroups.map((g) => ({ role: g.role, articles: articleRefs(g.articles) }))
          : null,
        wikidata: actor.wikidata ?? null,
        edited: {
          name: actor.edited?.includes("name") ?? false,
          kind: actor.edited?.includes("kind") ?? false,
          description: actor.edited?.includes("description") ?? false,
          wikidata: actor.edited?.includes("wikidata") ?? false,
          merged: actor.edited?.includes("merged") ?? false,
        },
        roles: actor.roles
          .map((r) => ({ role: r.role, article: articleRef(r.article), sentence: r.sentence }))
          .filter((r): r is { role: string; article: ArticleRef; sentence: string } => r.article !== null),
        quotes: briefing.quotes.filter((q) => q.speaker === actor.id).map(quoteView),
        timeline: articleRefs([...appearing])
          .filter((ref) => ref.date !== null)
          .sort(byDate((ref) => ref.date))
          .map((article) => ({ date: article.date ?? "", article })),
        events: briefing.events
          .filter((e) => e.actors.includes(actor.id))
          .sort(byDate((e) => e.date))
          .map(eventView),
        coActors: actor.coActors
          .map((co) => {
            const chip = actorChip(co.actor);
            return chip ? { ...chip, count: co.count } : null;
          })
          .filter((chip): chip is ActorChip & { count: number } => chip !== null)
          .sort((a, b) => b.count - a.count),
        appearances: [...appearances.entries()]
          .map(([articleId, sentences]) => ({ article: articleRef(articleId), sentences }))
          .filter((a): a is { article: ArticleRef; sentences: string[] } => a.article !== null)
          .sort(byDate((a) => a.article.date)),
        mentionCount: actor.mentionCount,
        articleCount: appearing.size,
        filterText: filterText(actor.name, actor.aliases, actor.roles.map((r) => r.role)),
      };
    });
  const actorGroups: ActorGroup[] = KIND_ORDER.map((kind) => ({
    kind,
    label: kindLabel(kind, true),
    actors: actors.filter((a) => a.kind === kind),
  })).filter((group) => group.actors.length > 0);

  // ------------------------------------------------------------ topics
  const topics: TopicPageView[] = [...briefing.topics]
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
    .map((topic: BriefingTopic) => {
      const topicArticles = new Set(topic.articles);
      const sentencesByArticle = new Map<string, string[]>(topic.articles.map((id) => [id, []]));
      for (const sentence of topic.sentences) {
        const list = sentencesByArticle.get(sentence.article) ?? [];
        if (!list.includes(sentence.text)) list.push(sentence.text);
        sentencesByArticle.set(sentence.article, list);
      }
      const topicActors = new Set(topic.actors);
      const phrases = topic.phrases.map((p) => p.toLocaleLowerCase("en-GB"));
      return {
        id: topic.id,
        path: topicPath.get(topic.id) ?? "",
        name: topic.name,
        description: topic.description,
        phrases: topic.phrases,
        // in the topic's own order: most relevant first
        articles: [...sentencesByArticle.entries()]
          .map(([articleId, sentences]) => ({ article: articleRef(articleId), sentences }))
          .filter((a): a is { article: ArticleRef; sentences: string[] } => a.article !== null),
        actors: actorChips(byWeight(topic.actors), topicArticles),
        quotes: briefing.quotes
          .filter((q) => q.articles.some((a) => topicArticles.has(a)))
          .filter((q) => (q.speaker !== null && topicActors.has(q.speaker)) || phrases.some((p) => q.text.toLocaleLowerCase("en-GB").includes(p)))
          .map(quoteView),
        events: eventsFor(topicArticles).sort(byDate((e) => e.date)).map(eventView),
        related: topicChips(topic.related),
        parent: topic.parent ? topicChip(topic.parent) : null,
        filterText: filterText(topic.name, topic.phrases),
        iptc: topic.iptc ?? null,
        declared: topic.declared ?? false,
      };
    });

  // ------------------------------------------------------------ stories
  const storyOrder = [...briefing.stories].sort((a, b) => b.articles.length - a.articles.length);
  const stories: StoryView[] = storyOrder.map((story) => {
    const within = new Set(story.articles);
    const citations: Citation[] = articleRefs(story.articles)
      .sort(byDate((ref) => ref.date))
      .map((article, index) => ({ n: index + 1, article }));
    const citeOf = new Map(citations.map((c) => [c.article.id, c]));
    const sources = new Map<string, { name: string; path: string }>();
    for (const articleId of story.articles) {
      const source = sourceOfArticle.get(articleId);
      if (source) sources.set(source.id, { name: source.name, path: `${SITE_PATHS.sources}#${sourceAnchor(source.id)}` });
    }
    return {
      id: story.id,
      title: story.title,
      dateRange: story.dateRange,
      citations,
      keyPoints: story.keyPoints.map((point) => ({
        text: point.text,
        cites: [...new Set(point.articles)]
          .map((id) => citeOf.get(id))
          .filter((c): c is Citation => c !== undefined)
          .sort((a, b) => a.n - b.n),
      })),
      players: actorChips(byWeight(story.actors).slice(0, 10), within),
      events: eventsFor(within).sort(byDate((e) => e.date, true)).slice(0, 5).map(eventView),
      topics: topicChips(story.topics),
      sources: [...sources.values()],
    };
  });

  // ------------------------------------------------------------ timeline
  const dayMap = new Map<string, EventView[]>();
  for (const event of [...briefing.events].sort(byDate((e) => e.date))) {
    const list = dayMap.get(event.date) ?? [];
    list.push(eventView(event));
    dayMap.set(event.date, list);
  }
  const days: DayView[] = [...dayMap.entries()].map(([date, events]) => ({ date, events }));

  // ------------------------------------------------------------ sources
  const sourceCount = briefing.sources.length;
  const sources: SourcePageView[] = briefing.sources.map((source) => {
    const own = new Set(source.articles);
    const ownActors = briefing.actors.filter(
      (actor) => actor.articles.length > 0 && actor.articles.every((a) => own.has(a)),
    );
    const ownEvents = briefing.events.filter((e) => e.articles.length > 0 && e.articles.every((a) => own.has(a)));
    const refs = articleRefs(source.articles).sort(byDate((ref) => ref.date));
    return {
      id: source.id,
      name: source.name,
      anchor: sourceAnchor(source.id),
      articles: refs,
      filterText: filterText(source.name, refs.map((ref) => ref.title)),
      dateRange: spanOf(refs.map((ref) => ref.date ?? "")),
      onlyHere:
        sourceCount > 1
          ? {
              actors: actorChips(byWeight(ownActors.map((a) => a.id)).slice(0, 12), own),
              events: ownEvents.sort(byDate((e) => e.date)).map(eventView),
              reports: refs.flatMap((article) => {
                const sentences = briefing.articles.find((a) => a.id === article.id)?.exclusive ?? [];
                return sentences.length ? [{ article, sentences }] : [];
              }),
            }
          : { actors: [], events: [], reports: [] },
    };
  });

  return {
    title: briefing.title,
    dateRange: briefing.dateRange,
    counts: {
      articles: briefing.articles.length,
      sources: briefing.sources.length,
      actors: briefing.actors.length,
      topics: briefing.topics.length,
      quotes: briefing.quotes.length,
      events: briefing.events.length,
    },
    stories,
    articles,
    actors,
    actorGroups,
    topics,
    days,
    sources,
    duplicates: briefing.duplicates.map((d) => ({ file: d.file, of: articleRef(d.of), kind: d.kind })),
    nav: [
      { label: "Briefing", path: SITE_PATHS.home },
      { label: "Timeline", path: SITE_PATHS.timeline },
      { label: "Actors", path: SITE_PATHS.actors },
      { label: "Topics", path: SITE_PATHS.topics },
      { label: "Sources", path: SITE_PATHS.sources },
      { label: "Search", path: SITE_PATHS.search },
    ],
  };
}
