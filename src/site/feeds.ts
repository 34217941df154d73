// Atom (RFC 4287) and JSON Feed 1.1 feeds for the whole briefing and for every story, every actor with a page
// of its own and every topic, written from the briefing's data (no page is rendered for them). Each article's
// entry is made once and shared by every feed that lists it: entries link by site-root paths, and a feed in
// a folder says where the root is with xml:base, so one string serves every feed. A feed holds the latest
// few articles only (FEED_ENTRIES), so no feed grows with the collection.
import { createHash } from "node:crypto";
import type { BriefingArticle } from "../model/briefing.js";
import { pagedPath, slug } from "../model/pages.js";
import type { SiteContext } from "./context.js";
import { absoluteUrl, type DeploySettings } from "../deploy.js";
import { shorten } from "./context.js";

/** The latest this many articles go into each feed: the whole briefing's feed carries more than one entity's. */
export const FEED_ENTRIES = { briefing: 50, story: 20, actor: 20, topic: 20 } as const;
/** A feed entry's summary: the standfirst, or the start of the text cut to about this many characters. */
const SUMMARY_CHARS = 280;
/**
 * Atom needs an `updated` time on every entry and feed. An undated article takes the newest date of its
 * feed; a feed with no dated article at all takes this fixed time, so rebuilding gives the same bytes.
 */
const UNDATED_FEED_TIME = "1970-01-01T00:00:00Z";
const ATOM_TYPE = "application/atom+xml";
const JSON_FEED_TYPE = "application/feed+json";
const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

export type FeedKind = keyof typeof FEED_ENTRIES;

export interface FeedLink {
  title: string;
  atom: string;
  json: string;
}

/** One feed: its files, the page it is the feed of, and the articles it may hold (newest chosen later). */
export interface FeedSpec extends FeedLink {
  kind: FeedKind;
  /** a stable key for the feed's id when no base URL is known */
  key: string;
  /** the HTML page the feed follows, from the site root */
  page: string;
  articles: readonly string[];
}

export const BRIEFING_FEED = { atom: "feed.xml", json: "feed.json" } as const;

/** Where the feeds of one story, actor or topic are, by its id. */
export const FEED_FOLDERS = { story: "feeds/stories", actor: "feeds/actors", topic: "feeds/topics" } as const;
export function entityFeedFiles(kind: keyof typeof FEED_FOLDERS, id: string): { atom: string; json: string } {
  const name = `${FEED_FOLDERS[kind]}/${slug(id)}`;
  return { atom: `${name}.xml`, json: `${name}.json` };
}

/**
 * A story gets feeds of its own once two articles tell it: a one-article story's feed would repeat the
 * article (and the briefing feed carries it), while at 10,000 articles such feeds are thousands of files.
 */
export const hasStoryFeed = (story: { articles: readonly string[] }) => story.articles.length >= 2;

/** Every feed of the site, cheaply: paths and article lists, no content. A story's page is its entry in the stories index, `storiesPerPage` a page. */
export function feedSpecs(ctx: SiteContext, storiesPerPage: number): FeedSpec[] {
  const { briefing, layout } = ctx;
  const specs: FeedSpec[] = [{ kind: "briefing", key: "briefing", title: briefing.title, page: "index.html", articles: briefing.articles.map((a) => a.id), ...BRIEFING_FEED }];
  layout.storyOrder.forEach((story, i) => {
    if (!hasStoryFeed(story)) return;
    const page = `${pagedPath("stories", Math.floor(i / storiesPerPage) + 1)}#story-${slug(story.id)}`;
    specs.push({ kind: "story", key: `story/${story.id}`, title: `${story.title} · ${briefing.title}`, page, articles: story.articles, ...entityFeedFiles("story", story.id) });
  });
  for (const actor of briefing.actors) {
    if (!layout.ownPage.has(actor.id)) continue;
    specs.push({ kind: "actor", key: `actor/${actor.id}`, title: `${actor.name} · ${briefing.title}`, page: ctx.actorPath(actor.id), articles: actor.articles, ...entityFeedFiles("actor", actor.id) });
  }
  for (const topic of briefing.topics) {
    specs.push({ kind: "topic", key: `topic/${topic.id}`, title: `${topic.name} · ${briefing.title}`, page: ctx.topicPath.get(topic.id) ?? "", articles: topic.articles, ...entityFeedFiles("topic", topic.id) });
  }
  return specs;
}

// ------------------------------------------------------------ text for XML

/** Characters XML 1.0 forbids anywhere (controls, lone surrogates, U+FFFE/FFFF): article text may hold them. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text fit for XML character data and attribute values: escaped, and stripped of what XML cannot hold. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

// ------------------------------------------------------------ times

/** An article's time as RFC 3339 (Atom's date-time): its printed time with offset, else the day at 00:00 UTC. */
export function rfc3339(article: Pick<BriefingArticle, "date" | "dateTime">): string | null {
  const time = article.dateTime ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(article.dateTime) : null;
  // a time without a known zone is read as UTC: Atom has no way to say "local, zone unknown"
  if (time) return `${time[1]}${time[2] ?? ":00"}${time[3] ?? "Z"}`;
  return article.date && /^\d{4}-\d{2}-\d{2}$/.test(article.date) ? `${article.date}T00:00:00Z` : null;
}

// ------------------------------------------------------------ entries, made once per article

interface Entry {
  /** milliseconds since the epoch, for ordering; -Infinity when undated */
  at: number;
  time: string | null;
  atom: (fallbackTime: string) => string;
  json: string;
}

/** Makes feeds for one site: entries are cached per article across every feed that lists them. */
export class FeedWriter {
  private readonly entries = new Map<string, Entry | null>();

  constructor(
    private readonly ctx: SiteContext,
    private readonly deploy: DeploySettings,
  ) {}

  /** The address a feed writes for a site path: absolute with a base URL, from the site root without. */
  private href(path: string): string {
    return absoluteUrl(this.deploy, path) ?? path;
  }

  /** An id that stays the same from build to build: the absolute URL when known, else a name-based UUID. */
  private idOf(key: string, path: string): string {
    return absoluteUrl(this.deploy, path) ?? `urn:uuid:${nameUuid(`briefing:${key}`)}`;
  }

  private entry(id: string): Entry | null {
    const known = this.entries.get(id);
    if (known !== undefined) return known;
    const article = this.ctx.articleById.get(id);
    if (!article) {
      this.entries.set(id, null);
      return null;
    }
    const path = this.ctx.articlePath.get(id) ?? "";
    const time = rfc3339(article);
    const at = time ? Date.parse(time) : Number.NEGATIVE_INFINITY;
    // the start of the text is enough to cut a summary from (a whole long article need not be scanned)
    const summary = article.standfirst?.trim() || shorten(article.text.slice(0, SUMMARY_CHARS * 4), SUMMARY_CHARS);
    const byline = article.author ?? article.publisher;
    const topics = this.ctx.topicChips(article.topics).map((t) => t.name);
    const entryId = this.idOf(`article/${id}`, path);
    const href = this.href(path);
    const atomTail =
      `${byline ? `<author><name>${xmlText(byline)}</name></author>` : ""}` +
      `${summary ? `<summary>${xmlText(summary)}</summary>` : ""}` +
      topics.map((t) => `<category term="${xmlText(t)}"/>`).join("") +
      "</entry>\n";
    const atomHead = `<entry><title>${xmlText(article.title)}</title><link rel="alternate" type="text/html" href="${xmlText(href)}"/><id>${xmlText(entryId)}</id>`;
    const jsonItem = {
      id: entryId,
      ...(this.deploy.root ? { url: href } : {}),
      title: article.title,
      content_text: summary || article.title,
      ...(time ? { date_published: time } : {}),
      ...(byline ? { authors: [{ name: byline }] } : {}),
      ...(topics.length ? { tags: topics } : {}),
    };
    const entry: Entry = {
      at,
      time,
      atom: (fallback) => `${atomHead}${time ? `<published>${time}</published>` : ""}<updated>${time ?? fallback}</updated>${atomTail}`,
      json: JSON.stringify(jsonItem),
    };
    this.entries.set(id, entry);
    return entry;
  }

  /** The newest `limit` entries of a feed, newest first (undated last, in the list's own order). */
  private newest(spec: FeedSpec): Entry[] {
    const entries = spec.articles.map((id) => this.entry(id)).filter((e): e is Entry => e !== null);
    // a stable sort: equal times keep the briefing's order
    return entries.sort((a, b) => b.at - a.at).slice(0, FEED_ENTRIES[spec.kind]);
  }

  /** The feed's Atom document and its JSON Feed, written from the data. */
  write(spec: FeedSpec): { atom: string; json: string } {
    const entries = this.newest(spec);
    const updated = entries.find((e) => e.time !== null)?.time ?? UNDATED_FEED_TIME;
    const siteTitle = this.ctx.briefing.title;
    const feedId = this.idOf(`feed/${spec.key}`, spec.atom);
    // without a base URL, entry links are site-root paths: xml:base says where the root is from this file
    const depth = spec.atom.split("/").length - 1;
    const base = this.deploy.root ?? ("../".repeat(depth) || "./");
    const atom =
      `<?xml version="1.0" encoding="utf-8"?>\n` +
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="${xmlText(base)}">\n` +
      `<title>${xmlText(spec.title)}</title>\n` +
      `<link rel="self" type="${ATOM_TYPE}" href="${xmlText(this.href(spec.atom))}"/>\n` +
      `<link rel="alternate" type="text/html" href="${xmlText(this.href(spec.page))}"/>\n` +
      `<link rel="alternate" type="${JSON_FEED_TYPE}" href="${xmlText(this.href(spec.json))}"/>\n` +
      `<id>${xmlText(feedId)}</id>\n<updated>${updated}</updated>\n` +
      // the feed's author stands in for entries whose article names none (RFC 4287 4.1.1)
      `<author><name>${xmlText(siteTitle)}</name></author>\n<generator>briefing</generator>\n` +
      entries.map((e) => e.atom(updated)).join("") +
      `</feed>\n`;
    const home = this.deploy.root ? absoluteUrl(this.deploy, spec.page) : null;
    const feedUrl = this.deploy.root ? absoluteUrl(this.deploy, spec.json) : null;
    // JSON Feed has no xml:base: its URLs must be whole, so without a base URL it carries none
    const head = JSON.stringify({
      version: JSON_FEED_VERSION,
      title: spec.title,
      ...(home ? { home_page_url: home } : {}),
      ...(feedUrl ? { feed_url: feedUrl } : {}),
      language: "en",
      authors: [{ name: siteTitle }],
    });
    const json = `${head.slice(0, -1)},"items":[${entries.map((e) => e.json).join(",")}]}\n`;
    return { atom, json };
  }
}

/** A name-based UUID (version 5 layout over SHA-1): the same name gives the same id on every build. */
export function nameUuid(name: string): string {
  const bytes = createHash("sha1").update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
