// The changed pages dealt out in batches between threads: every page is written once, exactly as one
// thread writes it in one run, and a failure on the second thread fails the build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { renderSite } from "../../src/site/render.js";
import { dealPages, startRenderThread } from "../../src/site/eleventy-run.js";
import { buildSiteModel, type PageItem, type TemplateName } from "../../src/site/view.js";
import { makeBriefing } from "./fixture.js";
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

describe("rendering on more than one thread", () => {
  test("two threads, each rendering several batches, write the same files as one thread in one run", async () => {
    const one = fresh();
    const two = fresh();
    const alone = await renderSite(makeBriefing(), one, { quiet: true, threads: 1, batchPages: Infinity });
    const shared = await renderSite(makeBriefing(), two, { quiet: true, threads: 2, minPagesPerThread: 1, batchPages: 3 });
    expect(shared.rendered).toBe(alone.rendered);
    expect(shared.files).toBe(alone.files);
    const expected = contents(one);
    const got = contents(two);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, html] of expected) expect(got.get(path), path).toBe(html);
  }, 90_000);

  test("a page that fails on a render thread rejects with the template's message, and the build fails with it", async () => {
    const model = buildSiteModel(makeBriefing());
    const theme = fresh();
    const own = readFileSync("src/site/pages/_includes/pages/article.njk", "utf8");
    mkdirSync(join(theme, "_includes", "pages"), { recursive: true });
    writeFileSync(join(theme, "_includes", "pages", "article.njk"), `{{ noSuchFunction() }}\n${own}`);
    const thread = startRenderThread();
    try {
      const pages = { ...Object.fromEntries(Object.keys(model.pages).map((t) => [t, []])), article: model.pages.article.slice(0, 1) } as Record<TemplateName, PageItem[]>;
      await expect(thread.render({ output: fresh(), common: model.common, pages, quiet: true, themeIncludes: join(theme, "_includes") })).rejects.toThrow(/noSuchFunction/);
    } finally {
      await thread.close();
    }
    // every batch fails, whichever runner takes it
    const rendering = renderSite(makeBriefing(), fresh(), { quiet: true, threads: 2, minPagesPerThread: 1, batchPages: 2, theme });
    await expect(rendering).rejects.toThrow(/noSuchFunction/);
  }, 90_000);

  test("pages are dealt into batches in turn within each template, none lost and none twice", () => {
    const pages = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ path: `${prefix}/${i}.html` }) as PageItem);
    const all = { article: pages(5, "a"), actor: pages(2, "b"), index: pages(1, "i") } as unknown as Record<TemplateName, PageItem[]>;
    const shares = dealPages(all, 4);
    expect(shares.map((s) => s.article!.map((p) => p.path))).toEqual([["a/0.html", "a/2.html", "a/4.html"], ["a/1.html", "a/3.html"]]);
    expect(shares.map((s) => s.index!.length)).toEqual([1, 0]);
    expect(shares.flatMap((s) => Object.values(s).flat()).map((p) => p.path).sort()).toEqual(Object.values(all).flat().map((p) => p.path).sort());
  });
});
