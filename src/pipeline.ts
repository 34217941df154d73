// The pipeline: content files in, Briefing and build report out. It reads as its table of stages;
// each stage is a pure function over the previous stage's data, and this file only sequences them,
// times them and collects messages. The per-article stages (decode, clean, extract) are one function
// of a file (work/file-work.ts), so they can run on worker threads and be cached; nothing after
// them calls back into them.
import type { ContentFile, InputRecord, Message } from "./types.js";
import { totalsOf, type Briefing, type BuildReport } from "./model/briefing.js";
import { CONFIG_FILE_NAMES, ConfigError, parseConfig, type BriefingConfig } from "./config.js";
import { decodeContentFiles } from "./ingest/decode.js";
import { redateArticle, type AnalysedArticle } from "./extract/index.js";
import { findDuplicates } from "./relate/duplicates.js";
import { articleIdFor } from "./model/ids.js";
import { datedArticle, relateArticles, relateDated, relateDatedBesidesTimeline, timelineInputs, type FirstRelations, type RelatedArticles } from "./relate/index.js";
import type { TimelineWork } from "./work/timeline-work.js";
import { assembleBriefing } from "./assemble/briefing.js";
import { processFile, type ArticleSettings, type FileResult } from "./work/file-work.js";

export interface PipelineResult {
  briefing: Briefing;
  report: BuildReport;
  config: BriefingConfig;
}

export interface PipelineOptions {
  /** label for the content folder, shown in the briefing */
  contentLabel?: string;
  /** told when each stage starts, for progress on the console */
  onStage?: (name: string) => void;
  /** builds the timeline elsewhere (work/timeline-work.ts) while this thread works out the topics; runPipelineWith only */
  timeline?: TimelineWork;
}

/** How the per-article work is done: in this thread by default; the CLI passes the cached worker pool. */
export type ArticleWork = (files: ContentFile[], settings: ArticleSettings) => Promise<{ results: FileResult[]; messages: Message[] }>;

/** Times each stage; the report lists them in order. */
class StageClock {
  readonly stages: { name: string; ms: number }[] = [];
  constructor(private readonly onStage: (name: string) => void = () => {}) {}
  run<T>(name: string, work: () => T): T {
    this.onStage(name);
    const started = performance.now();
    try {
      return work();
    } finally {
      this.record(name, started);
    }
  }
  async runAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.onStage(name);
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.record(name, started);
    }
  }
  private record(name: string, started: number): void {
    this.stages.push({ name, ms: Math.round((performance.now() - started) * 10) / 10 });
  }
}

interface Settings {
  config: BriefingConfig;
  settings: ArticleSettings;
  articleFiles: ContentFile[];
  inputs: InputRecord[];
  messages: Message[];
}

/** Stage "config": briefing.yaml read first, since the per-article work needs its zones. A broken config stops the build. */
function readSettings(files: ContentFile[]): Settings {
  const configs = files.filter((f) => CONFIG_FILE_NAMES.includes(f.path.toLowerCase()));
  if (configs.length > 1) {
    throw new ConfigError(`${configs.map((f) => f.path).join(" and ")} are both in the content folder: keep one of them (only one can hold the settings)`);
  }
  const configFile = configs[0];
  const rest = files.filter((f) => f !== configFile);
  if (!configFile) return { config: {}, settings: settingsOf({}), articleFiles: rest, inputs: [], messages: [] };
  const decoded = decodeContentFiles([configFile]);
  if (!decoded.config) {
    const reason = decoded.inputs[0]?.reason ?? "not readable as text";
    throw new ConfigError(`${configFile.path}: ${reason}. Save it as UTF-8 text (or remove it) and build again; its settings and overrides would otherwise be lost`);
  }
  const config = parseConfig(decoded.config.path, decoded.config.text);
  return { config, settings: settingsOf(config), articleFiles: rest, inputs: decoded.inputs, messages: decoded.messages };
}

/** briefing.yaml alone, checked as a build checks it: for a build that reuses the last build's data. */
export function readConfig(files: ContentFile[]): BriefingConfig {
  return readSettings(files).config;
}

function settingsOf(config: BriefingConfig): ArticleSettings {
  const publisherZones: Record<string, string> = {};
  for (const [name, entry] of Object.entries(config.publishers ?? {})) if (entry.timezone) publisherZones[name] = entry.timezone;
  return { timezone: config.timezone ?? null, publisherZones };
}

/** Every article of the per-article results, named: ids need every file's name at once. */
function nameArticles(results: FileResult[], inputs: InputRecord[], messages: Message[]): AnalysedArticle[] {
  const articles: AnalysedArticle[] = [];
  for (const r of results) {
    messages.push(...r.messages);
    if (r.article) articles.push(r.article);
    else if (r.record) inputs.push(r.record);
  }
  const ids = articleIdFor(articles.map((a) => a.article.sourceFile));
  for (const a of articles) a.id = ids.get(a.article.sourceFile)!;
  return articles;
}

/**
 * Stage "duplicates": identical and near copies reported and left out; a rewrite (another version with
 * sentences of its own) is published as an article of its own, linked to the article it rewrites, so
 * nothing it adds is lost. The rest published.
 */
function dropCopies(articles: AnalysedArticle[], inputs: InputRecord[]) {
  const found = findDuplicates(articles.map((a) => ({ id: a.id, article: a.article, copy: a.copy }))).duplicates;
  const copies = found.filter((d) => d.kind !== "rewrite");
  const rewriteOf = new Map(found.filter((d) => d.kind === "rewrite").map((d) => [d.file, d] as const));
  const folded = new Set(copies.map((d) => d.file));
  for (const d of copies) inputs.push({ file: d.file, status: "duplicate", duplicateOf: d.of, reason: `${d.kind} of ${d.ofFile}` });
  const unique = articles.filter((a) => !folded.has(a.article.sourceFile));
  const rewrites = new Map<string, string>();
  for (const a of unique) {
    const rewrite = rewriteOf.get(a.article.sourceFile);
    if (rewrite) rewrites.set(a.id, rewrite.of);
    inputs.push({
      file: a.article.sourceFile,
      status: "article",
      article: a.id,
      ...(rewrite ? { reason: `a rewrite of ${rewrite.ofFile}: published as its own article (it has sentences of its own), linked to it` } : {}),
    });
  }
  return { unique, duplicates: copies.map(({ file, of, kind }) => ({ file, of, kind })), rewrites };
}

/** The stages after the per-article work up to the dated articles: names, copies, first relations, redating. */
function relateFirst(read: Settings, results: FileResult[], clock: StageClock) {
  const inputs = [...read.inputs];
  const messages = [...read.messages];
  const articles = nameArticles(results, inputs, messages);
  const { unique, duplicates, rewrites } = clock.run("duplicates", () => dropCopies(articles, inputs));
  const first = clock.run("relate", () => relateArticles(unique, read.config, rewrites));
  const dated = clock.run("redate", () => unique.map((a) => datedArticle(redated(a, first), first)));
  return { inputs, messages, duplicates, rewrites, first, dated };
}

/** The briefing and the build report, from the relations. */
function assemble(files: ContentFile[], read: Settings, done: ReturnType<typeof relateFirst>, related: RelatedArticles, clock: StageClock, options: PipelineOptions): PipelineResult {
  const { config } = read;
  const { inputs, messages, duplicates, rewrites } = done;
  messages.push(...related.messages);
  const briefing = clock.run("assemble", () =>
    assembleBriefing(related, { title: config.title, contentLabel: options.contentLabel ?? "content", duplicates, rewrites }),
  );
  const inputOrder = new Map(files.map((f, i) => [f.path, i]));
  inputs.sort((a, b) => (inputOrder.get(a.file) ?? 0) - (inputOrder.get(b.file) ?? 0));
  return { briefing, report: { inputs, stages: clock.stages, warnings: messages, totals: totalsOf(briefing) }, config };
}

/** The stages after the per-article work: names, copies, relations, the briefing. */
function relateAndAssemble(files: ContentFile[], read: Settings, results: FileResult[], clock: StageClock, options: PipelineOptions): PipelineResult {
  const done = relateFirst(read, results, clock);
  const related = clock.run("timeline and topics", () => relateDated(done.dated, done.first, read.config));
  return assemble(files, read, done, related, clock, options);
}

/** The same, with the timeline built by `timeline` (on a thread of its own) while this thread works out the topics. */
async function relateAndAssembleWith(files: ContentFile[], read: Settings, results: FileResult[], clock: StageClock, options: PipelineOptions, timeline: TimelineWork): Promise<PipelineResult> {
  const done = relateFirst(read, results, clock);
  const related = await clock.runAsync("timeline and topics", async () => {
    const events = timeline(timelineInputs(done.dated, done.first));
    const rest = relateDatedBesidesTimeline(done.dated, done.first, read.config);
    return { ...rest, events: await events };
  });
  return assemble(files, read, done, related, clock, options);
}

/**
 * Stage "redate": an article dated by inference has its own date phrases read again against that date;
 * one left undated carries the bound its own dates set, as the evidence for its unknown date.
 */
function redated(a: AnalysedArticle, first: FirstRelations): AnalysedArticle {
  if (a.article.date) return a;
  const guess = first.inferred.get(a.id);
  if (!guess) {
    const bound = first.dateBounds.get(a.id);
    return bound ? { ...a, article: { ...a.article, dateEvidence: bound } } : a;
  }
  return redateArticle({ ...a, article: { ...a.article, date: guess.date, dateEvidence: guess.evidence } });
}

/** The per-article work's own steps, summed over files (thread time, not wall time). */
function articleStepTimes(results: FileResult[]): { name: string; ms: number }[] {
  const sum = (step: keyof FileResult["ms"]) => Math.round(results.reduce((s, r) => s + r.ms[step], 0));
  return (["decode", "clean", "extract"] as const).map((step) => ({ name: `${step} (summed over files)`, ms: sum(step) }));
}

/** The whole pipeline in this thread, without a cache: for tests and embedding. */
export function runPipeline(files: ContentFile[], options: PipelineOptions = {}): PipelineResult {
  const clock = new StageClock(options.onStage);
  const read = clock.run("config", () => readSettings(files));
  const results = clock.run("articles", () => read.articleFiles.map((f) => processFile(f, read.settings)));
  const result = relateAndAssemble(files, read, results, clock, options);
  result.report.articleSteps = articleStepTimes(results);
  return result;
}

/** The pipeline with the per-article work done by `work` (the CLI's worker pool and cache). */
export async function runPipelineWith(files: ContentFile[], work: ArticleWork, options: PipelineOptions = {}): Promise<PipelineResult> {
  const clock = new StageClock(options.onStage);
  const read = clock.run("config", () => readSettings(files));
  const done = await clock.runAsync("articles", () => work(read.articleFiles, read.settings));
  read.messages.push(...done.messages);
  const result = options.timeline
    ? await relateAndAssembleWith(files, read, done.results, clock, options, options.timeline)
    : relateAndAssemble(files, read, done.results, clock, options);
  result.report.articleSteps = articleStepTimes(done.results);
  return result;
}

export { CONFIG_FILE_NAMES };
