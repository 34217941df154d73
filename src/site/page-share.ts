// One share of the site's pages (view.ts PageShare), built, hashed and rendered by one thread: at 10,000
// articles building every page's data and hashing it took 10 s on one thread while the other core
// waited; now each thread builds, hashes and renders its own share, and only share 0 (this thread)
// writes what covers the whole site (the manifest, the search index, the sitemap). A share on another
// thread reads the briefing itself (briefing.json, or a copy sent as text). The shares each key the
// bodies of their own article pages (rendering those whose anchors the manifest does not keep) and
// trade the anchors, so no body is keyed or rendered twice.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import type { Briefing } from "../model/briefing.js";
import type { DeploySettings } from "../deploy.js";
import { PROJECT_ROOT, runEleventy } from "./eleventy-run.js";
import { planSite, renderOwnBodies, TEMPLATES, type KnownAnchors, type PageItem, type PageMaker, type PageShare, type SitePlan, type TemplateName } from "./view.js";

/** Pages a sitemap leaves out: the search page has no content of its own, the 404 page is no address. */
const NOT_IN_SITEMAP: ReadonlySet<TemplateName> = new Set(["search", "notFound"]);

/** article id -> [hash of its body's inputs, the anchors the body carries] */
export type KnownBodies = Record<string, [string, string[]]>;

/** What a thread needs to build, hash and render its share: all of it plain data, sent as JSON. */
export interface ShareJob {
  share: PageShare;
  output: string;
  deploy: DeploySettings;
  /** hash of the templates, filters and renderers (render.ts templatesHash) */
  templates: string;
  /** site path -> hash of what the last build wrote there */
  previousFiles: Record<string, string>;
  /** bodies whose anchors are known from the last build */
  knownBodies: KnownBodies;
  quiet: boolean;
  themeIncludes: string | null;
  /** pages one Eleventy run renders at most */
  batchPages: number;
  /** the shares each key (and render, unless known) their own articles' bodies and trade the anchors (planTradingShare) */
  tradeBodies?: boolean;
}

export interface ShareOutcome {
  /** site path -> hash, for the share's pages and feeds */
  files: Record<string, string>;
  /** the share's pages a sitemap lists */
  sitemapPaths: string[];
  /** the pages rendered this time */
  renderedPaths: string[];
}

export const sha1 = (text: string | Buffer) => createHash("sha1").update(text).digest("hex");

/** A share planned (its bodies' anchors known, its pages still to be made), not yet rendered. */
export interface PlannedShare {
  plan: SitePlan;
  job: ShareJob;
}

/** The anchors the last build's body of an article carried, when the body is made of the same again (its key). */
const knownAnchorsOf = (known: KnownBodies): KnownAnchors => (id, key) => (known[id]?.[0] === key ? known[id][1] : undefined);

export function planShare(briefing: Briefing, job: ShareJob): PlannedShare {
  return { plan: planSite(briefing, knownAnchorsOf(job.knownBodies), job.deploy, job.share), job };
}

/** Hands this share's bodies over and resolves with every share's (render.ts BodyTrade, across threads). */
export type TradeBodies = (own: KnownBodies) => Promise<KnownBodies>;

/**
 * A share planned with the other shares: it keys the bodies of its own article pages (rendering those
 * the last build did not know), trades their anchors for the other shares', and plans its pages with all
 * of them. Every share starts at once and does its part of the bodies.
 */
export async function planTradingShare(briefing: Briefing, job: ShareJob, trade: TradeBodies): Promise<PlannedShare> {
  const known = knownAnchorsOf(job.knownBodies);
  const own = renderOwnBodies(briefing, job.share, known);
  const offered: KnownBodies = {};
  for (const [id, body] of own.bodies) offered[id] = [body.key, body.anchors];
  const all = await trade(offered);
  // (a body no share offered, its thread having failed, is keyed here against the last build's too)
  return { plan: planSite(briefing, known, job.deploy, job.share, (id) => all[id], own), job };
}

/**
 * Each page of the share made, hashed against the last build and let go, unless it changed: the
 * changed ones are rendered a batch at a time on this thread, so no more than a batch of pages is
 * held at once. Then the share's feeds are written.
 */
export async function renderPlannedShare({ plan, job }: PlannedShare): Promise<ShareOutcome> {
  const markup = `${job.templates}\n${JSON.stringify(plan.common)}`;
  const files: Record<string, string> = {};
  const sitemapPaths: string[] = [];
  const renderedPaths: string[] = [];
  let batch = emptyBatch();
  let held = 0;
  const collector = new GarbageCollector();
  const flush = async () => {
    // article bodies are rendered only for the pages being rendered (their hash holds the body's key)
    for (const page of batch.article as (PageItem & { id: string; bodyHtml?: string })[]) page.bodyHtml = plan.bodies.get(page.id)?.html() ?? "";
    await runEleventy({ output: job.output, common: plan.common, pages: batch, quiet: job.quiet, themeIncludes: job.themeIncludes, templates: job.templates });
    batch = emptyBatch();
    held = 0;
    // a batch's pages, Eleventy's run and their HTML are garbage now: collected once they add up
    collector.afterBatch();
  };
  for (const [template, makers] of Object.entries(plan.pages) as [TemplateName, PageMaker[]][]) {
    for (const make of makers) {
      const page = make();
      const hash = createHash("sha1").update(markup).update(JSON.stringify(page)).digest("hex");
      files[page.path] = hash;
      if (!NOT_IN_SITEMAP.has(template)) sitemapPaths.push(page.path);
      if (job.previousFiles[page.path] === hash && existsSync(join(job.output, page.path))) continue;
      batch[template].push(page);
      renderedPaths.push(page.path);
      if (++held >= job.batchPages) await flush();
    }
  }
  if (held > 0) await flush();
  writeFeeds(job.output, plan, job.previousFiles, files);
  return { files, sitemapPaths, renderedPaths };
}

/**
 * A full collection once a thread's heap has grown by GARBAGE_ALLOWANCE_MB since the last one (when the
 * build exposes gc: heap.ts). Left to itself V8 let each thread's heap grow to about twice its live data
 * while rendering. Rendering a 10k site on two threads (the site stage alone, two runs each), peak
 * memory: no collection 1,410 MiB; allowance 200 MB 1,335; 100 MB 1,135; a collection after every batch
 * 1,035. The time moved less than it varies between runs (32-52 s); a collection takes about 0.35 s.
 */
const GARBAGE_ALLOWANCE_MB = 100;

class GarbageCollector {
  private readonly gc = (globalThis as { gc?: () => void }).gc;
  private live = 0;
  afterBatch(): void {
    if (!this.gc) return;
    const used = getHeapStatistics().used_heap_size;
    if (this.live > 0 && used < this.live + GARBAGE_ALLOWANCE_MB * 2 ** 20) return;
    this.gc();
    this.live = getHeapStatistics().used_heap_size;
  }
}

const emptyBatch = () => Object.fromEntries(TEMPLATES.map((t) => [t, []])) as unknown as Record<TemplateName, PageItem[]>;

export async function renderPageShare(briefing: Briefing, job: ShareJob): Promise<ShareOutcome> {
  return renderPlannedShare(planShare(briefing, job));
}

/**
 * Each feed made from the data, hashed, and written when it differs from the last build's. Written
 * synchronously: 21,000 feed files of about 5 KB took 2.7-2.9 s through asynchronous writes (16 in
 * flight) and 0.9-1.3 s this way, with a third of the CPU.
 */
function writeFeeds(output: string, model: SitePlan, previous: Record<string, string>, files: Record<string, string>): void {
  // a handful of folders hold every feed (feeds/actors, …): each is made once
  const folders = new Set<string>();
  for (const spec of model.feeds) {
    const { atom, json } = model.writeFeed(spec);
    for (const [path, content] of [[spec.atom, atom], [spec.json, json]] as const) {
      const hash = sha1(content);
      files[path] = hash;
      const target = join(output, path);
      if (previous[path] === hash && existsSync(target)) continue;
      const folder = dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      writeFileSync(target, content);
    }
  }
}

/** The compiled thread, also when this module runs from src/ under the test runner (npm test compiles first). */
const SHARE_THREAD = join(PROJECT_ROOT, "dist", "site", "share-thread.js");

/** What a share thread says: its bodies to trade (when its job trades them), then its outcome or what failed. */
export type ShareThreadReply = { bodies: KnownBodies } | { outcome: ShareOutcome } | { error: string };

/** Where a share thread gets the briefing: the file it was written to, or a copy as JSON text. */
export type BriefingSource = { file: string } | { json: string };

/**
 * A share rendered on a thread of its own (share-thread.ts), with a heap of at most `heapMb`; rejects
 * with what failed there (a thread out of memory with ERR_WORKER_OUT_OF_MEMORY as the error's code).
 */
export function renderShareOnThread(source: BriefingSource, job: ShareJob, heapMb?: number, trade?: TradeBodies): Promise<ShareOutcome> {
  const thread = new Worker(SHARE_THREAD, heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {});
  return new Promise<ShareOutcome>((done, fail) => {
    thread.on("message", (reply: ShareThreadReply) => {
      if ("bodies" in reply) {
        if (!trade) return fail(new Error("the page-rendering thread offered bodies to trade, and none were asked for"));
        trade(reply.bodies).then((all) => thread.postMessage({ bodies: all }), fail);
      } else if ("error" in reply) fail(new Error(reply.error));
      else done(reply.outcome);
    });
    thread.once("error", fail);
    thread.once("exit", (code) => fail(new Error(`the page-rendering thread stopped with exit code ${code}`)));
    // the job as one string (copied at memory speed); the briefing's own text, if sent, as it is
    thread.postMessage({ source, job: JSON.stringify(job) });
  }).finally(() => thread.terminate());
}
