// The full-text search index for a site served over http(s): Pagefind (its npm package ships the binary
// for each platform as an optional dependency: nothing is downloaded at run time) reads the built pages
// after Eleventy and writes pagefind/ in the output folder, an index split into chunks the browser loads
// only as a query needs them. Only the pages that carry data-pagefind-body are indexed (articles, actors,
// topics, stories), with the filters and metadata their templates tag (actor, topic, source, date).
// From disk (file://) Pagefind cannot run: the search page falls back to the small index of search.ts.
//
// Pagefind has no incremental mode: its index is written whole, into a fresh folder that then replaces the
// last one (no stale chunks are left behind). renderSite calls this only when a page changed or the index
// is missing, so a rebuild in which nothing changed costs nothing here.
import { constants, existsSync } from "node:fs";
import { access, readdir, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import { join } from "node:path";

/** Where the index lives in the output folder; the search page imports PAGEFIND_FOLDER/pagefind.js. */
export const PAGEFIND_FOLDER = "pagefind";
/** Written last by Pagefind: its presence says the index is whole. */
export const PAGEFIND_ENTRY = join(PAGEFIND_FOLDER, "pagefind-entry.json");

/** The folders whose pages Pagefind reads: the other pages carry no data-pagefind-body, reading them is waste. */
const INDEXED_GLOB = "{articles,actors,topics,stories}/**/*.html";

/** Pagefind's own UIs and highlighter, which the search page does not load. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export type SearchIndexResult =
  | { indexed: true; pages: number; files: number; bytes: number; ms: number }
  | { indexed: false; reason: string };

/** Indexes the built site in outputDir into outputDir/pagefind/; never throws for want of Pagefind. */
export async function writeFullTextIndex(outputDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  let pagefind: typeof import("pagefind");
  try {
    pagefind = await import("pagefind");
  } catch (e) {
    return { indexed: false, reason: `the pagefind package cannot be loaded (${(e as Error).message.split("\n")[0]})` };
  }
  const binary = await pagefindBinary();
  if (typeof binary !== "string") return { indexed: false, reason: binary.problem };
  const fresh = join(outputDir, `${PAGEFIND_FOLDER}.new`);
  try {
    const created = await pagefind.createIndex({ forceLanguage: "en", keepIndexUrl: true });
    if (!created.index) return { indexed: false, reason: `Pagefind could not start: ${created.errors.join("; ") || "no index"}` };
    const added = await created.index.addDirectory({ path: outputDir, glob: INDEXED_GLOB });
    if (added.errors.length) return { indexed: false, reason: `Pagefind could not read the pages: ${added.errors.join("; ")}` };
    await rm(fresh, { recursive: true, force: true });
    const written = await created.index.writeFiles({ outputPath: fresh });
    if (written.errors.length) return { indexed: false, reason: `Pagefind could not write its index: ${written.errors.join("; ")}` };
    // Pagefind also writes its ready-made UIs; the search page uses only its JS API (pagefind.js)
    for (const name of await readdir(fresh)) if (UNUSED_FILES.test(name)) await rm(join(fresh, name), { force: true });
    const target = join(outputDir, PAGEFIND_FOLDER);
    await rm(target, { recursive: true, force: true });
    await rename(fresh, target);
    const { files, bytes } = await folderSize(target);
    return { indexed: true, pages: added.page_count, files, bytes, ms: Math.round(performance.now() - started) };
  } catch (e) {
    // the binary is missing for this platform, or would not run: the rest of the site stands without it
    return { indexed: false, reason: `Pagefind did not run (${(e as Error).message.split("\n")[0]})` };
  } finally {
    await rm(fresh, { recursive: true, force: true }).catch(() => {});
    await pagefind.close().catch(() => {});
  }
}

/**
 * The binary the pagefind package will start, found as it finds it (an environment variable, else the
 * platform package): checked first so that a missing one is one clear warning rather than its service's traces.
 */
export async function pagefindBinary(): Promise<string | { problem: string }> {
  const names = ["pagefind_extended", "pagefind"];
  const set = names.map((name) => process.env[`${name.toUpperCase()}_BINARY_PATH`]).find(Boolean);
  const os = platform() === "win32" ? "windows" : platform();
  const candidates: string[] = [];
  if (set) candidates.push(set);
  else {
    const require = createRequire(import.meta.url);
    for (const name of names) {
      try {
        candidates.push(require.resolve(`@pagefind/${os}-${arch()}/bin/${os === "windows" ? `${name}.exe` : name}`));
      } catch {
        // this platform's package is not installed (npm installs only the one for the machine)
      }
    }
  }
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there, or not executable: try the next
    }
  }
  return { problem: set ? `its binary ${set} (PAGEFIND_BINARY_PATH) is missing or not executable` : `no Pagefind binary is installed for ${os}-${arch()} (npm installs @pagefind/${os}-${arch()} with the pagefind package where one exists)` };
}

/** Whether the output folder holds a whole index from an earlier build. */
export const hasFullTextIndex = (outputDir: string) => existsSync(join(outputDir, PAGEFIND_ENTRY));

async function folderSize(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
