// The per-article work as one pure function of a file: bytes and settings in, a serialisable result
// out (decode, clean, extract). Nothing later calls back into it, so it can run in a worker thread
// and its result can be cached by the file's content hash and the extractor's version.
import type { ContentFile, InputRecord, Message } from "../types.js";
import { decodeContentFiles } from "../ingest/decode.js";
import { cleanDocument, noArticleReason } from "../clean/index.js";
import { extractArticle, type AnalysedArticle } from "../extract/index.js";
import { analysisBound } from "../bounds.js";

/** What the per-article work needs to know of the build configuration. */
export interface ArticleSettings {
  /** zone for articles whose publisher has none (briefing.yaml `timezone`) */
  timezone: string | null;
  /** publisher name -> IANA zone (briefing.yaml `publishers`) */
  publisherZones: Record<string, string>;
}

export interface FileResult {
  file: string;
  /** the article found in the file, its id not yet given (ids need every file's name) */
  article: AnalysedArticle | null;
  /** what became of the file when it yields no article: skipped, asset, config */
  record: InputRecord | null;
  messages: Message[];
  /** milliseconds each step took on this file */
  ms: { decode: number; clean: number; extract: number };
}

const zoneOf = (settings: ArticleSettings, publisher: string | null | undefined) =>
  (publisher ? settings.publisherZones[publisher] : undefined) ?? null;

export function processFile(file: ContentFile, settings: ArticleSettings): FileResult {
  const ms = { decode: 0, clean: 0, extract: 0 };
  const result: FileResult = { file: file.path, article: null, record: null, messages: [], ms };
  let started = performance.now();
  const decoded = decodeContentFiles([file]);
  ms.decode = performance.now() - started;
  result.messages.push(...decoded.messages);
  result.record = decoded.inputs[0] ?? null;
  const doc = decoded.documents[0];
  if (!doc) return result;

  started = performance.now();
  let cleaned;
  try {
    const timezone = doc.frontMatter.timezone ?? zoneOf(settings, doc.frontMatter.publisher) ?? settings.timezone;
    const outcome = cleanDocument(doc, { timezone });
    result.messages.push(...outcome.messages);
    cleaned = outcome.article;
    if (!cleaned.timezone) cleaned.timezone = zoneOf(settings, cleaned.publisher) ?? settings.timezone;
  } catch (error) {
    return failed(result, "clean", "could not be cleaned", error);
  } finally {
    ms.clean = performance.now() - started;
  }
  const empty = noArticleReason(cleaned);
  if (empty) {
    result.record = { file: file.path, status: "skipped", reason: empty };
    return result;
  }

  started = performance.now();
  try {
    result.article = extractArticle("", cleaned);
    const bound = analysisBound(cleaned.text);
    if (bound) result.messages.push({ file: file.path, message: bound, source: "extract:bound", severity: "warning" });
  } catch (error) {
    return failed(result, "extract", "extraction failed", error);
  } finally {
    ms.extract = performance.now() - started;
  }
  return result;
}

function failed(result: FileResult, stage: string, what: string, error: unknown): FileResult {
  const message = (error as Error).message ?? String(error);
  result.record = { file: result.file, status: "skipped", reason: `${what}: ${message}` };
  // the message only: a stack trace would publish the build machine's paths in report.json
  result.messages.push({ file: result.file, message: `${what}: ${message}`, source: stage, severity: "warning" });
  result.article = null;
  return result;
}
