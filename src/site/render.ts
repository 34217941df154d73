// Renders a Briefing to a static site with Eleventy, rendering only what changed. Each page's view data is
// hashed together with everything that shapes its markup (templates, filters, styles, the page frame);
// a manifest in the output folder remembers the hash of every file the last build wrote. Eleventy is
// handed only the pages whose hash moved (the pagination arrays are filtered), its earlier output stays
// for the rest, and files of pages that no longer exist are removed: only files the manifest says we wrote.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { mkdir, readdir, readFile, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Briefing } from "../model/briefing.js";
import { dealPages, PROJECT_ROOT, runEleventy, startRenderThread, SITE_CONFIG_PATH, SITE_INPUT_DIR, type RenderShare } from "./eleventy-run.js";
import { searchIndexScript } from "./search.js";
import { buildSiteModel, type PageItem, type SiteModel, type TemplateName } from "./view.js";
import { LOCAL_SITE, type DeploySettings } from "../deploy.js";
import { robotsTxt, ROBOTS_FILE, sitemapFiles } from "./crawl.js";
import { forEachConcurrently } from "../concurrency.js";
import { hasFullTextIndex, PAGEFIND_FOLDER, writeFullTextIndex, type SearchIndexResult } from "./pagefind.js";

export interface RenderOptions {
  quiet?: boolean;
  /** where the site will be served (base URL, path prefix); default: nowhere in particular */
  deploy?: DeploySettings;
  /** a folder whose `_includes/` holds templates that replace ours of the same name (their markup is the user's) */
  theme?: string | null;
  /** write the full-text index (Pagefind) for the site served over http; default: for up to FULL_TEXT_AUTO_MAX_ARTICLES articles */
  fullTextSearch?: boolean;
  /** threads that render pages at most (default: one per core); each takes a share once there are RENDER_SHARE.minPages for it */
  threads?: number;
  /** pages to render before a second thread is started (default RENDER_SHARE.minPages) */
  minPagesPerThread?: number;
  /** pages one Eleventy run renders at most (default RENDER_SHARE.batchPages) */
  batchPages?: number;
}

/** When the changed pages are dealt out to more threads than this one. */
export const RENDER_SHARE = {
  /**
   * pages to render for each thread: a thread costs its own start and an Eleventy set-up per batch
   * (about half a second each), which only this many pages repay
   */
  minPages: 1_500,
  /**
   * pages one Eleventy run renders at most: Eleventy holds every page of a run until it ends (at
   * 10,000 articles, 20,000 pages and 500 MB of HTML). A run costs about half a second to start; at
   * 10,000 articles with two threads, batches of 1,000 took the build's peak from 1,433 MiB (batches
   * of 2,000) to 1,367 MiB for the same site time
   */
  batchPages: 1_000,
} as const;

export interface RenderResult {
  /** files the output folder holds afterwards */
  files: number;
  /** pages Eleventy rendered this time */
  rendered: number;
  /** their paths, from the site root */
  renderedPaths: string[];
  /** files of an earlier build removed because their page is gone */
  removed: number;
  /** milliseconds spent building the pages' data, hashing it against the manifest, in Eleventy, and writing the rest */
  ms: { model: number; hash: number; eleventy: number; write: number; search: number };
  /** the full-text index: written (pages, size), kept from the last build (null), or not written and why */
  search: SearchIndexResult | null;
}

/** Where the last build's files and their hashes are kept, in the output folder. */
export const MANIFEST_FILE = ".briefing-site.json";
/** Bumped when the manifest's meaning changes: an older manifest then counts as none. */
const MANIFEST_VERSION = 2;

/** Files copied as they are, by their path in the site. */
const STATIC_FILES: Record<string, string> = {
  "assets/style.css": join(SITE_INPUT_DIR, "assets", "style.css"),
  "assets/filter.js": join(SITE_INPUT_DIR, "assets", "filter.js"),
  "assets/search.js": join(SITE_INPUT_DIR, "assets", "search.js"),
  // the search page's engine: the same MiniSearch the index format comes from (src/site/search.ts)
  "assets/minisearch.js": join(PROJECT_ROOT, "node_modules", "minisearch", "dist", "umd", "index.js"),
};

/** Pages a sitemap leaves out: the search page has no content of its own, the 404 page is no address. */
const NOT_IN_SITEMAP: ReadonlySet<TemplateName> = new Set(["search", "notFound"]);

/** What, besides a page's own data, decides its markup: a change to any of these re-renders every page. */
const MARKUP_SOURCES = [SITE_CONFIG_PATH, join(PROJECT_ROOT, "dist", "site", "filters.js"), join(PROJECT_ROOT, "dist", "site", "links.js"),
  // the feeds, sitemap and robots.txt are written from the data by these
  join(PROJECT_ROOT, "dist", "site", "feeds.js"), join(PROJECT_ROOT, "dist", "site", "crawl.js"), join(PROJECT_ROOT, "dist", "deploy.js"),
  join(PROJECT_ROOT, "dist", "site", "markdown", "article-html.js"), join(PROJECT_ROOT, "dist", "site", "markdown", "actor-links.js"), join(PROJECT_ROOT, "package.json")];

interface Manifest {
  version: number;
  /** hash of the templates, filters and renderers the files were written with */
  templates: string;
  /** hash of the briefing and the templates together: the same means the same files */
  input: string;
  /** site path -> hash of what was written there */
  files: Record<string, string>;
  /** article id -> [hash of its body's inputs, the anchors the body carries] */
  bodies: Record<string, [string, string[]]>;
}

const sha1 = (text: string | Buffer) => createHash("sha1").update(text).digest("hex");

/** Writes the briefing's pages, stylesheet and scripts into outputDir, rendering only pages whose data changed. */
export async function renderSite(briefing: Briefing, outputDir: string, options: RenderOptions = {}): Promise<RenderResult> {
  const output = resolve(outputDir);
  await mkdir(output, { recursive: true });
  let clock = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - clock);
    clock = now;
    return ms;
  };
  const previous = await readManifest(output);
  const themeIncludes = options.theme ? join(resolve(options.theme), "_includes") : null;
  const templates = await templatesHash(themeIncludes);
  const deploy = options.deploy ?? LOCAL_SITE;
  // the same briefing rendered with the same templates for the same address gives the same files: when
  // they are all still there, nothing needs building (the page data of a large briefing takes seconds)
  const input = briefingHash(briefing, `${templates}\n${JSON.stringify(deploy)}`);
  if (previous?.input === input && Object.keys(previous.files).every((path) => existsSync(join(output, path)))) {
    const hashMs = lap();
    const search = await fullTextIndex(output, options, false, briefing.articles.length);
    const searchMs = lap();
    return { files: await countFiles(output), rendered: 0, renderedPaths: [], removed: 0, ms: { model: 0, hash: hashMs, eleventy: 0, write: 0, search: searchMs }, search };
  }
  // a body's anchors are known from the last build when neither the body's inputs nor its renderer changed
  const knownBodies = previous?.templates === templates ? previous.bodies : {};
  const model = buildSiteModel(briefing, (id, key) => (knownBodies[id]?.[0] === key ? knownBodies[id][1] : undefined), deploy);
  const modelMs = lap();
  const markup = sha1(`${templates}\n${JSON.stringify(model.common)}`);
  const files: Record<string, string> = {};
  const changed = {} as Record<TemplateName, PageItem[]>;
  let rendered = 0;
  for (const [template, pages] of Object.entries(model.pages) as [TemplateName, PageItem[]][]) {
    changed[template] = [];
    for (const page of pages) {
      const hash = sha1(markup + JSON.stringify(page));
      files[page.path] = hash;
      if (previous?.files[page.path] !== hash || !existsSync(join(output, page.path))) changed[template].push(page);
    }
    rendered += changed[template].length;
  }
  const bodies: Manifest["bodies"] = {};
  for (const [id, body] of model.bodies) bodies[id] = [body.key, body.anchors];
  const statics = await staticFiles(model, deploy);
  for (const [path, content] of statics) files[path] = sha1(content);
  // feeds are made and hashed one at a time after Eleventy (thousands of them): here their paths are kept
  for (const spec of model.feeds) files[spec.atom] = files[spec.json] = "";
  // the old manifest goes first: a build that fails half-way must not leave hashes for pages it never wrote
  await rm(join(output, MANIFEST_FILE), { force: true });
  const removed = await removeStale(output, previous, files);
  const hashMs = lap();
  if (rendered > 0) {
    // article bodies are rendered here, only for the pages being rendered (their hash holds the body's key)
    for (const page of changed.article as (PageItem & { id: string; bodyHtml?: string })[]) page.bodyHtml = model.bodies.get(page.id)?.html() ?? "";
    await renderShares({ output, common: model.common, pages: changed, quiet: options.quiet ?? true, themeIncludes }, rendered, options);
  }
  const eleventyMs = lap();
  await writeChanged(output, statics, previous, files);
  await writeFeeds(output, model, previous, files);
  await writeFile(join(output, MANIFEST_FILE), `${JSON.stringify({ version: MANIFEST_VERSION, templates, input, files, bodies } satisfies Manifest)}\n`);
  const writeMs = lap();
  const search = await fullTextIndex(output, options, rendered > 0 || removed > 0, briefing.articles.length);
  const searchMs = lap();
  const renderedPaths = Object.values(changed).flatMap((pages) => pages.map((page) => page.path));
  const fileCount = await countFiles(output);
  return { files: fileCount, rendered, renderedPaths, removed, ms: { model: modelMs, hash: hashMs, eleventy: eleventyMs, write: writeMs, search: searchMs }, search };
}

/**
 * Up to this many articles the full-text index is written by default. Pagefind indexes about 120
 * pages a second on two cores: 10,000 articles took it 151 s, more than the rest of the build, and it
 * cannot update an index after an edit. Above this the search page answers from the small index of
 * headlines, actors and topics, over http as from disk.
 */
export const FULL_TEXT_AUTO_MAX_ARTICLES = 2_000;

/** Whether the full-text index is written: as asked, else for collections up to FULL_TEXT_AUTO_MAX_ARTICLES. */
export const fullTextWanted = (asked: boolean | undefined, articles: number) => asked ?? articles <= FULL_TEXT_AUTO_MAX_ARTICLES;

/** Pagefind's index, written again when pages changed or it is missing; null when the last one still holds. */
async function fullTextIndex(output: string, options: RenderOptions, pagesChanged: boolean, articles: number): Promise<SearchIndexResult | null> {
  if (!fullTextWanted(options.fullTextSearch, articles)) {
    // an index of an earlier build would answer with pages that may be gone: ours to remove
    await rm(join(output, PAGEFIND_FOLDER), { recursive: true, force: true });
    const reason =
      options.fullTextSearch === false
        ? "not asked for (--no-full-text-search)"
        : `not written for more than ${FULL_TEXT_AUTO_MAX_ARTICLES.toLocaleString("en")} articles (it would cost about as much as the rest of the site); --full-text-search writes it`;
    return { indexed: false, reason };
  }
  if (!pagesChanged && hasFullTextIndex(output)) return null;
  return writeFullTextIndex(output);
}

/**
 * The changed pages in batches, on this thread and on as many more (up to `threads`) as there are
 * batches for: each runner takes the next batch when it is done with one.
 */
async function renderShares(all: RenderShare, rendered: number, options: RenderOptions): Promise<void> {
  const batches = dealPages(all.pages, options.batchPages ?? RENDER_SHARE.batchPages);
  const threads = Math.min(options.threads ?? availableParallelism(), Math.floor(rendered / (options.minPagesPerThread ?? RENDER_SHARE.minPages)), batches.length);
  let next = 0;
  const take = () => (next < batches.length ? { ...all, pages: batches[next++]! } : null);
  const here = async () => {
    for (let batch = take(); batch; batch = take()) await runEleventy(batch);
  };
  const elsewhere = async () => {
    const thread = startRenderThread();
    try {
      for (let batch = take(); batch; batch = take()) await thread.render(batch);
    } finally {
      await thread.close();
    }
  };
  // every runner is waited for, so that no thread is still writing when the build reports a failure
  const outcomes = await Promise.allSettled([here(), ...Array.from({ length: Math.max(0, threads - 1) }, elsewhere)]);
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
  if (failed) throw failed.reason;
}

async function readManifest(output: string): Promise<Manifest | null> {
  try {
    const manifest = JSON.parse(await readFile(join(output, MANIFEST_FILE), "utf8")) as Manifest;
    return manifest.version === MANIFEST_VERSION && typeof manifest.files === "object" && typeof manifest.bodies === "object" ? manifest : null;
  } catch {
    return null;
  }
}

/** Templates, filters, styles and the renderers of article bodies, hashed as one. */
async function templatesHash(themeIncludes: string | null = null): Promise<string> {
  const listed = async (dir: string) =>
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  const templates = [...(await listed(SITE_INPUT_DIR)), ...(themeIncludes && existsSync(themeIncludes) ? await listed(themeIncludes) : [])];
  const hash = createHash("sha1").update(`manifest ${MANIFEST_VERSION}\n`);
  for (const file of [...templates, ...MARKUP_SOURCES, ...Object.values(STATIC_FILES)]) hash.update(`${relative(PROJECT_ROOT, file)}\n`).update(await readFile(file));
  return hash.digest("hex");
}

/** The briefing's data with the templates' hash, hashed a record at a time (no one string of it all). */
function briefingHash(briefing: Briefing, templates: string): string {
  const hash = createHash("sha1").update(`${templates}\n`);
  for (const [key, value] of Object.entries(briefing)) {
    hash.update(`${key}\n`);
    if (Array.isArray(value)) for (const item of value) hash.update(JSON.stringify(item)).update("\n");
    else hash.update(JSON.stringify(value ?? null)).update("\n");
  }
  return hash.digest("hex");
}

/** The files written without Eleventy: assets as they are, the search index, robots.txt and the sitemap. */
async function staticFiles(model: SiteModel, deploy: DeploySettings): Promise<Map<string, string | Buffer>> {
  const contents = new Map<string, string | Buffer>();
  for (const [path, source] of Object.entries(STATIC_FILES)) contents.set(path, await readFile(source));
  contents.set("assets/search-index.js", searchIndexScript(model.search));
  contents.set(ROBOTS_FILE, robotsTxt(deploy));
  const pagePaths = (Object.entries(model.pages) as [TemplateName, PageItem[]][]).flatMap(([template, pages]) => (NOT_IN_SITEMAP.has(template) ? [] : pages.map((p) => p.path)));
  for (const [path, content] of sitemapFiles(deploy, pagePaths)) contents.set(path, content);
  return contents;
}

/** Feeds written at once: enough to keep the disk busy while the next are made, few enough for file handles. */
const FEED_WRITES_IN_FLIGHT = 16;

/** Each feed made from the data, hashed, and written when it differs from the last build's: a few at a time. */
async function writeFeeds(output: string, model: SiteModel, previous: Manifest | null, files: Record<string, string>): Promise<void> {
  // a handful of folders hold every feed (feeds/actors, …): each is made once
  const folders = new Map<string, Promise<unknown>>();
  const folderOf = (target: string) => {
    const folder = dirname(target);
    let made = folders.get(folder);
    if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
    return made;
  };
  await forEachConcurrently(model.feeds.length, FEED_WRITES_IN_FLIGHT, async (i) => {
    const spec = model.feeds[i]!;
    const { atom, json } = model.writeFeed(spec);
    for (const [path, content] of [[spec.atom, atom], [spec.json, json]] as const) {
      const hash = sha1(content);
      files[path] = hash;
      const target = join(output, path);
      if (previous?.files[path] === hash && existsSync(target)) continue;
      await folderOf(target);
      await writeFile(target, content);
    }
  });
}

async function writeChanged(output: string, contents: Map<string, string | Buffer>, previous: Manifest | null, files: Record<string, string>): Promise<void> {
  for (const [path, content] of contents) {
    const target = join(output, path);
    if (previous?.files[path] === files[path] && existsSync(target)) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

/** Removes the files the last build wrote that this build does not, and folders they leave empty. */
async function removeStale(output: string, previous: Manifest | null, current: Record<string, string>): Promise<number> {
  if (!previous) return 0;
  let removed = 0;
  for (const path of Object.keys(previous.files)) {
    if (path in current) continue;
    const target = resolve(output, path);
    // a manifest is data on disk: never follow it out of the output folder
    if (!target.startsWith(output + sep)) continue;
    await rm(target, { force: true });
    removed++;
    await removeEmptyFolders(output, dirname(target));
  }
  return removed;
}

async function removeEmptyFolders(output: string, folder: string): Promise<void> {
  for (let dir = folder; dir.startsWith(output + sep); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      return; // not empty (or already gone): the folders above are not empty either
    }
  }
}

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}
