// The on-disk cache of per-article results: one file an entry, named by the hash of the file's
// bytes, the settings and the extractor's version, so a rebuild re-reads only what changed and a
// new version of the extractor never reads an old result. I/O lives here, at the edge.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { threadId } from "node:worker_threads";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleSettings } from "./file-work.js";
import { openPacks, packWriter, type CachePack, type PackWriter } from "./cache-pack.js";

export interface ResultCache {
  get(key: string): Promise<string | null>;
  put(key: string, json: string): Promise<void>;
  /** where an entry lives, so a worker thread can write it itself */
  pathOf(key: string): string;
  /** the pack of entries the builds of this extractor version left, finished or not (cache-pack.ts), null when there is none */
  openPack?(version: string): Promise<CachePack | null>;
  /** a new pack for this version, filled as results arrive; it replaces the last one once finished */
  startPack?(version: string): PackWriter;
}

/** The code whose output the cache holds: every compiled module of the per-article stages. */
export const PER_ARTICLE_CODE = [
  ...["ingest", "clean", "extract", "dates", "data", "names"],
  // the modules of the top level that the per-article stages import (each as compiled and as source)
  ...["work/file-work", "work/pack", "types", "copy-signature", "nlp", "terms", "bounds", "memo", "sorted", "collections", "config", "paths", "concurrency"].flatMap((m) => [`${m}.js`, `${m}.ts`]),
];
/** The code tree this module runs from: dist/ when built, src/ under the test runner. */
const CODE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PROJECT_ROOT = resolve(CODE_ROOT, "..");

/** A digest of the per-article code and the locked dependency versions (wink's model, chrono…). */
export async function extractorVersion(): Promise<string> {
  return codeVersion(PER_ARTICLE_CODE);
}

/** Everything that shapes briefing.json: all the code but the site's (which keeps its own page manifest). */
const DATA_CODE = [...PER_ARTICLE_CODE, "relate", "assemble", "model", "pipeline.js", "pipeline.ts", "config.js", "config.ts"];

export async function dataVersion(): Promise<string> {
  return codeVersion(DATA_CODE);
}

// each digest is worked out once per process: a build asks for the extractor's and the data's
const versions = new Map<string, Promise<string>>();

/** A digest of the named folders and files of the running code tree and of the locked dependencies. */
function codeVersion(entries: string[]): Promise<string> {
  const key = entries.join("\n");
  let version = versions.get(key);
  if (!version) versions.set(key, (version = digestOf(entries)));
  return version;
}

async function digestOf(entries: string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const entry of entries) {
    const path = join(CODE_ROOT, entry);
    if (/\.(js|ts)$/.test(entry)) {
      const text = await readFile(path).catch(() => null);
      if (text) hash.update(entry).update(text);
      continue;
    }
    const names = (await readdir(path, { recursive: true }).catch(() => [] as string[])).filter((n) => /\.(js|ts|json)$/.test(n)).sort();
    for (const name of names) hash.update(name).update(await readFile(join(path, name)));
  }
  hash.update(await readFile(join(PROJECT_ROOT, "package-lock.json")).catch(() => Buffer.from("")));
  return hash.digest("hex").slice(0, 16);
}

/** The file's path is part of the key: its extension decides the format, and the result names the file. */
export function cacheKey(path: string, bytes: Uint8Array, settings: ArticleSettings, version: string): string {
  return createHash("sha256").update(version).update(JSON.stringify(settings)).update(path).update("\0").update(bytes).digest("hex");
}

/** A cache in `dir` (created on first write); entries are written to a temporary name, then renamed, so a killed build leaves no half entry. */
export function diskCache(dir: string): ResultCache {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    pathOf,
    // read synchronously: a first build asks for every file's entry and finds none, and 10,000 failed
    // asynchronous reads cost a thread-pool round trip each
    async get(key) {
      try {
        return readFileSync(pathOf(key), "utf8");
      } catch {
        return null;
      }
    },
    async put(key, json) {
      writeEntry(pathOf(key), json);
    },
    openPack: (version) => openPacks(dir, version),
    startPack: (version) => packWriter(dir, version),
  };
}

// folders this thread has made, so each entry costs one write and one rename, not a mkdir too
const madeFolders = new Set<string>();
let writes = 0;

/** Writes one entry where `pathOf` says, atomically (temporary name, then rename). */
export function writeEntry(path: string, json: string): void {
  const folder = dirname(path);
  if (!madeFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
  }
  const temporary = `${path}.${process.pid}-${threadId}-${++writes}.tmp`;
  writeFileSync(temporary, json);
  renameSync(temporary, path);
}
