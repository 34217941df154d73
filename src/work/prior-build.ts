// A rebuild with nothing changed reuses the last build's data. The key is a digest of every input
// file (path and bytes), every unreadable one, the content label and the code that shapes
// briefing.json; it is written beside briefing.json after it, so an interrupted build leaves no
// key that vouches for half-written data. The site still runs, and its page manifest decides what
// to render (nothing, when the pages are in place).
import { createHash } from "node:crypto";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ContentFile, InputRecord } from "../types.js";
import type { Briefing, BuildReport, StoredBriefing } from "../model/briefing.js";
import { dataVersion } from "./cache.js";

const KEY_FILE = ".briefing-build.json";

export async function buildKey(files: ContentFile[], unreadable: InputRecord[], contentLabel: string): Promise<string> {
  const hash = createHash("sha256").update(await dataVersion()).update(contentLabel).update("\0");
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(f.path).update("\0").update(createHash("sha256").update(f.bytes).digest());
  for (const u of unreadable) hash.update(`${u.file}\0${u.reason ?? ""}\0`);
  return hash.digest("hex");
}

/**
 * The last build's data in `output`, when it was made from exactly these inputs; null otherwise. Its
 * report is read now, its briefing only when asked for (it is there: the key is written after it).
 */
export async function priorBuild(output: string, key: string): Promise<{ briefing: StoredBriefing; report: BuildReport } | null> {
  try {
    const marker = JSON.parse(await readFile(join(output, KEY_FILE), "utf8")) as { key?: string; briefing?: unknown };
    if (marker.key !== key) return null;
    const file = join(output, BRIEFING_FILE);
    // briefing.json as that build wrote it, or the data is made again: it is read only when a page needs it
    const stamp = await fileStamp(file);
    if (!stamp || JSON.stringify(marker.briefing) !== JSON.stringify(stamp)) return null;
    const report = JSON.parse(await readFile(join(output, "report.json"), "utf8")) as Partial<BuildReport>;
    // a report without the briefing's totals (an older build's) cannot stand in for the briefing: build afresh
    if (!report.totals) return null;
    const { totals } = report;
    return { briefing: { totals, load: () => loadBriefing(file) }, report: report as BuildReport };
  } catch {
    return null;
  }
}

export async function recordBuild(output: string, key: string): Promise<void> {
  await writeFile(join(output, KEY_FILE), `${JSON.stringify({ key, briefing: await fileStamp(join(output, BRIEFING_FILE)) })}\n`);
}

/** the briefing's data, beside the site it was built into */
export const BRIEFING_FILE = "briefing.json";

/** The size and time of a file's last change: another program's edit of briefing.json changes them. */
async function fileStamp(path: string): Promise<{ bytes: number; changed: number } | null> {
  const info = await stat(path).catch(() => null);
  return info ? { bytes: info.size, changed: Math.floor(info.mtimeMs) } : null;
}

/** The briefing a reused build left on disk could not be read after all: the build makes its data again. */
export class StoredBriefingError extends Error {}

async function loadBriefing(file: string): Promise<Briefing> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as Briefing;
  } catch (e) {
    throw new StoredBriefingError(`${file} could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Forgets the recorded key before new data is written, so a build that stops half-way vouches for nothing. */
export async function forgetBuild(output: string): Promise<void> {
  await rm(join(output, KEY_FILE), { force: true });
}
