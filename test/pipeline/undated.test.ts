// An article that prints no publication date and has no dated coverage to date it by: its own dates
// only bound when it was written, and the briefing, the report and its page say so instead of taking
// the latest of them for its date. Texts written for this test.
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { buildSiteModel } from "../../src/site/view.js";

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe("an article with no date of its own", () => {
  it("keeps its date unknown and carries the bound its own dates set, on its page and in the report", () => {
    const { briefing, report } = runPipeline([
      file("theatre.txt", "Old stage, new roof\n\nThe Larkmoor theatre opened on 5 April 1920. It was rebuilt on 2 May 1961, and the trust will reopen it on 3 June 2031.\n"),
      file("pier.txt", "Pier notice\n\nThe island ferry operator posted a notice about the winter timetable on the pier.\n"),
    ]);
    const theatre = briefing.articles.find((a) => a.sourceFile === "theatre.txt")!;
    expect(theatre.date).toBeNull();
    expect(theatre.dateSource).toBeNull();
    expect(theatre.dateEvidence).toMatch(/prints dates up to 1961-05-02, so it was written then or later/);
    expect(report.warnings.find((w) => w.file === "theatre.txt")?.message).toMatch(/up to 1961-05-02/);
    const page = buildSiteModel(briefing).pages.article.find((p) => (p as { id?: string }).id === theatre.id) as { dateNote: string };
    expect(page.dateNote).toMatch(/^No date found in the article: it prints dates up to 1961-05-02/);
    // the counter-example: an article that prints no date at all is bounded by nothing
    const pier = briefing.articles.find((a) => a.sourceFile === "pier.txt")!;
    expect(pier.date).toBeNull();
    expect(pier.dateEvidence).toBeNull();
  });
});
