// Renders a Briefing to a static site with Eleventy. The briefing reaches the templates through
// state.ts (read by pages/_data/site.js); the site configuration is /.eleventy.js at the project root.
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import type { Briefing } from "../assemble/model.js";
import { setCurrentBriefing } from "./state.js";
import { searchIndexScript } from "./search.js";

export interface RenderOptions {
  quiet?: boolean;
}

/** The project root, found from this file whether it runs from src/site or dist/site. */
const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SITE_INPUT_DIR = join(PROJECT_ROOT, "src", "site", "pages");
export const SITE_CONFIG_PATH = join(PROJECT_ROOT, ".eleventy.js");

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

/** What the site writes at the top of its output folder; cleared before each render so no page outlives its article. */
const SITE_ENTRIES = ["index.html", "articles", "actors", "topics", "timeline", "sources", "search", "assets"];

/** Writes the briefing's pages, stylesheet and script into outputDir; returns how many files the folder then holds. */
export async function renderSite(briefing: Briefing, outputDir: string, options: RenderOptions = {}): Promise<{ files: number }> {
  const output = resolve(outputDir);
  // only the site's own entries: briefing.json, report.json and anything else beside them stay
  await Promise.all(SITE_ENTRIES.map((entry) => rm(join(output, entry), { recursive: true, force: true })));
  setCurrentBriefing(briefing);
  try {
    const eleventy = new Eleventy(SITE_INPUT_DIR, output, {
      configPath: SITE_CONFIG_PATH,
      quietMode: options.quiet ?? true,
    });
    // quiet means silent: the caller prints its own summary, and failures still reach it as a rejected write()
    if (options.quiet ?? true) eleventy.disableLogger();
    await eleventy.write();
    await mkdir(join(output, "assets"), { recursive: true });
    await writeFile(join(output, "assets", "search-index.js"), searchIndexScript(briefing));
  } finally {
    setCurrentBriefing(undefined);
  }
  return { files: await countFiles(output) };
}
