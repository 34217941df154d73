// The pages shared out between threads, each share built, hashed and rendered in batches by its own
// thread: every page is written once, exactly as one thread writes it in one run, a second build
// renders nothing, and a failure on the second thread fails the build.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { BodyTrade, renderSite } from "../../src/site/render.js";
import { renderShareOnThread } from "../../src/site/page-share.js";
import { runEleventy } from "../../src/site/eleventy-run.js";
import { buildSiteModel, type PageItem, type TemplateName } from "../../src/site/view.js";
import { makeBriefing } from "./fixture.js";
import { LOCAL_SITE } from "../../src/deploy.js";
import { htmlFiles } from "./site-check.js";

let dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), "briefing-threads-"));
  dirs.push(dir);
  return dir;
};
beforeEach(() => (dirs = []));
afterEach(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const contents = (root: string) => new Map(htmlFiles(root).map((f) => [f.slice(root.length + 1), readFileSync(f, "utf8")]));

/** The same HTML files, byte for byte, in both sites. */
function expectSameFiles(got: string, expected: string): void {
  const want = contents(expected);
  const have = contents(got);
  expect([...have.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [path, html] of want) expect(have.get(path), path).toBe(html);
}

describe("rendering on more than one thread", () => {
  test("two threads, each rendering several batches, write the same files as one thread in one run", async () => {
    const one = fresh();
    const two = fresh();
    const alone = await renderSite(makeBriefing(), one, { quiet: true, threads: 1, batchPages: Infinity });
    const shared = await renderSite(makeBriefing(), two, { quiet: true, threads: 2, minPagesPerThread: 1, batchPages: 3 });
    expect(shared.rendered).toBe(alone.rendered);
    expect(shared.files).toBe(alone.files);
    expectSameFiles(two, one);
  }, 90_000);

  test("a second build with two threads renders nothing, and a share's pages are those of the whole site", async () => {
    const dir = fresh();
    const first = await renderSite(makeBriefing(), dir, { quiet: true, threads: 2, minPagesPerThread: 1, batchPages: 3 });
    const again = await renderSite(makeBriefing(), dir, { quiet: true, threads: 2, minPagesPerThread: 1, batchPages: 3 });
    expect(first.rendered).toBeGreaterThan(10);
    expect(again.rendered).toBe(0);
    const whole = buildSiteModel(makeBriefing());
    const halves = [0, 1].map((index) => buildSiteModel(makeBriefing(), undefined, undefined, { index, count: 2 }));
    for (const template of Object.keys(whole.pages) as TemplateName[]) {
      const paths = halves.flatMap((h) => h.pages[template].map((p) => p.path)).sort();
      expect(paths, template).toEqual(whole.pages[template].map((p) => p.path).sort());
      expect(halves[1]!.pages[template].length, template).toBeLessThanOrEqual(halves[0]!.pages[template].length);
    }
    expect(halves[1]!.search).toEqual([]);
  }, 90_000);

  test("after an article's text changes, two threads started at once with the last build's anchors write what one thread writes afresh", async () => {
    const shared = fresh();
    const alone = fresh();
    const two = { quiet: true, threads: 2, minPagesPerThread: 1, batchPages: 3 };
    await renderSite(makeBriefing(), shared, two);
    const edited = makeBriefing();
    // same length: every offset into the text (mentions, quotes, dates) still holds
    edited.articles[1]!.text = edited.articles[1]!.text.replace("spoke on air", "spoke on TV!");
    const again = await renderSite(edited, shared, two);
    await renderSite(edited, alone, { quiet: true, threads: 1 });
    expect(again.rendered).toBeGreaterThan(0);
    expectSameFiles(shared, alone);
  }, 90_000);

  test("a share whose thread runs out of heap is rendered on this thread instead, and the site is the same", async () => {
    const one = fresh();
    const short = fresh();
    // a 4 MB heap is too small for a share's thread: it stops with the code the fallback waits for
    const job = { share: { index: 1, count: 2 }, output: fresh(), deploy: LOCAL_SITE, templates: "t", previousFiles: {}, knownBodies: {}, quiet: true, themeIncludes: null, batchPages: 2 };
    await expect(renderShareOnThread({ json: JSON.stringify(makeBriefing()) }, job, 4)).rejects.toMatchObject({ code: "ERR_WORKER_OUT_OF_MEMORY" });
    await renderSite(makeBriefing(), one, { quiet: true, threads: 1 });
    const result = await renderSite(makeBriefing(), short, { quiet: true, threads: 2, minPagesPerThread: 1, threadHeapMb: 4 });
    expect(result.rendered).toBeGreaterThan(10);
    expectSameFiles(short, one);
  }, 90_000);

  test("two batches handed to Eleventy at once on one thread are rendered one after the other, each with its own pages", async () => {
    const model = buildSiteModel(makeBriefing());
    const only = (pages: PageItem[]) => ({ ...Object.fromEntries(Object.keys(model.pages).map((t) => [t, []])), article: pages }) as Record<TemplateName, PageItem[]>;
    const bodies = (pages: PageItem[]) => pages.map((p) => ({ ...p, bodyHtml: model.bodies.get((p as PageItem & { id: string }).id)?.html() ?? "" }));
    const [first, second] = [bodies(model.pages.article.slice(0, 1)), bodies(model.pages.article.slice(1, 2))];
    const out = fresh();
    const batch = (pages: PageItem[]) => ({ output: out, common: model.common, pages: only(pages), quiet: true, themeIncludes: null });
    await Promise.all([runEleventy(batch(first)), runEleventy(batch(second))]);
    for (const page of [...first, ...second]) expect(existsSync(join(out, page.path)), page.path).toBe(true);
  }, 90_000);

  test("a page that fails on a share's thread rejects with the template's message, and the build fails with it", async () => {
    const theme = fresh();
    const own = readFileSync("src/site/pages/_includes/pages/article.njk", "utf8");
    mkdirSync(join(theme, "_includes", "pages"), { recursive: true });
    writeFileSync(join(theme, "_includes", "pages", "article.njk"), `{{ noSuchFunction() }}\n${own}`);
    const job = { share: { index: 1, count: 2 }, output: fresh(), deploy: LOCAL_SITE, templates: "t", previousFiles: {}, knownBodies: {}, quiet: true, themeIncludes: join(theme, "_includes"), batchPages: 2 };
    await expect(renderShareOnThread({ json: JSON.stringify(makeBriefing()) }, job)).rejects.toThrow(/noSuchFunction/);
    // the build fails, whichever thread meets the page
    const rendering = renderSite(makeBriefing(), fresh(), { quiet: true, threads: 2, minPagesPerThread: 1, batchPages: 2, theme });
    await expect(rendering).rejects.toThrow(/noSuchFunction/);
  }, 90_000);
});

describe("the bodies a first build's shares trade", () => {
  test("are handed back to every share once all have offered, as one set", async () => {
    const trade = new BodyTrade(2);
    const first = trade.offer(0, { a: ["ka", ["when-1"]] });
    const second = trade.offer(1, { b: ["kb", []] });
    const want = { a: ["ka", ["when-1"]], b: ["kb", []] };
    expect(await first).toEqual(want);
    expect(await second).toEqual(want);
  });

  test("are handed back without the share whose thread withdrew (it failed), and a late offer changes nothing", async () => {
    const trade = new BodyTrade(3);
    const own = trade.offer(0, { a: ["ka", []] });
    trade.withdraw(2);
    let settled = false;
    void own.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    trade.offer(1, { b: ["kb", []] });
    expect(await own).toEqual({ a: ["ka", []], b: ["kb", []] });
    expect(await trade.offer(2, { c: ["kc", []] })).toEqual({ a: ["ka", []], b: ["kb", []] });
  });
});
