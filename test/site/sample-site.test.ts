// The sample content built into a temporary folder through the CLI, as a user would: every page
// the data promises exists, and every link on every page resolves to a file on disk.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main, EXIT_OK } from "../../src/cli.js";
import type { Briefing } from "../../src/model/briefing.js";
import { brokenLinks, htmlFiles } from "./site-check.js";
import { captureOutput, tempDir } from "../pipeline/helpers.js";

let out: string;
let briefing: Briefing;
const page = (url: string) => readFileSync(join(out, url), "utf8");

beforeAll(async () => {
  out = await tempDir("briefing-sample-site-");
  const io = captureOutput();
  expect(await main(["build", "--content", "content", "--output", out, "--quiet"], io.log, io.error)).toBe(EXIT_OK);
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
    expect(brokenLinks(out)).toEqual([]);
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
