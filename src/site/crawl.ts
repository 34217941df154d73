// What crawlers read: sitemap.xml (every page worth finding, by absolute URL) and robots.txt. A sitemap
// must list absolute URLs (sitemaps.org), so it is written only when a base URL is known; robots.txt is
// always written and names the sitemap when there is one.
import { absoluteUrl, type DeploySettings } from "../deploy.js";
import { xmlText } from "./feeds.js";

/** sitemaps.org's limit per sitemap file; a larger site gets a sitemap index over numbered files. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_FILE = "sitemap.xml";
export const ROBOTS_FILE = "robots.txt";
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** sitemap.xml (and its parts, when over the limit) for these site paths; none without a base URL. */
export function sitemapFiles(deploy: DeploySettings, paths: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  if (deploy.root === null) return files;
  const urls = paths.map((path) => absoluteUrl(deploy, path)!);
  const urlset = (list: readonly string[]) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="${SITEMAP_NS}">\n${list.map((url) => `<url><loc>${xmlText(url)}</loc></url>\n`).join("")}</urlset>\n`;
  if (urls.length <= SITEMAP_MAX_URLS) {
    files.set(SITEMAP_FILE, urlset(urls));
    return files;
  }
  const parts: string[] = [];
  for (let i = 0; i < urls.length; i += SITEMAP_MAX_URLS) {
    const part = `sitemaps/sitemap-${parts.length + 1}.xml`;
    files.set(part, urlset(urls.slice(i, i + SITEMAP_MAX_URLS)));
    parts.push(part);
  }
  files.set(SITEMAP_FILE, `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">\n${parts.map((part) => `<sitemap><loc>${xmlText(absoluteUrl(deploy, part)!)}</loc></sitemap>\n`).join("")}</sitemapindex>\n`);
  return files;
}

/**
 * robots.txt: everything may be crawled; the sitemap is named when known. Crawlers read it only at a
 * host's root, so under a path prefix it is there for the host's own robots.txt to copy from.
 */
export function robotsTxt(deploy: DeploySettings): string {
  const sitemap = absoluteUrl(deploy, SITEMAP_FILE);
  return `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ""}`;
}
