// Copies fold into one article; a rewrite (another version with sentences of its own) stays an article.
import { describe, expect, it } from "vitest";
import { readContentFolder } from "../../src/ingest/read.js";
import { runPipeline } from "../../src/pipeline.js";
import { makeContentFolder } from "./helpers.js";

const paragraphs = [
  "Rescue teams worked through the night in the hill town of Vellano after a landslide buried part of the old quarter on Sunday evening.",
  "The regional civil protection office said eleven houses had been destroyed and that forty residents were moved to a sports hall near the station.",
  "Mayor Ottavia Renzetti told reporters that the slope above the town had been monitored for years and that heavy rain had loosened it last week.",
  "Engineers from the provincial roads department closed the only bridge into the town while they checked its foundations for damage.",
  "Volunteers from neighbouring villages brought blankets, food and bottled water, and a field kitchen was set up in the church square.",
  "The national weather service warned that more rain was expected on Tuesday and asked people living below the slope to stay away from their homes.",
];

const original = `---\ntitle: Landslide buries homes in Vellano\npublisher: Valley Courier\ndate: 2025-02-02\n---\n\n${paragraphs.join("\n\n")}\n`;
// the later report: the same paragraphs, one reworded, and a new fact with a quote of its own
const rewrite = `---\ntitle: Vellano landslide: two residents missing\npublisher: Hill Post\ndate: 2025-02-03\n---\n\n${[
  paragraphs[0],
  "Two residents were still missing on Monday morning, the civil protection office said, and dogs had been brought in to search the rubble.",
  paragraphs[1],
  paragraphs[2],
  paragraphs[3],
  paragraphs[4],
  `"We will not stop until everyone is found," said fire brigade commander Lino Basso.`,
].join("\n\n")}\n`;

describe("copies and rewrites", () => {
  it("fold an identical copy into its original, and publish a rewrite as its own article linked to it", async () => {
    const content = await makeContentFolder({ "a-original.md": original, "b-copy.md": original, "c-rewrite.md": rewrite });
    const { files } = await readContentFolder(content);
    const { briefing, report } = runPipeline(files);
    const byFile = new Map(briefing.articles.map((a) => [a.sourceFile, a]));
    expect([...byFile.keys()].sort()).toEqual(["a-original.md", "c-rewrite.md"]);
    expect(briefing.duplicates).toEqual([{ file: "b-copy.md", of: byFile.get("a-original.md")!.id, kind: "identical" }]);
    const later = byFile.get("c-rewrite.md")!;
    expect(later.rewriteOf).toBe(byFile.get("a-original.md")!.id);
    // one story, which the rewrite joins through its original rather than by voting in the clustering
    expect(later.storyId).toBe(byFile.get("a-original.md")!.storyId);
    // what only the rewrite reports is on the site's data
    expect(later.text).toContain("Two residents were still missing");
    expect(briefing.quotes.some((q) => q.text.includes("We will not stop"))).toBe(true);
    const input = report.inputs.find((i) => i.file === "c-rewrite.md")!;
    expect(input.status).toBe("article");
    expect(input.reason).toContain("a rewrite of a-original.md");
    expect(report.inputs.find((i) => i.file === "b-copy.md")!.status).toBe("duplicate");
  });
});

describe("a rewrite of a rewrite", () => {
  it("joins the first version's story", async () => {
    // each version keeps two thirds of the one before and adds its own: the third shares a third with the first
    const p = paragraphs;
    const extra = [
      "Engineers said on Tuesday that the slope had moved another ten centimetres overnight and that drilling would start.",
      "The provincial council voted an emergency grant for the families who lost their homes in the slide.",
      "Schools in the valley stayed shut for a second day while buses were sent on a longer route around the hill.",
      "Insurers sent assessors to the old quarter, where owners said they had been refused cover for landslides.",
    ];
    const version = (title: string, body: string[]) => `---\ntitle: ${title}\npublisher: Hill Post\n---\n\n${body.join("\n\n")}\n`;
    const content = await makeContentFolder({
      "a-first.md": version("Landslide buries homes in Vellano", p),
      "b-second.md": version("Vellano slope still moving", [p[2]!, p[3]!, p[4]!, p[5]!, extra[0]!, extra[1]!]),
      "c-third.md": version("Vellano families get emergency grant", [p[4]!, p[5]!, extra[0]!, extra[1]!, extra[2]!, extra[3]!]),
    });
    const { files } = await readContentFolder(content);
    const { briefing } = runPipeline(files);
    const byFile = new Map(briefing.articles.map((a) => [a.sourceFile, a]));
    expect([...byFile.keys()].sort()).toEqual(["a-first.md", "b-second.md", "c-third.md"]);
    expect(byFile.get("c-third.md")!.rewriteOf).toBe(byFile.get("b-second.md")!.id);
    expect(byFile.get("b-second.md")!.rewriteOf).toBe(byFile.get("a-first.md")!.id);
    const stories = new Set(briefing.articles.map((a) => a.storyId));
    expect(stories.size).toBe(1);
    expect([...stories][0]).toBeTruthy();
  });
});
