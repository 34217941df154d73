// `npm run eval -- timeml FOLDER [--errors N] [--list] [--min-value-f1 X]`: scores date mentions against
// TimeML files (TempEval-3 TBAQ-cleaned or platinum). The document creation time (DCT) is the
// reference day; gold is every TIMEX3 of type DATE or TIME in <TEXT>. Scored as TempEval-3 Task A:
// relaxed span match (any overlap), and the value attribute over relaxed matches (value accuracy,
// and value P/R/F1 counting a hit only when span and value are both right). System expressions that
// overlap a gold DURATION or SET are left out of the count: those types are not scored here.
// --list prints every gold DATE and TIME, one a line, tab-separated: file, type, gold value,
// predicted value (or "-" when missed), gold text, the predicted phrase, its tense and the DCT.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../nlp.js";
import { findDateCandidates } from "../extract/dates.js";
import { resolveAll } from "../dates/resolve.js";

interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

interface TimemlDoc {
  file: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | null {
  return tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? null;
}

/** The plain text of <TEXT> with the TIMEX3 elements as character spans. */
export function parseTimeml(file: string, xml: string): TimemlDoc {
  const dctTag = xml.match(/<DCT>\s*(<TIMEX3[^>]*>)/)?.[1] ?? "";
  const dctValue = attribute(dctTag, "value");
  const body = xml.match(/<TEXT>([\s\S]*?)<\/TEXT>/)?.[1] ?? "";
  let text = "";
  const timexes: GoldTimex[] = [];
  const open: { start: number; tag: string }[] = [];
  const pattern = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|&(amp|lt|gt|quot|apos);|[^<&]+|[<&]/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(body))) {
    if (m[2] !== undefined) {
      const name = m[2];
      if (name !== "TIMEX3" || m[4]) continue;
      if (m[1]) {
        const o = open.pop();
        if (o) {
          timexes.push({
            start: o.start,
            end: text.length,
            type: attribute(o.tag, "type") ?? "",
            value: attribute(o.tag, "value") ?? "",
            text: text.slice(o.start, text.length),
          });
        }
      } else open.push({ start: text.length, tag: m[3] ?? "" });
    } else if (m[5] !== undefined) text += ENTITIES[m[5]] ?? "";
    else text += m[0];
  }
  return { file, dct: dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null, text, timexes };
}

function tmlFiles(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith(".tml") ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => tmlFiles(join(path, name)));
}

interface Tally {
  system: number;
  gold: number;
  matched: number;
  valueRight: number;
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export async function main(args: string[]): Promise<number> {
  const folder = args.find((a) => !a.startsWith("--"));
  const errorsAt = args.indexOf("--errors");
  const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 20) : 0;
  const listAll = args.includes("--list");
  const minAt = args.indexOf("--min-value-f1");
  const minValueF1 = minAt >= 0 ? Number(args[minAt + 1]) : null;
  if (!folder) {
    console.error("usage: npm run eval -- timeml FOLDER [--errors N] [--list] [--min-value-f1 0.8]");
    return 2;
  }
  const files = tmlFiles(folder);
  if (files.length === 0) {
    console.error(`no .tml files under ${folder}`);
    return 2;
  }
  const total: Tally = { system: 0, gold: 0, matched: 0, valueRight: 0 };
  const byType = new Map<string, Tally>();
  const errors: string[] = [];
  let chars = 0;
  let ms = 0;
  for (const file of files) {
    const doc = parseTimeml(file, readFileSync(file, "utf8"));
    const started = performance.now();
    const analysis = analyse(doc.text);
    const candidates = findDateCandidates(doc.text, analysis);
    const values = resolveAll(candidates, analysis, doc.text, { day: doc.dct, zone: null, timeml: true });
    ms += performance.now() - started;
    chars += doc.text.length;

    const gold = doc.timexes.filter((t) => t.type === "DATE" || t.type === "TIME");
    const unscored = doc.timexes.filter((t) => t.type !== "DATE" && t.type !== "TIME");
    const used = new Map<GoldTimex, { value: string; text: string; tense: string }>();
    for (const g of gold) {
      const tally = byType.get(g.type) ?? { system: 0, gold: 0, matched: 0, valueRight: 0 };
      tally.gold++;
      byType.set(g.type, tally);
    }
    total.gold += gold.length;
    candidates.forEach((c, i) => {
      const r = values[i];
      if (!r) return;
      const overlaps = (t: GoldTimex) => t.start < c.end && c.start < t.end;
      const g = gold.find((t) => !used.has(t) && overlaps(t));
      if (!g) {
        if (unscored.some(overlaps) || gold.some(overlaps)) return;
        total.system++;
        if (errors.length < showErrors) errors.push(`${doc.file}: spurious "${c.text}" -> ${r.value}`);
        return;
      }
      used.set(g, { value: r.value, text: c.text, tense: c.tense });
      const tally = byType.get(g.type)!;
      total.system++;
      tally.system++;
      total.matched++;
      tally.matched++;
      if (r.value === g.value) {
        total.valueRight++;
        tally.valueRight++;
      } else if (errors.length < showErrors) errors.push(`${doc.file}: "${g.text}" gold ${g.value}, got ${r.value} ("${c.text}", ${c.tense}; DCT ${doc.dct})`);
    });
    if (listAll) {
      for (const g of gold) {
        const p = used.get(g);
        console.log([doc.file, g.type, g.value, p?.value ?? "-", g.text, p?.text ?? "", p?.tense ?? "", doc.dct].join("\t"));
      }
    }
    if (showErrors) {
      for (const g of gold) if (!used.has(g) && errors.length < showErrors) errors.push(`${doc.file}: missed "${g.text}" (${g.type} ${g.value})`);
    }
  }
  for (const e of errors) console.log(`  - ${e}`);
  const report = (name: string, t: Tally, systemCount: number) => {
    const p = systemCount ? t.matched / systemCount : 0;
    const r = t.gold ? t.matched / t.gold : 0;
    const vp = systemCount ? t.valueRight / systemCount : 0;
    const vr = t.gold ? t.valueRight / t.gold : 0;
    console.log(
      `${name.padEnd(6)} gold ${String(t.gold).padStart(5)}  relaxed P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1(p, r).toFixed(3)}  ` +
        `value accuracy ${(t.matched ? t.valueRight / t.matched : 0).toFixed(3)}  value P ${vp.toFixed(3)} R ${vr.toFixed(3)} F1 ${f1(vp, vr).toFixed(3)}`,
    );
    return f1(vp, vr);
  };
  console.log(`TimeML ${folder}: ${files.length} documents, DATE and TIME expressions`);
  const valueF1 = report("all", total, total.system);
  // per type, precision counts only the system expressions matched to that type
  for (const [type, t] of [...byType].sort()) report(type, t, t.system);
  console.log(`throughput: ${(files.length / (ms / 1000)).toFixed(1)} docs/s, ${Math.round(chars / (ms / 1000)).toLocaleString("en")} chars/s (${Math.round(ms)} ms for analysis and dates)`);
  if (minValueF1 !== null && valueF1 < minValueF1) {
    console.log(`value F1 ${valueF1.toFixed(3)} is below ${minValueF1}`);
    return 1;
  }
  return 0;
}
