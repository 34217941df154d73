// Reading the content folder: regular files inside it only; links out, pipes and the like reported.
import { execFileSync } from "node:child_process";
import { mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFolder } from "../../src/ingest/read.js";
import { makeContentFolder, tempDir } from "../pipeline/helpers.js";

describe("reading the content folder", () => {
  it("follows a link to a file inside the folder and no link that leaves it", async () => {
    const content = await makeContentFolder({ "news/a.txt": "Ferry\n\nThe ferry left on time." });
    const elsewhere = await tempDir("briefing-private-");
    await writeFile(join(elsewhere, "diary.txt"), "private words");
    await symlink(join(content, "news/a.txt"), join(content, "same-as-a.txt"));
    await symlink(join(elsewhere, "diary.txt"), join(content, "diary.txt"));
    await symlink(elsewhere, join(content, "linked-folder"));
    await symlink(join(content, "missing.txt"), join(content, "broken.txt"));
    const { files, unreadable } = await readContentFolder(content);
    expect(files.map((f) => f.path)).toEqual(["news/a.txt", "same-as-a.txt"]);
    const reasons = Object.fromEntries(unreadable.map((u) => [u.file, u.reason]));
    expect(reasons["diary.txt"]).toContain("outside the content folder");
    expect(reasons["linked-folder"]).toContain("outside the content folder");
    expect(reasons["broken.txt"]).toContain("broken link");
    expect(files.some((f) => new TextDecoder().decode(f.bytes).includes("private words"))).toBe(false);
  });

  it("reports a file that vanished after the folder was listed, with the reason, and reads the rest", async () => {
    const content = await makeContentFolder({ "a.txt": "Ferry\n\nThe ferry left on time." });
    const listed = async (dir: string) => [...(await readdir(dir, { withFileTypes: true })), { name: "gone.txt", isDirectory: () => false, isFile: () => true }];
    const { files, unreadable } = await readContentFolder(content, listed);
    expect(files.map((f) => f.path)).toEqual(["a.txt"]);
    expect(unreadable).toEqual([{ file: "gone.txt", status: "skipped", reason: "could not be read (ENOENT)" }]);
  });

  it("reports a named pipe instead of waiting on it", async () => {
    const content = await makeContentFolder({ "a.txt": "Ferry\n\nThe ferry left on time." });
    await mkdir(join(content, "sub"));
    execFileSync("mkfifo", [join(content, "sub", "pipe.txt")]);
    const { files, unreadable } = await readContentFolder(content);
    expect(files.map((f) => f.path)).toEqual(["a.txt"]);
    expect(unreadable).toEqual([{ file: "sub/pipe.txt", status: "skipped", reason: "not a regular file (a named pipe), so not read" }]);
  });
});

describe("a subfolder that cannot be listed", () => {
  it("is reported by its own path and the rest is read", async () => {
    const content = await makeContentFolder({
      "a.txt": "Pier reopens\n\nThe harbour board reopened the north pier on Thursday after repairs, it said.\n",
      "locked/b.txt": "Ferry resumes\n\nThe island ferry resumed its crossings on Friday after a strike, the operator said.\n",
      "open/c.txt": "Bridge shut\n\nThe river bridge was shut on Monday for an inspection of its cables, the council said.\n",
    });
    // permissions cannot lock a folder against root (CI runs as root), so the listing refuses it the way
    // the file system would for another user: with EACCES
    const refusing = async (dir: string) => {
      if (dir.endsWith(`${sep}locked`)) throw Object.assign(new Error("permission denied"), { code: "EACCES" });
      return readdir(dir, { withFileTypes: true });
    };
    const { files, unreadable } = await readContentFolder(content, refusing);
    expect(files.map((f) => f.path).sort()).toEqual(["a.txt", "open/c.txt"]);
    expect(unreadable).toEqual([{ file: "locked/", status: "skipped", reason: expect.stringContaining("a folder that could not be read (EACCES)") }]);
  });

  it("stops the build only when it is the content folder itself", async () => {
    const content = await makeContentFolder({ "a.txt": "Pier reopens\n\nThe harbour board reopened the north pier.\n" });
    const refusing = async () => {
      throw Object.assign(new Error("permission denied"), { code: "EACCES" });
    };
    await expect(readContentFolder(content, refusing)).rejects.toThrow(/cannot read the content folder .*EACCES/);
  });
});
