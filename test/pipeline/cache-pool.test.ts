// The per-article work on worker threads and from the on-disk cache gives the same briefing as in
// one thread without a cache; a rebuild reads unchanged files from the cache and works out only
// what changed.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, EXIT_OK } from "../../src/cli.js";
import { FILES_PER_TASK } from "../../src/work/run.js";
import { captureOutput, makeContentFolder, tempDir } from "./helpers.js";

// enough files for the pool to start (it runs in one thread below MIN_FILES_FOR_POOL), handed out
// in more than one batch, the last one short
const COUNT = 30;
const TOWNS = ["Aldermoor", "Bracken Hill", "Corrow", "Dunmere", "Eskdale"];

function articles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < COUNT; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    files[`n${String(i).padStart(2, "0")}.md`] =
      `---\ntitle: ${town} council vote ${i}\ndate: 2024-05-${String((i % 27) + 1).padStart(2, "0")}\npublisher: Valley Post\n---\n\n` +
      `The ${town} council voted ${i + 3} to 2 on Tuesday to repair bridge number ${i}. ` +
      `"We cannot wait another winter," said councillor Mira Okonjo, who proposed the repair.\n`;
  }
  return files;
}

async function extract(content: string, out: string, ...flags: string[]) {
  const json = join(out, "briefing.json");
  const io = captureOutput();
  expect(await main(["extract", "--content", content, "--json", json, "--quiet", ...flags], io.log, io.error)).toBe(EXIT_OK);
  return {
    briefing: await readFile(json, "utf8"),
    report: JSON.parse(await readFile(join(out, "report.json"), "utf8")),
  };
}

describe("per-article work on a pool, with a cache", () => {
  it("gives the same briefing in one thread and on two, and rebuilds from the cache", async () => {
    expect(COUNT).toBeGreaterThan(FILES_PER_TASK);
    expect(COUNT % FILES_PER_TASK).not.toBe(0);
    const content = await makeContentFolder(articles());
    const cache = await tempDir("briefing-cache-");
    const inline = await extract(content, await tempDir(), "--no-cache", "--workers", "1");
    const pooled = await extract(content, await tempDir(), "--cache", cache, "--workers", "2");
    expect(pooled.briefing).toEqual(inline.briefing);
    expect(pooled.report.cache).toEqual({ enabled: true, hits: 0, misses: COUNT });

    const warm = await extract(content, await tempDir(), "--cache", cache, "--workers", "2");
    expect(warm.briefing).toEqual(inline.briefing);
    expect(warm.report.cache).toEqual({ enabled: true, hits: COUNT, misses: 0 });
  }, 60_000);

  it("keeps apart two files with the same bytes under different names", async () => {
    const text = articles()["n01.md"]!;
    const cache = await tempDir("briefing-cache-");
    await extract(await makeContentFolder({ "first.md": text }), await tempDir(), "--cache", cache);
    const { report } = await extract(await makeContentFolder({ "second.md": text }), await tempDir(), "--cache", cache);
    expect(report.inputs).toEqual([expect.objectContaining({ file: "second.md", status: "article" })]);
  }, 60_000);

  it("works out again only the file that changed", async () => {
    const files = articles();
    const content = await makeContentFolder(files);
    const cache = await tempDir("briefing-cache-");
    await extract(content, await tempDir(), "--cache", cache, "--workers", "1");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(content, "n07.md"), files["n07.md"]!.replace("bridge number 7", "the ferry landing at Corrow"));
    const again = await extract(content, await tempDir(), "--cache", cache, "--workers", "1");
    expect(again.report.cache).toEqual({ enabled: true, hits: COUNT - 1, misses: 1 });
    const briefing = JSON.parse(again.briefing);
    expect(briefing.articles.find((a: { sourceFile: string }) => a.sourceFile === "n07.md").text).toContain("ferry landing");
  }, 60_000);
});

describe("a rebuild with nothing changed", () => {
  it("reuses the last build's data, and works again once one input changes", async () => {
    const files = { "a.md": articles()["n01.md"]!, "b.md": articles()["n02.md"]! };
    const content = await makeContentFolder(files);
    const cache = await tempDir("briefing-cache-");
    const out = await tempDir();
    const build = async () => {
      const io = captureOutput();
      expect(await main(["build", "--content", content, "--output", out, "--cache", cache, "--quiet"], io.log, io.error)).toBe(EXIT_OK);
      return { briefing: await readFile(join(out, "briefing.json"), "utf8"), report: JSON.parse(await readFile(join(out, "report.json"), "utf8")) };
    };
    const first = await build();
    expect(first.report.cache.reused).toBeUndefined();
    const second = await build();
    expect(second.report.cache.reused).toBe(true);
    expect(second.briefing).toEqual(first.briefing);

    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(content, "b.md"), files["b.md"].replace("bridge number 2", "the old mill race"));
    const third = await build();
    expect(third.report.cache).toEqual({ enabled: true, hits: 1, misses: 1 });
    expect(third.briefing).toContain("old mill race");
  }, 60_000);

  it("reads the last build's briefing.json only when a page has to be made, and builds afresh when it is not what that build wrote", async () => {
    const files = { "a.md": articles()["n01.md"]!, "b.md": articles()["n02.md"]! };
    const content = await makeContentFolder(files);
    const cache = await tempDir("briefing-cache-");
    const out = await tempDir();
    const { rm, stat, utimes, writeFile } = await import("node:fs/promises");
    const build = async () => {
      const io = captureOutput();
      expect(await main(["build", "--content", content, "--output", out, "--cache", cache, "--quiet"], io.log, io.error)).toBe(EXIT_OK);
      return { report: JSON.parse(await readFile(join(out, "report.json"), "utf8")), errors: io.err.join("\n") };
    };
    await build();
    const file = join(out, "briefing.json");
    const good = await readFile(file, "utf8");
    const written = await stat(file);
    // bytes that are no briefing, with the size and time of the file the build wrote: only reading it tells them apart
    const spoilt = async () => {
      await writeFile(file, "x".repeat(Buffer.byteLength(good)));
      await utimes(file, written.atimeMs / 1000, written.mtimeMs / 1000);
    };
    await spoilt();
    const untouched = await build();
    expect(untouched.report.cache.reused).toBe(true);
    expect(untouched.report.site.rendered).toBe(0);
    expect(untouched.report.totals).toEqual(expect.objectContaining({ articles: 2 }));

    // a page gone: the briefing is read, found unreadable, and the data made again
    const page = (untouched.report.inputs as { article?: string }[]).find((i) => i.article)!.article!;
    await rm(join(out, "articles", page, "index.html"));
    const repaired = await build();
    expect(repaired.errors).toMatch(/last build's data was to be reused, but .*briefing\.json could not be read.*building afresh/);
    expect(repaired.report.cache.reused).toBeUndefined();
    expect(await readFile(file, "utf8")).toBe(good);
    expect(await readFile(join(out, "articles", page, "index.html"), "utf8")).toContain("<html");
    // and the repaired build is recorded: the next one reuses it
    expect((await build()).report.cache.reused).toBe(true);

    // an edit that changes the file's size or time is seen before anything is reused
    await writeFile(file, "{}");
    const edited = await build();
    expect(edited.report.cache.reused).toBeUndefined();
    expect(await readFile(file, "utf8")).toBe(good);
  }, 60_000);
});

describe("a cache that cannot be written", () => {
  it("warns once and builds all the same, on one thread and on two", async () => {
    const content = await makeContentFolder(articles());
    const blocked = join(await tempDir(), "not-a-folder");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(blocked, "a file where the cache folder would be");
    for (const workers of ["1", "2"]) {
      const { briefing, report } = await extract(content, await tempDir(), "--cache", blocked, "--workers", workers);
      expect(JSON.parse(briefing).articles).toHaveLength(COUNT);
      expect(report.warnings.filter((w: { source: string }) => w.source === "cache")).toHaveLength(1);
    }
  }, 60_000);
});
