// The build writes only into a folder that is its own, and never over, around or inside the articles.
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, EXIT_CANNOT_RUN, EXIT_OK } from "../../src/cli.js";
import { captureOutput, makeContentFolder, tempDir } from "./helpers.js";

const article = "---\ntitle: Ferry timetable changes\ndate: 2024-03-04\n---\n\nThe island ferry will leave an hour earlier from Monday, the operator said on Friday.\n";

async function build(content: string, output: string) {
  const io = captureOutput();
  const code = await main(["build", "--content", content, "--output", output, "--no-cache", "--quiet"], io.log, io.error);
  return { code, err: io.err.join("\n") };
}

describe("the output folder", () => {
  it("is refused when it is the content folder, and the articles stay as they were", async () => {
    const content = await makeContentFolder({ "a.md": article, "photo.jpg": new Uint8Array([0xff, 0xd8]) });
    const { code, err } = await build(content, content);
    expect(code).toBe(EXIT_CANNOT_RUN);
    expect(err).toContain("is the content folder");
    expect((await readdir(content)).sort()).toEqual(["a.md", "photo.jpg"]);
  });

  it("is refused when it holds the content folder or lies inside it", async () => {
    const project = await tempDir("briefing-project-");
    const content = join(project, "articles");
    await mkdir(content);
    await writeFile(join(content, "a.md"), article);
    expect((await build(content, project)).err).toContain("holds the content folder");
    expect((await build(content, join(content, "site"))).err).toContain("inside the content folder");
    expect(await readdir(content)).toEqual(["a.md"]);
  });

  it("is refused when empty as a name", async () => {
    const content = await makeContentFolder({ "a.md": article });
    expect((await build(content, "")).err).toContain("--output is empty");
  });

  it("is refused when it already holds files a build did not write, and they are left alone", async () => {
    const content = await makeContentFolder({ "a.md": article });
    const home = await tempDir("briefing-home-");
    await writeFile(join(home, "notes.txt"), "mine");
    const { code, err } = await build(content, home);
    expect(code).toBe(EXIT_CANNOT_RUN);
    expect(err).toContain("did not write");
    expect(await readdir(home)).toEqual(["notes.txt"]);
    expect(await readFile(join(home, "notes.txt"), "utf8")).toBe("mine");
  });

  it("is accepted when new, and again for the next build into it", async () => {
    const content = await makeContentFolder({ "a.md": article });
    const out = join(await tempDir(), "site");
    expect((await build(content, out)).code).toBe(EXIT_OK);
    expect((await build(content, out)).code).toBe(EXIT_OK);
  }, 60_000);
});

describe("inputs whose names make the same page", () => {
  it("build, each with a page of its own", async () => {
    const body = (n: number) => `---\ntitle: Ferry notice ${n}\ndate: 2024-03-0${n}\n---\n\nThe ferry operator posted notice number ${n} about the winter timetable on the pier.\n`;
    const content = await makeContentFolder({ "news.txt": body(1).replace(/^---[\s\S]*?---\n\n/, "Ferry notice 1\n\n"), "news.md": body(2), "news 2.txt": "Ferry notice 3\n\nThe ferry operator posted a third notice about the spring timetable on the pier.\n" });
    const out = join(await tempDir(), "site");
    const { code } = await build(content, out);
    expect(code).toBe(EXIT_OK);
    const briefing = JSON.parse(await readFile(join(out, "briefing.json"), "utf8"));
    const urls = briefing.articles.map((a: { url: string }) => a.url);
    expect(new Set(urls).size).toBe(3);
    for (const url of urls) expect((await readFile(join(out, url), "utf8")).length).toBeGreaterThan(0);
  }, 60_000);
});
