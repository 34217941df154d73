// One Nunjucks environment for a thread's Eleventy runs while the templates are the same: its
// compiled includes are used again, Eleventy's own additions do not pile up on it, and the pages are
// those a new environment writes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { renderSite } from "../../src/site/render.js";
import { forgetEnvironment, lastKeptEnvironment } from "../../src/site/nunjucks-env.js";
import { makeBriefing } from "./fixture.js";
import { htmlFiles } from "./site-check.js";

let dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), "briefing-njk-env-"));
  dirs.push(dir);
  return dir;
};
beforeEach(() => {
  dirs = [];
  forgetEnvironment();
});
afterEach(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const contents = (root: string) => new Map(htmlFiles(root).map((f) => [f.slice(root.length + 1), readFileSync(f, "utf8")]));

type Loader = { searchPaths: string[]; cache: Record<string, unknown> };
const loaderOf = (env: unknown) => (env as { loaders: Loader[] }).loaders[0]!;

describe("the Nunjucks environment kept between Eleventy runs", () => {
  test("runs of one thread with the same templates share it, and write what one run in a new environment writes", async () => {
    const single = fresh();
    const batched = fresh();
    await renderSite(makeBriefing(), single, { quiet: true, threads: 1, batchPages: Infinity });
    const env = lastKeptEnvironment()!;
    expect(env).toBeDefined();
    const extensions = env.extensionsList.length;
    const searchPaths = [...loaderOf(env).searchPaths];
    const base = loaderOf(env).cache["layouts/base.njk"];
    expect(base).toBeDefined();
    // batches of 2 pages: a dozen runs more, each handed the same environment
    await renderSite(makeBriefing(), batched, { quiet: true, threads: 1, batchPages: 2 });
    expect(lastKeptEnvironment()).toBe(env);
    expect(loaderOf(env).cache["layouts/base.njk"]).toBe(base);
    expect(env.extensionsList.length).toBe(extensions);
    expect(Object.keys(env.extensions)).toHaveLength(extensions);
    expect(loaderOf(env).searchPaths).toEqual(searchPaths);
    const want = contents(single);
    const have = contents(batched);
    expect([...have.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [path, html] of want) expect(have.get(path), path).toBe(html);
  }, 90_000);

  test("other templates (a theme's includes) get an environment of their own", async () => {
    await renderSite(makeBriefing(), fresh(), { quiet: true, threads: 1 });
    const plain = lastKeptEnvironment()!;
    const theme = fresh();
    mkdirSync(join(theme, "_includes"));
    await renderSite(makeBriefing(), fresh(), { quiet: true, threads: 1, theme });
    const themed = lastKeptEnvironment()!;
    expect(themed).not.toBe(plain);
    // the theme's folder searched first, once
    expect(loaderOf(themed).searchPaths.filter((p) => p === join(theme, "_includes"))).toHaveLength(1);
    expect(loaderOf(themed).searchPaths[0]).toBe(join(theme, "_includes"));
    await renderSite(makeBriefing(), fresh(), { quiet: true, threads: 1 });
    expect(lastKeptEnvironment()).not.toBe(themed);
    expect(loaderOf(lastKeptEnvironment()).searchPaths).not.toContain(join(theme, "_includes"));
  }, 90_000);
});
