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
import type { WorkerReply, WorkerTask } from "./worker.js";

export interface WorkOptions {
  cache: ResultCache | null;
  /** worker threads; 1 runs everything on this thread */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
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
/** Cache reads in flight at once: enough to keep the disk busy, few enough not to exhaust file handles. */
const READ_CONCURRENCY = 64;
/** The compiled worker, also when this module runs from src/ under the test runner (npm test compiles first). */
const WORKER_PATH = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "work", "worker.js");

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export async function processFiles(files: ContentFile[], settings: ArticleSettings, options: WorkOptions): Promise<WorkOutcome> {
  const total = files.length;
  const results: (FileResult | null)[] = new Array(total).fill(null);
  let done = 0;
  const progress = () => options.onProgress?.(++done, total);
  const version = options.cache ? await extractorVersion() : "";
  const keys = files.map((f) => (options.cache ? cacheKey(f.path, f.bytes, settings, version) : ""));

  let cached = 0;
  if (options.cache) {
    const cache = options.cache;
    await inBatches(files.length, READ_CONCURRENCY, async (i) => {
      const json = await cache.get(keys[i]!);
      if (json === null) return;
      try {
        const result = parseResult(json);
        // this build spent no time on it
        result.ms = { decode: 0, clean: 0, extract: 0 };
        results[i] = result;
        cached++;
        progress();
      } catch {
        // a damaged entry is worked out again and overwritten
      }
    });
  }

  const missing = results.flatMap((r, i) => (r ? [] : [i]));
  const workers = Math.min(options.workers ?? defaultWorkers(), missing.length);
  let cacheProblem: string | null = null;
  const noteCacheError = (code: string) => {
    cacheProblem ??= `results could not be cached (${code}); the next build works them out again`;
  };
  const store = (i: number, json: string) =>
    options.cache?.put(keys[i]!, json).catch((error: NodeJS.ErrnoException) => noteCacheError(error.code ?? error.message));
  const writes: Promise<void>[] = [];
  if (workers > 1 && missing.length >= MIN_FILES_FOR_POOL) {
    const pool = new Piscina<WorkerTask, WorkerReply>({ filename: WORKER_PATH, minThreads: workers, maxThreads: workers });
    const cache = options.cache;
    try {
      await Promise.all(
        missing.map(async (i) => {
          const reply = await pool.run({ file: files[i]!, settings, entry: cache ? cache.pathOf(keys[i]!) : null });
          results[i] = parseResult(reply.json);
          if (reply.cacheError) noteCacheError(reply.cacheError);
          progress();
        }),
      );
    } finally {
      await pool.destroy();
    }
  } else {
    for (const i of missing) {
      const json = serializeResult(processFile(files[i]!, settings));
      // the same round trip as a cached or pooled result, so every path gives the same data
      results[i] = parseResult(json);
      const write = store(i, json);
      if (write) writes.push(write);
      progress();
    }
  }
  await Promise.all(writes);
  return { results: results as FileResult[], cached, cacheProblem };
}

async function inBatches(count: number, concurrency: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}
