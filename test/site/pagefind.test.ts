// The full-text index is a help, not the build: without Pagefind's binary the site is written all the same.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { renderSite } from "../../src/site/render.js";
import { makeBriefing } from "./fixture.js";

const dirs: string[] = [];
afterEach(() => {
  delete process.env.PAGEFIND_BINARY_PATH;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test("a missing Pagefind binary skips the full-text index with the reason; the site and its small index are written", async () => {
  const out = mkdtempSync(join(tmpdir(), "briefing-nopagefind-"));
  dirs.push(out);
  process.env.PAGEFIND_BINARY_PATH = join(out, "no-such-binary");
  const result = await renderSite(makeBriefing(), out, { quiet: true });
  expect(result.search).toEqual({ indexed: false, reason: expect.stringContaining("missing or not executable") });
  expect(existsSync(join(out, "pagefind"))).toBe(false);
  expect(existsSync(join(out, "index.html"))).toBe(true);
  expect(existsSync(join(out, "assets", "search-index.js"))).toBe(true);
});

test("the index is written once, kept while no page changes, and holds only the pages tagged for it", async () => {
  const out = mkdtempSync(join(tmpdir(), "briefing-pagefind-"));
  dirs.push(out);
  const first = await renderSite(makeBriefing(), out, { quiet: true });
  expect(first.search).toMatchObject({ indexed: true });
  // articles, actors with a page, topics and the stories pages; not the front page, lists or search
  const pages = first.search && first.search.indexed ? first.search.pages : 0;
  expect(pages).toBeGreaterThanOrEqual(2 + 3);
  expect(existsSync(join(out, "pagefind", "pagefind.js"))).toBe(true);
  expect(existsSync(join(out, "pagefind", "pagefind-ui.js"))).toBe(false);
  const again = await renderSite(makeBriefing(), out, { quiet: true });
  expect(again.search).toBeNull();
}, 60_000);

test("the index is written by default up to 2,000 articles, and as asked either way", async () => {
  const { fullTextWanted, FULL_TEXT_AUTO_MAX_ARTICLES } = await import("../../src/site/render.js");
  expect(FULL_TEXT_AUTO_MAX_ARTICLES).toBe(2_000);
  expect(fullTextWanted(undefined, 2_000)).toBe(true);
  expect(fullTextWanted(undefined, 2_001)).toBe(false);
  expect(fullTextWanted(true, 10_000)).toBe(true);
  expect(fullTextWanted(false, 5)).toBe(false);
});

test("a build that does not write the index removes the one an earlier build left, and says why", async () => {
  const out = mkdtempSync(join(tmpdir(), "briefing-pagefind-off-"));
  dirs.push(out);
  await renderSite(makeBriefing(), out, { quiet: true });
  expect(existsSync(join(out, "pagefind", "pagefind.js"))).toBe(true);
  const off = await renderSite(makeBriefing(), out, { quiet: true, fullTextSearch: false });
  expect(off.search).toEqual({ indexed: false, reason: expect.stringContaining("--no-full-text-search") });
  expect(existsSync(join(out, "pagefind"))).toBe(false);
  expect(existsSync(join(out, "assets", "search-index.js"))).toBe(true);
}, 60_000);
