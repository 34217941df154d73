// The sample content built into a temporary folder through the CLI, as a user would, for a site served
// under a folder of a host: every page the data promises exists, every link on every page resolves to a
// file on disk, and every feed, the sitemap and robots.txt follow their formats.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main, EXIT_OK } from "../../src/cli.js";
import type { Briefing } from "../../src/model/briefing.js";
import { brokenLinks, htmlFiles } from "./site-check.js";
import { checkAtomFeeds, checkJsonFeeds, checkSitemap } from "./feed-check.js";
import { captureOutput, tempDir } from "../pipeline/helpers.js";

/** Where the sample site is said to be served: a folder under a host, as on a project's GitHub Pages. */
const BASE_URL = "https://example.org/briefing/";

let out: string;
let briefing: Briefing;
const page = (url: string) => readFileSync(join(out, url), "utf8");

beforeAll(async () => {
  out = await tempDir("briefing-sample-site-");
  const io = captureOutput();
  expect(await main(["build", "--content", "content", "--output", out, "--quiet", "--base-url", BASE_URL], io.log, io.error)).toBe(EXIT_OK);
  briefing = JSON.parse(readFileSync(join(out, "briefing.json"), "utf8"));
});

describe("sample site", () => {
  it("writes a page for every article, actor and topic, and the index pages", () => {
    for (const url of ["index.html", "actors/index.html", "topics/index.html", "timeline/index.html", "sources/index.html", "report.json"])
      expect(existsSync(join(out, url)), url).toBe(true);
    // an actor without a page of its own has the index entry that lists it as its url
    for (const item of [...briefing.articles, ...briefing.actors, ...briefing.topics]) {
      const [path = "", fragment] = item.url.split("#");
      expect(existsSync(join(out, path)), item.url).toBe(true);
      if (fragment) expect(page(path), item.url).toContain(`id="${fragment}"`);
    }
  });

  it("has no broken internal link anywhere", () => {
    expect(htmlFiles(out).length).toBeGreaterThan(briefing.articles.length + briefing.actors.length);
    expect(brokenLinks(out, new URL(BASE_URL).pathname)).toEqual([]);
  });

  it("writes Atom feeds (RFC 4287) and JSON Feeds (1.1) whose ids and links are absolute under the base URL and resolve", () => {
    const atom = checkAtomFeeds(out, BASE_URL);
    const json = checkJsonFeeds(out, BASE_URL);
    expect([...atom.problems, ...json.problems]).toEqual([]);
    // the briefing's feed, and one per story of two articles or more, actor with a page and topic
    expect(atom.feeds).toBeGreaterThan(1 + briefing.topics.length);
    expect(json.feeds).toBe(atom.feeds);
    expect(json.entries).toBe(atom.entries);
  });

  it("lists every article in a sitemap of absolute URLs that name its files, and robots.txt names the sitemap", () => {
    const sitemap = checkSitemap(out, BASE_URL);
    expect(sitemap.problems).toEqual([]);
    expect(sitemap.urls).toBeGreaterThan(briefing.articles.length);
  });

  it("shows each article's cleaned text, not what the cleaner removed", () => {
    for (const article of briefing.articles) {
      const html = page(article.url);
      const firstWords = article.text.split(/\s+/).slice(0, 4).join(" ").replace(/&/g, "&amp;");
      expect(html).toContain(firstWords.replace(/[“”"]/g, (q) => (q === '"' ? "&quot;" : q)));
      for (const removed of article.removed.filter((r) => r.text.length > 20)) {
        const body = html.slice(html.indexOf("<main"), html.indexOf("<details"));
        expect(body).not.toContain(removed.text.slice(0, 20).replace(/&/g, "&amp;"));
      }
    }
  });

  it("names every actor on its page with its kind", () => {
    for (const actor of briefing.actors.slice(0, 15)) {
      const html = page(actor.url.split("#")[0]!);
      expect(html).toContain(actor.name.replace(/&/g, "&amp;").replace(/'/g, "&#39;"));
    }
  });
});
