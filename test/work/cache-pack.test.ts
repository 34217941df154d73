// The cache's pack: one file of a build's per-article results, read instead of a file per entry. It
// gives the same results as the entries' own files, leaves out what is damaged, is written again only
// when enough of it is stale, and a half-written one never takes the place of the last (the next
// build reads it as well).
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { openPackFile, openPacks, packFileName, packWriter } from "../../src/work/cache-pack.js";
import { diskCache } from "../../src/work/cache.js";
import { processFiles } from "../../src/work/run.js";
import type { ContentFile } from "../../src/types.js";
import { tempDir } from "../pipeline/helpers.js";

const keyOf = (n: number) => n.toString(16).padStart(64, "0");

/** The id of a process that ran and has ended. */
async function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await once(child, "exit");
  return child.pid!;
}

describe("a pack file", () => {
  it("gives back each entry by its key, text outside ASCII included", async () => {
    const dir = await tempDir("briefing-pack-");
    const writer = packWriter(dir, "abc123");
    await writer.add(keyOf(1), '{"title":"Zoë’s ferry"}');
    await writer.add(keyOf(2), '{"title":"second"}');
    await writer.finish();
    const pack = await openPackFile(join(dir, packFileName("abc123")));
    expect(pack?.size).toBe(2);
    expect(pack?.get(keyOf(1))).toBe('{"title":"Zoë’s ferry"}');
    expect(pack?.get(keyOf(3))).toBeNull();
    expect(pack?.has(keyOf(2))).toBe(true);
  });

  it("leaves out a line without a key, a line without its tab, and a last line cut short", async () => {
    const dir = await tempDir("briefing-pack-");
    const path = join(dir, packFileName("abc123"));
    const lines = [`${keyOf(1)}\t{"a":1}`, `not-a-key\t{"a":2}`, `${keyOf(3)} {"a":3}`, `${keyOf(4)}\t{"a":4}`];
    await writeFile(path, `${lines.join("\n")}\n${keyOf(5)}\t{"a":`);
    const pack = await openPackFile(path);
    expect(pack?.size).toBe(2);
    expect(pack?.get(keyOf(4))).toBe('{"a":4}');
    expect(pack?.has(keyOf(5))).toBe(false);
  });

  it("is none when there is no file", async () => {
    expect(await openPackFile(join(await tempDir("briefing-pack-"), packFileName("abc123")))).toBeNull();
  });

  it("takes the place of packs of other versions, and of no other file", async () => {
    const dir = await tempDir("briefing-pack-");
    await writeFile(join(dir, packFileName("0dd")), `${keyOf(1)}\t{}\n`);
    await writeFile(join(dir, "pack-notes.txt"), "the user's own file");
    const writer = packWriter(dir, "abc123");
    await writer.add(keyOf(2), "{}");
    await writer.finish();
    expect((await readdir(dir)).sort()).toEqual([packFileName("abc123"), "pack-notes.txt"]);
  });

  it("abandoned, keeps what it holds under its temporary name, and the last pack stays", async () => {
    const dir = await tempDir("briefing-pack-");
    await writeFile(join(dir, packFileName("abc123")), `${keyOf(1)}\t{"last":true}\n`);
    const writer = packWriter(dir, "abc123");
    await writer.add(keyOf(2), '{"new":true}');
    await writer.abandon();
    const names = await readdir(dir);
    expect(names).toHaveLength(2);
    expect((await openPackFile(join(dir, packFileName("abc123"))))?.get(keyOf(1))).toBe('{"last":true}');
    // read with the finished pack, as one
    const both = await openPacks(dir, "abc123");
    expect([both?.get(keyOf(1)), both?.get(keyOf(2)), both?.size]).toEqual(['{"last":true}', '{"new":true}', 2]);
  });

  it("finished, takes in the unfinished packs of stopped builds and leaves a running build's", async () => {
    const dir = await tempDir("briefing-pack-");
    const stopped = await exitedPid();
    const unfinished = (pid: number) => `${packFileName("abc123")}.${pid}-1.tmp`;
    // a build killed while it wrote its pack: its last line cut short
    await writeFile(join(dir, unfinished(stopped)), `${keyOf(1)}\t{"a":1}\n${keyOf(2)}\t{"a":`);
    await writeFile(join(dir, unfinished(process.ppid)), `${keyOf(3)}\t{"a":3}\n`);
    const read = await openPacks(dir, "abc123");
    expect([read?.get(keyOf(1)), read?.has(keyOf(2)), read?.get(keyOf(3))]).toEqual(['{"a":1}', false, '{"a":3}']);
    const writer = packWriter(dir, "abc123");
    await writer.add(keyOf(1), '{"a":1}');
    await writer.finish();
    expect((await readdir(dir)).sort()).toEqual([packFileName("abc123"), unfinished(process.ppid)].sort());
  });

  it("that cannot be written says why when finished", async () => {
    const blocked = join(await tempDir("briefing-pack-"), "a-file");
    await writeFile(blocked, "a file where the cache folder would be");
    const writer = packWriter(blocked, "abc123");
    await writer.add(keyOf(1), "{}");
    await expect(writer.finish()).rejects.toThrow();
  });

  it("that cannot be put in place says why when finished, and leaves no temporary file", async () => {
    const dir = await tempDir("briefing-pack-");
    // a folder of the user's where the pack would go: renaming a file onto it fails
    await mkdir(join(dir, packFileName("abc123")));
    await writeFile(join(dir, packFileName("abc123"), "kept.txt"), "the user's own file");
    const writer = packWriter(dir, "abc123");
    await writer.add(keyOf(1), "{}");
    await expect(writer.finish()).rejects.toThrow();
    expect(await readdir(dir)).toEqual([packFileName("abc123")]);
    expect(await readdir(join(dir, packFileName("abc123")))).toEqual(["kept.txt"]);
  });
});

const story = (town: string, n: number) =>
  `---\ntitle: ${town} votes on bridge ${n}\ndate: 2024-05-0${n}\npublisher: Valley Post\n---\n\nThe ${town} council voted on Tuesday to repair bridge number ${n}, said councillor Mira Okonjo.\n`;
const file = (path: string, text: string): ContentFile => ({ path, bytes: new TextEncoder().encode(text) });
const SETTINGS = { timezone: null, publisherZones: {} };

async function looseEntries(cacheDir: string): Promise<string[]> {
  const names = await readdir(cacheDir, { recursive: true });
  return names.filter((n) => n.endsWith(".json")).map((n) => join(cacheDir, n));
}

describe("per-article results through the pack", () => {
  it("are the same as worked out, read from the pack alone, and the pack is written again only once enough is stale", async () => {
    const cacheDir = await tempDir("briefing-cache-");
    const cache = diskCache(cacheDir);
    const files = [file("a.md", story("Aldermoor", 1)), file("b.md", story("Corrow", 2)), file("c.md", story("Dunmere", 3))];
    const run = (input: ContentFile[]) => processFiles(input, SETTINGS, { cache, workers: 1, packAfter: 3 });
    const first = await run(files);
    expect(first.cached).toBe(0);
    const packPath = (await readdir(cacheDir)).find((n) => n.startsWith("pack-"))!;
    expect((await readFile(join(cacheDir, packPath), "utf8")).trim().split("\n")).toHaveLength(3);
    // written into the pack alone: no entry has a file of its own
    expect(await looseEntries(cacheDir)).toEqual([]);

    // the results come from the pack, the same as worked out
    const fromPack = await run(files);
    expect(fromPack.cached).toBe(3);
    expect(fromPack.results.map((r) => r.article)).toEqual(first.results.map((r) => r.article));

    // one file edited: two entries stale (its new one, its old one in the pack), fewer than 3: the pack stays
    const written = (await stat(join(cacheDir, packPath))).mtimeMs;
    const edited = [files[0]!, files[1]!, file("c.md", story("Eskdale", 3))];
    const afterEdit = await run(edited);
    expect(afterEdit.cached).toBe(2);
    expect(afterEdit.results[2]!.article?.article.text).toContain("Eskdale");
    expect((await stat(join(cacheDir, packPath))).mtimeMs).toBe(written);

    // a second file edited: four stale, and the pack now holds this build's three entries
    const twice = [files[0]!, file("b.md", story("Bracken", 2)), edited[2]!];
    await run(twice);
    const pack = await openPackFile(join(cacheDir, packPath));
    expect(pack?.size).toBe(3);
    for (const entry of await looseEntries(cacheDir)) await writeFile(entry, "damaged");
    const again = await run(twice);
    expect(again.cached).toBe(3);
    expect(again.results[1]!.article?.article.text).toContain("Bracken");
  }, 60_000);

  it("of a build stopped before its pack was finished are read from the unfinished pack, which the next finished one replaces", async () => {
    const cacheDir = await tempDir("briefing-cache-");
    const cache = diskCache(cacheDir);
    const files = [file("a.md", story("Aldermoor", 1)), file("b.md", story("Corrow", 2)), file("c.md", story("Dunmere", 3))];
    const run = (input: ContentFile[]) => processFiles(input, SETTINGS, { cache, workers: 1, packAfter: 3 });
    await run(files);
    // as a build killed just before it put its pack in place leaves it
    const packPath = (await readdir(cacheDir)).find((n) => n.startsWith("pack-"))!;
    const left = `${packPath}.${await exitedPid()}-0.tmp`;
    await rename(join(cacheDir, packPath), join(cacheDir, left));
    const again = await run([...files, file("d.md", story("Eskdale", 4))]);
    expect(again.cached).toBe(3);
    expect((await readdir(cacheDir)).filter((n) => n.startsWith("pack-"))).toEqual([packPath]);
    expect((await openPackFile(join(cacheDir, packPath)))?.size).toBe(4);
  }, 60_000);

  it("are not packed for a collection smaller than the threshold", async () => {
    const cacheDir = await tempDir("briefing-cache-");
    await mkdir(cacheDir, { recursive: true });
    await processFiles([file("a.md", story("Aldermoor", 1))], SETTINGS, { cache: diskCache(cacheDir), workers: 1, packAfter: 3 });
    expect((await readdir(cacheDir)).filter((n) => n.startsWith("pack-"))).toEqual([]);
  }, 60_000);
});
