// A worker thread of the per-article pool (Piscina): a batch of files in, each one's result as packed
// JSON out (a string crosses between threads far cheaper than an object graph).
import type { ContentFile } from "../types.js";
import { processFile, type ArticleSettings } from "./file-work.js";
import { serializeResult } from "./pack.js";
import { writeEntry } from "./cache.js";

export interface WorkerTask {
  files: {
    file: ContentFile;
    /** where to store the result in the cache, null without one: the worker writes it, sparing the main thread */
    entry: string | null;
  }[];
  settings: ArticleSettings;
}

export interface WorkerReply {
  /** one for each of the task's files, in its order */
  results: {
    json: string;
    /** why the entry could not be written, null when it was (or there is no cache) */
    cacheError: string | null;
  }[];
}

export default function work(task: WorkerTask): WorkerReply {
  return { results: task.files.map(({ file, entry }) => workOn(file, entry, task.settings)) };
}

function workOn(file: ContentFile, entry: string | null, settings: ArticleSettings): WorkerReply["results"][number] {
  const json = serializeResult(processFile(file, settings));
  if (!entry) return { json, cacheError: null };
  try {
    writeEntry(entry, json);
    return { json, cacheError: null };
  } catch (error) {
    return { json, cacheError: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}
