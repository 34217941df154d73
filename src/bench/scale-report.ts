// The scale bench's figures and table: pure functions over measured runs (tested in test/bench).
import type { OutputSizes, Stage } from "./scale-site.js";

export type BuildKind = "baseline" | "cold" | "warm" | "edit";
export const BUILD_KINDS: readonly BuildKind[] = ["baseline", "cold", "warm", "edit"];
const KIND_LABEL: Record<BuildKind, string> = {
  baseline: "plain Eleventy",
  cold: "briefing cold",
  warm: "briefing warm",
  edit: "briefing 1 edit",
};

export interface BuildResult {
  status: "ok" | "failed" | "timeout" | "skipped";
  /** why it failed or was skipped */
  note: string | null;
  exitCode: number | null;
  wallMs: number | null;
  /** a build killed at the time limit: how long it had run (its time is at least this) */
  killedAfterMs: number | null;
  peakRssMiB: number | null;
  articlesPerSecond: number | null;
  /** wall time over the plain Eleventy baseline's, same corpus, same run */
  ratioToBaseline: number | null;
  stages: Stage[];
  /** the tail of what a failed build printed */
  output: string | null;
}

export interface EditCheck {
  sourceFile: string;
  page: string;
  token: string;
  passed: boolean;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
}

export interface SizeResult {
  articles: number;
  corpus: { dir: string; reused: boolean; articles: number; bytes: number; megabytes: number; words: number };
  cacheFlag: boolean;
  builds: Record<BuildKind, BuildResult>;
  /** articles briefing published (after duplicates), from briefing.json */
  published: number | null;
  baselineFiles: number | null;
  output: OutputSizes | null;
  /** briefing.json of the warm build byte-identical to the cold build's */
  warmSameData: boolean | null;
  edit: EditCheck | null;
}

export interface Growth {
  kind: BuildKind;
  fromArticles: number;
  toArticles: number;
  timeRatio: number;
  /** the largest corpus's build was killed at the time limit: the growth is at least timeRatio */
  atLeast: boolean;
  /** log(time ratio) / log(articles ratio): 1 is linear, 2 quadratic */
  exponent: number | null;
}

const K = 1000;
const SIZE_SEPARATOR = /[,\s]+/;

/** "1000,10000", "1k, 10k", "10_000": the comma only separates sizes (so "1,000" is refused, not guessed). */
export function parseSizes(text: string): number[] {
  const sizes = text.replaceAll("_", "").split(SIZE_SEPARATOR).filter(Boolean).map(parseSize);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

function parseSize(part: string): number {
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(part);
  const value = match ? Number(match[1]) * (match[2] ? K : 1) : NaN;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--articles: "${part}" is not a whole number of articles`);
  return value;
}

export function ratio(value: number | null, base: number | null): number | null {
  return value === null || base === null || base <= 0 ? null : value / base;
}

export function perSecond(count: number, ms: number | null): number | null {
  return ms === null || ms <= 0 ? null : count / (ms / K);
}

/** Time growth of each kind of build from the smallest to the largest corpus measured. */
export function growth(results: SizeResult[]): Growth[] {
  const sorted = [...results].sort((a, b) => a.articles - b.articles);
  const small = sorted[0];
  const large = sorted[sorted.length - 1];
  if (!small || !large || small === large) return [];
  return BUILD_KINDS.flatMap((kind) => {
    const big = large.builds[kind];
    const timeRatio = ratio(big.status === "timeout" ? big.killedAfterMs : okWall(big), okWall(small.builds[kind]));
    if (timeRatio === null) return [];
    const articlesRatio = large.articles / small.articles;
    const exponent = articlesRatio > 1 ? Math.log(timeRatio) / Math.log(articlesRatio) : null;
    return [{ kind, fromArticles: small.articles, toArticles: large.articles, timeRatio, atLeast: big.status === "timeout", exponent }];
  });
}

function okWall(build: BuildResult): number | null {
  return build.status === "ok" ? build.wallMs : null;
}

// ---- the printed table ----

const group = (n: number) => Math.round(n).toLocaleString("en-US");
const fixed = (n: number | null, digits: number) => (n === null ? "-" : n.toFixed(digits));
const seconds = (ms: number | null) => (ms === null ? "-" : (ms / K).toFixed(1));

export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(0)} kB`;
  return `${bytes} B`;
}

export function formatMachine(m: Machine): string {
  return `machine: ${m.cpu} x ${m.cores}, ${m.memoryGiB.toFixed(1)} GiB, node ${m.node}, ${m.platform}`;
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
}

const BUILD_HEADER = ["build", "status", "wall s", "articles/s", "peak MiB", "x plain"];
const BUILD_WIDTHS = [16, 8, 8, 10, 8, 7];

function buildRow(kind: BuildKind, b: BuildResult): string {
  const status = b.status === "ok" ? "ok" : b.status;
  const line = row(
    [KIND_LABEL[kind], status, b.killedAfterMs === null ? seconds(b.wallMs) : `>${seconds(b.killedAfterMs)}`, fixed(b.articlesPerSecond, 1), fixed(b.peakRssMiB, 0), fixed(b.ratioToBaseline, 2)],
    BUILD_WIDTHS,
  );
  return b.note ? `${line}  (${b.note})` : line;
}

function stageLines(builds: Record<BuildKind, BuildResult>): string[] {
  const kinds: BuildKind[] = ["cold", "warm", "edit"];
  const names = [...new Set(kinds.flatMap((k) => builds[k].stages.map((s) => s.name)))];
  if (names.length === 0) return [];
  const ms = (k: BuildKind, name: string) => builds[k].stages.find((s) => s.name === name)?.ms ?? null;
  // beside wall time, the sum shows what process start-up and writing the JSON files cost
  const sum = (k: BuildKind) => (builds[k].stages.length ? builds[k].stages.reduce((t, s) => t + s.ms, 0) : null);
  const widths = [16, 10, 10, 10];
  return [
    row(["stage (ms)", "cold", "warm", "edit"], widths),
    ...names.map((name) => row([name, ...kinds.map((k) => fixed(ms(k, name), 0))], widths)),
    row(["sum of stages", ...kinds.map((k) => fixed(sum(k), 0))], widths),
  ];
}

function outputLines(r: SizeResult): string[] {
  const o = r.output;
  if (!o) return [];
  const file = (f: { path: string; bytes: number } | null) => (f ? `${formatBytes(f.bytes)} (${f.path})` : "-");
  return [
    `output: ${group(o.files)} files, ${formatBytes(o.bytes)}` + (r.baselineFiles === null ? "" : `; plain Eleventy wrote ${group(r.baselineFiles)}`),
    `  front page index.html ${o.index ? formatBytes(o.index.bytes) : "missing"}; largest HTML ${file(o.largestHtml)}; largest file ${file(o.largestFile)}`,
  ];
}

function checkLines(r: SizeResult): string[] {
  const lines: string[] = [];
  if (r.warmSameData !== null) lines.push(`warm build's briefing.json identical to cold: ${r.warmSameData ? "yes" : "NO"}`);
  if (r.edit) lines.push(`edit check: ${r.edit.passed ? "pass" : "FAIL"} (sentence appended to ${r.edit.sourceFile}, looked for on ${r.edit.page})`);
  return lines;
}

export function formatSize(r: SizeResult): string {
  const c = r.corpus;
  const published = r.published === null ? "" : `, ${group(r.published)} published`;
  return [
    `corpus: ${group(c.articles)} articles, ${c.megabytes.toFixed(2)} MB of text, ${group(c.words)} words${published} (${c.dir}${c.reused ? ", reused" : ""})`,
    row(BUILD_HEADER, BUILD_WIDTHS),
    ...BUILD_KINDS.map((k) => buildRow(k, r.builds[k])),
    ...stageLines(r.builds),
    ...outputLines(r),
    ...checkLines(r),
  ].join("\n");
}

export function formatGrowth(rows: Growth[]): string {
  if (rows.length === 0) return "";
  const first = rows[0]!;
  const head = `growth ${group(first.fromArticles)} -> ${group(first.toArticles)} articles (x${(first.toArticles / first.fromArticles).toFixed(1)}): wall time`;
  const bound = (g: Growth) => (g.atLeast ? "at least " : "");
  const parts = rows.map((g) => `${KIND_LABEL[g.kind]} ${bound(g)}x${g.timeRatio.toFixed(2)}${g.exponent === null ? "" : ` (exponent ${bound(g)}${g.exponent.toFixed(2)})`}`);
  return `${head}\n  ${parts.join("\n  ")}`;
}
