// The `briefing` command: the I/O edge. Reads the content folder, runs the pipeline, writes
// briefing.json, report.json and (for `build`) the site.
import { mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readContentFolder, ContentFolderError } from "./ingest/read.js";
import { readConfig, runPipelineWith, type PipelineResult } from "./pipeline.js";
import { defaultWorkers, processFiles } from "./work/run.js";
import { startTimelineThread, TIMELINE_THREAD_MIN_ARTICLES } from "./work/timeline-work.js";
import { diskCache } from "./work/cache.js";
import { BRIEFING_FILE, buildKey, forgetBuild, priorBuild, recordBuild, StoredBriefingError } from "./work/prior-build.js";
import { progressLine } from "./progress.js";
import { writeJsonFile } from "./json-file.js";
import { outputProblem } from "./output-folder.js";
import { CONFIG_FILE_NAMES, ConfigError, type BriefingConfig } from "./config.js";
import type { BuildReport, StoredBriefing } from "./model/briefing.js";
import { DeployError, deploySettings, parseBaseUrl, parsePathPrefix } from "./deploy.js";

export const EXIT_OK = 0;
export const EXIT_CANNOT_RUN = 1;
export const EXIT_USAGE = 2;

const HELP = `briefing: turns a folder of news articles into a briefing website

Usage:
  briefing build   [--content DIR] [--output DIR] [--base-url URL] [--path-prefix /P/]
                   [--cache DIR | --no-cache] [--workers N] [--quiet]
                   [--full-text-search | --no-full-text-search] [--theme DIR]
  briefing serve   [--content DIR] [--output DIR] [--port N] [build options]
  briefing extract [--content DIR] --json FILE [--cache DIR | --no-cache] [--workers N] [--quiet]
  briefing --help

Commands:
  build     read the articles, derive the briefing, write the site with
            briefing.json and report.json at its root
  serve     build, then serve the site on http://127.0.0.1:PORT/ and rebuild
            it when the content folder (or its briefing.yaml) changes; open
            pages reload themselves. Ctrl-C stops it
  extract   read the articles and write only the briefing data (no site)

Options:
  --content DIR   folder of articles (.txt; .md with optional YAML front matter;
                  saved .html pages), folders nested; an optional briefing.yaml
                  holds settings, topics and editorial overrides (default: content)
  --output DIR    where the site is written (default: _site)
  --base-url URL  where the site will be served (https://example.org/): feeds,
                  sitemap.xml, canonical and Open Graph links use it; pages link
                  relatively either way (default: baseUrl in briefing.yaml, else
                  none: no absolute URLs, no sitemap)
  --path-prefix /P/  the folder under the base URL the site sits in (/briefing/);
                  also where 404.html links from (default: pathPrefix in
                  briefing.yaml, else /)
  --port N        the port serve listens on, on 127.0.0.1 (default: 8080; 0: any
                  free port)
  --json FILE     where extract writes the briefing data
  --cache DIR     where per-article results are kept between builds, by content
                  hash and extractor version, so a rebuild reads only what changed
                  (default: .briefing-cache beside the content folder)
  --no-cache      neither read nor write the cache
  --theme DIR     a folder whose _includes/ holds templates that replace ours of
                  the same name (it may be the content folder); templates are
                  code, so none are used unless you name their folder
  --full-text-search, --no-full-text-search
                  write (or not) the Pagefind full-text index that search uses
                  over http; by default it is written for up to 2,000 articles
                  (it costs about as much as the rest of the site beyond that)
  --workers N     threads for the per-article work and for rendering pages (default: one per core)
  --quiet         print only warnings and errors (no progress)
  -h, --help      show this help

Exit codes:
  0  built (also when some inputs were skipped: see report.json)
  1  the build could not run (unreadable content folder, broken briefing.yaml)
  2  bad usage (unknown command or option)
`;

export interface Options {
  content: string;
  output: string;
  json: string | undefined;
  quiet: boolean;
  /** null: no cache */
  cache: string | null;
  workers: number;
  /** as given on the command line (checked); briefing.yaml's are used when these are absent */
  baseUrl: string | undefined;
  pathPrefix: string | undefined;
  /** true/false as asked; undefined: automatic, by the collection's size */
  fullTextSearch: boolean | undefined;
  /** the folder whose _includes/ replaces our templates of the same name; null: ours only */
  theme?: string | null;
}

export async function main(argv: string[], log: (line: string) => void = console.log, error: (line: string) => void = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: "string" },
        output: { type: "string" },
        json: { type: "string" },
        quiet: { type: "boolean", default: false },
        cache: { type: "string" },
        "no-cache": { type: "boolean", default: false },
        workers: { type: "string" },
        "base-url": { type: "string" },
        "path-prefix": { type: "string" },
        "full-text-search": { type: "boolean" },
        theme: { type: "string" },
        "no-full-text-search": { type: "boolean" },
        port: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    error(`briefing: ${(e as Error).message}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    log(HELP);
    return EXIT_OK;
  }
  const command = positionals[0];
  if (positionals.length > 1) {
    error(`briefing: unexpected argument "${positionals[1]}"\n\n${HELP}`);
    return EXIT_USAGE;
  }
  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) {
    error(`briefing: --workers needs a whole number of threads, 1 or more (got "${values.workers}")\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (values.cache !== undefined && values["no-cache"]) {
    error(`briefing: --cache and --no-cache contradict each other; give one\n\n${HELP}`);
    return EXIT_USAGE;
  }
  for (const [flag, check] of [["base-url", parseBaseUrl], ["path-prefix", parsePathPrefix]] as const) {
    const value = values[flag];
    if (value === undefined) continue;
    try {
      check(value);
    } catch (e) {
      if (!(e instanceof DeployError)) throw e;
      error(`briefing: --${flag}: ${e.message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
  }
  const content = values.content ?? "content";
  const options: Options = {
    content,
    output: values.output ?? "_site",
    json: values.json,
    quiet: values.quiet ?? false,
    cache: values["no-cache"] ? null : resolve(values.cache ?? join(dirname(resolve(content)), DEFAULT_CACHE_NAME)),
    workers,
    baseUrl: values["base-url"],
    pathPrefix: values["path-prefix"],
    fullTextSearch: values["no-full-text-search"] ? false : values["full-text-search"] ? true : undefined,
    // templates are code: they are used only when the user names their folder, never because a
    // content folder received from someone else happens to carry an _includes/
    theme: values.theme !== undefined ? resolve(values.theme) : null,
  };
  if (options.theme && !existsSync(join(options.theme, "_includes"))) {
    error(`briefing: --theme ${values.theme} has no _includes/ folder: put the templates that replace ours in ${join(values.theme ?? "", "_includes")}/ (for example _includes/layouts/base.njk)\n\n${HELP}`);
    return EXIT_USAGE;
  }
  if (command === "build") return build(options, log, error);
  if (command === "serve") {
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      error(`briefing: --port needs a port number, 0 to 65535 (got "${values.port}")\n\n${HELP}`);
      return EXIT_USAGE;
    }
    const preview = await startPreview(options, port, log, error);
    if (typeof preview === "number") return preview;
    // runs until stopped: Ctrl-C (SIGINT) or SIGTERM closes the server and the watcher
    await new Promise<void>((done) => {
      const stop = () => void preview.close().then(done);
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return EXIT_OK;
  }
  if (command === "extract") {
    if (!options.json) {
      error(`briefing: extract needs --json FILE\n\n${HELP}`);
      return EXIT_USAGE;
    }
    return extract(options, log, error);
  }
  error(command ? `briefing: unknown command "${command}"\n\n${HELP}` : HELP);
  return EXIT_USAGE;
}

const DEFAULT_CACHE_NAME = ".briefing-cache";
const DEFAULT_PORT = 8080;

export interface Preview {
  url: string;
  /** resolves after each rebuild the watcher started, with its exit code */
  builds: number;
  onBuilt(listener: (code: number) => void): void;
  close(): Promise<void>;
}

/**
 * `briefing serve`: builds once, serves the output folder on 127.0.0.1:port with live reload, and rebuilds
 * on a change under the content folder. Returns the exit code instead when the first build cannot run.
 */
export async function startPreview(options: Options, port: number, log: (line: string) => void, error: (line: string) => void): Promise<Preview | number> {
  const first = await build(options, log, error);
  if (first !== EXIT_OK) return first;
  const { serveFolder, watchFolder } = await import("./site/serve.js");
  let server;
  try {
    server = await serveFolder(options.output, { port, liveReload: true });
  } catch (e) {
    error(`briefing: cannot serve on 127.0.0.1:${port}: ${(e as Error).message}. Choose another --port`);
    return EXIT_CANNOT_RUN;
  }
  const listeners: ((code: number) => void)[] = [];
  const preview: Preview = {
    url: server.url,
    builds: 0,
    onBuilt: (listener) => void listeners.push(listener),
    close: async () => {
      watcher.close();
      await server.close();
    },
  };
  const watcher = watchFolder(options.content, async () => {
    log("briefing: the content changed; rebuilding…");
    let code: number;
    try {
      code = await build(options, log, error);
    } catch (e) {
      // a failed rebuild leaves the last site served; the next change tries again
      error(`briefing: the rebuild failed: ${(e as Error).message}`);
      code = EXIT_CANNOT_RUN;
    }
    preview.builds++;
    if (code === EXIT_OK) server.reload();
    for (const listener of listeners) listener(code);
  });
  log(`briefing: serving ${options.output}/ at ${server.url} (live reload; Ctrl-C stops)`);
  return preview;
}

/** Where progress goes: stderr, unless --quiet or CI. */
function progressWriter(options: Options): ((text: string) => void) | null {
  return options.quiet || process.env.CI ? null : (text) => process.stderr.write(text);
}

/** Below this many files a build is over before a stage's name would tell anything. */
const MIN_FILES_TO_ANNOUNCE = 200;

/** Names each stage as it starts on a long build ("relate…"), so a quiet minute is not mistaken for a hang. */
function stageAnnouncer(options: Options, files: number): (name: string) => void {
  const write = progressWriter(options);
  if (!write || files < MIN_FILES_TO_ANNOUNCE) return () => {};
  return (name) => {
    if (name !== "articles" && name !== "config") write(`${name}…\n`);
  };
}

/** A run of the pipeline, or (`reused`) the last build's data in the output folder, made from the same inputs. */
type FolderRun =
  | {
      result: PipelineResult;
      /** the inputs' digest, to record with the output; null without a cache, and for extract */
      key: string | null;
      reused: false;
    }
  | { result: ReusedResult; key: string; reused: true };

/** The last build's report, and its briefing left on disk until the site needs it. */
interface ReusedResult {
  briefing: StoredBriefing;
  report: BuildReport;
  config: BriefingConfig;
}

async function runOnFolder(options: Options, error: (line: string) => void, reuseFrom: string | null = null): Promise<FolderRun | null> {
  try {
    const readStarted = performance.now();
    const { files, unreadable } = await readContentFolder(options.content);
    const readMs = Math.round(performance.now() - readStarted);
    const lostConfig = unreadable.find((u) => CONFIG_FILE_NAMES.includes(u.file.toLowerCase()));
    if (lostConfig) throw new ConfigError(`${lostConfig.file} ${lostConfig.reason}: its settings and overrides would be lost. Make it readable (or remove it) and build again`);
    const key = options.cache && reuseFrom ? await buildKey(files, unreadable, options.content) : null;
    const prior = key && reuseFrom ? await priorBuild(reuseFrom, key) : null;
    if (prior && key) {
      prior.report.stages = [{ name: "read", ms: readMs }, { name: "reuse (inputs unchanged)", ms: Math.round(performance.now() - readStarted - readMs) }];
      prior.report.cache = { enabled: true, hits: 0, misses: 0, reused: true };
      // the data is the last build's, but where the site is served may be set in briefing.yaml
      return { result: { ...prior, config: readConfig(files) }, key, reused: true as const };
    }
    const progress = progressLine("articles", progressWriter(options));
    const cache = options.cache ? diskCache(options.cache) : null;
    let hits = 0;
    let worked = 0;
    // started now, so that it has loaded by the time the articles are dated
    const timeline = files.length >= TIMELINE_THREAD_MIN_ARTICLES ? startTimelineThread() : null;
    const result = await runPipelineWith(
      files,
      async (articleFiles, settings) => {
        const outcome = await processFiles(articleFiles, settings, { cache, workers: options.workers, onProgress: progress.update });
        progress.end();
        hits = outcome.cached;
        worked = articleFiles.length - hits;
        const messages = outcome.cacheProblem ? [{ file: "", message: outcome.cacheProblem, source: "cache", severity: "warning" as const }] : [];
        return { results: outcome.results, messages };
      },
      { contentLabel: basename(resolve(options.content)), onStage: stageAnnouncer(options, files.length), timeline: timeline?.build },
    ).finally(() => timeline?.close());
    result.report.stages.unshift({ name: "read", ms: readMs });
    result.report.cache = { enabled: cache !== null, hits, misses: worked };
    result.report.inputs.push(...unreadable);
    return { result, key, reused: false as const };
  } catch (e) {
    if (e instanceof ConfigError || e instanceof ContentFolderError) {
      error(`briefing: the build could not run.\n${e.message}`);
      return null;
    }
    throw e;
  }
}

/**
 * Writes JSON, indented when it is small enough to read by eye: the briefing of a large collection
 * runs to hundreds of MB, and indentation alone adds half again to its size and its memory.
 */
async function writeJson(path: string, data: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeJsonFile(path, data);
}

async function build(options: Options, log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const started = performance.now();
  const problem = await outputProblem(options.content, options.output);
  if (problem) {
    error(`briefing: the build could not run.\n${problem}`);
    return EXIT_CANNOT_RUN;
  }
  const output = resolve(options.output);
  const run = await runOnFolder(options, error, output);
  if (!run) return EXIT_CANNOT_RUN;
  const { result } = run;
  if (!run.reused) await forgetBuild(output);
  if (result.report.totals.articles >= MIN_FILES_TO_ANNOUNCE) progressWriter(options)?.("site…\n");
  // the garbage of the stages before goes now, before the site's threads take heaps of their own
  (globalThis as { gc?: () => void }).gc?.();
  // briefing.json first: the threads that share the pages out read it from there
  const briefingFile = join(output, BRIEFING_FILE);
  if (!run.reused) await writeJson(briefingFile, run.result.briefing);
  const renderStarted = performance.now();
  const { renderSite } = await import("./site/render.js");
  const deploy = deploySettings(options.baseUrl ?? result.config.baseUrl, options.pathPrefix ?? result.config.pathPrefix);
  const site = await renderSite(result.briefing, output, { quiet: true, deploy, fullTextSearch: options.fullTextSearch, theme: options.theme ?? null, threads: options.workers, briefingFile, dataKey: run.key }).catch((e: unknown) => {
    if (e instanceof StoredBriefingError) return e;
    throw e;
  });
  if (site instanceof StoredBriefingError) {
    // only a reused build's briefing is read from disk: a fresh build has its own in memory
    error(`warning: the last build's data was to be reused, but ${site.message}: building afresh`);
    // with the record gone the build cannot reuse that data again, and records its own as usual
    await forgetBuild(output);
    return build(options, log, error);
  }
  const search = site.search === null ? { kept: true as const } : site.search.indexed ? { pages: site.search.pages, files: site.search.files, bytes: site.search.bytes } : { skipped: site.search.reason };
  result.report.site = { files: site.files, rendered: site.rendered, removed: site.removed, ms: site.ms, search };
  // a site without the full-text index still works (the search page falls back to its small index): a warning, not a failure
  if ("skipped" in search) error(`warning: full-text search (Pagefind) was not written: ${search.skipped}. The search page will search headlines, actors and topics only`);
  result.report.stages.push({ name: "site", ms: Math.round(performance.now() - renderStarted) });
  await writeJson(join(output, "report.json"), result.report);
  if (run.key && !run.reused) await recordBuild(output, run.key);
  summarise(result, `${options.output}/`, performance.now() - started, options.quiet, log, error);
  return EXIT_OK;
}

async function extract(options: Options, log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const started = performance.now();
  const run = await runOnFolder(options, error);
  if (!run) return EXIT_CANNOT_RUN;
  if (run.reused) throw new Error("extract never reuses a build's data");
  const { result } = run;
  await writeJson(options.json!, result.briefing);
  await writeJson(join(dirname(options.json!), "report.json"), result.report);
  summarise(result, options.json!, performance.now() - started, options.quiet, log, error);
  return EXIT_OK;
}

function summarise(
  result: { report: BuildReport },
  target: string,
  ms: number,
  quiet: boolean,
  log: (line: string) => void,
  error: (line: string) => void,
): void {
  const { report } = result;
  const { totals } = report;
  const count = (status: string) => report.inputs.filter((i) => i.status === status).length;
  const warnings = report.warnings.filter((w) => w.severity === "warning");
  printSome(warnings.map((w) => `warning: ${w.file ? `${w.file}: ` : ""}${w.message.split("\n")[0]}`), "warnings", error);
  printSome(report.inputs.filter((i) => i.status === "skipped").map((i) => `skipped: ${i.file}: ${i.reason}`), "skipped files", error);
  if (quiet) return;
  log(
    `briefing: ${totals.articles} articles (${count("skipped")} skipped, ${count("duplicate")} duplicates), ` +
      `${totals.actors} actors, ${totals.topics} topics, ${totals.quotes} quotes, ` +
      `${totals.events} events -> ${target} in ${(ms / 1000).toFixed(1)} s`,
  );
  if (report.cache?.reused) log("cache: no input changed since the last build: its data was reused");
  else if (report.cache?.enabled) log(`cache: ${report.cache.hits} articles read from the cache, ${report.cache.misses} worked out`);
  log(`stages: ${report.stages.map((s) => `${s.name} ${Math.round(s.ms)} ms`).join(", ")}`);
}

/** The console shows this many of a kind of message; report.json has them all. */
const MAX_PRINTED = 20;

function printSome(lines: string[], what: string, print: (line: string) => void): void {
  for (const line of lines.slice(0, MAX_PRINTED)) print(line);
  if (lines.length > MAX_PRINTED) print(`… and ${lines.length - MAX_PRINTED} more ${what}: see report.json`);
}
