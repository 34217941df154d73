// The sample articles scored against their hand-made gold (../shared/fixtures/seeds.gold.json)
// by the project's scoring tool. Five articles are a floor, not a target: the thresholds leave room
// for one miss each, so no rule is ever written to make them perfect.
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
    for (const field of ["title", "date", "publisher", "author"] as const) expect(score[field], field).toBeGreaterThanOrEqual(0.8);
  });

  it("removes the boilerplate and keeps the body", () => {
    expect(score.boilerplateRemoved).toBeGreaterThanOrEqual(0.8);
    expect(score.bodyKept).toBeGreaterThanOrEqual(0.95);
  });

  it("finds people, organisations and places at F1 ≥ 0.95", () => {
    for (const kind of ["person", "organization", "place"] as const) expect(score.entities[kind].f1, kind).toBeGreaterThanOrEqual(0.95);
  });

  it("finds the quotes (≥ 0.95) and their speakers (≥ 0.9)", () => {
    expect(score.quotesFound).toBeGreaterThanOrEqual(0.95);
    expect(score.quoteSpeakers).toBeGreaterThanOrEqual(0.9);
  });

  it("finds the dated events and groups the story", () => {
    expect(score.eventsFound).toBeGreaterThanOrEqual(0.8);
    expect(score.stories.f1).toBeGreaterThanOrEqual(0.9);
  });
});
