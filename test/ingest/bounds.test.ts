// Bounds: a per-file size that is a setting, and a per-article bound on the analysis, both reported.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFolder } from "../../src/ingest/read.js";
import { DEFAULT_MAX_FILE_BYTES, maxFileBytesOf, parseConfig } from "../../src/config.js";
import { runPipeline } from "../../src/pipeline.js";
import { analysedText, analysisBound, MAX_ANALYSED_CHARS } from "../../src/bounds.js";
import { makeContentFolder } from "../pipeline/helpers.js";

const STORY = "Pier reopens\n\nThe harbour board reopened the north pier on Thursday after two weeks of repairs, it said.\n";

describe("the per-file size bound", () => {
  it("is 20 MB unless briefing.yaml sets maxFileBytes", () => {
    expect(DEFAULT_MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
    expect(maxFileBytesOf(null)).toBe(DEFAULT_MAX_FILE_BYTES);
    expect(maxFileBytesOf("maxFileBytes: 5000\n")).toBe(5000);
    expect(maxFileBytesOf("maxFileBytes: lots\n")).toBe(DEFAULT_MAX_FILE_BYTES);
    expect(() => parseConfig("briefing.yaml", "maxFileBytes: 0\n")).toThrow(/maxFileBytes must be at least 1/);
    expect(() => parseConfig("briefing.yaml", "maxFileBytes: lots\n")).toThrow(/maxFileBytes must be integer/);
  });

  it("reads a large file and reports one beyond the bound with its size", async () => {
    const big = "Long transcript\n\n" + "The council met again and members spoke at length about the harbour. ".repeat(40_000); // ~2.8 MB
    const content = await makeContentFolder({ "a.txt": STORY, "big.txt": big, "huge.txt": big + big });
    await writeFile(join(content, "briefing.yaml"), `maxFileBytes: ${big.length + 100}\n`);
    const { files, unreadable } = await readContentFolder(content);
    expect(files.map((f) => f.path)).toEqual(["a.txt", "big.txt", "briefing.yaml"]);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.file).toBe("huge.txt");
    expect(unreadable[0]!.reason).toMatch(/larger than the per-file bound \(5\.\d MB, \d+ bytes; the bound is \d+ bytes\): not read\. Raise maxFileBytes/);
  });
});

describe("pathological text: the build completes and the article says where the bound was hit", () => {
  const cases: Record<string, string> = {
    "quotes.txt": "Quotation marks\n\n" + '"'.repeat(100_000) + "\n",
    "line.txt": "One long line\n\n" + "the council met again and voted on the pier ".repeat(48_000) + "\n",
    "capitals.txt":
      "Capitalised words\n\n" +
      Array.from({ length: 200_000 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}`).join(" ") +
      ".\n",
    "dates.txt": "Date phrases\n\n" + Array.from({ length: 10_000 }, (_, i) => `On May ${1 + (i % 28)}, 2023 the board met.`).join(" ") + "\n",
    "word.txt": "One long word\n\n" + "x".repeat(1_000_000) + "\n",
  };
  const files = Object.entries(cases).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));
  const { briefing, report } = runPipeline(files);
  it("publishes every file as an article", () => {
    expect(briefing.articles.map((a) => a.sourceFile).sort()).toEqual(Object.keys(cases).sort());
  });
  it("reports the bound on each article that hit it", () => {
    for (const file of Object.keys(cases)) {
      const warnings = report.warnings.filter((w) => w.file === file && w.source === "extract:bound");
      expect(warnings.length, file).toBe(1);
      expect(warnings[0]!.message, file).toMatch(/^analysis bound reached: /);
    }
    expect(report.warnings.find((w) => w.file === "line.txt" && w.source === "extract:bound")?.message).toContain(
      `only its first ${MAX_ANALYSED_CHARS.toLocaleString("en")} of`,
    );
  });
  it("keeps the whole text and every offset", () => {
    const line = briefing.articles.find((a) => a.sourceFile === "line.txt")!;
    expect(line.text.length).toBeGreaterThan(2_000_000);
    const text = "a".repeat(70) + " ok " + "é".repeat(3) + "😀".repeat(90);
    expect(analysedText(text)).toHaveLength(text.length);
    expect(analysedText(text).split(" ").every((w) => [...w].length <= 64)).toBe(true);
  });
  it("breaks every run past the bound wherever it starts, and no shorter one", () => {
    const at64 = "b".repeat(64);
    expect(analysisBound(`one ${at64} two`)).toBeNull();
    expect(analysedText(`one ${at64} two`)).toBe(`one ${at64} two`);
    for (const before of ["", " ", "\n", "words and\n\n", "\t"]) {
      const text = `${before}${"c".repeat(65)} and ${"d".repeat(130)}.`;
      expect(analysisBound(text), JSON.stringify(before)).toMatch(/runs of more than 64 characters/);
      expect(analysedText(text)).toBe(`${before}${"c".repeat(63)} c and ${"d".repeat(63)} ${"d".repeat(63)} ${"d".repeat(2)}.`);
    }
  });
});

describe("HTML pages too deep or too large for the reader view", () => {
  const story = "<p>The harbour board reopened the north pier on Thursday after two weeks of repairs, it said.</p>";
  const pages: Record<string, string> = {
    "deep.html": `<html><head><title>Pier reopens</title></head><body>${"<div>".repeat(1500)}${story}${"</div>".repeat(1500)}</body></html>`,
    "large.html": `<html><head><title>Council minutes</title></head><body><article>${Array.from({ length: 25_000 }, (_, i) => `<p>Item ${i} of the council minutes was read aloud by the clerk.</p>`).join("")}</article></body></html>`,
    "normal.html": `<html><head><title>Ferry resumes</title></head><body><nav><a href="/">Home</a></nav><article><h1>Ferry resumes</h1><p>The island ferry resumed its morning crossings on Friday after a strike by deckhands ended overnight, the operator said.</p><p>Passengers queued from dawn at the terminal, and extra sailings were added for the weekend to clear the backlog.</p></article></body></html>`,
  };
  const files = Object.entries(pages).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));
  const { briefing, report } = runPipeline(files);
  const bounded = (file: string) => report.warnings.filter((w) => w.file === file && /its whole body was read as the article/.test(w.message));

  it("are read whole, in linear time, with a warning saying so", () => {
    const deep = briefing.articles.find((a) => a.sourceFile === "deep.html")!;
    expect(deep.text).toContain("reopened the north pier");
    expect(bounded("deep.html")[0]!.message).toContain("nested more than 200 deep");
    const large = briefing.articles.find((a) => a.sourceFile === "large.html")!;
    expect(large.text).toContain("Item 24999 of the council minutes");
    expect(bounded("large.html")[0]!.message).toContain("more than 20,000 elements");
  });

  it("leave an ordinary page to the reader view", () => {
    expect(briefing.articles.some((a) => a.sourceFile === "normal.html")).toBe(true);
    expect(bounded("normal.html")).toEqual([]);
  });
});
