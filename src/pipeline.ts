// The pipeline: content files in, Briefing and build report out. Each stage is a pure function
// over the previous stage's data; this file only sequences them, times them and collects messages.
import type { ContentFile, InputRecord, Message } from "./types.js";
import type { Briefing, BuildReport } from "./assemble/model.js";
import { CONFIG_FILE_NAMES, parseConfig, type BriefingConfig } from "./config.js";
import { decodeContentFiles } from "./ingest/decode.js";
import { cleanDocument } from "./clean/index.js";
import { extractArticle, redateArticle, type AnalysedArticle } from "./extract/index.js";
import { findDuplicates } from "./relate/duplicates.js";
import { articleIdFor } from "./assemble/ids.js";
import { relateArticles } from "./relate/index.js";
import { assembleBriefing } from "./assemble/briefing.js";

export interface PipelineResult {
  briefing: Briefing;
  report: BuildReport;
  config: BriefingConfig;
}

export interface PipelineOptions {
  /** label for the content folder, shown in the briefing */
  contentLabel?: string;
}

/** Times each stage; the report lists them in order. */
class StageClock {
  readonly stages: { name: string; ms: number }[] = [];
  run<T>(name: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.stages.push({ name, ms: Math.round((performance.now() - started) * 10) / 10 });
    }
  }
}

export function runPipeline(files: ContentFile[], options: PipelineOptions = {}): PipelineResult {
  const clock = new StageClock();
  const messages: Message[] = [];
  const inputs: InputRecord[] = [];

  const decoded = clock.run("ingest", () => decodeContentFiles(files));
  messages.push(...decoded.messages);
  inputs.push(...decoded.inputs);

  // a broken config stops the build (ConfigError propagates to the CLI)
  const config: BriefingConfig = decoded.config ? parseConfig(decoded.config.path, decoded.config.text) : {};
  if (decoded.config && !inputs.some((i) => i.file === decoded.config!.path)) {
    inputs.push({ file: decoded.config.path, status: "config" });
  }

  const cleaned = clock.run("clean", () =>
    decoded.documents.flatMap((doc) => {
      try {
        const timezone = doc.frontMatter.timezone ?? publisherZone(config, doc.frontMatter.publisher) ?? config.timezone ?? null;
        const result = cleanDocument(doc, { timezone });
        messages.push(...result.messages);
        const article = result.article;
        if (!article.timezone) article.timezone = publisherZone(config, article.publisher) ?? config.timezone ?? null;
        if (article.text.trim() === "") {
          inputs.push({ file: doc.sourceFile, status: "skipped", reason: "no article text left after cleaning (only headers, promos or boilerplate)" });
          return [];
        }
        return [article];
      } catch (error) {
        inputs.push({ file: doc.sourceFile, status: "skipped", reason: `could not be cleaned: ${(error as Error).message}` });
        messages.push({ file: doc.sourceFile, message: String((error as Error).stack ?? error), source: "clean", severity: "warning" });
        return [];
      }
    }),
  );

  const ids = articleIdFor(cleaned.map((a) => a.sourceFile));
  const dedup = clock.run("duplicates", () => findDuplicates(cleaned.map((a) => ({ id: ids.get(a.sourceFile)!, article: a }))));
  for (const d of dedup.duplicates) {
    inputs.push({ file: d.file, status: "duplicate", duplicateOf: d.of, reason: `${d.kind} of ${d.ofFile}` });
  }
  const unique = cleaned.filter((a) => !dedup.duplicates.some((d) => d.file === a.sourceFile));

  const extracted: AnalysedArticle[] = clock.run("extract", () =>
    unique.flatMap((article) => {
      const id = ids.get(article.sourceFile)!;
      try {
        return [extractArticle(id, article)];
      } catch (error) {
        inputs.push({ file: article.sourceFile, status: "skipped", reason: `extraction failed: ${(error as Error).message}` });
        messages.push({ file: article.sourceFile, message: String((error as Error).stack ?? error), source: "extract", severity: "warning" });
        return [];
      }
    }),
  );
  for (const a of extracted) inputs.push({ file: a.article.sourceFile, status: "article", article: a.id });

  const related = clock.run("relate", () => relateArticles(extracted, config, redateArticle));
  messages.push(...related.messages);

  const briefing = clock.run("assemble", () =>
    assembleBriefing(related, {
      title: config.title,
      contentLabel: options.contentLabel ?? "content",
      duplicates: dedup.duplicates.map(({ file, of, kind }) => ({ file, of, kind })),
    }),
  );

  const inputOrder = new Map(files.map((f, i) => [f.path, i]));
  inputs.sort((a, b) => (inputOrder.get(a.file) ?? 0) - (inputOrder.get(b.file) ?? 0));
  return { briefing, report: { inputs, stages: clock.stages, warnings: messages }, config };
}

function publisherZone(config: BriefingConfig, publisher: string | null | undefined): string | null {
  if (!publisher || !config.publishers) return null;
  return config.publishers[publisher]?.timezone ?? null;
}

export { CONFIG_FILE_NAMES };
