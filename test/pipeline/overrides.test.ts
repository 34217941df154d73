// Editorial overrides in briefing.yaml: the editor's word beats the extractor's, and is marked.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { renderSite } from "../../src/site/render.js";
import { tempDir } from "./helpers.js";
import type { ContentFile } from "../../src/types.js";

const encode = (text: string) => new TextEncoder().encode(text);
const files = (config: string): ContentFile[] => [
  { path: "briefing.yaml", bytes: encode(config) },
  {
    path: "harbour/strike.md",
    bytes: encode(
      [
        "---",
        "title: Dock workers walk out at Port Halvard",
        "date: 2024-09-12",
        "publisher: Coastal Herald",
        "---",
        "",
        'Union secretary Marguerite Olsen said the strike would continue until the Harbour Board returned to talks. "We will not move until the board does," Olsen said on Wednesday.',
        "",
        "The Harbour Board said in a statement that cargo from Rotterdam had been diverted to Bremen. Port director Tomas Lindqvist called the walkout unlawful.",
      ].join("\n"),
    ),
  },
];

const actorNamed = (briefing: ReturnType<typeof runPipeline>["briefing"], name: string) =>
  briefing.actors.find((a) => a.name === name || a.aliases.includes(name));

describe("editorial overrides", () => {
  it("renames, retypes and describes an actor and marks each edited field", () => {
    const { briefing } = runPipeline(
      files(
        "actors:\n  - match: Harbour Board\n    name: Port Halvard Harbour Board\n    kind: organization\n    description: Runs the port\n    wikidata: Q4242\n",
      ),
    );
    const board = actorNamed(briefing, "Port Halvard Harbour Board");
    expect(board).toBeDefined();
    expect(board!.name).toBe("Port Halvard Harbour Board");
    expect(board!.aliases).toContain("Harbour Board");
    expect(board!.description).toBe("Runs the port");
    expect(board!.wikidata).toBe("Q4242");
    expect(board!.edited).toEqual(expect.arrayContaining(["name", "description", "wikidata"]));
  });

  it("marks edited values on the actor page", async () => {
    const { briefing } = runPipeline(files("actors:\n  - match: Harbour Board\n    description: Runs the port\n    wikidata: Q4242\n"));
    const out = await tempDir();
    await renderSite(briefing, out, { quiet: true });
    const board = actorNamed(briefing, "Harbour Board")!;
    const html = await readFile(join(out, board.url), "utf8");
    expect(html).toMatch(/Runs the port <span class="edited"/);
    expect(html).toMatch(/Q4242<\/span> <span class="edited"/);
    expect(html.match(/class="edited"/g)).toHaveLength(2);
  });

  it("hides an actor everywhere, including as a quote's speaker", () => {
    const before = runPipeline(files("title: x\n")).briefing;
    const olsen = actorNamed(before, "Marguerite Olsen");
    expect(olsen).toBeDefined();
    const { briefing } = runPipeline(files("actors:\n  - match: Marguerite Olsen\n    hide: true\n"));
    expect(actorNamed(briefing, "Marguerite Olsen")).toBeUndefined();
    for (const a of briefing.articles) expect(a.actors).not.toContain(olsen!.id);
    for (const q of briefing.quotes) expect(q.speaker).not.toBe(olsen!.id);
  });

  it("merges two actors into one that keeps both spellings and all articles", () => {
    const before = runPipeline(files("title: x\n")).briefing;
    const lindqvist = actorNamed(before, "Tomas Lindqvist");
    expect(lindqvist).toBeDefined();
    const { briefing } = runPipeline(files("actors:\n  - match: Marguerite Olsen\n    merge: [Tomas Lindqvist]\n"));
    const merged = actorNamed(briefing, "Marguerite Olsen")!;
    expect(merged.aliases).toContain("Tomas Lindqvist");
    expect(merged.edited).toContain("merged");
    expect(briefing.actors.some((a) => a.id === lindqvist!.id)).toBe(false);
  });

  it("fixes a quote's speaker and marks the quote as edited", () => {
    const { briefing } = runPipeline(files("quotes:\n  - text: We will not move\n    speaker: Tomas Lindqvist\n"));
    const quote = briefing.quotes.find((q) => q.text.startsWith("We will not move"));
    expect(quote).toBeDefined();
    expect(quote!.speaker).toBe(actorNamed(briefing, "Tomas Lindqvist")!.id);
    expect(quote!.edited).toEqual(["speaker"]);
  });

  it("warns, naming the override, when it matches no actor", () => {
    const { report } = runPipeline(files("actors:\n  - match: Nobody Of That Name\n    hide: true\n"));
    expect(report.warnings.map((w) => w.message)).toContain('actors: no actor matches "Nobody Of That Name"; the override was not applied');
  });
});
