// A file that holds only a byline or other furniture is no article: it is reported with its reason.
import { describe, expect, it } from "vitest";
import { processFile } from "../../src/work/file-work.js";
import { cleanDocument, noArticleReason } from "../../src/clean/index.js";

const settings = { timezone: null, publisherZones: {} };
const run = (body: string, path = "desk/item.txt") => processFile({ path, bytes: new TextEncoder().encode(body) }, settings);

describe("a file with no article in it", () => {
  it("is skipped when it holds only a byline, with the reason", () => {
    for (const body of ["By Ines Calder\n", "Ines Calder, Staff Writer\n", "By Ines Calder\n\nSenior Correspondent\n", "Ines Calder\n\n@icalder\n", "posted by harbourdesk\n"]) {
      const result = run(body);
      expect(result.article, body).toBeNull();
      expect(result.record?.status, body).toBe("skipped");
      expect(result.record?.reason, body).toMatch(/byline/);
    }
  });
  it("is skipped when it holds only furniture, naming what was there", () => {
    const result = run("Advertisement\n\nShare this story\n\nSign up for our evening newsletter\n");
    expect(result.article).toBeNull();
    expect(result.record?.reason).toMatch(/advertisement/);
    const front = run("---\ntitle: Ferry note\n---\nBy Ines Calder\n", "desk/item.md");
    expect(front.article).toBeNull();
    expect(front.record?.reason).toMatch(/byline/);
  });
  it("keeps a short report and a byline with its story", () => {
    expect(run("Ferry cancelled. Islanders stranded.\n").article).not.toBeNull();
    const story = run("By Ines Calder\n\nThe last ferry of the season left the outer islands on Sunday with 40 passengers aboard.\n");
    expect(story.article?.article.author).toBe("Ines Calder");
  });
  it("counts words with a letter or a digit, five of them enough to be an article", () => {
    const cleaned = (body: string) => cleanDocument({ sourceFile: "t.txt", format: "text", body, frontMatter: {} }, { timezone: null }).article;
    // four words and a bar: short enough to be a byline's pieces, and a name with its role is one
    const left = (text: string) => noArticleReason({ ...cleaned("Ferry cancelled. Islanders stranded.\n"), text });
    expect(left("Ines Calder | Staff Writer")).toBe("only a byline, no article text (Ines Calder | Staff Writer)");
    expect(left("Ines Calder | Staff Writer Oslo")).toBeNull();
    expect(cleaned("Ferry — cancelled, 40 islanders. — Oslo 2024 ...\n").wordCount).toBe(6);
  });
});
