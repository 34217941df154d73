// Where a build may write. The build writes only inside --output, and only into a folder that is
// ours: one that does not exist yet, is empty, or holds the marker a build of ours leaves there.
// It never writes into the content folder, a folder that holds it, or a folder inside it (the next
// build would read its own pages back as articles). I/O at the edge: the CLI calls this first.
import { readdir, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { isWithin } from "./paths.js";

/** Files a build of ours leaves in its output folder: either one marks the folder as ours. */
export const OUTPUT_MARKERS = [".briefing-site.json", ".briefing-build.json"];

/** What every earlier build wrote at the top of its output folder. */
const EARLIER_OUTPUT = ["briefing.json", "report.json", "index.html"];

/** Why the build must not write to `output`, in words that say what to do instead; null when it may. */
export async function outputProblem(content: string, output: string): Promise<string | null> {
  if (output.trim() === "") return "--output is empty: name the folder the site should be written to, e.g. --output _site";
  const out = resolve(output);
  const src = resolve(content);
  if (out === src) return `--output ${output} is the content folder: the site would be written over the articles. Choose another folder, e.g. --output _site`;
  if (isWithin(src, out)) return `--output ${output} holds the content folder ${content}: choose a folder outside it, e.g. a new folder beside it`;
  if (isWithin(out, src)) return `--output ${output} is inside the content folder ${content}: the next build would read the site as articles. Choose a folder outside it`;
  const kind = await stat(out).catch(() => null);
  if (!kind) return null;
  if (!kind.isDirectory()) return `--output ${output} is a file, not a folder: choose a folder name`;
  const entries = await readdir(out);
  if (entries.length === 0 || entries.some((e) => OUTPUT_MARKERS.includes(e))) return null;
  // a site written before the markers existed: its data files are there
  if (EARLIER_OUTPUT.every((name) => entries.includes(name))) return null;
  return `--output ${output} is a folder with files that a briefing build did not write: nothing in it is touched. Choose an empty or new folder`;
}
