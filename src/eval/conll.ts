// CoNLL-2003 evaluation of the actor extractor, the way a briefing uses it: each -DOCSTART- document
// is rebuilt as an article (one line per sentence, the first line its headline), and the set of
// distinct names per document and kind is compared with the gold set. MISC names are ignored: a
// prediction that matches one is neither right nor wrong.
import { readFile } from "node:fs/promises";
import { analyse } from "../nlp.js";
import { extractMentions } from "../extract/actors.js";
import type { ActorKind } from "../types.js";
import { KIND_EVIDENCE, disableKindFeatures, type KindFeatureName } from "../extract/kind-evidence.js";

interface ConllDocument {
  text: string;
  gold: Map<string, ActorKind | "misc">;
}

const KIND: Record<string, ActorKind | "misc"> = { PER: "person", ORG: "organization", LOC: "place", MISC: "misc" };

/** Joins tokens the way a newswire prints them: no space before closing punctuation or clitics. */
function detokenise(tokens: string[]): string {
  let out = "";
  for (const [i, t] of tokens.entries()) {
    const glue = i === 0 || /^([.,;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(t) || /^[([{$]$/.test(tokens[i - 1] ?? "");
    out += (glue ? "" : " ") + t;
  }
  return out;
}

export const nameKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

export function parseConll(source: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let lines: string[] = [];
  let sentence: string[] = [];
  let gold = new Map<string, ActorKind | "misc">();
  let entity: { tokens: string[]; type: string } | null = null;
  const closeEntity = () => {
    if (entity) {
      const kind = KIND[entity.type];
      if (kind) gold.set(nameKey(entity.tokens.join(" ")), gold.get(nameKey(entity.tokens.join(" "))) ?? kind);
    }
    entity = null;
  };
  const closeSentence = () => {
    closeEntity();
    if (sentence.length) lines.push(detokenise(sentence));
    sentence = [];
  };
  const closeDocument = () => {
    closeSentence();
    if (lines.length) docs.push({ text: lines.join("\n"), gold });
    lines = [];
    gold = new Map();
  };
  for (const line of source.split("\n")) {
    const cols = line.trim().split(" ");
    if (cols[0] === "-DOCSTART-") {
      closeDocument();
      continue;
    }
    if (line.trim() === "") {
      closeSentence();
      continue;
    }
    const [token = "", , , tag = "O"] = cols;
    sentence.push(token);
    if (tag === "O") closeEntity();
    else {
      const [bio, type = ""] = tag.split("-") as [string, string];
      const current = entity as { tokens: string[]; type: string } | null;
      if (current && current.type === type && bio === "I") current.tokens.push(token);
      else {
        closeEntity();
        entity = { tokens: [token], type };
      }
    }
  }
  closeDocument();
  return docs;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const f1 = ({ tp, fp, fn }: Tally) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p: +p.toFixed(3), r: +r.toFixed(3), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3) };
};

export interface ConllScores {
  any: Tally;
  person: Tally;
  organization: Tally;
  place: Tally;
  /** names typed "other" (CoNLL's MISC is not scored, so these count only against the kind they should have been) */
  other: Tally;
  bytes: number;
  ms: number;
  errors: string[];
}

export function scoreConll(docs: ConllDocument[]): ConllScores {
  const scores: ConllScores = { any: tally(), person: tally(), organization: tally(), place: tally(), other: tally(), bytes: 0, ms: 0, errors: [] };
  for (const doc of docs) {
    const started = performance.now();
    const mentions = extractMentions(doc.text, analyse(doc.text));
    scores.ms += performance.now() - started;
    scores.bytes += Buffer.byteLength(doc.text);
    const predicted = new Map<string, ActorKind>();
    for (const m of mentions) {
      const key = nameKey(m.text);
      if (key && !predicted.has(key)) predicted.set(key, m.kind);
    }
    for (const [key, kind] of predicted) {
      const gold = doc.gold.get(key);
      if (gold === "misc") continue;
      if (gold === undefined) {
        scores.any.fp++;
        scores[kind].fp++;
        scores.errors.push(`FP ${kind} ${key}`);
        continue;
      }
      scores.any.tp++;
      if (gold === kind) scores[kind].tp++;
      else {
        scores[kind].fp++;
        scores[gold].fn++;
        scores.errors.push(`KIND ${key} ${kind} should be ${gold}`);
      }
    }
    for (const [key, gold] of doc.gold) {
      if (gold === "misc" || predicted.has(key)) continue;
      scores.any.fn++;
      scores[gold].fn++;
      scores.errors.push(`FN ${gold} ${key}`);
    }
  }
  return scores;
}

/** The development F1 figures a change must not lose (eng.testa; eng.testb is held out). */
export const CONLL_FLOORS: Readonly<Record<"any" | "person" | "organization" | "place", number>> = {
  any: 0.925,
  person: 0.9,
  organization: 0.74,
  place: 0.88,
};

/** The figures below their floor, as messages (none when every figure holds). */
export function belowConllFloors(scores: Pick<ConllScores, keyof typeof CONLL_FLOORS>, floors = CONLL_FLOORS): string[] {
  return (Object.entries(floors) as [keyof typeof CONLL_FLOORS, number][]).flatMap(([kind, floor]) => {
    const value = f1(scores[kind]).f1;
    return value >= floor ? [] : [`below the floor: ${kind} F1 ${value.toFixed(3)} < ${floor}`];
  });
}

export async function main(args: string[]): Promise<number> {
  const path = args[0];
  if (!path) {
    console.error("usage: eval conll <path to eng.testa or another CoNLL-2003 file> [--errors] [--ablate] [--floors: fail below the recorded floors]");
    return 2;
  }
  const docs = parseConll(await readFile(path, "utf8"));
  analyse("warm up");
  const s = scoreConll(docs);
  if (args.includes("--errors")) for (const e of s.errors) console.log(e);
  console.log(`CoNLL-2003 ${path}: ${docs.length} documents, document-level name sets (MISC ignored)`);
  for (const k of ["any", "person", "organization", "place"] as const) {
    const r = f1(s[k]);
    console.log(`${k.padEnd(13)} P ${r.p.toFixed(3)}  R ${r.r.toFixed(3)}  F1 ${r.f1.toFixed(3)}  (tp ${s[k].tp}, fp ${s[k].fp}, fn ${s[k].fn})`);
  }
  console.log(`throughput ${(s.bytes / 1e6 / (s.ms / 1000)).toFixed(2)} MB/s (${(s.bytes / 1e6).toFixed(2)} MB in ${(s.ms / 1000).toFixed(2)} s, analysis included)`);
  if (args.includes("--ablate")) ablate(docs, s);
  if (!args.includes("--floors")) return 0;
  const below = belowConllFloors(s);
  for (const line of below) console.error(line);
  return below.length > 0 ? 1 : 0;
}

/** What each feature of the kind-evidence table is worth: the F1 figures with it switched off, less the full figures. */
function ablate(docs: ConllDocument[], full: ConllScores): void {
  const kinds = ["any", "person", "organization", "place"] as const;
  console.log(`\nablation: F1 change with one feature of KIND_EVIDENCE off (${kinds.join(" / ")})`);
  for (const name of Object.keys(KIND_EVIDENCE) as KindFeatureName[]) {
    disableKindFeatures(name);
    const s = scoreConll(docs);
    disableKindFeatures();
    const change = kinds.map((k) => (f1(s[k]).f1 - f1(full[k]).f1).toFixed(3).replace(/^(?!-)/, "+"));
    console.log(`${name.padEnd(28)} ${change.join("  ")}`);
  }
}
