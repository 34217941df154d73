// Warm rebuilds: pages whose data did not change are not rendered again, pages of removed articles are
// deleted, and nothing the site did not write is ever touched.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { MANIFEST_FILE, renderSite } from "../../src/site/render.js";
import { makeBriefing } from "./fixture.js";
import { brokenLinks, htmlFiles } from "./site-check.js";

let dir: string;
const LONG_AGO = new Date("2001-01-01T00:00:00Z");

/** Sets every file's modification time far back, so a file written again afterwards is seen to be. */
function ageAll(root: string): void {
  for (const file of htmlFiles(root)) utimesSync(file, LONG_AGO, LONG_AGO);
}
const rewritten = (root: string) => htmlFiles(root).filter((file) => statSync(file).mtimeMs > LONG_AGO.getTime()).map((f) => f.slice(root.length + 1)).sort();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "briefing-warm-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("rebuilding into the same folder", () => {
  test("a first build renders every page and writes a manifest of its files", async () => {
    const first = await renderSite(makeBriefing(), dir, { quiet: true });
    // every page, and the host's not-found page (which htmlFiles leaves out)
    expect(first.rendered).toBe(htmlFiles(dir).length + 1);
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), "utf8"));
    expect(Object.keys(manifest.files)).toEqual(expect.arrayContaining(["index.html", "articles/harbourline-night/index.html", "assets/search-index.js"]));
  }, 60_000);

  test("unchanged data re-renders nothing and rewrites no file", async () => {
    await renderSite(makeBriefing(), dir, { quiet: true });
    ageAll(dir);
    const again = await renderSite(makeBriefing(), dir, { quiet: true });
    expect(again.rendered).toBe(0);
    expect(again.removed).toBe(0);
    expect(rewritten(dir)).toEqual([]);
    expect(brokenLinks(dir)).toEqual([]);
  }, 60_000);

  test("with the build's key, the same key is taken for the same data (no page is made), and another key renders what changed", async () => {
    await renderSite(makeBriefing(), dir, { quiet: true, dataKey: "key-1" });
    ageAll(dir);
    const edited = makeBriefing();
    edited.articles[1]!.author = "Noor Haddad";
    // the key vouches for the data: a briefing under the same key is not even looked at
    const trusted = await renderSite(edited, dir, { quiet: true, dataKey: "key-1" });
    expect(trusted.rendered).toBe(0);
    expect(rewritten(dir)).toEqual([]);
    const changed = await renderSite(edited, dir, { quiet: true, dataKey: "key-2" });
    expect(changed.renderedPaths).toEqual(["articles/harbourline-night/index.html"]);
    expect(rewritten(dir)).toEqual(["articles/harbourline-night/index.html"]);
  }, 60_000);

  test("a change shown only on an article's page re-renders that page alone", async () => {
    await renderSite(makeBriefing(), dir, { quiet: true });
    ageAll(dir);
    const edited = makeBriefing();
    edited.articles[1]!.author = "Noor Haddad";
    const again = await renderSite(edited, dir, { quiet: true });
    expect(again.renderedPaths).toEqual(["articles/harbourline-night/index.html"]);
    expect(rewritten(dir)).toEqual(["articles/harbourline-night/index.html"]);
    expect(readFileSync(join(dir, "articles/harbourline-night/index.html"), "utf8")).toContain("Noor Haddad");
  }, 60_000);

  test("an article's text changed in place re-renders its page with the new text (bodies are cached by what they are made of)", async () => {
    await renderSite(makeBriefing(), dir, { quiet: true });
    ageAll(dir);
    const edited = makeBriefing();
    // same length: every offset into the text (mentions, quotes, dates) still holds
    edited.articles[1]!.text = edited.articles[1]!.text.replace("spoke on air", "spoke on TV!");
    const again = await renderSite(edited, dir, { quiet: true });
    expect(again.renderedPaths).toContain("articles/harbourline-night/index.html");
    const page = readFileSync(join(dir, "articles/harbourline-night/index.html"), "utf8");
    expect(page).toContain("spoke on TV!");
    expect(page).toMatch(/<a [^>]*class="actor-link"[^>]*>Tobias Lindqvist<\/a>/);
    expect(brokenLinks(dir)).toEqual([]);
  }, 60_000);

  test("a new headline re-renders the article and the pages that list it, and no other", async () => {
    await renderSite(makeBriefing(), dir, { quiet: true });
    ageAll(dir);
    const edited = makeBriefing();
    edited.articles[1]!.title = "Mayor speaks again";
    const again = await renderSite(edited, dir, { quiet: true });
    const changed = rewritten(dir);
    expect(changed).toEqual([...again.renderedPaths].sort());
    for (const page of ["articles/harbourline-night/index.html", "actors/tobias-lindqvist/index.html", "topics/harbour-strike/index.html", "index.html", "sources/index.html"]) {
      expect(changed, page).toContain(page);
    }
    // pages that never show the radio article's headline stay as they were
    for (const page of ["actors/port-calder/index.html", "actors/by-letter/c/index.html", "timeline/index.html", "search/index.html", "topics/index.html"]) {
      expect(changed, page).not.toContain(page);
    }
    expect(readFileSync(join(dir, "actors/tobias-lindqvist/index.html"), "utf8")).toContain("Mayor speaks again");
    expect(readFileSync(join(dir, "assets/search-index.js"), "utf8")).toContain("Mayor speaks again");
  }, 60_000);

  test("a removed article's page is deleted; files the site did not write stay, even inside its folders", async () => {
    await renderSite(makeBriefing(), dir, { quiet: true });
    writeFileSync(join(dir, "notes.txt"), "mine");
    mkdirSync(join(dir, "articles", "mine"), { recursive: true });
    writeFileSync(join(dir, "articles", "mine", "index.html"), "<p>mine</p>");
    const fewer = makeBriefing();
    fewer.articles = fewer.articles.filter((a) => a.id !== "harbourline-night");
    for (const actor of fewer.actors) {
      actor.articles = actor.articles.filter((id) => id !== "harbourline-night");
      actor.mentions = actor.mentions.filter((m) => m.article !== "harbourline-night");
    }
    fewer.events = fewer.events.filter((e) => !e.articles.includes("harbourline-night"));
    fewer.stories[0]!.articles = ["calder-tribune-strike"];
    fewer.stories[0]!.keyPoints = fewer.stories[0]!.keyPoints.map((p) => ({ ...p, articles: ["calder-tribune-strike"] }));
    fewer.sources = fewer.sources.filter((s) => !s.articles.includes("harbourline-night"));
    fewer.topics[0]!.articles = ["calder-tribune-strike"];
    const again = await renderSite(fewer, dir, { quiet: true });
    expect(again.removed).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(dir, "articles/harbourline-night/index.html"))).toBe(false);
    expect(existsSync(join(dir, "articles/harbourline-night"))).toBe(false);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine");
    expect(readFileSync(join(dir, "articles/mine/index.html"), "utf8")).toBe("<p>mine</p>");
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), "utf8"));
    expect(manifest.files).not.toHaveProperty("articles/harbourline-night/index.html");
  }, 60_000);

  test("a page deleted by hand is written again even though its data did not change", async () => {
    await renderSite(makeBriefing(), dir, { quiet: true });
    rmSync(join(dir, "topics/harbour-strike/index.html"));
    const again = await renderSite(makeBriefing(), dir, { quiet: true });
    expect(again.renderedPaths).toEqual(["topics/harbour-strike/index.html"]);
    expect(existsSync(join(dir, "topics/harbour-strike/index.html"))).toBe(true);
  }, 60_000);

  test("with the briefing's file, unchanged data skips the build and a changed briefing (its file written again) renders its pages", async () => {
    const file = join(dir, "briefing.json");
    writeFileSync(file, JSON.stringify(makeBriefing()));
    await renderSite(makeBriefing(), dir, { quiet: true, briefingFile: file });
    ageAll(dir);
    const same = await renderSite(makeBriefing(), dir, { quiet: true, briefingFile: file });
    expect(same.rendered).toBe(0);
    expect(same.ms.model).toBe(0);
    const edited = makeBriefing();
    edited.articles[1]!.author = "Noor Haddad";
    writeFileSync(file, JSON.stringify(edited));
    const again = await renderSite(edited, dir, { quiet: true, briefingFile: file });
    expect(again.renderedPaths).toEqual(["articles/harbourline-night/index.html"]);
    expect(rewritten(dir)).toEqual(["articles/harbourline-night/index.html"]);
  }, 60_000);
});
