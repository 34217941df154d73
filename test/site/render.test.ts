// Renders hand-made briefings with Eleventy (needs the compiled dist/: `npm run compile`) and checks the pages.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MANIFEST_FILE, renderSite } from "../../src/site/render.js";
import { PAGEFIND_FOLDER } from "../../src/site/pagefind.js";
import { makeBriefing, makeSparseBriefing } from "./fixture.js";
import { brokenLinks, htmlFiles } from "./site-check.js";

let out: string;
const read = (path: string) => readFileSync(join(out, path), "utf8");

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "briefing-site-"));
  const result = await renderSite(makeBriefing(), out, { quiet: true });
  expect(result.files).toBeGreaterThanOrEqual(14);
  // the count comes from the manifest, not a listing of the folder: it must still be what is on disk
  const onDisk = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name !== MANIFEST_FILE);
  expect(onDisk.some((e) => join(e.parentPath, e.name).includes(`${join(out, PAGEFIND_FOLDER)}`))).toBe(true);
  expect(result.files).toBe(onDisk.length);
}, 60_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("rendered site", () => {
  test("has every page the briefing calls for", () => {
    for (const path of [
      "index.html",
      "articles/calder-tribune-strike/index.html",
      "articles/harbourline-night/index.html",
      "actors/index.html",
      "actors/marisol-okonkwo-reyes/index.html",
      "actors/dockworkers-guild/index.html",
      "actors/port-calder/index.html",
      "topics/index.html",
      "topics/harbour-strike/index.html",
      "timeline/index.html",
      "sources/index.html",
      "assets/style.css",
      "assets/filter.js",
    ]) {
      expect(existsSync(join(out, path)), path).toBe(true);
    }
  });

  test("every internal href and src resolves to a file (and fragment) on disk", () => {
    // 2 articles, 4 actor pages (Calder Exchange has none), 1 topic; front page, stories, actors index and
    // 5 letters (C, D, M, P, T), topics, timeline and its one month, sources, search
    expect(htmlFiles(out).length).toBe(20);
    expect(brokenLinks(out)).toEqual([]);
  });

  test("front page: title, counts, story with key points and citation marks, chips with roles, events, sources", () => {
    const html = read("index.html");
    expect(html).toContain("<h1>Port Calder harbour strike</h1>");
    expect(html).toMatch(/<span class="n">2<\/span> articles/);
    expect(html).toMatch(/<span class="n">5<\/span> actors/);
    expect(html).toMatch(/<span class="n">1<\/span> topic</);
    expect(html).toContain("Dockworkers Guild set to end Port Calder strike");
    expect(html).toContain("The Guild will return to the quays, the commissioner says.");
    expect(html).toMatch(/Talks resume on 14 October\.<a class="cite" href="articles\/[a-z-]+\/index.html"[^>]*>\[1\]<\/a><a class="cite"[^>]*>\[2\]<\/a>/);
    expect(html).toContain('href="actors/marisol-okonkwo-reyes/index.html"><span class="chip-name">Marisol Okonkwo-Reyes</span><span class="chip-role">Harbour Commissioner</span>');
    expect(html).toContain('<time datetime="2031-10-14">Tue 14 Oct 2031</time>');
    expect(html).toContain('<time datetime="2031-10-06">Mon 6 Oct 2031</time>');
    expect(html).toContain("Harbourline Radio");
  });

  test("titles and text from articles are escaped everywhere", () => {
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, "utf8");
      expect(html, file).not.toContain("<script>alert");
      expect(html, file).not.toMatch(/<img/);
      expect(html, file).not.toMatch(/href="javascript/i);
      expect(html, file).not.toContain("<b>soon</b>");
    }
    expect(read("articles/calder-tribune-strike/index.html")).toContain("<h1>Guild to end harbour strike &lt;b&gt;soon&lt;/b&gt;</h1>");
  });

  test("article page: metadata, linked mentions, quote, captions and notes apart, removed text folded away", () => {
    const html = read("articles/calder-tribune-strike/index.html");
    expect(html).toContain("The Calder Tribune");
    expect(html).toContain("Ines Varga");
    expect(html).toContain('<time datetime="2031-10-08">Wed 8 Oct 2031</time>');
    expect(html).toContain("Date printed in the article (header line).");
    expect(html).toContain("1 minute");
    expect(html).toMatch(/<a href="\.\.\/\.\.\/actors\/marisol-okonkwo-reyes\/index.html" class="actor-link"[^>]*>Marisol Okonkwo-Reyes<\/a>/);
    expect(html).toMatch(/<mark class="quote" id="quote-q-nobody">&quot;Nobody at <a [^>]*>Port Calder<\/a>/);
    expect(html).toContain('class="captions"');
    expect(html).toContain("Cranes idle at the north quay.");
    expect(html).toContain('class="editors-notes"');
    expect(html).toMatch(/<details class="removed">\s*<summary>What the build removed \(2\)<\/summary>/);
    expect(html).toContain("newsletter promo");
    expect(html).toContain("Subscribe to the Tribune morning note");
    const side = html.slice(html.indexOf('<aside class="side"'));
    expect(side).toContain("Related coverage");
    expect(side).toContain("../harbourline-night/index.html");
    expect(side).toContain('href="index.html#when-');
  });

  test("markdown article renders its markdown and says its date was inferred", () => {
    const html = read("articles/harbourline-night/index.html");
    expect(html).toContain("<h3>Night shift</h3>");
    expect(html).toContain("Date inferred: from the file&#39;s folder name.");
    expect(html).toMatch(/<a href="\.\.\/\.\.\/actors\/tobias-lindqvist\/index.html" class="actor-link"[^>]*>Tobias Lindqvist<\/a>/);
  });

  test("actor page: kind, roles per source, aliases, quotes, co-actors with counts, sentences", () => {
    const html = read("actors/marisol-okonkwo-reyes/index.html");
    expect(html).toContain("<h1>Marisol Okonkwo-Reyes</h1>");
    expect(html).toContain("Person");
    expect(html).toContain("<strong>Harbour Commissioner</strong>");
    expect(html).toContain('<span class="alias">Okonkwo-Reyes</span>');
    expect(html).toContain("Nobody at Port Calder wants this to last another week.");
    expect(html).toContain("../../articles/calder-tribune-strike/index.html#quote-q-nobody");
    expect(html).toMatch(/Dockworkers Guild<\/span><span class="chip-count"[^>]*>1<\/span>/);
    expect(html).toContain("Harbour Commissioner Marisol Okonkwo-Reyes said on Tuesday");
    // a sentence found around a mention starts at its first word, not at a closing quotation mark
    expect(html).toContain("<p>Okonkwo-Reyes then left.</p>");
    const mayor = read("actors/tobias-lindqvist/index.html");
    expect(mayor).toContain("<strong>Mayor</strong>");
    expect(mayor).toContain("<strong>mayor</strong>");
  });

  test("actors index groups by kind, ranks by weight and carries a filter box hidden until script runs", () => {
    const html = read("actors/index.html");
    const people = html.indexOf("People");
    const orgs = html.indexOf("Organisations");
    const places = html.indexOf("Places");
    expect(people).toBeGreaterThan(0);
    expect(orgs).toBeGreaterThan(people);
    expect(places).toBeGreaterThan(orgs);
    expect(html.indexOf("Marisol Okonkwo-Reyes")).toBeLessThan(html.indexOf("Tobias Lindqvist"));
    expect(html).toMatch(/<div class="filter" data-filter-for="actor-list" hidden>/);
    expect(html).toContain('data-filter-text="marisol okonkwo-reyes okonkwo-reyes harbour commissioner"');
  });

  test("timeline: an index of months with counts, each month's days as headings, each source linked to the phrase it used", () => {
    const index = read("timeline/index.html");
    expect(index).toContain("3 dated events in 1 month");
    expect(index).toMatch(/<a href="2031-10\/index.html"><time datetime="2031-10">Oct 2031<\/time><\/a> <span class="figures">3 events · 3 dates<\/span>/);
    const html = read("timeline/2031-10/index.html");
    const first = html.indexOf('<h2><time datetime="2031-10-07">');
    const second = html.indexOf('<h2><time datetime="2031-10-14">');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(html).toMatch(/href="\.\.\/\.\.\/articles\/calder-tribune-strike\/index.html#when-\d+">The Calder Tribune<\/a>: “on Tuesday”/);
    // a phrase the page could not anchor links to the article itself, not to a missing fragment
    expect(html).toContain('<a href="../../articles/harbourline-night/index.html">Harbourline Radio</a>: “*next* week”');
    // week 42 of 2031 has its Thursday in October: it is filed under that month
    expect(html).toContain('<h2><time datetime="2031-W42">week 42 of 2031</time></h2>');
    expect(html).toContain("Sources disagree:</strong> Radio says next week");
  });

  test("topic and sources pages", () => {
    const topic = read("topics/harbour-strike/index.html");
    expect(topic).toContain("The stoppage at the quays");
    expect(topic).toContain("Nobody at Port Calder");
    const sources = read("sources/index.html");
    expect(sources).toContain('id="source-the-calder-tribune"');
    expect(sources).toContain("Reported here and nowhere else");
    expect(sources).toContain("tribune/strike-copy.txt");
  });

  test("pages carry no external requests and no inline script (JSON-LD is data, not script)", () => {
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, "utf8");
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))/);
    }
  });
});

describe("sparse briefing", () => {
  test("no stories, quotes, topics or events still renders every index page with links intact", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefing-sparse-"));
    try {
      await renderSite(makeSparseBriefing(), dir, { quiet: true });
      for (const path of ["index.html", "actors/index.html", "topics/index.html", "timeline/index.html", "sources/index.html"]) {
        expect(existsSync(join(dir, path)), path).toBe(true);
      }
      expect(readFileSync(join(dir, "topics/index.html"), "utf8")).toContain("No topics were found");
      expect(readFileSync(join(dir, "timeline/index.html"), "utf8")).toContain("No dated events");
      expect(readFileSync(join(dir, "index.html"), "utf8")).toContain('class="empty"');
      expect(brokenLinks(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("rendering again into the same folder", () => {
  test("pages of articles no longer in the briefing are gone, files beside the site stay", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefing-rerender-"));
    try {
      await renderSite(makeBriefing(), dir, { quiet: true });
      writeFileSync(join(dir, "briefing.json"), "{}");
      await renderSite(makeSparseBriefing(), dir, { quiet: true });
      expect(existsSync(join(dir, "articles/harbourline-night/index.html"))).toBe(false);
      expect(existsSync(join(dir, "actors/port-calder/index.html"))).toBe(false);
      expect(existsSync(join(dir, "briefing.json"))).toBe(true);
      expect(brokenLinks(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
