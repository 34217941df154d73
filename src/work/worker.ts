// A worker thread of the per-article pool (Piscina): one file in, its result as packed JSON out
// (a string crosses between threads far cheaper than an object graph).
import type { ContentFile } from "../types.js";
import { processFile, type ArticleSettings } from "./file-work.js";
import { serializeResult } from "./pack.js";

export interface WorkerTask {
  file: ContentFile;
  settings: ArticleSettings;
}

export default function work(task: WorkerTask): string {
  return serializeResult(processFile(task.file, task.settings));
}
