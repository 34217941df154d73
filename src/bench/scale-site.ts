// What a build left in its output folder: the stage times of report.json, the articles of
// briefing.json, and the sizes of the pages written.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export interface Stage {
  name: string;
  ms: number;
}

export interface SizedFile {
  path: string;
  bytes: number;
}

export interface OutputSizes {
  files: number;
  bytes: number;
  /** the front page */
  index: SizedFile | null;
  largestHtml: SizedFile | null;
  largestFile: SizedFile | null;
}

export interface ArticleRef {
  sourceFile: string;
  url: string;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function larger(a: SizedFile | null, b: SizedFile): SizedFile {
  return a && a.bytes >= b.bytes ? a : b;
}

export async function measureOutput(dir: string): Promise<OutputSizes> {
  const sizes: OutputSizes = { files: 0, bytes: 0, index: null, largestHtml: null, largestFile: null };
  for (const file of await listFiles(dir)) {
    const sized = { path: relative(dir, file).split(sep).join("/"), bytes: (await stat(file)).size };
    sizes.files++;
    sizes.bytes += sized.bytes;
    if (sized.path === "index.html") sizes.index = sized;
    if (sized.path.endsWith(".html")) sizes.largestHtml = larger(sizes.largestHtml, sized);
    sizes.largestFile = larger(sizes.largestFile, sized);
  }
  return sizes;
}

export async function readStages(output: string): Promise<Stage[]> {
  try {
    const report = JSON.parse(await readFile(join(output, "report.json"), "utf8")) as { stages?: Stage[] };
    return (report.stages ?? []).map((s) => ({ name: s.name, ms: s.ms }));
  } catch {
    return [];
  }
}

/** Only the two fields the bench needs; the rest of a 10,000-article briefing.json is dropped at once. */
export async function readArticles(output: string): Promise<ArticleRef[]> {
  const data = JSON.parse(await readFile(join(output, "briefing.json"), "utf8")) as { articles?: ArticleRef[] };
  return (data.articles ?? []).map((a) => ({ sourceFile: a.sourceFile, url: a.url }));
}

/** To tell whether a warm build gave the same data as the cold one. */
export async function hashFile(path: string): Promise<string | null> {
  try {
    return createHash("sha256").update(await readFile(path)).digest("hex");
  } catch {
    return null;
  }
}

/** The article whose file the bench edits: the middle one by file name, so the choice is stable. */
export function pickArticle(articles: ArticleRef[]): ArticleRef | null {
  const sorted = [...articles].sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0));
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

/** Page urls are relative to the site root; a folder url means its index.html. */
export function pagePath(output: string, url: string): string {
  const clean = url.replace(/^\/+/, "").split(/[?#]/)[0] ?? "";
  return join(output, clean === "" || clean.endsWith("/") ? `${clean}index.html` : clean);
}

export async function pageContains(output: string, url: string, needle: string): Promise<boolean> {
  try {
    return (await readFile(pagePath(output, url), "utf8")).includes(needle);
  } catch {
    return false;
  }
}
