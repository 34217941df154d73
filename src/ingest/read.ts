// The input edge of the pipeline: the only place that reads the content folder.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { ContentFile, InputRecord } from "../types.js";

export interface ReadResult {
  files: ContentFile[];
  /** files that exist but could not be read (permissions, vanished while reading) */
  unreadable: InputRecord[];
}

/** Thrown when the content folder itself cannot be read: the build cannot run. */
export class ContentFolderError extends Error {}

/** Reads every file under `root`, folders nested, in a stable (sorted) order. */
export async function readContentFolder(root: string): Promise<ReadResult> {
  let entries: string[];
  try {
    entries = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
  } catch (error) {
    throw new ContentFolderError(
      `cannot read the content folder ${root}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. ` +
        `Pass an existing folder with --content DIR.`,
    );
  }
  const files: ContentFile[] = [];
  const unreadable: InputRecord[] = [];
  for (const absolute of entries.sort()) {
    const path = relative(root, absolute).split(sep).join("/");
    try {
      files.push({ path, bytes: new Uint8Array(await readFile(absolute)) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EISDIR") continue;
      unreadable.push({ file: path, status: "skipped", reason: `could not be read (${code ?? "error"})` });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, unreadable };
}
