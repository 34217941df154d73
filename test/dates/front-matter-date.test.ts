// Front-matter dates: only a real date is a date, and nothing about it depends on the machine's zone.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { frontMatterDate } from "../../src/dates/printed.js";
import { processFile } from "../../src/work/file-work.js";

const settings = { timezone: null, publisherZones: {} };
const md = (date: string) =>
  `---\ntitle: Pier reopens\ndate: ${date}\n---\nThe harbour board reopened the north pier on Thursday after two weeks of repairs, it said in a statement.\n`;
const run = (date: string) => processFile({ path: "desk/pier.md", bytes: new TextEncoder().encode(md(date)) }, settings);

describe("a front-matter date that is not a date", () => {
  it("warns on the article and leaves the date unknown", () => {
    for (const value of ["yesterday", "today", "next week", "2024", "soon", "2024-02-30"]) {
      const result = run(value);
      expect(result.article?.article.date ?? null, value).toBeNull();
      expect(result.messages.map((m) => m.message).join("\n"), value).toMatch(new RegExp(`front matter date "${value}" is not a date`));
      expect(result.messages.every((m) => m.file === "desk/pier.md")).toBe(true);
    }
  });
  it("reads real dates as printed", () => {
    expect(run("2024-03-07").article?.article.date).toBe("2024-03-07");
    expect(run("March 7, 2024").article?.article.date).toBe("2024-03-07");
    expect(run("2024-03-07T23:30:00-05:00").article?.article.dateTime).toBe("2024-03-07T23:30:00-05:00");
    expect(frontMatterDate("yesterday")).toBeNull();
  });
});

describe("dates whatever the machine's time zone", () => {
  const dist = fileURLToPath(new URL("../../dist/work/file-work.js", import.meta.url));
  it.runIf(existsSync(dist))("gives the same article in every zone (child processes with TZ set)", () => {
    const script = `
      const { processFile } = await import(${JSON.stringify(dist)});
      const settings = { timezone: null, publisherZones: {} };
      const out = [];
      for (const [path, body] of ${JSON.stringify([
        ["a.md", md("2024-03-07 23:30")],
        ["b.md", md("yesterday")],
        ["c.md", md("2024-12-31T23:30:00Z")],
        ["d.txt", "Pier reopens\n\nPublished 31 December 2024, 23:45\n\nThe harbour board reopened the pier yesterday, on New Year's Eve, and will close it again next Friday.\n"],
      ])}) {
        const r = processFile({ path, bytes: new TextEncoder().encode(body) }, settings);
        const a = r.article?.article;
        out.push({ date: a?.date, dateTime: a?.dateTime, candidates: r.article?.dateCandidates ?? null, mentions: r.article?.dateMentions ?? null });
      }
      process.stdout.write(JSON.stringify(out));
    `;
    const outputs = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kathmandu"].map((TZ) =>
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, TZ } }),
    );
    for (const output of outputs) expect(output).toBe(outputs[0]);
    const parsed = JSON.parse(outputs[0]!) as { date: string | null }[];
    expect(parsed.map((p) => p.date)).toEqual(["2024-03-07", null, "2024-12-31", "2024-12-31"]);
  });
});

describe("a printed year no news article can carry", () => {
  it("is taken for a misprint: the date is unknown, with a warning, and it dates no other article", async () => {
    const { runPipeline } = await import("../../src/pipeline.js");
    const files = Object.entries({
      "typo.txt": "Board meets\n\nPublished 3 March 1025\n\nThe harbour board met on Monday and said the north pier would reopen on Friday after repairs to its deck.\n",
      "undated.txt": "Pier work\n\nWorkers finished the deck of the north pier on Thursday, the harbour board said, and the pier reopens on Friday.\n",
      "dated.txt": "Pier deck\n\nPublished 4 March 2025\n\nThe harbour board said the deck of the north pier was nearly repaired and that it would reopen on Friday.\n",
      "front.md": "---\ntitle: Pier history\ndate: 1025-03-03\n---\n\nThe north pier was first built of timber and has been rebuilt in stone twice since then, the museum says.\n",
    }).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));
    const { briefing, report } = runPipeline(files);
    for (const a of briefing.articles) expect(a.date === null || a.date >= "1900", a.sourceFile).toBe(true);
    expect(briefing.dateRange?.[0]).toBe("2025-03-04");
    for (const file of ["typo.txt", "front.md"])
      expect(report.warnings.some((w) => w.file === file && /taken for a misprint/.test(w.message)), file).toBe(true);
    // a real old date inside a report is still read as a date of what it tells
    expect(briefing.articles.find((a) => a.sourceFile === "dated.txt")!.date).toBe("2025-03-04");
  });
});
