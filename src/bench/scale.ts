// `npm run bench -- --articles N[,M...]` (or `--scale` for 1,000 and 10,000): the whole product,
// as a user runs it, against plain Eleventy on the same articles, in the same run.
//
//   npm run bench -- --articles 1000,10000 [--json FILE] [--timeout MINUTES] [--corpus-dir DIR] [--keep]
//
// For each N: a corpus from ../shared/benchmarks/scale/make_corpus.py (kept in --corpus-dir, by default
// outside the repository, and reused); plain Eleventy over its Markdown copy; then briefing cold (fresh
// output, empty cache), warm (the same build again) and one edit (a sentence appended to one article of
// a copy of the content, then checked for on that article's page). Every build is a child process:
// wall time and peak RSS are the child's own.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, platform, release, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { killLiveChildrenOnInterrupt, runMeasured, type ChildRun } from "./child.js";
import { appendEdit, copyContent, ensureCorpus, type Corpus } from "./scale-corpus.js";
import {
  formatGrowth,
  formatMachine,
  formatSize,
  growth,
  parseSizes,
  perSecond,
  ratio,
  BUILD_KINDS,
  type BuildResult,
  type EditCheck,
  type Machine,
  type SizeResult,
} from "./scale-report.js";
import { hashFile, measureOutput, pageContains, pagePath, pickArticle, readArticles, readStages, type ArticleRef } from "./scale-site.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const BRIEFING_BIN = join(REPO, "bin", "briefing.js");
const ELEVENTY_BIN = join(REPO, "node_modules", ".bin", "eleventy");
const MAKE_CORPUS = join(REPO, "..", "shared", "benchmarks", "scale", "make_corpus.py");
const DEFAULT_SIZES = "1000,10000";
const DEFAULT_JSON = "bench-results.json";
const DEFAULT_TIMEOUT_MINUTES = 30;
const MS_PER_MINUTE = 60_000;
const BYTES_PER_MB = 1e6;
const BYTES_PER_GIB = 1024 ** 3;
const EXIT_ALL_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;

interface Context {
  root: string;
  timeoutMs: number;
  cacheFlag: boolean;
  keep: boolean;
}

function machine(): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? "unknown",
    cores: cores.length,
    memoryGiB: totalmem() / BYTES_PER_GIB,
    node: process.version,
    platform: `${platform()} ${release()}`,
  };
}

/** The on-disk cache is new: use --cache only once the CLI's help offers it. */
async function acceptsCacheFlag(): Promise<boolean> {
  const { stdout } = await promisify(execFile)(process.execPath, [BRIEFING_BIN, "--help"]);
  return stdout.includes("--cache");
}

function skipped(note: string): BuildResult {
  return { status: "skipped", note, exitCode: null, wallMs: null, killedAfterMs: null, peakRssMiB: null, articlesPerSecond: null, ratioToBaseline: null, stages: [], output: null };
}

const NOTE_CHARS = 200;

/** The line that says why: Node ends a crash with its version line, and warnings may come last. */
function errorLine(text: string): string | null {
  const lines = text.split("\n").filter((l) => l.trim() && !l.startsWith("Node.js v"));
  const line = lines.filter((l) => /error|heap|killed|cannot/i.test(l)).pop() ?? lines[lines.length - 1];
  return line?.trim().slice(0, NOTE_CHARS) ?? null;
}

function note(run: ChildRun, ctx: Context): string | null {
  if (run.status === "timeout") return `killed at the ${ctx.timeoutMs / MS_PER_MINUTE} min limit`;
  return run.status === "ok" ? null : `exit ${run.exitCode ?? run.signal}: ${errorLine(run.outputTail) ?? "no output"}`;
}

function toResult(run: ChildRun, ctx: Context, articles: number, baselineMs: number | null, stages: BuildResult["stages"]): BuildResult {
  const ok = run.status === "ok";
  return {
    status: run.status,
    note: note(run, ctx),
    exitCode: run.exitCode,
    // a killed or failed build's time is not a build time
    wallMs: ok ? run.wallMs : null,
    killedAfterMs: run.status === "timeout" ? run.wallMs : null,
    peakRssMiB: run.peakRssMiB,
    articlesPerSecond: ok ? perSecond(articles, run.wallMs) : null,
    ratioToBaseline: ok ? ratio(run.wallMs, baselineMs) : null,
    stages,
    output: ok ? null : run.outputTail,
  };
}

async function runBaseline(corpus: Corpus, ctx: Context): Promise<{ build: BuildResult; files: number | null }> {
  const out = join(corpus.plain, "out");
  await rm(out, { recursive: true, force: true });
  const run = await runMeasured({ args: [ELEVENTY_BIN, "--input=src", "--output=out", "--quiet"], cwd: corpus.plain, timeoutMs: ctx.timeoutMs });
  const files = run.status === "ok" ? (await measureOutput(out)).files : null;
  await rm(out, { recursive: true, force: true });
  const build = toResult(run, ctx, corpus.info.articles, run.wallMs, []);
  return { build: { ...build, ratioToBaseline: build.status === "ok" ? 1 : null }, files };
}

async function runBuild(args: string[], site: string, articles: number, baselineMs: number | null, ctx: Context): Promise<BuildResult> {
  const run = await runMeasured({ args, cwd: REPO, timeoutMs: ctx.timeoutMs });
  return toResult(run, ctx, articles, baselineMs, run.status === "ok" ? await readStages(site) : []);
}

/** Appends a fresh sentence to one article of the copy, rebuilds, and looks for it on that article's page. */
async function runEdit(
  article: ArticleRef,
  dirs: { content: string; site: string },
  build: () => Promise<BuildResult>,
): Promise<{ build: BuildResult; check: EditCheck }> {
  const token = `bxedit${randomBytes(4).toString("hex")}`;
  await appendEdit(join(dirs.content, article.sourceFile), token);
  const result = await build();
  // the page is looked up again after the edit, as the data of this build gives it
  const url = result.status === "ok" ? ((await readArticles(dirs.site)).find((a) => a.sourceFile === article.sourceFile)?.url ?? article.url) : article.url;
  const passed = result.status === "ok" && (await pageContains(dirs.site, url, token));
  const page = pagePath("", url);
  return { build: result, check: { sourceFile: article.sourceFile, page, token, passed } };
}

async function benchBriefing(corpus: Corpus, baselineMs: number | null, ctx: Context, work: string) {
  const dirs = { content: join(work, "content"), site: join(work, "site"), cache: join(work, "cache") };
  await copyContent(corpus, dirs.content);
  if (ctx.cacheFlag) await mkdir(dirs.cache);
  const args = [BRIEFING_BIN, "build", "--content", dirs.content, "--output", dirs.site, "--quiet", ...(ctx.cacheFlag ? ["--cache", dirs.cache] : [])];
  const build = () => runBuild(args, dirs.site, corpus.info.articles, baselineMs, ctx);
  const cold = await build();
  if (cold.status !== "ok") {
    const why = skipped("the cold build did not finish");
    return { cold, warm: why, edit: why, output: null, published: null, warmSameData: null, check: null };
  }
  const output = await measureOutput(dirs.site);
  const articles = await readArticles(dirs.site);
  const coldHash = await hashFile(join(dirs.site, "briefing.json"));
  const warm = await build();
  const warmSameData = warm.status === "ok" ? coldHash !== null && coldHash === (await hashFile(join(dirs.site, "briefing.json"))) : null;
  const article = pickArticle(articles);
  const edited = article ? await runEdit(article, dirs, build) : { build: skipped("no article was published"), check: null };
  return { cold, warm, edit: edited.build, output, published: articles.length, warmSameData, check: edited.check };
}

async function benchSize(articles: number, ctx: Context): Promise<SizeResult> {
  const corpus = await ensureCorpus(MAKE_CORPUS, ctx.root, articles);
  const baseline = await runBaseline(corpus, ctx);
  const work = await mkdtemp(join(ctx.root, `run-${articles}-`));
  try {
    const b = await benchBriefing(corpus, baseline.build.wallMs, ctx, work);
    const { info } = corpus;
    return {
      articles,
      corpus: { dir: corpus.dir, reused: corpus.reused, articles: info.articles, bytes: info.bytes, megabytes: info.bytes / BYTES_PER_MB, words: info.words },
      cacheFlag: ctx.cacheFlag,
      builds: { baseline: baseline.build, cold: b.cold, warm: b.warm, edit: b.edit },
      published: b.published,
      baselineFiles: baseline.files,
      output: b.output,
      warmSameData: b.warmSameData,
      edit: b.check,
    };
  } finally {
    if (!ctx.keep) await rm(work, { recursive: true, force: true });
  }
}

function allPassed(results: SizeResult[]): boolean {
  return results.every((r) => BUILD_KINDS.every((k) => r.builds[k].status === "ok") && r.edit?.passed === true && r.warmSameData !== false);
}

async function writeResults(file: string, data: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: "boolean", default: false },
      articles: { type: "string", default: DEFAULT_SIZES },
      json: { type: "string", default: DEFAULT_JSON },
      timeout: { type: "string", default: String(DEFAULT_TIMEOUT_MINUTES) },
      "corpus-dir": { type: "string", default: join(tmpdir(), "briefing-bench") },
      keep: { type: "boolean", default: false },
    },
  });
  const minutes = Number(values.timeout);
  if (!(minutes > 0)) throw new Error(`--timeout: "${values.timeout}" is not a number of minutes`);
  return { sizes: parseSizes(values.articles!), json: resolve(values.json!), minutes, root: resolve(values["corpus-dir"]!), keep: values.keep! };
}

export async function runScale(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (e) {
    console.error(`bench: ${(e as Error).message}`);
    return EXIT_USAGE;
  }
  await mkdir(options.root, { recursive: true });
  const ctx: Context = { root: options.root, timeoutMs: options.minutes * MS_PER_MINUTE, cacheFlag: await acceptsCacheFlag(), keep: options.keep };
  const host = machine();
  killLiveChildrenOnInterrupt();
  console.log(formatMachine(host));
  console.log(
    `builds: child processes, wall time and peak RSS each; time limit ${options.minutes} min; ` +
      (ctx.cacheFlag ? "cold = fresh output + empty --cache folder" : "the CLI has no --cache yet: cold and warm do the same work"),
  );
  const startedAt = new Date().toISOString();
  const results: SizeResult[] = [];
  const record = () => ({ startedAt, argv, machine: host, timeoutMinutes: options.minutes, cacheFlag: ctx.cacheFlag, sizes: results, growth: growth(results) });
  for (const articles of options.sizes) {
    console.log("");
    results.push(await benchSize(articles, ctx));
    console.log(formatSize(results[results.length - 1]!));
    // written after every size, so a long run that is stopped keeps what it measured
    await writeResults(options.json, record());
  }
  const grown = formatGrowth(growth(results));
  if (grown) console.log(`\n${grown}`);
  console.log(`\nresults: ${options.json}`);
  return allPassed(results) ? EXIT_ALL_OK : EXIT_SOME_FAILED;
}
