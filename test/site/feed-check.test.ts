// The feed and sitemap checks themselves, on a hand-made site of two pages: the valid site passes, and each
// fault a format forbids is reported (so a clean report on a built site means something).
import { describe, expect, it } from "vitest";
import { checkAtomFeeds, checkJsonFeeds, checkSitemap, siteFileOf } from "./feed-check.js";
import { makeContentFolder } from "../pipeline/helpers.js";

const ROOT = "https://lanterns.example.org/almanac/";
const PAGE = `${ROOT}articles/tide-tables/`;

const atomFeed = ({ entry = "", head = "" } = {}) =>
  [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${ROOT}">`,
    head || `<title>Almanac</title><id>${ROOT}feed.xml</id><updated>2040-05-01T06:00:00+01:00</updated>`,
    `<link rel="self" type="application/atom+xml" href="${ROOT}feed.xml"/>`,
    `<author><name>Almanac desk</name></author>`,
    entry || `<entry><title>Tide tables for May</title><link rel="alternate" type="text/html" href="${PAGE}"/><id>${PAGE}</id><updated>2040-05-01T06:00:00+01:00</updated></entry>`,
    `</feed>`,
  ].join("\n");

const jsonFeed = (item: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "Almanac",
    feed_url: `${ROOT}feed.json`,
    items: [{ id: PAGE, url: PAGE, content_text: "The spring tides peak on the 9th.", date_published: "2040-05-01T06:00:00Z", ...item }],
  });

const sitemap = (locs: string[]) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.map((l) => `<url><loc>${l}</loc></url>`).join("\n")}\n</urlset>\n`;

async function site(files: Record<string, string> = {}): Promise<string> {
  return makeContentFolder({
    "index.html": "<!DOCTYPE html><title>Almanac</title>",
    "articles/tide-tables/index.html": "<!DOCTYPE html><title>Tide tables</title>",
    "feed.xml": atomFeed(),
    "feed.json": jsonFeed(),
    "sitemap.xml": sitemap([ROOT, PAGE]),
    "robots.txt": `User-agent: *\nAllow: /\n\nSitemap: ${ROOT}sitemap.xml\n`,
    ...files,
  });
}

const problemsOf = (dir: string) => [...checkAtomFeeds(dir, ROOT).problems, ...checkJsonFeeds(dir, ROOT).problems, ...checkSitemap(dir, ROOT).problems];

describe("feed and sitemap checks", () => {
  it("pass a valid site and count what they read", async () => {
    const dir = await site();
    expect(problemsOf(dir)).toEqual([]);
    expect(checkAtomFeeds(dir, ROOT)).toMatchObject({ feeds: 1, entries: 1 });
    expect(checkSitemap(dir, ROOT).urls).toBe(2);
  });

  it("map a URL to the file it names: a folder to its index.html, nothing outside the root", () => {
    expect(siteFileOf(PAGE, ROOT, ROOT)).toBe("articles/tide-tables/index.html");
    expect(siteFileOf("articles/tide-tables/index.html#top", "feeds/../", null)).toBe("articles/tide-tables/index.html");
    expect(siteFileOf("https://elsewhere.example.com/a/", ROOT, ROOT)).toBeNull();
  });

  it("report an Atom feed without an id, a date that is not RFC 3339 and an entry without link or content", async () => {
    const dir = await site({
      "feed.xml": atomFeed({
        head: `<title>Almanac</title><updated>May 1, 2040</updated>`,
        entry: `<entry><title>Tide tables</title><id>${PAGE}</id><updated>2040-05-01</updated></entry>`,
      }),
    });
    const problems = checkAtomFeeds(dir, ROOT).problems;
    expect(problems).toContain("feed.xml: feed needs exactly one <id>");
    expect(problems).toContain("feed.xml: feed updated May 1, 2040 is not RFC 3339");
    expect(problems).toContain(`feed.xml: entry ${PAGE} updated 2040-05-01 is not RFC 3339`);
    expect(problems).toContain(`feed.xml: entry ${PAGE} has neither content nor an alternate link`);
  });

  it("report a relative entry id, a link to no file and the same id twice", async () => {
    const missing = `${ROOT}articles/lost/`;
    const entry = (id: string, href: string) => `<entry><title>T</title><link href="${href}"/><id>${id}</id><updated>2040-05-01T06:00:00Z</updated></entry>`;
    const dir = await site({ "feed.xml": atomFeed({ entry: entry("tide-tables", PAGE) + entry("tide-tables", missing) }) });
    const problems = checkAtomFeeds(dir, ROOT).problems;
    expect(problems).toContain("feed.xml: entry id tide-tables is not an absolute IRI");
    expect(problems).toContain("feed.xml: entry id tide-tables twice");
    expect(problems).toContain(`feed.xml entry tide-tables: ${missing} names no file (articles/lost/index.html)`);
  });

  it("report a feed that is not XML at all", async () => {
    expect(checkAtomFeeds(await site({ "feed.xml": "<feed><title>Almanac</feed>" }), ROOT).problems).toEqual(["feed.xml: not well-formed XML"]);
  });

  it("report a JSON Feed item without content, with a relative url or a date without a zone", async () => {
    const dir = await site({ "feed.json": jsonFeed({ content_text: undefined, url: "articles/tide-tables/", date_published: "2040-05-01T06:00:00" }) });
    const problems = checkJsonFeeds(dir, ROOT).problems;
    expect(problems).toContain(`feed.json: item ${PAGE} has neither content_html nor content_text`);
    expect(problems).toContain(`feed.json: item ${PAGE} date_published 2040-05-01T06:00:00 is not RFC 3339`);
    expect(problems).toContain(`feed.json: item ${PAGE} url articles/tide-tables/ is not absolute under ${ROOT}`);
  });

  it("report a JSON Feed of another version, and any address in a feed written without a base URL", async () => {
    const dir = await site({ "feed.json": JSON.stringify({ version: "https://jsonfeed.org/version/1", title: "Almanac", items: [{ id: "x", url: PAGE, content_text: "t" }] }) });
    expect(checkJsonFeeds(dir, ROOT).problems).toContain("feed.json: version https://jsonfeed.org/version/1");
    expect(checkJsonFeeds(dir, null).problems).toContain(`feed.json: item x url ${PAGE}: a feed without a base URL carries no addresses`);
  });

  it("report sitemap URLs outside the root, listed twice or naming no file, and a robots.txt that does not name the sitemap", async () => {
    const dir = await site({ "sitemap.xml": sitemap([ROOT, ROOT, "https://elsewhere.example.com/", `${ROOT}topics/`]), "robots.txt": "User-agent: *\nAllow: /\n" });
    const problems = checkSitemap(dir, ROOT).problems;
    expect(problems).toContain(`sitemap.xml: ${ROOT} listed twice`);
    expect(problems).toContain(`sitemap.xml: https://elsewhere.example.com/ is not under ${ROOT}`);
    expect(problems).toContain(`sitemap.xml: ${ROOT}topics/ names no file (topics/index.html)`);
    expect(problems).toContain(`robots.txt does not name ${ROOT}sitemap.xml`);
  });
});
