// What a page says about itself to machines: description, canonical link, Open Graph and Twitter card
// tags, alternate feeds and schema.org JSON-LD. Built in view code, one small object a page, so templates
// only print it. Absolute URLs appear only with a base URL; without one, canonical and og:url are left out.
import type { BriefingActor, BriefingArticle } from "../model/briefing.js";
import type { ActorKind } from "../types.js";
import { shorten } from "./context.js";
import { absoluteUrl, type DeploySettings } from "../deploy.js";
import type { FeedLink } from "./feeds.js";

/** A page description (meta description, og:description) is cut to about this many characters. */
const DESCRIPTION_CHARS = 200;
/** Items of an index page's ItemList: what the page lists, at most this many. */
const ITEM_LIST_MAX = 100;
/** Other names an actor's JSON-LD lists as alternateName. */
const ALTERNATE_NAMES_MAX = 10;

/** schema.org types for our actor kinds; "other" (products, events, works, vessels…) is a plain Thing. */
const SCHEMA_TYPE_OF_KIND: Record<ActorKind, string> = { person: "Person", organization: "Organization", place: "Place", other: "Thing" };
/** Open Graph types per kind of page. */
const OG_TYPE = { article: "article", actor: "profile", other: "website" } as const;
/** Addresses an article's original may be linked at: only the web's own schemes. */
const WEB_URL = /^https?:\/\/[^\s<>"]+$/i;
const WIKIDATA_ITEM = /^Q\d+$/;

export interface PageMeta {
  title: string;
  description: string | null;
  /** absolute URL of the page; null without a base URL */
  canonical: string | null;
  ogType: string;
  /** RFC 3339 or ISO date for article:published_time */
  published: string | null;
  /** feeds of what this page is about, besides the whole briefing's */
  feeds: FeedLink[];
  /** JSON-LD, already serialised safe to sit inside a <script> element */
  jsonLd: string | null;
  /** ask search engines to leave the page out (the 404 page) */
  noindex: boolean;
}

/**
 * JSON for inside a <script> element: nothing in it can end the element or open a comment or CDATA
 * (`<`, `>` and `&` as \u escapes, which JSON reads back as the same characters), and U+2028/2029,
 * which old JavaScript parsers took for line ends, escaped too.
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A description cut from the start of a text (only the start is read: article texts run long). */
const describe = (text: string | null | undefined) => (text && text.trim() ? shorten(text.slice(0, DESCRIPTION_CHARS * 4), DESCRIPTION_CHARS) : null);

function jsonLd(type: string, fields: Record<string, unknown>): string {
  const data: Record<string, unknown> = { "@context": "https://schema.org", "@type": type };
  for (const [key, value] of Object.entries(fields)) if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) data[key] = value;
  return scriptSafeJson(data);
}

/** The parts every page's metadata has: title, description, canonical link. */
export function baseMeta(deploy: DeploySettings, path: string, title: string, description: string | null): PageMeta {
  return { title, description, canonical: absoluteUrl(deploy, path), ogType: OG_TYPE.other, published: null, feeds: [], jsonLd: null, noindex: false };
}

export function articleMeta(deploy: DeploySettings, path: string, article: BriefingArticle, siteTitle: string, feeds: FeedLink[]): PageMeta {
  const meta = baseMeta(deploy, path, article.title, describe(article.standfirst) ?? describe(article.text));
  const original = article.originalUrl && WEB_URL.test(article.originalUrl) ? article.originalUrl : null;
  // the printed time, with its offset when the zone is known; else the day
  const when = article.dateTime ?? article.date;
  meta.ogType = OG_TYPE.article;
  meta.published = when;
  meta.feeds = feeds;
  meta.jsonLd = jsonLd("NewsArticle", {
    headline: article.title,
    ...(meta.canonical ? { url: meta.canonical, mainEntityOfPage: meta.canonical } : {}),
    datePublished: when,
    author: article.author ? { "@type": "Person", name: article.author } : null,
    publisher: article.publisher ? { "@type": "Organization", name: article.publisher } : null,
    articleSection: article.section,
    wordCount: article.wordCount,
    isBasedOn: original,
    description: meta.description,
    isPartOf: { "@type": "WebSite", name: siteTitle, ...(deploy.root ? { url: deploy.root } : {}) },
  });
  return meta;
}

export function actorMeta(deploy: DeploySettings, path: string, actor: BriefingActor, role: string | null, feeds: FeedLink[]): PageMeta {
  const meta = baseMeta(deploy, path, actor.name, describe(actor.description) ?? describe(role ? `${actor.name}, ${role}: in ${actor.articles.length} articles of this briefing.` : null));
  meta.ogType = actor.kind === "person" ? OG_TYPE.actor : OG_TYPE.other;
  meta.feeds = feeds;
  const wikidata = actor.wikidata && WIKIDATA_ITEM.test(actor.wikidata) ? `https://www.wikidata.org/wiki/${actor.wikidata}` : null;
  meta.jsonLd = jsonLd(SCHEMA_TYPE_OF_KIND[actor.kind], {
    name: actor.name,
    alternateName: actor.aliases.filter((a) => a !== actor.name).slice(0, ALTERNATE_NAMES_MAX),
    description: actor.description ?? (actor.kind === "person" ? null : role),
    ...(actor.kind === "person" && role ? { jobTitle: role } : {}),
    ...(meta.canonical ? { url: meta.canonical } : {}),
    sameAs: wikidata,
  });
  return meta;
}

export interface ListedItem {
  name: string;
  /** its page or anchor, from the site root */
  path: string | null;
}

/** An index page: its metadata with an ItemList of what it lists, in order, from `from` (1-based). */
export function indexMeta(deploy: DeploySettings, path: string, title: string, description: string | null, items: readonly ListedItem[], from = 1): PageMeta {
  const meta = baseMeta(deploy, path, title, description);
  meta.jsonLd = jsonLd("ItemList", {
    name: title,
    itemListElement: items.slice(0, ITEM_LIST_MAX).map((item, i) => {
      const url = item.path ? absoluteUrl(deploy, item.path) : null;
      return { "@type": "ListItem", position: from + i, name: item.name, ...(url ? { url } : {}) };
    }),
  });
  return meta;
}
