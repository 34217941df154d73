// `npm run eval -- extraction DIR [--floors]`: article bodies taken out of saved HTML pages, scored against
// the Zyte/Scrapinghub article extraction benchmark (DIR/ground-truth.json, DIR/html/<id>.html.gz). Each page
// goes through the build's own per-article work (`processFile`: decode, Readability, cleaning), so the figure
// is what a user who drops the page into a content folder gets. The metric is the benchmark's, as its
// SOURCE.md describes it: word-token 4-gram shingles, matched as multisets per page, each page weighing the
// same; precision and recall are means over pages, F1 is of the two means. --floors fails (exit 1) below the
// recorded floors. Readability's own text (no block writing, no cleaning) is scored beside it for reference.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { processFile } from "../work/file-work.js";

/** The development figures a change must not lose (the even-indexed pages; the odd ones are held out). */
export const EXTRACTION_FLOORS: Record<string, number> = {
  F1: 0.97,
  precision: 0.95,
  recall: 0.98,
};

/** Tokens of length 4 make one shingle (the benchmark's n). */
const SHINGLE_SIZE = 4;

/** Word tokens as the benchmark's `\w+` (Unicode) finds them: letters, digits and underscores, case kept. */
export function tokensOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Shingles of a token list with their counts; a list shorter than a shingle is one shingle, an empty one none. */
export function shinglesOf(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const starts = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < starts && tokens.length > 0; i++) {
    // U+0001 cannot occur inside a token, so joined shingles never collide
    const key = tokens.slice(i, i + SHINGLE_SIZE).join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageMatch {
  /** shares of the page's shingles matched, predicted in excess and missed: they sum to 1 (or are all 0) */
  tp: number;
  fp: number;
  fn: number;
}

/** One page's shingle match, normalised so that every page weighs the same in the means. */
export function matchPage(predicted: string, gold: string): PageMatch {
  const ours = shinglesOf(tokensOf(predicted));
  const theirs = shinglesOf(tokensOf(gold));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...ours.keys(), ...theirs.keys()])) {
    const p = ours.get(key) ?? 0;
    const g = theirs.get(key) ?? 0;
    tp += Math.min(p, g);
    fp += Math.max(0, p - g);
    fn += Math.max(0, g - p);
  }
  const total = tp + fp + fn;
  return total === 0 ? { tp, fp, fn } : { tp: tp / total, fp: fp / total, fn: fn / total };
}

const pagePrecision = (m: PageMatch) => (m.fp === 0 && m.fn === 0 ? 1 : m.tp / (m.tp + m.fp));
const pageRecall = (m: PageMatch) => (m.fp === 0 && m.fn === 0 ? 1 : m.tp / (m.tp + m.fn));
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Mean precision over pages that predict something, mean recall over pages whose gold has something, F1 of the two. */
export function scoreMatches(matches: PageMatch[]): { precision: number; recall: number; F1: number } {
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map(pagePrecision));
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map(pageRecall));
  const F1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, F1 };
}

/** The benchmark's accuracy: the predicted token sequence is the gold one exactly. */
export function sameTokens(predicted: string, gold: string): boolean {
  const a = tokensOf(predicted);
  const b = tokensOf(gold);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** The body a build publishes for one saved page: the article page's text, or nothing when the page is skipped. */
function buildBody(id: string, html: Uint8Array): string {
  const result = processFile({ path: `${id}.html`, bytes: html }, { timezone: null, publisherZones: {} });
  return result.article?.article.text ?? "";
}

/** Readability's own text of the page, for reference: what the build starts from before writing blocks and cleaning. */
function readabilityText(html: Uint8Array): string {
  const { document } = parseHTML(new TextDecoder().decode(html));
  try {
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? "";
  } catch {
    return "";
  }
}

interface Scored {
  precision: number;
  recall: number;
  F1: number;
  accuracy: number;
}

function score(pairs: { predicted: string; gold: string }[]): Scored {
  const figures = scoreMatches(pairs.map((p) => matchPage(p.predicted, p.gold)));
  const exact = pairs.filter((p) => sameTokens(p.predicted, p.gold)).length;
  return { ...figures, accuracy: pairs.length ? exact / pairs.length : 0 };
}

const line = (label: string, s: Scored) =>
  `${label.padEnd(18)} F1 ${s.F1.toFixed(3)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  accuracy ${s.accuracy.toFixed(3)}`;

export async function main(args: string[]): Promise<number> {
  const dir = args.find((a) => !a.startsWith("--"));
  const floors = args.includes("--floors");
  const truthPath = dir ? join(dir, "ground-truth.json") : "";
  if (!dir || !existsSync(truthPath) || !existsSync(join(dir, "html"))) {
    console.error("usage: eval extraction <folder with ground-truth.json and html/, e.g. ../shared/benchmarks/article-extraction-benchmark> [--floors]");
    return 2;
  }
  const truth = JSON.parse(await readFile(truthPath, "utf8")) as Record<string, { articleBody: string }>;
  const ours: { predicted: string; gold: string }[] = [];
  const reader: { predicted: string; gold: string }[] = [];
  let missing = 0;
  const started = performance.now();
  for (const [id, { articleBody }] of Object.entries(truth)) {
    const path = join(dir, "html", `${id}.html.gz`);
    if (!existsSync(path)) {
      missing++;
      continue;
    }
    const html = new Uint8Array(gunzipSync(await readFile(path)));
    ours.push({ predicted: buildBody(id, html), gold: articleBody });
    reader.push({ predicted: readabilityText(html), gold: articleBody });
  }
  const seconds = (performance.now() - started) / 1000;
  const figures = score(ours);
  const empty = ours.filter((p) => tokensOf(p.predicted).length === 0).length;
  console.log(`extraction ${dir}: ${ours.length} pages${missing ? ` (${missing} in ground-truth.json without a page)` : ""}, ${empty} with no body, ${seconds.toFixed(1)} s`);
  console.log(line("build (per article)", figures));
  console.log(line("Readability alone", score(reader)));
  if (!floors) return 0;
  const measured: Record<string, number> = { ...figures };
  const below = Object.entries(EXTRACTION_FLOORS).filter(([name, floor]) => !(measured[name]! >= floor));
  for (const [name, floor] of below) console.error(`below the floor: ${name} ${measured[name]} < ${floor}`);
  return below.length ? 1 : 0;
}
