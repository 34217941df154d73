// `npm run bench` (or `npm run bench -- --micro`): how fast the pipeline runs, per stage, on a stated
// corpus, against a baseline measured in the same process (wink-nlp's own tokenise-and-tag pass over
// the same text, the floor any extraction built on it can reach).
//
//   npm run bench -- [--micro] [--content DIR] [--conll FILE] [--runs N] [--no-site]
//
// The default corpus is content/ plus, when it is there, the CoNLL-2003 dev file beside the
// repository (../shared/benchmarks/conll2003/eng.testa: 216 Reuters stories), read in place.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderSite } from "../site/render.js";
import type { Briefing } from "../model/briefing.js";
import type { ContentFile } from "../types.js";
import { decodeContentFiles } from "../ingest/decode.js";
import { cleanDocument } from "../clean/index.js";
import { extractArticle } from "../extract/index.js";
import { extractPhrases } from "../extract/phrases.js";
import { extractMentions } from "../extract/actors.js";
import { extractQuotes } from "../extract/quotes.js";
import { discoverTopics } from "../relate/topics.js";
import { parseArgs } from "node:util";
import { readContentFolder } from "../ingest/read.js";
import { runPipeline } from "../pipeline.js";
import { analyse, nlp } from "../nlp.js";
import { conllAsArticles } from "./corpus.js";

const DEFAULT_CONLL = "../shared/benchmarks/conll2003/eng.testa";

/** Issue 3's extraction on its own: the shared wink pass, name finding and quote attribution. */
function measureActorExtraction(files: ContentFile[], runs: number) {
  const texts = decodeContentFiles(files).documents.map((doc) => cleanDocument(doc, { timezone: null }).article.text);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    for (const text of texts) {
      const analysis = analyse(text);
      extractQuotes(text, analysis, extractMentions(text, analysis));
    }
    times.push(performance.now() - started);
  }
  return { ms: median(times), bytes };
}

/**
 * What topic extraction adds to extraction: key phrases (part of the extract stage) and topic
 * discovery (part of relate), against the rest of the extract stage, timed on the same articles.
 */
function measureTopicShare(files: ContentFile[], briefing: Briefing, runs: number) {
  const storyOf = new Map(briefing.articles.map((a) => [a.sourceFile, a.storyId]));
  const cleaned = decodeContentFiles(files)
    .documents.map((doc) => cleanDocument(doc, { timezone: null }).article)
    .filter((a) => storyOf.has(a.sourceFile));
  const extractTimes: number[] = [];
  const phraseTimes: number[] = [];
  const discoverTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    let started = performance.now();
    const extracted = cleaned.map((article, i) => extractArticle(`a${i}`, article));
    extractTimes.push(performance.now() - started);
    // phrases remember their work per analysis: time them on fresh analyses of the same texts
    const fresh = extracted.map((a) => {
      const analysis = analyse(a.article.text);
      return { text: a.article.text, analysis, mentions: extractMentions(a.article.text, analysis) };
    });
    started = performance.now();
    for (const a of fresh) extractPhrases(a.text, a.analysis, a.mentions);
    phraseTimes.push(performance.now() - started);
    started = performance.now();
    discoverTopics(
      extracted.map((a) => ({
        id: a.id,
        storyId: storyOf.get(a.article.sourceFile)!,
        text: a.article.text,
        analysis: a.analysis,
        terms: a.terms,
        phrases: a.phrases,
        occurrences: a.phraseOccurrences,
        mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, actor: null })),
      })),
      [],
    );
    discoverTimes.push(performance.now() - started);
  }
  const phrasesMs = median(phraseTimes);
  const discoverMs = median(discoverTimes);
  const restMs = median(extractTimes) - phrasesMs;
  return { phrasesMs, discoverMs, restMs, share: (phrasesMs + discoverMs) / restMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function runMicro(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      content: { type: "string", default: "content" },
      conll: { type: "string" },
      runs: { type: "string", default: "3" },
      "no-site": { type: "boolean", default: false },
    },
  });
  const runs = Math.max(1, Number(values.runs) || 3);
  const files = (await readContentFolder(values.content!)).files;
  const conllPath = values.conll ?? (existsSync(DEFAULT_CONLL) ? DEFAULT_CONLL : null);
  if (conllPath) files.push(...conllAsArticles(conllPath));
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const texts = files.map((f) => new TextDecoder().decode(f.bytes));
  console.log(`corpus: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB (${values.content}${conllPath ? ` + ${conllPath}` : ""})`);
  console.log(`runs: ${runs} of each, median reported; node ${process.version}, one core`);

  // warm-up: load the model and let the JIT settle, so neither side pays start-up costs
  const engine = nlp();
  for (const text of texts.slice(0, 20)) engine.readDoc(text);
  runPipeline(files.slice(0, 10));

  const baseline: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    for (const text of texts) engine.readDoc(text).tokens().out(engine.its.pos);
    baseline.push(performance.now() - started);
  }
  const stageRuns = new Map<string, number[]>();
  const totals: number[] = [];
  let articles = 0;
  let briefing: Briefing | null = null;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const result = runPipeline(files);
    totals.push(performance.now() - started);
    articles = result.briefing.articles.length;
    briefing = result.briefing;
    for (const stage of result.report.stages) stageRuns.set(stage.name, [...(stageRuns.get(stage.name) ?? []), stage.ms]);
  }
  const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
  const baselineMs = median(baseline);
  const totalMs = median(totals);
  console.log(`\nbaseline  wink-nlp readDoc + POS only: ${baselineMs.toFixed(0)} ms (${mbps(baselineMs)} MB/s)`);
  console.log(`pipeline  ${articles} articles: ${totalMs.toFixed(0)} ms (${mbps(totalMs)} MB/s), ${(totalMs / baselineMs).toFixed(2)}x baseline`);
  console.log("\nstage        median ms   MB/s");
  for (const [name, times] of stageRuns) {
    const ms = median(times);
    console.log(`${name.padEnd(12)} ${ms.toFixed(1).padStart(9)}   ${ms > 0 ? mbps(ms).padStart(6) : "     -"}`);
  }
  const extractMs = median(stageRuns.get("extract") ?? [0]);
  console.log(`\nextract stage (names, quotes, dates, events, key phrases): ${mbps(extractMs)} MB/s per core`);
  if (briefing) {
    const actors = measureActorExtraction(files, runs);
    console.log(
      `actors and quotes (wink pass + names + quotes, dates and phrases excluded): ${actors.ms.toFixed(0)} ms, ` +
        `${(actors.bytes / 1e6 / (actors.ms / 1000)).toFixed(2)} MB/s of cleaned text per core (target ≥ 1)`,
    );
    const share = measureTopicShare(files, briefing, runs);
    console.log(
      `topics: key phrases ${share.phrasesMs.toFixed(0)} ms + discovery ${share.discoverMs.toFixed(0)} ms = ` +
        `${(100 * share.share).toFixed(1)}% on top of the rest of extraction (${share.restMs.toFixed(0)} ms; target ≤ 20%)`,
    );
  }
  console.log(`peak memory (max RSS) after the pipeline: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

  if (briefing && !values["no-site"]) {
    // the site is rendered once: Eleventy's start-up and the disk writes dominate, repeats add little
    const out = await mkdtemp(join(tmpdir(), "briefing-bench-site-"));
    const started = performance.now();
    const { files: written } = await renderSite(briefing, out, { quiet: true });
    const ms = performance.now() - started;
    const pages = briefing.articles.length + briefing.actors.length + briefing.topics.length;
    console.log(`site      ${written} files (${pages} article, actor and topic pages) in ${ms.toFixed(0)} ms, ${(ms / Math.max(1, written)).toFixed(1)} ms a file (one run)`);
    console.log(`peak memory (max RSS) with the site: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
    await rm(out, { recursive: true, force: true });
  }
  return 0;
}

