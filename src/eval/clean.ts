// `npm run eval -- clean DIR [DIR …] [--dump FILE] [--sample N]`: what the cleaning rules take out of
// folders of real articles, per rule (lines removed, and kept apart as captions or notes), with a fixed
// sample of removals to check by eye. There is no gold here: the figures are for comparing rule changes
// on development data (a removal of reporting is the error to look for).
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { decodeContentFiles } from "../ingest/decode.js";
import { cleanDocument } from "../clean/index.js";

interface Removal {
  file: string;
  rule: string;
  reason: string;
  text: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile() && /\.(?:txt|md|markdown|html?)$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

export async function main(args: string[]): Promise<number> {
  const dirs: string[] = [];
  let dump: string | null = null;
  let sample = 50;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--dump") dump = args[++i] ?? null;
    else if (arg === "--sample") sample = Number(args[++i] ?? "50");
    else dirs.push(arg);
  }
  const removals: Removal[] = [];
  const moved: Record<string, number> = { caption: 0, note: 0 };
  let files = 0;
  let units = 0;
  for (const dir of dirs) {
    for (const path of await filesUnder(dir)) {
      const bytes = new Uint8Array(await readFile(path));
      const name = relative(dir, path);
      const decoded = decodeContentFiles([{ path: name, bytes }]);
      const doc = decoded.documents[0];
      if (!doc) continue;
      files++;
      const { article } = cleanDocument(doc, { timezone: null });
      units += article.blocks.length + article.removed.length + article.captions.length + article.notes.length;
      moved.caption! += article.captions.length;
      moved.note! += article.notes.length;
      for (const r of article.removed) removals.push({ file: `${dir}/${name}`, rule: r.rule, reason: r.reason, text: r.text });
    }
  }
  const byRule = new Map<string, { lines: number; chars: number; reasons: Map<string, number> }>();
  for (const r of removals) {
    const entry = byRule.get(r.rule) ?? { lines: 0, chars: 0, reasons: new Map() };
    entry.lines++;
    entry.chars += r.text.length;
    entry.reasons.set(r.reason, (entry.reasons.get(r.reason) ?? 0) + 1);
    byRule.set(r.rule, entry);
  }
  console.log(`${files} files, ${units} units; ${removals.length} removed, ${moved.caption} captions, ${moved.note} notes kept apart`);
  console.log("rule".padEnd(18) + "lines".padStart(7) + "chars".padStart(9) + "  reasons");
  for (const [rule, e] of [...byRule].sort((a, b) => b[1].lines - a[1].lines)) {
    const reasons = [...e.reasons].map(([reason, n]) => `${reason} ${n}`).join(", ");
    console.log(rule.padEnd(18) + String(e.lines).padStart(7) + String(e.chars).padStart(9) + "  " + reasons);
  }
  // A fixed sample: the removals whose hash is smallest, so the same run shows the same lines.
  const key = (r: Removal) => createHash("sha1").update(`${r.file}\n${r.text}`).digest("hex");
  const picked = [...removals].sort((a, b) => (key(a) < key(b) ? -1 : 1)).slice(0, sample);
  console.log(`\nsample of ${picked.length} removals:`);
  for (const r of picked) console.log(`[${r.rule}] ${r.text.length > 200 ? r.text.slice(0, 200) + "…" : r.text}`);
  if (dump) await writeFile(dump, JSON.stringify(removals, null, 1));
  return 0;
}
