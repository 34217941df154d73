// Outlets: an article that names none is counted under one "Unknown outlet" entry, never as an
// outlet of its own, and the count of sources is of outlets that are known.
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { buildSiteModel } from "../../src/site/view.js";

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const plain = (n: number) => `Ferry notice ${n}\n\nThe island ferry operator posted notice ${n} about the winter timetable on the pier on Monday.\n`;

describe("sources", () => {
  it("gathers the articles that name no outlet under one entry that says so", () => {
    const { briefing } = runPipeline([
      file("a.txt", plain(1)),
      file("b.txt", plain(2).replace("winter", "spring")),
      file("c.txt", plain(3).replace("winter", "summer")),
      file("d.md", `---\ntitle: Pier closes\npublisher: Harbour Gazette\ndate: 2024-02-05\n---\n\nThe north pier closed for repairs on Monday, the harbour master said.\n`),
    ]);
    expect(briefing.sources.map((s) => [s.name, s.articles.length, s.known])).toEqual([
      ["Harbour Gazette", 1, true],
      ["Unknown outlet", 3, false],
    ]);
    // the front page counts what the sources page it links to lists: both entries, the Unknown outlet too
    expect((buildSiteModel(briefing).pages.home[0] as { counts: { sources: number } }).counts.sources).toBe(2);
  });
});
