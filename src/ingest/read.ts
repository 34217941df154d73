// The input edge of the pipeline: the only place that reads the content folder. Only regular files
// inside it are read. A symbolic link is followed only when it ends at a regular file inside the
// content folder: a folder received from someone else could otherwise publish the reader's own
// files (/etc/passwd, a private note) or hang the build on a FIFO or /dev/zero. Every other entry
// is reported with its reason.
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { isWithin } from "../paths.js";
import type { ContentFile, InputRecord } from "../types.js";
import { CONFIG_FILE_NAMES, maxFileBytesOf } from "../config.js";

export interface ReadResult {
  files: ContentFile[];
  /** entries that are not read: unreadable files, links leaving the folder, FIFOs, sockets, devices */
  unreadable: InputRecord[];
}

/** Thrown when the content folder itself cannot be read: the build cannot run. */
export class ContentFolderError extends Error {}

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/**
 * Reads every regular file under `root`, folders nested, in a stable (sorted) order. A file larger than
 * the bound (briefing.yaml `maxFileBytes`, default 20 MB) is not read: it is reported with its size.
 */
export async function readContentFolder(root: string, list: ListFolder = listFolder): Promise<ReadResult> {
  let realRoot: string;
  let listing: Listing;
  try {
    realRoot = await realpath(root);
    listing = await listTree(root, list);
  } catch (error) {
    throw new ContentFolderError(
      `cannot read the content folder ${root}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. ` +
        `Pass an existing folder with --content DIR.`,
    );
  }
  const { entries } = listing;
  const files: ContentFile[] = [];
  const unreadable: InputRecord[] = [...listing.unreadable];
  // the settings file first: it sets how large a file may be
  const configEntry = entries.find((e) => e.regular && CONFIG_FILE_NAMES.includes(relative(root, e.absolute).toLowerCase()));
  const configText = configEntry ? await readFile(configEntry.absolute, "utf8").catch(() => null) : null;
  const maxBytes = maxFileBytesOf(configText);
  const tooLarge = (size: number) =>
    `larger than the per-file bound (${megabytes(size)}, ${size} bytes; the bound is ${maxBytes} bytes): not read. Raise maxFileBytes in briefing.yaml to read it`;
  for (const { absolute, regular } of entries) {
    const path = relative(root, absolute).split(sep).join("/");
    const refusal = regular ? null : await whyNotRead(absolute, realRoot);
    if (refusal) {
      unreadable.push({ file: path, status: "skipped", reason: refusal });
      continue;
    }
    const read = readRegularFile(absolute, CONFIG_FILE_NAMES.includes(path.toLowerCase()) ? Infinity : maxBytes);
    if ("bytes" in read) files.push({ path, bytes: read.bytes });
    else unreadable.push({ file: path, status: "skipped", reason: "size" in read ? tooLarge(read.size) : `could not be read (${read.code})` });
  }
  // the folders are listed in no set order; the result is in path order
  files.sort((a, b) => byText(a.path, b.path));
  unreadable.sort((a, b) => byText(a.file, b.file));
  return { files, unreadable };
}

/**
 * A regular file's bytes, or why not: larger than `maxBytes` (by its size, or by what was read of a
 * file that grew meanwhile), or the error's code. Read synchronously, open to close: 10,000 files of a
 * collection took 1.3-1.4 s through the asynchronous calls (a thread-pool round trip for each of open,
 * stat, read and close) and 0.1-0.2 s this way, and nothing else runs while the folder is read.
 */
function readRegularFile(absolute: string, maxBytes: number): { bytes: Uint8Array } | { size: number } | { code: string } {
  let fd: number | null = null;
  try {
    fd = openSync(absolute, "r");
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { size };
    const bytes = new Uint8Array(readFileSync(fd));
    return bytes.length > maxBytes ? { size: bytes.length } : { bytes };
  } catch (error) {
    return { code: (error as NodeJS.ErrnoException).code ?? "error" };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Lists one folder: its entries' names and types, links listed as links (not followed). */
export type ListFolder = (dir: string) => Promise<{ name: string; isDirectory(): boolean; isFile(): boolean }[]>;

const listFolder: ListFolder = (dir) => readdir(dir, { withFileTypes: true });

interface Listing {
  entries: { absolute: string; regular: boolean }[];
  unreadable: InputRecord[];
}

/**
 * Every entry under root, folder by folder. A subfolder that cannot be listed is reported (by its
 * own path, with the reason) and the rest is read; only the content folder itself failing stops the build.
 */
async function listTree(root: string, list: ListFolder): Promise<Listing> {
  const entries: Listing["entries"] = [];
  const unreadable: InputRecord[] = [];
  const folders = [root];
  while (folders.length) {
    const dir = folders.pop()!;
    let listed: Awaited<ReturnType<ListFolder>>;
    try {
      listed = await list(dir);
    } catch (error) {
      if (dir === root) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      unreadable.push({ file: `${relative(root, dir).split(sep).join("/")}/`, status: "skipped", reason: `a folder that could not be read (${code}): its files are not in the briefing; the rest was read` });
      continue;
    }
    for (const e of listed) {
      const absolute = join(dir, e.name);
      if (e.isDirectory()) folders.push(absolute);
      else entries.push({ absolute, regular: e.isFile() });
    }
  }
  return { entries, unreadable };
}

/** Why an entry is not read, or null when it is a regular file inside the content folder. */
async function whyNotRead(absolute: string, realRoot: string): Promise<string | null> {
  const entry = await lstat(absolute).catch(() => null);
  if (!entry) return "could not be read (it vanished while the folder was read)";
  if (entry.isFile()) return null;
  if (!entry.isSymbolicLink()) return `not a regular file (${kindOf(entry)}), so not read`;
  const target = await realpath(absolute).catch(() => null);
  if (!target) return "a symbolic link to nothing (broken link), not followed";
  if (target === realRoot || !isWithin(target, realRoot)) return "a symbolic link to a file outside the content folder, not followed";
  const kind = await stat(target).catch(() => null);
  if (kind?.isDirectory()) return "a symbolic link to a folder, not followed";
  if (!kind?.isFile()) return "a symbolic link to something that is not a regular file, not followed";
  return null;
}

function kindOf(entry: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string {
  if (entry.isFIFO()) return "a named pipe";
  if (entry.isSocket()) return "a socket";
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return "a device";
  return "a special file";
}
