// PolNeAR evaluation of the quote extractor, following the scoring the benchmark's SOURCE.md
// recommends: gold units are the attributions whose Content is fully in double quotes (first
// annotator per article), a gold quote is found when predictions cover half its words, and the
// speaker is right when its last name token appears in the gold Source (named Sources), with
// pronoun Sources resolved to the nearest preceding named Source as a secondary score.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { analyse } from "../nlp.js";
import { extractMentions } from "../extract/actors.js";
import { extractQuotes } from "../extract/quotes.js";

interface TextBound {
  label: string;
  fragments: [number, number][];
  text: string;
}

interface GoldQuote {
  words: Set<number>;
  source: TextBound | null;
  sourceStart: number;
}

/** Python code-point offsets to JavaScript string indices. */
function codePointIndex(text: string): number[] {
  const index: number[] = [];
  let u = 0;
  for (const ch of text) {
    index.push(u);
    u += ch.length;
  }
  index.push(u);
  return index;
}

function parseAnn(ann: string) {
  const bounds = new Map<string, TextBound>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    if (line.startsWith("T") && cols.length >= 3) {
      const [label = "", ...rest] = (cols[1] ?? "").split(" ");
      const fragments = rest
        .join(" ")
        .split(";")
        .map((f) => f.trim().split(" ").map(Number) as [number, number]);
      bounds.set(cols[0]!, { label, fragments, text: cols[2] ?? "" });
    } else if (line.startsWith("E") && cols.length >= 2) {
      const roles: Record<string, string> = {};
      for (const part of (cols[1] ?? "").split(" ")) {
        const [role, id] = part.split(":");
        if (role && id) roles[role.replace(/\d+$/, "")] = id;
      }
      events.push(roles);
    }
  }
  return { bounds, events };
}

/** Marks the characters inside double quotes, paragraph by paragraph: curly quotes nest, a straight quote toggles, '' counts as ". */
function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n" && text[i + 1] === "\n") {
      depth = 0;
      straight = false;
    }
    const two = text.slice(i, i + 2);
    if (ch === "“") depth++;
    else if (ch === "”") depth = Math.max(0, depth - 1);
    else if (ch === '"' || two === "''") {
      straight = !straight;
      if (two === "''") i++;
    } else if (depth > 0 || straight) mask[i] = 1;
  }
  return mask;
}

/**
 * The benchmark's rule for a direct quotation, beyond every letter being inside quotes: the first
 * word is preceded by an opening quote mark (ignoring spaces, ellipses, dashes and brackets) and the
 * last word is followed by a closing one (ignoring spaces, punctuation and ’), or by the paragraph's
 * end where the next paragraph reopens the quote. This is what keeps transcript lines
 * ("PENCE: Well, …" inside a quoted excerpt) and attributions nested in a quoted excerpt out of gold.
 */
function framedByQuotes(text: string, start: number, end: number): boolean {
  const firstWord = text.slice(start, end).search(/[\p{L}\p{N}]/u);
  const lastWord = text.slice(start, end).search(/[\p{L}\p{N}][^\p{L}\p{N}]*$/u);
  if (firstWord < 0 || lastWord < 0) return false;
  let i = start + firstWord - 1;
  while (i >= 0 && /[\s…\-–—()[\]]/u.test(text[i]!) && !(text[i] === "\n" && text[i - 1] === "\n")) i--;
  const opens = i >= 0 && (text[i] === "“" || text[i] === '"' || (text[i] === "'" && text[i - 1] === "'"));
  let j = start + lastWord + 1;
  while (j < text.length && (/[\s\p{P}’]/u.test(text[j]!) && !/["”“]/.test(text[j]!) && !(text[j] === "'" && text[j + 1] === "'")) && !(text[j] === "\n" && text[j + 1] === "\n")) j++;
  let closes = j < text.length && (text[j] === "”" || text[j] === '"' || (text[j] === "'" && text[j + 1] === "'"));
  if (!closes && (j >= text.length || text[j] === "\n")) {
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    closes = text[k] === "“" || text[k] === '"' || (text[k] === "'" && text[k + 1] === "'");
  }
  return opens && closes;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const TITLES = new Set(["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "the"]);
const PRONOUN = /^(he|she|they|i|we|who|it|you)$/i;
const nameTokens = (s: string) =>
  (s.replace(/[’']s\b/g, "").match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => t.toLowerCase()).filter((t) => !TITLES.has(t));
const hasName = (s: string) => {
  const tokens = s.split(/\s+/);
  return tokens.some((t, i) => /^\p{Lu}/u.test(t) && !/^(The|A|An|His|Her|Their|Its|This|That)$/.test(t) && (i > 0 || tokens.length === 1 || /^\p{Lu}/u.test(tokens[1] ?? "")));
};

export async function main(args: string[]): Promise<number> {
  const dir = args[0];
  if (!dir) {
    console.error("usage: eval polnear <path to PolNeAR dev folder (with text/ and attributions/)> [--errors] [--floors: fail below the recorded floors]");
    return 2;
  }
  const texts = (await readdir(join(dir, "text"))).filter((f) => f.endsWith(".txt")).sort();
  const annFiles = (await readdir(join(dir, "attributions"))).sort();
  let goldTotal = 0, found = 0, predTotal = 0, predTp = 0, predIgnored = 0;
  let namedTotal = 0, namedRight = 0, pronounTotal = 0, pronounRight = 0, endToEnd = 0;
  let bytes = 0, ms = 0;
  analyse("warm up");
  for (const file of texts) {
    const base = file.replace(/\.txt$/, "");
    const ann = annFiles.find((a) => a.startsWith(`${base}_`) && a.endsWith(".ann"));
    if (!ann) continue;
    const text = await readFile(join(dir, "text", file), "utf8");
    const cp = codePointIndex(text);
    const { bounds, events } = parseAnn(await readFile(join(dir, "attributions", ann), "utf8"));
    const mask = quotedMask(text);
    const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const wordAt = (start: number, end: number) => words.flatMap((w, i) => (w.start >= start && w.end <= end ? [i] : []));

    const golds: GoldQuote[] = [];
    const partialWords = new Set<number>();
    const namedSources = events
      .map((e) => (e.Source ? bounds.get(e.Source) : undefined))
      .filter((s): s is TextBound => !!s && hasName(s.text) && !PRONOUN.test(s.text.trim()))
      .sort((a, b) => a.fragments[0]![0] - b.fragments[0]![0]);
    for (const e of events) {
      const content = e.Content ? bounds.get(e.Content) : undefined;
      if (!content) continue;
      const spans = content.fragments.map(([s, t]) => [cp[s]!, cp[t]!] as [number, number]);
      const letters = spans.flatMap(([s, t]) => [...text.slice(s, t)].map((ch, i) => [ch, s + i] as const)).filter(([ch]) => /[\p{L}\p{N}]/u.test(ch));
      if (!letters.length) continue;
      const inside = letters.filter(([, i]) => mask[i]).length;
      const ids = spans.flatMap(([s, t]) => wordAt(s, t));
      // fragments split around the cue are each quoted; the frame is checked at the Content's two ends
      const ordered = [...spans].sort((a, b) => a[0] - b[0]);
      if (inside === letters.length && framedByQuotes(text, ordered[0]![0], ordered[ordered.length - 1]![1])) {
        const source = e.Source ? bounds.get(e.Source) ?? null : null;
        golds.push({ words: new Set(ids), source, sourceStart: source ? cp[source.fragments[0]![0]]! : -1 });
      } else if (inside > 0) for (const id of ids) partialWords.add(id);
    }

    const started = performance.now();
    const analysis = analyse(text);
    const mentions = extractMentions(text, analysis);
    const quotes = extractQuotes(text, analysis, mentions);
    ms += performance.now() - started;
    bytes += Buffer.byteLength(text);

    const predictions = quotes.map((q) => ({ words: new Set(wordAt(q.start, q.end)), speaker: q.speakerName }));
    const covered = new Set(predictions.flatMap((p) => [...p.words]));
    const foundGold = golds.filter((g) => g.words.size && [...g.words].filter((w) => covered.has(w)).length / g.words.size >= 0.5);
    goldTotal += golds.length;
    found += foundGold.length;
    for (const p of predictions) {
      if (!p.words.size) continue;
      const share = (set: Set<number>) => [...p.words].filter((w) => set.has(w)).length / p.words.size;
      if (foundGold.some((g) => share(g.words) >= 0.5)) {
        predTotal++;
        predTp++;
      } else if (share(partialWords) >= 0.5) predIgnored++;
      else predTotal++;
    }
    for (const g of foundGold) {
      if (!g.source) continue;
      let best: (typeof predictions)[number] | null = null;
      let overlap = 0;
      for (const p of predictions) {
        const o = [...p.words].filter((w) => g.words.has(w)).length;
        if (o > overlap) [best, overlap] = [p, o];
      }
      const predicted = nameTokens(best?.speaker ?? "");
      const right = (goldSource: string) => {
        const goldTokens = nameTokens(goldSource);
        const last = predicted[predicted.length - 1];
        return !!last && (goldTokens.includes(last) || goldTokens.some((t) => t === last) || predicted.includes(goldTokens[goldTokens.length - 1] ?? "\0"));
      };
      if (hasName(g.source.text) && !PRONOUN.test(g.source.text.trim())) {
        namedTotal++;
        if (right(g.source.text)) {
          namedRight++;
          endToEnd++;
        } else if (args.includes("--errors")) {
          const first = Math.min(...[...g.words].map((w) => words[w]!.start));
          const last = Math.max(...[...g.words].map((w) => words[w]!.end));
          const context = (s: string) => s.replace(/\n/g, " ¶ ");
          console.log(`SPEAKER ${best?.speaker ?? null} != ${g.source.text} | ${base}\n    ${context(text.slice(Math.max(0, first - 160), first))}[[${context(text.slice(first, Math.min(last, first + 80)))}…]]${context(text.slice(last, last + 160))}`);
        }
      } else if (PRONOUN.test(g.source.text.trim())) {
        const antecedent = [...namedSources].reverse().find((s) => cp[s.fragments[0]![0]]! < g.sourceStart);
        pronounTotal++;
        if (antecedent && right(antecedent.text)) {
          pronounRight++;
          endToEnd++;
        }
      }
    }
  }
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : "n/a");
  const precision = predTotal ? predTp / predTotal : 0;
  const recall = goldTotal ? found / goldTotal : 0;
  console.log(`PolNeAR ${dir}: ${texts.length} articles, ${goldTotal} direct quotes in gold`);
  console.log(`quotes       P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${(precision + recall ? (2 * precision * recall) / (precision + recall) : 0).toFixed(3)}  (found ${found}/${goldTotal}, ${predTp}/${predTotal} predictions right, ${predIgnored} inside partial quotes ignored)`);
  console.log(`speakers     named sources ${ratio(namedRight, namedTotal)} (${namedRight}/${namedTotal}), pronoun sources ${ratio(pronounRight, pronounTotal)} (${pronounRight}/${pronounTotal})`);
  console.log(`throughput   ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s (analysis, mentions and quotes)`);
  if (!args.includes("--floors")) return 0;
  const below = belowPolnearFloors({ quotesFound: recall, namedSpeakers: namedTotal ? namedRight / namedTotal : 0 });
  for (const line of below) console.error(line);
  return below.length > 0 ? 1 : 0;
}

/** The development figures a change must not lose (PolNeAR dev; its test part is held out). */
export const POLNEAR_FLOORS: Readonly<Record<"quotesFound" | "namedSpeakers", number>> = { quotesFound: 0.98, namedSpeakers: 0.95 };

/** The figures below their floor, as messages (none when every figure holds). */
export function belowPolnearFloors(scores: Record<keyof typeof POLNEAR_FLOORS, number>, floors = POLNEAR_FLOORS): string[] {
  return (Object.entries(floors) as [keyof typeof POLNEAR_FLOORS, number][]).flatMap(([figure, floor]) =>
    scores[figure] >= floor ? [] : [`below the floor: ${figure} ${scores[figure].toFixed(3)} < ${floor}`],
  );
}
