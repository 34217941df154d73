// The sample articles scored against their hand-made gold (../shared/fixtures/seeds.gold.json)
// by the project's scoring tool, at the targets the issues set.
import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readContentFolder } from "../../src/ingest/read.js";
import { runPipeline } from "../../src/pipeline.js";
import { tempDir } from "./helpers.js";

const SCORER = "../shared/tools/score-briefing.mjs";
const GOLD = "../shared/fixtures/seeds.gold.json";

interface Score {
  articlesMissing: string[];
  entities: Record<"person" | "organization" | "place" | "any", { p: number; r: number; f1: number }>;
  actorsSplit: string[];
  title: number;
  date: number;
  publisher: number;
  author: number;
  invented: Record<string, number>;
  quotesFound: number;
  quoteSpeakers: number;
  eventsFound: number;
  boilerplateRemoved: number;
  bodyKept: number;
  stories: { f1: number };
  details: string[];
}

let score: Score;
beforeAll(async () => {
  const { files } = await readContentFolder("content");
  const out = join(await tempDir(), "briefing.json");
  await writeFile(out, JSON.stringify(runPipeline(files).briefing));
  score = JSON.parse(execFileSync(process.execPath, [SCORER, out, GOLD, "--json"], { encoding: "utf8" }));
});

describe("sample briefing against the gold annotations", () => {
  it("finds every article and invents nothing", () => {
    expect(score.articlesMissing).toEqual([]);
    expect(score.invented).toEqual({ publisher: 0, author: 0, titleClaimedPrinted: 0 });
  });

  it("reads title, date, publisher and author right", () => {
    expect({ title: score.title, date: score.date, publisher: score.publisher, author: score.author }).toEqual({ title: 1, date: 1, publisher: 1, author: 1 });
  });

  it("removes the boilerplate and keeps the body", () => {
    expect(score.boilerplateRemoved).toBe(1);
    expect(score.bodyKept).toBe(1);
  });

  it("finds people, organisations and places at F1 ≥ 0.95, none split in two", () => {
    for (const kind of ["person", "organization", "place"] as const) expect(score.entities[kind].f1, kind).toBeGreaterThanOrEqual(0.95);
    expect(score.actorsSplit).toEqual([]);
  });

  it("finds the quotes (≥ 0.95) and their speakers (≥ 0.9)", () => {
    expect(score.quotesFound).toBeGreaterThanOrEqual(0.95);
    expect(score.quoteSpeakers).toBeGreaterThanOrEqual(0.9);
  });

  it("finds every dated event and groups the story", () => {
    expect(score.eventsFound).toBe(1);
    expect(score.stories.f1).toBe(1);
  });
});
