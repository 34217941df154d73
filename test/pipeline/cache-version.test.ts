// The cache's extractor version must change with any code the per-article work runs: a module it
// imports but the version leaves out would let a rebuild reuse results the new code would not give.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PER_ARTICLE_CODE } from "../../src/work/cache.js";

const SRC = resolve("src");

/** Every module of src/ reached from `entry` through its relative imports (type-only imports too: they may become value imports). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
      const target = resolve(dirname(file), match[1]!).replace(/\.js$/, ".ts");
      if (target.startsWith(SRC)) visit(target);
    }
  };
  visit(entry);
  return seen;
}

const covered = (path: string) =>
  PER_ARTICLE_CODE.some((entry) => (/\.(js|ts)$/.test(entry) ? path === entry : path.startsWith(`${entry}/`)));

describe("the cache's extractor version", () => {
  it("covers every module the per-article work imports", () => {
    const modules = [...reachable(join(SRC, "work", "file-work.ts"))].map((f) => relative(SRC, f));
    expect(modules.length).toBeGreaterThan(10);
    expect(modules.filter((m) => !covered(m))).toEqual([]);
  });

  it("would notice a module it leaves out", () => {
    expect(covered("terms.ts")).toBe(true);
    expect(covered("relate/stories.ts")).toBe(false);
    expect(covered("site/render.ts")).toBe(false);
  });
});
