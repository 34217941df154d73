// A user taxonomy in briefing.yaml: declared topics come first, carry their IPTC code to the page.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { renderSite } from "../../src/site/render.js";
import type { ContentFile } from "../../src/types.js";
import { tempDir } from "./helpers.js";

const encode = (text: string) => new TextEncoder().encode(text);
const article = (path: string, title: string, body: string): ContentFile => ({
  path,
  bytes: encode(`---\ntitle: ${title}\ndate: 2024-05-0${path.length % 9}\npublisher: Valley Ledger\n---\n\n${body}\n`),
});

const files: ContentFile[] = [
  {
    path: "briefing.yaml",
    bytes: encode(
      "topics:\n  - name: Water rationing\n    description: Limits on household and farm water use\n    keywords: [water restrictions, rationing, reservoir levels]\n    iptc: medtop:20000418\n",
    ),
  },
  article("a.md", "Valley towns brace for water restrictions", "Reservoir levels fell again this week. The water board said water restrictions would begin in June, and farmers warned that rationing would cut the harvest. Reservoir levels are at their lowest since 1992."),
  article("b.md", "Farmers protest rationing plan", "Hundreds of farmers protested the rationing plan outside the water board offices. They said water restrictions should fall on golf courses first. The board said reservoir levels left it no choice."),
];

describe("declared topics", () => {
  it("are matched to the articles that use their keywords, with description and IPTC code on the page", async () => {
    const { briefing } = runPipeline(files);
    const topic = briefing.topics.find((t) => t.name === "Water rationing");
    expect(topic).toBeDefined();
    expect(topic!.declared).toBe(true);
    expect(topic!.iptc).toBe("medtop:20000418");
    expect(topic!.articles.sort()).toEqual(briefing.articles.map((a) => a.id).sort());
    for (const a of briefing.articles) expect(a.topics).toContain(topic!.id);
    const out = await tempDir();
    await renderSite(briefing, out, { quiet: true });
    const html = await readFile(join(out, topic!.url), "utf8");
    expect(html).toContain("Limits on household and farm water use");
    expect(html).toContain("medtop:20000418");
  });
});
