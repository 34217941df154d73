// A rebuild with nothing changed reuses the last build's data. The key is a digest of every input
// file (path and bytes), every unreadable one, the content label and the code that shapes
// briefing.json; it is written beside briefing.json after it, so an interrupted build leaves no
// key that vouches for half-written data. The site still runs, and its page manifest decides what
// to render (nothing, when the pages are in place).
import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ContentFile, InputRecord } from "../types.js";
import type { Briefing, BuildReport } from "../model/briefing.js";
import { dataVersion } from "./cache.js";

const KEY_FILE = ".briefing-build.json";

export async function buildKey(files: ContentFile[], unreadable: InputRecord[], contentLabel: string): Promise<string> {
  const hash = createHash("sha256").update(await dataVersion()).update(contentLabel).update("\0");
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(f.path).update("\0").update(createHash("sha256").update(f.bytes).digest());
  for (const u of unreadable) hash.update(`${u.file}\0${u.reason ?? ""}\0`);
  return hash.digest("hex");
}

/** The last build's data in `output`, when it was made from exactly these inputs; null otherwise. */
export async function priorBuild(output: string, key: string): Promise<{ briefing: Briefing; report: BuildReport } | null> {
  try {
    const marker = JSON.parse(await readFile(join(output, KEY_FILE), "utf8")) as { key?: string };
    if (marker.key !== key) return null;
    const briefing = JSON.parse(await readFile(join(output, "briefing.json"), "utf8")) as Briefing;
    const report = JSON.parse(await readFile(join(output, "report.json"), "utf8")) as BuildReport;
    return { briefing, report };
  } catch {
    return null;
  }
}

export async function recordBuild(output: string, key: string): Promise<void> {
  await writeFile(join(output, KEY_FILE), `${JSON.stringify({ key })}\n`);
}

/** Forgets the recorded key before new data is written, so a build that stops half-way vouches for nothing. */
export async function forgetBuild(output: string): Promise<void> {
  await rm(join(output, KEY_FILE), { force: true });
}
