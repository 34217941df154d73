import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { growth, parseSizes, perSecond, ratio, type BuildResult, type SizeResult } from "../../src/bench/scale-report.js";
import { pagePath, pickArticle } from "../../src/bench/scale-site.js";

const build = (wallMs: number | null, status: BuildResult["status"] = "ok"): BuildResult => ({
  status,
  note: null,
  exitCode: 0,
  wallMs: status === "ok" ? wallMs : null,
  killedAfterMs: status === "timeout" ? wallMs : null,
  peakRssMiB: null,
  articlesPerSecond: null,
  ratioToBaseline: null,
  stages: [],
  output: null,
});

const size = (articles: number, ms: { baseline: number; cold: number; warm: number | null }): SizeResult => ({
  articles,
  corpus: { dir: "", reused: false, articles, bytes: 0, megabytes: 0, words: 0 },
  cacheFlag: false,
  builds: { baseline: build(ms.baseline), cold: build(ms.cold), warm: build(ms.warm, ms.warm === null ? "timeout" : "ok"), edit: build(null, "skipped") },
  published: null,
  baselineFiles: null,
  output: null,
  warmSameData: null,
  edit: null,
});

describe("parseSizes", () => {
  it("reads lists, k and digit groups, sorted without repeats", () => {
    expect(parseSizes("1000,10000")).toEqual([1000, 10000]);
    expect(parseSizes("10k, 1k")).toEqual([1000, 10000]);
    expect(parseSizes("10_000")).toEqual([10000]);
    expect(parseSizes("200,1000,200")).toEqual([200, 1000]);
    expect(parseSizes("1.5k")).toEqual([1500]);
  });
  it("rejects what is not a whole positive count", () => {
    expect(() => parseSizes("ten")).toThrow(/ten/);
    expect(() => parseSizes("0")).toThrow();
    expect(() => parseSizes("2.5")).toThrow();
    // a comma separates sizes: "1,000" is the sizes 1 and 0, and 0 is refused rather than guessed at
    expect(() => parseSizes("1,000")).toThrow(/"000"/);
  });
});

describe("figures", () => {
  it("ratio and rate are unknown without a time", () => {
    expect(ratio(30, 10)).toBe(3);
    expect(ratio(null, 10)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
    expect(perSecond(100, 2000)).toBe(50);
    expect(perSecond(100, null)).toBeNull();
  });
  it("growth compares the smallest and largest corpus, only builds that finished in both", () => {
    const rows = growth([size(10000, { baseline: 10_000, cold: 1_000_000, warm: null }), size(1000, { baseline: 1000, cold: 10_000, warm: 5000 })]);
    expect(rows.map((g) => g.kind)).toEqual(["baseline", "cold"]);
    expect(rows[0]).toMatchObject({ fromArticles: 1000, toArticles: 10000, timeRatio: 10, atLeast: false });
    expect(rows[0]!.exponent).toBeCloseTo(1);
    expect(rows[1]!.exponent).toBeCloseTo(2);
    expect(growth([size(1000, { baseline: 1, cold: 1, warm: 1 })])).toEqual([]);
  });
  it("a build killed at the limit gives a lower bound on growth", () => {
    const killed = size(10000, { baseline: 10_000, cold: 1_000_000, warm: null });
    killed.builds.cold = build(1_800_000, "timeout");
    const cold = growth([size(1000, { baseline: 1000, cold: 18_000, warm: 1 }), killed]).find((g) => g.kind === "cold");
    expect(cold).toMatchObject({ timeRatio: 100, atLeast: true });
  });
});

describe("pages", () => {
  it("folder urls mean index.html", () => {
    expect(pagePath("site", "articles/a/")).toBe(join("site", "articles/a/index.html"));
    expect(pagePath("site", "/articles/a/index.html")).toBe(join("site", "articles/a/index.html"));
    expect(pagePath("site", "")).toBe(join("site", "index.html"));
  });
  it("the edited article is the middle one by file name, whatever the order given", () => {
    const refs = ["c.txt", "a.txt", "b.txt"].map((f) => ({ sourceFile: f, url: f }));
    expect(pickArticle(refs)?.sourceFile).toBe("b.txt");
    expect(pickArticle([])).toBeNull();
  });
});
