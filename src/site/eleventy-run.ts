// Eleventy over a set of pages, on whichever thread calls it. The site's pages are independent of
// each other (no page reads Eleventy's collections), so the pages can be shared out between threads
// (page-share.ts): each runs its own Eleventy over its share and writes its own files into the same
// output folder. The pages go in batches: Eleventy keeps every page it rendered until its run ends, so
// a batch bounds what it holds.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setCurrentTemplates } from "./nunjucks-env.js";
import { prepareNunjucks } from "./nunjucks-runtime.js";
import { setCurrentSite, setCurrentTheme } from "./state.js";
import type { CommonView, PageItem, SiteModel, TemplateName } from "./view.js";

/** The project root, found from this file whether it runs from src/site or dist/site. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SITE_INPUT_DIR = join(PROJECT_ROOT, "src", "site", "pages");
export const SITE_CONFIG_PATH = join(PROJECT_ROOT, ".eleventy.js");

/** What one Eleventy run renders: where to write, the frame, its pages, the theme. */
export interface RenderBatch {
  output: string;
  common: CommonView;
  pages: Record<TemplateName, PageItem[]>;
  quiet: boolean;
  themeIncludes: string | null;
  /** the templates' hash (render.ts templatesHash): while it is the same, a thread's runs share one Nunjucks environment; absent, each run makes its own */
  templates?: string;
}

/** Eleventy's copy of the site model writes no feeds: renderSite writes them from the data. */
const NO_FEEDS: SiteModel["writeFeed"] = () => ({ atom: "", json: "" });

// Eleventy reads the batch from one slot of this thread's global state (state.ts): two runs at once on one
// thread (share 0 and a share whose thread ran out of heap) would take each other's pages, so they queue
let running: Promise<unknown> = Promise.resolve();

/** One batch of pages, rendered on this thread once the batches before it are done. */
export function runEleventy(batch: RenderBatch): Promise<void> {
  const run = running.then(() => renderBatch(batch));
  running = run.catch(() => undefined);
  return run;
}

async function renderBatch(batch: RenderBatch): Promise<void> {
  // frozen: Eleventy then shares these objects with every page instead of copying and proxying them;
  // nothing that holds the briefing's indexes goes in: Eleventy may keep its global data after the build
  const site: SiteModel = Object.freeze({ common: Object.freeze(batch.common), pages: Object.freeze(batch.pages), search: [], bodies: new Map(), feeds: [], writeFeed: NO_FEEDS });
  setCurrentSite(site);
  prepareNunjucks();
  setCurrentTheme(batch.themeIncludes);
  // the theme's folder and the working folder are searched for includes: an environment is kept for them too
  setCurrentTemplates(batch.templates === undefined ? null : `${batch.templates}\n${batch.themeIncludes ?? ""}\n${process.cwd()}`);
  try {
    // loaded on first use: a rebuild with nothing to render never pays for Eleventy's modules (a third of a second)
    const { default: Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy(SITE_INPUT_DIR, batch.output, { configPath: SITE_CONFIG_PATH, quietMode: batch.quiet });
    // quiet means silent: the caller prints its own summary, and failures still reach it as a rejected write()
    if (batch.quiet) eleventy.disableLogger();
    await eleventy.write();
  } catch (error) {
    // Eleventy's own message names only the template; what went wrong in it is in the errors it wraps
    throw new Error(`the site could not be rendered: ${messageChain(error)}`);
  } finally {
    setCurrentSite(undefined);
    setCurrentTheme(null);
    setCurrentTemplates(null);
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
