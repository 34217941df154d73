// One file holding a whole build's per-article results, beside the cache's file for each entry. A
// rebuild of a large collection otherwise opens, reads and closes a file per article (10,000 files:
// 3 s, most of the articles stage of a rebuild after one edit); a pack of them reads in a fifth of a
// second. A build writes a new pack when many of its results did not come from the last one (the
// first build, a new extractor, many files changed); in between, an edited file's entry stays a file
// of its own and is read as such. A pack is named by the extractor's version, so no other version
// ever reads it. A line is `key<TAB>json`: JSON as written never holds a raw line break.
// While a build writes a new pack, its results go into the pack alone (their own files would be
// the same 160 MB again at 10,000 articles): a build that stops before the end (killed, or failed)
// leaves the pack under its temporary name, and the next build reads its whole lines as well.
import { once } from "node:events";
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { readdir, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { threadId } from "node:worker_threads";

export const packFileName = (version: string) => `pack-${version}.tsv`;
const PACK_NAME = /^pack-[0-9a-f]+\.tsv$/;
/** A pack being written, or left by a build that stopped: its name, then the writing process's id and thread. */
const UNFINISHED_PACK = /^(pack-[0-9a-f]+\.tsv)\.(\d+)-\d+\.tmp$/;
/** The temporary packs this process is writing now (a long-running `serve` builds many times in one process). */
const writingHere = new Set<string>();
/** A cache key: the sha256 of the file, its settings and the extractor's version, in hex. */
const KEY = /^[0-9a-f]{64}$/;
const KEY_LENGTH = 64;
const TAB = 9;
const NEWLINE = 10;

/** When a build writes a new pack. */
export const PACK_POLICY = {
  /**
   * results not read from the pack (read from their own files or worked out), or entries of the pack
   * this build did not ask for, before the pack is written again: reading 256 files of their own
   * costs about 80 ms, writing the pack of 10,000 articles again about half a second
   */
  staleEntries: 256,
} as const;

export interface CachePack {
  /** the entry's JSON, or null when the pack does not hold it */
  get(key: string): string | null;
  has(key: string): boolean;
  keys(): Iterable<string>;
  /** it holds entries of a pack left unfinished: a new pack is written, so they are kept in one place */
  readonly unfinished: boolean;
  /** the entries it holds */
  readonly size: number;
}

export interface PackWriter {
  /** one entry more; resolves once the disk has taken what came before (a slow disk holds it up) */
  add(key: string, json: string): Promise<void>;
  /** the pack in place of the last one (and of packs of other versions); rejects with what failed */
  finish(): Promise<void>;
  /** the build did not get to the end of its results: what was written stays for the next build to read (nowhere else holds it) */
  abandon(): Promise<void>;
}

/** The pack at `path`; null when there is none or it cannot be read. A damaged line is left out (its entry is read or worked out again). */
export async function openPackFile(path: string): Promise<CachePack | null> {
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return null;
  const lines = new Map<string, [number, number]>();
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(NEWLINE, start);
    // a last line without its line break was cut short
    if (end < 0) break;
    const key = bytes.toString("latin1", start, start + KEY_LENGTH);
    if (bytes[start + KEY_LENGTH] === TAB && KEY.test(key)) lines.set(key, [start + KEY_LENGTH + 1, end]);
    start = end + 1;
  }
  return {
    get(key) {
      const at = lines.get(key);
      return at ? bytes.toString("utf8", at[0], at[1]) : null;
    },
    has: (key) => lines.has(key),
    keys: () => lines.keys(),
    size: lines.size,
    unfinished: false,
  };
}

/** A pack for `version` written into `dir` under a temporary name, renamed into place by finish(). */
export function packWriter(dir: string, version: string): PackWriter {
  const target = join(dir, packFileName(version));
  const temporary = `${target}.${process.pid}-${threadId}.tmp`;
  writingHere.add(temporary);
  let failure: Error | null = null;
  let stream: WriteStream | null = null;
  let draining: Promise<void> | null = null;
  try {
    mkdirSync(dir, { recursive: true });
    stream = createWriteStream(temporary);
    stream.on("error", (error) => (failure ??= error));
  } catch (error) {
    failure = error as Error;
  }
  const closed = async () => {
    writingHere.delete(temporary);
    if (stream && !stream.closed) {
      stream.end();
      await once(stream, "close").catch(() => undefined);
    }
  };
  return {
    add(key, json) {
      if (failure || !stream) return Promise.resolve();
      if (stream.write(`${key}\t${json}\n`) || draining) return draining ?? Promise.resolve();
      // every caller waits on the one drain (many read the cache at once)
      // (a failed write ends the wait with its error event: once() rejects on it)
      draining = once(stream, "drain").then(
        () => undefined,
        () => undefined,
      );
      void draining.finally(() => (draining = null));
      return draining;
    },
    async finish() {
      await closed();
      if (failure) {
        await rm(temporary, { force: true });
        throw failure;
      }
      // a pack that cannot be put in place leaves no temporary file behind
      await rename(temporary, target).catch(async (error: unknown) => {
        await rm(temporary, { force: true });
        throw error;
      });
      await removeOtherPacks(dir, packFileName(version));
    },
    async abandon() {
      await closed();
    },
  };
}

/**
 * The pack for `version` in `dir` and the unfinished ones of that version that builds which stopped
 * left (cache-pack's header): one view, the finished pack asked first. Null when there is none.
 */
export async function openPacks(dir: string, version: string): Promise<CachePack | null> {
  const name = packFileName(version);
  const unfinished = (await readdir(dir).catch(() => [] as string[])).filter((n) => UNFINISHED_PACK.exec(n)?.[1] === name).sort();
  const finished = await openPackFile(join(dir, name));
  const left = (await Promise.all(unfinished.map((n) => openPackFile(join(dir, n))))).filter((p): p is CachePack => p !== null);
  if (left.length === 0) return finished;
  const packs = finished ? [finished, ...left] : left;
  const keys = new Set<string>();
  for (const pack of packs) for (const key of pack.keys()) keys.add(key);
  return {
    get: (key) => {
      for (const pack of packs) {
        const json = pack.get(key);
        if (json !== null) return json;
      }
      return null;
    },
    has: (key) => keys.has(key),
    keys: () => keys.values(),
    size: keys.size,
    unfinished: true,
  };
}

/**
 * Packs of other extractor versions (none of them can be read by this one, and each is as large as the
 * collection's results), and the unfinished packs of builds no longer running: the finished pack holds
 * every entry this build read from them. A build still running keeps its own.
 */
async function removeOtherPacks(dir: string, kept: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const unfinished = UNFINISHED_PACK.exec(name);
    const stale = unfinished ? !writingHere.has(join(dir, name)) && !isRunning(Number(unfinished[2])) : name !== kept && PACK_NAME.test(name);
    if (stale) await rm(join(dir, name), { force: true });
  }
}

/** Whether a process of this id is running, other than this one (one of another user's counts as running). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
