// Checks of a built site's feeds, sitemap and robots.txt against the formats' own rules, as lists of problems
// (empty when all is well), so that a test shows every fault at once and a script can run the same checks on a
// site too large for the test suite. Atom: RFC 4287 (4.1.1 feed, 4.1.2 entry, 3.3 dates). JSON Feed: version 1.1
// (https://jsonfeed.org/version/1.1). Sitemaps: sitemaps.org protocol 0.9.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
export const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const ATOM_NS = "http://www.w3.org/2005/Atom";
const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
/** sitemaps.org: at most this many URLs in one sitemap file */
const SITEMAP_MAX_URLS = 50_000;

export const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const textOf = (value: unknown): string => (typeof value === "object" && value !== null ? String((value as Record<string, unknown>)["#text"] ?? "") : String(value ?? ""));

/** The feed files of a site, by path from its root: the briefing's feed.xml/feed.json and everything under feeds/. */
export function feedPaths(site: string, ext: "xml" | "json"): string[] {
  const under = existsSync(join(site, "feeds")) ? readdirSync(join(site, "feeds"), { recursive: true, encoding: "utf8" }).map((p) => `feeds/${p}`) : [];
  return [`feed.${ext}`, ...under.filter((p) => p.endsWith(`.${ext}`)).sort()].filter((p) => existsSync(join(site, p)));
}

/**
 * The file a URL names in the site, or null when it lies outside: an absolute URL must be under `root`, a
 * relative one is resolved against `base` (itself under a stand-in origin when the site has no root). A
 * folder's URL names its index.html; the fragment is set aside.
 */
export function siteFileOf(url: string, base: string, root: string | null): string | null {
  const origin = root ?? "https://site.invalid/";
  const resolved = new URL(url, new URL(base, origin)).href.split("#")[0]!;
  if (!resolved.startsWith(origin)) return null;
  const path = decodeURI(resolved.slice(origin.length));
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/** A URL that must name an existing file of the site: the problem, or null. */
function missingTarget(site: string, where: string, url: string, base: string, root: string | null): string | null {
  const file = siteFileOf(url, base, root);
  if (file === null) return `${where}: ${url} is outside the site (${root ?? "no base URL"})`;
  return existsSync(join(site, file)) ? null : `${where}: ${url} names no file (${file})`;
}

export interface FeedReport {
  feeds: number;
  entries: number;
  problems: string[];
}

const xmlParser = () => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

/** Every Atom feed of the site against RFC 4287; with a root, every id and link is absolute under it and resolves. */
export function checkAtomFeeds(site: string, root: string | null): FeedReport {
  const report: FeedReport = { feeds: 0, entries: 0, problems: [] };
  const idOfArticle = new Map<string, string>();
  for (const path of feedPaths(site, "xml")) {
    report.feeds++;
    const problem = (what: string) => report.problems.push(`${path}: ${what}`);
    const xml = readFileSync(join(site, path), "utf8");
    if (XMLValidator.validate(xml) !== true) {
      problem("not well-formed XML");
      continue;
    }
    const feed = xmlParser().parse(xml).feed;
    if (!feed) {
      problem("no <feed> root");
      continue;
    }
    if (feed["@xmlns"] !== ATOM_NS) problem(`namespace ${feed["@xmlns"]}`);
    const feedBase = root ?? new URL(feed["@xml:base"] ?? "", new URL(path, "https://site.invalid/")).href.slice("https://site.invalid/".length);
    checkAtomHead(feed, problem, root);
    for (const link of asList<Record<string, string>>(feed.link)) {
      const missing = missingTarget(site, `${path} link rel=${link["@rel"]}`, link["@href"] ?? "", feedBase, root);
      if (missing) report.problems.push(missing);
    }
    const feedHasAuthor = asList<Record<string, unknown>>(feed.author).some((a) => textOf(a.name) !== "");
    const ids = new Set<string>();
    for (const entry of asList<Record<string, unknown>>(feed.entry)) {
      report.entries++;
      const id = textOf(entry.id);
      if (ids.has(id)) problem(`entry id ${id} twice`);
      ids.add(id);
      checkAtomEntry(entry, problem, root, feedHasAuthor);
      const alternate = asList<Record<string, string>>(entry.link as never).find((l) => (l["@rel"] ?? "alternate") === "alternate");
      if (alternate) {
        const missing = missingTarget(site, `${path} entry ${id}`, alternate["@href"] ?? "", feedBase, root);
        if (missing) report.problems.push(missing);
        // the same article has the same id in every feed that lists it
        const known = idOfArticle.get(alternate["@href"]!);
        if (known !== undefined && known !== id) problem(`entry for ${alternate["@href"]} has id ${id}, elsewhere ${known}`);
        idOfArticle.set(alternate["@href"]!, id);
      }
    }
  }
  return report;
}

/** RFC 4287 4.1.1: one id (an absolute IRI), one title, one updated; a self link SHOULD be there. */
function checkAtomHead(feed: Record<string, unknown>, problem: (what: string) => void, root: string | null): void {
  for (const element of ["id", "title", "updated"]) if (asList(feed[element]).length !== 1) problem(`feed needs exactly one <${element}>`);
  const id = textOf(feed.id);
  if (!ABSOLUTE_IRI.test(id)) problem(`feed id ${id} is not an absolute IRI`);
  if (root && !id.startsWith(root)) problem(`feed id ${id} is not under ${root}`);
  if (textOf(feed.title).trim() === "") problem("feed title is empty");
  if (!RFC3339.test(textOf(feed.updated))) problem(`feed updated ${textOf(feed.updated)} is not RFC 3339`);
  const links = asList<Record<string, string>>(feed.link as never);
  if (!links.some((l) => l["@rel"] === "self")) problem("feed has no rel=self link");
  const alternates = links.filter((l) => (l["@rel"] ?? "alternate") === "alternate").map((l) => `${l["@type"]}|${l["@hreflang"] ?? ""}`);
  if (new Set(alternates).size !== alternates.length) problem("two rel=alternate links of the same type and language");
  if (root) for (const link of links) if (!link["@href"]?.startsWith(root)) problem(`link ${link["@href"]} is not under ${root}`);
}

/** RFC 4287 4.1.2: one id, title and updated; an author unless the feed has one; content or an alternate link. */
function checkAtomEntry(entry: Record<string, unknown>, problem: (what: string) => void, root: string | null, feedHasAuthor: boolean): void {
  const id = textOf(entry.id);
  for (const element of ["id", "title", "updated"]) if (asList(entry[element]).length !== 1) problem(`entry ${id} needs exactly one <${element}>`);
  if (!ABSOLUTE_IRI.test(id)) problem(`entry id ${id} is not an absolute IRI`);
  if (root && !id.startsWith(root)) problem(`entry id ${id} is not under ${root}`);
  if (textOf(entry.title).trim() === "") problem(`entry ${id} has an empty title`);
  if (!RFC3339.test(textOf(entry.updated))) problem(`entry ${id} updated ${textOf(entry.updated)} is not RFC 3339`);
  if (entry.published !== undefined && !RFC3339.test(textOf(entry.published))) problem(`entry ${id} published ${textOf(entry.published)} is not RFC 3339`);
  if (!feedHasAuthor && !asList<Record<string, unknown>>(entry.author as never).some((a) => textOf(a.name) !== "")) problem(`entry ${id} has no author and neither has the feed`);
  const links = asList<Record<string, string>>(entry.link as never);
  if (entry.content === undefined && !links.some((l) => (l["@rel"] ?? "alternate") === "alternate" && l["@href"])) problem(`entry ${id} has neither content nor an alternate link`);
  if (root) for (const link of links) if (!link["@href"]?.startsWith(root)) problem(`entry ${id} link ${link["@href"]} is not under ${root}`);
}

interface JsonItem {
  id?: unknown;
  url?: unknown;
  title?: unknown;
  content_html?: unknown;
  content_text?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
  authors?: unknown;
  tags?: unknown;
}

/**
 * Every JSON Feed of the site against version 1.1: version, title and items; each item an id, content_html or
 * content_text, RFC 3339 dates. With a root, feed_url is the file's own address, and every URL is absolute under
 * the root and names a file; without one (JSON Feed cannot resolve a relative URL) there is no URL at all.
 */
export function checkJsonFeeds(site: string, root: string | null): FeedReport {
  const report: FeedReport = { feeds: 0, entries: 0, problems: [] };
  for (const path of feedPaths(site, "json")) {
    report.feeds++;
    const problem = (what: string) => report.problems.push(`${path}: ${what}`);
    let feed: Record<string, unknown>;
    try {
      feed = JSON.parse(readFileSync(join(site, path), "utf8"));
    } catch {
      problem("not JSON");
      continue;
    }
    if (feed.version !== JSON_FEED_VERSION) problem(`version ${String(feed.version)}`);
    if (typeof feed.title !== "string" || feed.title.trim() === "") problem("no title");
    if (!Array.isArray(feed.items)) {
      problem("no items array");
      continue;
    }
    const urls: [string, unknown][] = [["home_page_url", feed.home_page_url], ["feed_url", feed.feed_url]];
    if (root && feed.feed_url !== `${root}${path}`) problem(`feed_url ${String(feed.feed_url)} is not the file's own address`);
    const ids = new Set<string>();
    for (const item of feed.items as JsonItem[]) {
      report.entries++;
      const id = typeof item.id === "string" ? item.id : "";
      if (id === "") problem("an item without a string id");
      if (ids.has(id)) problem(`item id ${id} twice`);
      ids.add(id);
      if (typeof item.content_html !== "string" && typeof item.content_text !== "string") problem(`item ${id} has neither content_html nor content_text`);
      for (const field of ["date_published", "date_modified"] as const)
        if (item[field] !== undefined && !RFC3339.test(String(item[field]))) problem(`item ${id} ${field} ${String(item[field])} is not RFC 3339`);
      if (item.authors !== undefined && !(Array.isArray(item.authors) && item.authors.every((a) => typeof a?.name === "string" || typeof a?.url === "string"))) problem(`item ${id} authors are not objects with a name or url`);
      if (item.tags !== undefined && !(Array.isArray(item.tags) && item.tags.every((t) => typeof t === "string"))) problem(`item ${id} tags are not strings`);
      if (root && item.url === undefined) problem(`item ${id} has no url`);
      urls.push([`item ${id} url`, item.url]);
    }
    for (const [where, url] of urls) {
      if (url === undefined) continue;
      if (!root) problem(`${where} ${String(url)}: a feed without a base URL carries no addresses`);
      else if (typeof url !== "string" || !url.startsWith(root)) problem(`${where} ${String(url)} is not absolute under ${root}`);
      else {
        const missing = missingTarget(site, `${path} ${where}`, url, root, root);
        if (missing) report.problems.push(missing);
      }
    }
  }
  return report;
}

export interface SitemapReport {
  urls: number;
  problems: string[];
}

/**
 * sitemap.xml (a urlset, or an index over parts) against sitemaps.org 0.9: every loc absolute under the root,
 * listed once, naming a file of the site; robots.txt names the sitemap.
 */
export function checkSitemap(site: string, root: string): SitemapReport {
  const report: SitemapReport = { urls: 0, problems: [] };
  const seen = new Set<string>();
  const readSitemap = (path: string, nested: boolean): void => {
    const problem = (what: string): void => void report.problems.push(`${path}: ${what}`);
    if (!existsSync(join(site, path))) return problem("missing");
    const xml = readFileSync(join(site, path), "utf8");
    if (XMLValidator.validate(xml) !== true) return problem("not well-formed XML");
    const parsed = xmlParser().parse(xml);
    const index = parsed.sitemapindex;
    const set = parsed.urlset;
    if ((index ?? set)?.["@xmlns"] !== SITEMAP_NS) problem("not a sitemaps.org 0.9 urlset or sitemapindex");
    if (index && !nested) {
      for (const part of asList<Record<string, string>>(index.sitemap)) {
        const file = part.loc?.startsWith(root) ? siteFileOf(part.loc, root, root) : null;
        if (file === null) problem(`part ${part.loc} is not under ${root}`);
        else readSitemap(file, true);
      }
      return;
    }
    const urls = asList<Record<string, string>>(set?.url);
    if (urls.length > SITEMAP_MAX_URLS) problem(`${urls.length} URLs, over the ${SITEMAP_MAX_URLS} a file may list`);
    for (const url of urls) {
      report.urls++;
      const loc = String(url.loc ?? "");
      if (seen.has(loc)) problem(`${loc} listed twice`);
      seen.add(loc);
      if (!loc.startsWith(root)) problem(`${loc} is not under ${root}`);
      else {
        const missing = missingTarget(site, path, loc, root, root);
        if (missing) report.problems.push(missing);
      }
      if (url.lastmod !== undefined && !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/.test(String(url.lastmod))) problem(`${loc} lastmod ${url.lastmod} is not a W3C date`);
    }
  };
  readSitemap("sitemap.xml", false);
  const robots = existsSync(join(site, "robots.txt")) ? readFileSync(join(site, "robots.txt"), "utf8") : "";
  if (!robots.split(/\r?\n/).includes(`Sitemap: ${root}sitemap.xml`)) report.problems.push(`robots.txt does not name ${root}sitemap.xml`);
  return report;
}
