// The `briefing` command: the I/O edge. Reads the content folder, runs the pipeline, writes
// briefing.json, report.json and (for `build`) the site.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readContentFolder, ContentFolderError } from "./ingest/read.js";
import { runPipeline, type PipelineResult } from "./pipeline.js";
import { ConfigError } from "./config.js";

export const EXIT_OK = 0;
export const EXIT_CANNOT_RUN = 1;
export const EXIT_USAGE = 2;

const HELP = `briefing: turns a folder of news articles into a briefing website

Usage:
  briefing build   [--content DIR] [--output DIR] [--quiet]
  briefing extract [--content DIR] --json FILE [--quiet]
  briefing --help

Commands:
  build     read the articles, derive the briefing, write the site with
            briefing.json and report.json at its root
  extract   read the articles and write only the briefing data (no site)

Options:
  --content DIR   folder of articles (.txt; .md with optional YAML front matter;
                  saved .html pages), folders nested; an optional briefing.yaml
                  holds settings, topics and editorial overrides (default: content)
  --output DIR    where the site is written (default: _site)
  --json FILE     where extract writes the briefing data
  --quiet         print only warnings and errors
  -h, --help      show this help

Exit codes:
  0  built (also when some inputs were skipped: see report.json)
  1  the build could not run (unreadable content folder, broken briefing.yaml)
  2  bad usage (unknown command or option)
`;

interface Options {
  content: string;
  output: string;
  json: string | undefined;
  quiet: boolean;
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
  const options: Options = {
    content: values.content ?? "content",
    output: values.output ?? "_site",
    json: values.json,
    quiet: values.quiet ?? false,
  };
  if (command === "build") return build(options, log, error);
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

async function runOnFolder(options: Options, error: (line: string) => void): Promise<PipelineResult | null> {
  try {
    const { files, unreadable } = await readContentFolder(options.content);
    const result = runPipeline(files, { contentLabel: options.content });
    result.report.inputs.push(...unreadable);
    return result;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof ContentFolderError) {
      error(`briefing: the build could not run.\n${e.message}`);
      return null;
    }
    throw e;
  }
}

async function writeJson(path: string, data: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
}

async function build(options: Options, log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const started = performance.now();
  const result = await runOnFolder(options, error);
  if (!result) return EXIT_CANNOT_RUN;
  const output = resolve(options.output);
  const renderStarted = performance.now();
  const { renderSite } = await import("./site/render.js");
  await renderSite(result.briefing, output, { quiet: true });
  result.report.stages.push({ name: "site", ms: Math.round(performance.now() - renderStarted) });
  await writeJson(join(output, "briefing.json"), result.briefing);
  await writeJson(join(output, "report.json"), result.report);
  summarise(result, `${options.output}/`, performance.now() - started, options.quiet, log, error);
  return EXIT_OK;
}

async function extract(options: Options, log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const started = performance.now();
  const result = await runOnFolder(options, error);
  if (!result) return EXIT_CANNOT_RUN;
  await writeJson(options.json!, result.briefing);
  await writeJson(join(dirname(options.json!), "report.json"), result.report);
  summarise(result, options.json!, performance.now() - started, options.quiet, log, error);
  return EXIT_OK;
}

function summarise(
  result: PipelineResult,
  target: string,
  ms: number,
  quiet: boolean,
  log: (line: string) => void,
  error: (line: string) => void,
): void {
  const { briefing, report } = result;
  const count = (status: string) => report.inputs.filter((i) => i.status === status).length;
  for (const w of report.warnings.filter((w) => w.severity === "warning")) error(`warning: ${w.file ? `${w.file}: ` : ""}${w.message.split("\n")[0]}`);
  for (const i of report.inputs.filter((i) => i.status === "skipped")) error(`skipped: ${i.file}: ${i.reason}`);
  if (quiet) return;
  log(
    `briefing: ${briefing.articles.length} articles (${count("skipped")} skipped, ${count("duplicate")} duplicates), ` +
      `${briefing.actors.length} actors, ${briefing.topics.length} topics, ${briefing.quotes.length} quotes, ` +
      `${briefing.events.length} events -> ${target} in ${(ms / 1000).toFixed(1)} s`,
  );
  log(`stages: ${report.stages.map((s) => `${s.name} ${Math.round(s.ms)} ms`).join(", ")}`);
}
