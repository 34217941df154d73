// Eleventy over a set of pages, on this thread or on a second one. The site's pages are independent
// of each other (no page reads Eleventy's collections), so the pages to render can be dealt out
// between threads: each runs its own Eleventy over its share and writes its own files into the same
// output folder. The pages go in batches: Eleventy keeps every page it rendered until its run ends, so
// a batch bounds what it holds. A batch crosses to a thread as one JSON string (a string is copied
// between threads at memory speed; an object graph is cloned object by object).
import { Worker } from "node:worker_threads";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { setCurrentSite, setCurrentTheme } from "./state.js";
import type { CommonView, PageItem, SiteModel, TemplateName } from "./view.js";

/** The project root, found from this file whether it runs from src/site or dist/site. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SITE_INPUT_DIR = join(PROJECT_ROOT, "src", "site", "pages");
export const SITE_CONFIG_PATH = join(PROJECT_ROOT, ".eleventy.js");
/** The compiled thread, also when this module runs from src/ under the test runner (npm test compiles first). */
const RENDER_THREAD = join(PROJECT_ROOT, "dist", "site", "render-thread.js");

/** What a thread needs to render its share: where to write, the frame, its pages, the theme. */
export interface RenderShare {
  output: string;
  common: CommonView;
  pages: Record<TemplateName, PageItem[]>;
  quiet: boolean;
  themeIncludes: string | null;
}

/** Eleventy's copy of the site model writes no feeds: renderSite writes them from the data. */
const NO_FEEDS: SiteModel["writeFeed"] = () => ({ atom: "", json: "" });

/** The pages of one share on this thread. */
export async function runEleventy(share: RenderShare): Promise<void> {
  // frozen: Eleventy then shares these objects with every page instead of copying and proxying them;
  // nothing that holds the briefing's indexes goes in: Eleventy may keep its global data after the build
  const site: SiteModel = Object.freeze({ common: Object.freeze(share.common), pages: Object.freeze(share.pages), search: [], bodies: new Map(), feeds: [], writeFeed: NO_FEEDS });
  setCurrentSite(site);
  setCurrentTheme(share.themeIncludes);
  try {
    const eleventy = new Eleventy(SITE_INPUT_DIR, share.output, { configPath: SITE_CONFIG_PATH, quietMode: share.quiet });
    // quiet means silent: the caller prints its own summary, and failures still reach it as a rejected write()
    if (share.quiet) eleventy.disableLogger();
    await eleventy.write();
  } catch (error) {
    // Eleventy's own message names only the template; what went wrong in it is in the errors it wraps
    throw new Error(`the site could not be rendered: ${messageChain(error)}`);
  } finally {
    setCurrentSite(undefined);
    setCurrentTheme(null);
  }
}

/** An error's message with those of the errors it wraps (Eleventy keeps them as `originalError` or `cause`). */
function messageChain(error: unknown): string {
  const messages: string[] = [];
  for (let e = error as { message?: string; originalError?: unknown; cause?: unknown } | undefined; e && messages.length < 5; e = (e.originalError ?? e.cause) as typeof e) {
    const message = (e.message ?? String(e)).trim();
    if (message && !messages.some((m) => m.includes(message))) messages.push(message);
  }
  return messages.join(": ");
}

/** A thread that renders the batches it is handed, one at a time, until it is closed. */
export interface RenderThread {
  render(share: RenderShare): Promise<void>;
  close(): Promise<void>;
}

/** A render thread (render-thread.ts); a batch it fails on rejects with Eleventy's message. */
export function startRenderThread(): RenderThread {
  const thread = new Worker(RENDER_THREAD);
  let pending: { done: () => void; fail: (error: Error) => void } | null = null;
  let broken: Error | null = null;
  const settle = (error: Error | null) => {
    const waiting = pending;
    pending = null;
    if (error) waiting?.fail(error);
    else waiting?.done();
  };
  thread.on("message", (reply: { error: string | null }) => settle(reply.error === null ? null : new Error(reply.error)));
  thread.once("error", (error) => settle((broken = error)));
  thread.once("exit", (code) => settle((broken ??= new Error(`the page-rendering thread stopped with exit code ${code}`))));
  return {
    render(share) {
      if (broken) return Promise.reject(broken);
      return new Promise((done, fail) => {
        pending = { done, fail };
        thread.postMessage(JSON.stringify(share));
      });
    },
    async close() {
      await thread.terminate();
    },
  };
}

/**
 * The pages dealt out into batches of at most `size`, page by page in turn within each template, so
 * that every batch gets as many heavy pages (actors, articles) as light ones.
 */
export function dealPages(pages: Record<TemplateName, PageItem[]>, size: number): Record<TemplateName, PageItem[]>[] {
  const total = Object.values(pages).reduce((sum, list) => sum + list.length, 0);
  const count = Math.max(1, Math.ceil(total / size));
  const shares = Array.from({ length: count }, () => ({}) as Record<TemplateName, PageItem[]>);
  for (const [template, list] of Object.entries(pages) as [TemplateName, PageItem[]][]) {
    for (const share of shares) share[template] = [];
    list.forEach((page, i) => shares[i % count]![template].push(page));
  }
  return shares;
}
