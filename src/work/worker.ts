// A worker thread of the per-article pool (Piscina): one file in, its result as packed JSON out
// (a string crosses between threads far cheaper than an object graph).
import type { ContentFile } from "../types.js";
import { processFile, type ArticleSettings } from "./file-work.js";
import { serializeResult } from "./pack.js";
import { writeEntry } from "./cache.js";

export interface WorkerTask {
  file: ContentFile;
  settings: ArticleSettings;
  /** where to store the result in the cache, null without one: the worker writes it, sparing the main thread */
  entry: string | null;
}

export interface WorkerReply {
  json: string;
  /** why the entry could not be written, null when it was (or there is no cache) */
  cacheError: string | null;
}

export default function work(task: WorkerTask): WorkerReply {
  const json = serializeResult(processFile(task.file, task.settings));
  if (!task.entry) return { json, cacheError: null };
  try {
    writeEntry(task.entry, json);
    return { json, cacheError: null };
  } catch (error) {
    return { json, cacheError: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}
