// Runs the per-article work over every file: results from the cache where the file, the settings
// and the extractor are unchanged, the rest on a pool of worker threads (one per core), in file order.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { Piscina } from "piscina";
import type { ContentFile } from "../types.js";
import { processFile, type ArticleSettings, type FileResult } from "./file-work.js";
import { parseResult, serializeResult } from "./pack.js";
import { cacheKey, extractorVersion, type ResultCache } from "./cache.js";
import { PACK_POLICY, type CachePack, type PackWriter } from "./cache-pack.js";
import type { WorkerReply, WorkerTask } from "./worker.js";
import { forEachConcurrently } from "../concurrency.js";
import { chunk } from "../model/pages.js";

export interface WorkOptions {
  cache: ResultCache | null;
  /** worker threads; 1 runs everything on this thread */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** entries not in the cache's pack (or in it unasked for) before a new pack is written (default PACK_POLICY.staleEntries) */
  packAfter?: number;
}

export interface WorkOutcome {
  results: FileResult[];
  /** how many results came from the cache */
  cached: number;
  /** why results could not be stored in the cache (the build goes on without it), null when they were */
  cacheProblem: string | null;
}

/** Below this many files to work on, starting threads (each loads the language model) costs more than it saves. */
const MIN_FILES_FOR_POOL = 24;
/** Cache reads in flight at once. */
const READ_CONCURRENCY = 64;
/** The compiled worker, also when this module runs from src/ under the test runner (npm test compiles first). */
const WORKER_PATH = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "work", "worker.js");

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** One build's per-article work: the files, their cache keys, the results so far. */
interface Job {
  files: ContentFile[];
  settings: ArticleSettings;
  cache: ResultCache | null;
  keys: string[];
  /** the last build's pack of entries, let go once read from */
  pack: CachePack | null;
  /** the new pack being written, when this build writes one */
  packing: PackWriter | null;
  results: (FileResult | null)[];
  progress: () => void;
  /** the first reason an entry could not be cached */
  cacheProblem: string | null;
}

export async function processFiles(files: ContentFile[], settings: ArticleSettings, options: WorkOptions): Promise<WorkOutcome> {
  const cache = options.cache;
  const version = cache ? await extractorVersion() : "";
  let done = 0;
  const job: Job = {
    files,
    settings,
    cache,
    keys: files.map((f) => (cache ? cacheKey(f.path, f.bytes, settings, version) : "")),
    pack: (await cache?.openPack?.(version)) ?? null,
    packing: null,
    results: new Array(files.length).fill(null),
    progress: () => options.onProgress?.(++done, files.length),
    cacheProblem: null,
  };
  if (cache?.startPack && packIsStale(job.keys, job.pack, options.packAfter ?? PACK_POLICY.staleEntries)) job.packing = cache.startPack(version);
  try {
    const cached = cache ? await readCached(job, cache) : 0;
    job.pack = null;
    const missing = job.results.flatMap((r, i) => (r ? [] : [i]));
    const workers = Math.min(options.workers ?? defaultWorkers(), missing.length);
    if (workers > 1 && missing.length >= MIN_FILES_FOR_POOL) await workOnPool(job, missing, workers);
    else await workHere(job, missing);
    await job.packing?.finish().catch((error: NodeJS.ErrnoException) => noteCacheError(job, error.code ?? error.message));
    return { results: job.results as FileResult[], cached, cacheProblem: job.cacheProblem };
  } catch (error) {
    // a build that failed half-way leaves no half pack
    await job.packing?.abandon();
    throw error;
  }
}

/**
 * Whether a new pack is worth writing: enough of this build's entries are not in the last one, or enough
 * of its entries are no longer asked for, or some come from a pack a stopped build left unfinished.
 */
function packIsStale(keys: string[], pack: CachePack | null, staleEntries: number): boolean {
  if (pack?.unfinished) return true;
  const fromPack = pack ? keys.filter((key) => pack.has(key)).length : 0;
  const notInPack = keys.length - fromPack;
  const unasked = (pack?.size ?? 0) - fromPack;
  return notInPack + unasked >= staleEntries;
}

/** Results from the cache; a damaged entry is left to be worked out again (and overwritten). */
async function readCached(job: Job, cache: ResultCache): Promise<number> {
  let cached = 0;
  await forEachConcurrently(job.files.length, READ_CONCURRENCY, async (i) => {
    const key = job.keys[i]!;
    const json = job.pack?.get(key) ?? (await cache.get(key));
    if (json === null) return;
    let result: FileResult;
    try {
      result = parseResult(json);
    } catch {
      return; // worked out again below
    }
    // this build spent no time on it
    result.ms = { decode: 0, clean: 0, extract: 0 };
    job.results[i] = result;
    cached++;
    job.progress();
    await job.packing?.add(key, json);
  });
  return cached;
}

const noteCacheError = (job: Job, code: string) => {
  job.cacheProblem ??= `results could not be cached (${code}); the next build works them out again`;
};

/**
 * Files a worker is handed at once. One at a time (about 4 ms of work each at 10,000 articles), each
 * worker waited for its next file 10-20% of the time (the round trip through this thread); a batch
 * makes that wait once per batch, and is small enough that the last batches end close together.
 */
export const FILES_PER_TASK = 16;

/**
 * The files on worker threads, a batch at a time; each worker writes its own cache entries, this thread
 * only parses. While a new pack is written, an entry goes into the pack alone (cache-pack.ts).
 */
async function workOnPool(job: Job, missing: number[], workers: number): Promise<void> {
  const pool = new Piscina<WorkerTask, WorkerReply>({ filename: WORKER_PATH, minThreads: workers, maxThreads: workers });
  try {
    await Promise.all(
      chunk(missing, FILES_PER_TASK).map(async (batch) => {
        const files = batch.map((i) => ({ file: job.files[i]!, entry: job.cache && !job.packing ? job.cache.pathOf(job.keys[i]!) : null }));
        const reply = await pool.run({ files, settings: job.settings });
        for (const [n, i] of batch.entries()) {
          const { json, cacheError } = reply.results[n]!;
          job.results[i] = parseResult(json);
          if (cacheError) noteCacheError(job, cacheError);
          job.progress();
          await job.packing?.add(job.keys[i]!, json);
        }
      }),
    );
  } finally {
    await pool.destroy();
  }
}

/** The files on this thread, through the same packed round trip as a cached or pooled result, so every path gives the same data. */
async function workHere(job: Job, missing: number[]): Promise<void> {
  for (const i of missing) {
    const json = serializeResult(processFile(job.files[i]!, job.settings));
    job.results[i] = parseResult(json);
    if (!job.packing) await job.cache?.put(job.keys[i]!, json).catch((error: NodeJS.ErrnoException) => noteCacheError(job, error.code ?? error.message));
    job.progress();
    await job.packing?.add(job.keys[i]!, json);
  }
}

