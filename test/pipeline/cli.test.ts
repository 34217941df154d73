import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, EXIT_CANNOT_RUN, EXIT_OK, EXIT_USAGE } from "../../src/cli.js";
import { captureOutput, makeContentFolder, tempDir } from "./helpers.js";

const article = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2024-06-02\npublisher: Lakeside Courier\n---\n\n${body}\n`;

describe("briefing CLI", () => {
  it("prints help describing every option and exits 0", async () => {
    const io = captureOutput();
    expect(await main(["--help"], io.log, io.error)).toBe(EXIT_OK);
    const help = io.out.join("\n");
    for (const option of ["--content", "--output", "--json", "--cache", "--no-cache", "--workers", "--quiet", "--base-url", "--path-prefix", "--help", "build", "extract"]) expect(help).toContain(option);
  });

  it("exits 2 on an unknown command or option", async () => {
    const io = captureOutput();
    expect(await main(["publish"], io.log, io.error)).toBe(EXIT_USAGE);
    expect(io.err.join("\n")).toContain('unknown command "publish"');
    expect(await main(["build", "--colour"], io.log, io.error)).toBe(EXIT_USAGE);
    expect(await main(["extract", "--content", "x"], io.log, io.error)).toBe(EXIT_USAGE);
  });

  it("exits 1 with a message when the content folder does not exist", async () => {
    const io = captureOutput();
    const out = await tempDir();
    expect(await main(["extract", "--content", join(out, "missing"), "--json", join(out, "b.json")], io.log, io.error)).toBe(EXIT_CANNOT_RUN);
    expect(io.err.join("\n")).toMatch(/cannot read the content folder .*missing.*ENOENT/);
  });

  it("names the content folder in the data by its own name, never by where it lies on the machine", async () => {
    const content = await makeContentFolder({ "a.md": article("Lake falls to record low", "The Water Board said on Monday that levels fell again.") });
    const io = captureOutput();
    const out = await tempDir();
    expect(await main(["extract", "--content", content, "--json", join(out, "b.json"), "--no-cache", "--quiet"], io.log, io.error)).toBe(EXIT_OK);
    const data = await readFile(join(out, "b.json"), "utf8");
    expect(JSON.parse(data).generatedFrom).toBe(content.split("/").pop());
    expect(data).not.toContain(content);
  });

  it("exits 1 naming the line when briefing.yaml is broken", async () => {
    const content = await makeContentFolder({
      "briefing.yaml": "title: Lake levels\nactors:\n  - match: Water Board\n    kind: agency\n",
      "a.md": article("Lake falls to record low", "The Water Board said on Monday that levels fell again."),
    });
    const io = captureOutput();
    const out = await tempDir();
    expect(await main(["extract", "--content", content, "--json", join(out, "b.json")], io.log, io.error)).toBe(EXIT_CANNOT_RUN);
    expect(io.err.join("\n")).toContain("briefing.yaml line 4: actors[0].kind must be one of person, organization, place");
  });

  it("extract writes the data and a report that names every input once, bad files included", async () => {
    const body = "Farmers near the lake said on Monday that the water had never been so low. The regional council will meet on Thursday to discuss irrigation limits.";
    const content = await makeContentFolder({
      "briefing.yaml": "title: Lake levels\n",
      "news/a.md": article("Lake falls to record low", body),
      "news/copy-of-a.md": article("Lake falls to record low", body),
      "news/empty.txt": "  \n\n",
      "news/photo.jpg": new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
      "news/binary.txt": new Uint8Array([0x00, 0x01, 0x02, 0x00, 0x9f, 0x00, 0x10, 0x00]),
    });
    const io = captureOutput();
    const out = await tempDir();
    const json = join(out, "data", "briefing.json");
    expect(await main(["extract", "--content", content, "--json", json], io.log, io.error)).toBe(EXIT_OK);
    const briefing = JSON.parse(await readFile(json, "utf8"));
    const report = JSON.parse(await readFile(join(out, "data", "report.json"), "utf8"));
    expect(briefing.articles.map((a: { sourceFile: string }) => a.sourceFile)).toEqual(["news/a.md"]);
    const files = report.inputs.map((i: { file: string }) => i.file).sort();
    expect(files).toEqual(["briefing.yaml", "news/a.md", "news/binary.txt", "news/copy-of-a.md", "news/empty.txt", "news/photo.jpg"]);
    const byFile = Object.fromEntries(report.inputs.map((i: { file: string }) => [i.file, i]));
    expect(byFile["news/copy-of-a.md"]).toMatchObject({ status: "duplicate", duplicateOf: briefing.articles[0].id });
    expect(byFile["news/empty.txt"].status).toBe("skipped");
    expect(byFile["news/empty.txt"].reason).toMatch(/empty/);
    expect(byFile["news/binary.txt"].status).toBe("skipped");
    expect(byFile["news/photo.jpg"].status).toBe("asset");
    expect(byFile["briefing.yaml"].status).toBe("config");
    expect(briefing.duplicates).toEqual([{ file: "news/copy-of-a.md", of: briefing.articles[0].id, kind: "identical" }]);
    expect(report.stages.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(["read", "config", "articles", "duplicates", "relate", "assemble"]));
    expect(io.err.join("\n")).toContain("skipped: news/empty.txt");
  });
});
