// `npm run eval -- ecbplus DIR [--floors]`: the whole pipeline on the ECB+ development topics as the
// converter wrote them (DIR/content, DIR/gold.json; ../shared/tools/ecbplus_to_corpus.py), scored by the
// shared scorer (../shared/tools/score_ecb.py: stories, actor mentions, kinds, identity within and across
// stories), and by our own reading of the briefing: key-point citations an article supports, articles
// with a topic, stories without a printed headline. --floors fails (exit 1) when a figure drops below the
// floor recorded here, so a change that loses ground is seen before it lands. --json OUT keeps the briefing
// that was scored, so `score_ecb.py OUT DIR/gold.json -v` can list the worst splits and merges.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readContentFolder } from "../ingest/read.js";
import { runPipeline } from "../pipeline.js";
import type { Briefing } from "../model/briefing.js";

/** Where the shared scorer lies, from this file (dist/eval or src/eval) through the project root. */
const SCORER = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "tools", "score_ecb.py");

/** The development figures a change must not lose (measured on topics 1-25; the test topics are held out). */
export const ECB_FLOORS: Record<string, number> = {
  "stories pairwise F1": 0.9,
  "stories pairwise P": 0.93,
  "stories B3 F1": 0.92,
  "mention recall": 0.975,
  "kind accuracy": 0.94,
  "identity B3 F1": 0.92,
  "cross-doc precision": 0.99,
  "key-point citations supported": 0.95,
};

/** Words too common to say what a sentence states: a key point's content words are the rest. */
const FUNCTION_WORDS = new Set(
  "the a an of to in and or for on at by with from as is was were be been are that this it its he she they his her their said says will would has have had not but after before over into about than more most who which what when where there here also".split(" "),
);

const contentWordsOf = (text: string) => new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w)));

/** Share of key-point citations where the cited article has a sentence holding half the point's content words. */
export function keyPointSupport(briefing: Pick<Briefing, "articles" | "stories">): { citations: number; supported: number } {
  const sentencesOf = new Map(briefing.articles.map((a) => [a.id, a.text.split(/(?<=[.!?])\s+|\n+/).map(contentWordsOf)] as const));
  let citations = 0;
  let supported = 0;
  for (const story of briefing.stories)
    for (const point of story.keyPoints) {
      const words = contentWordsOf(point.text);
      if (words.size === 0) continue;
      for (const id of point.articles) {
        citations++;
        const holds = (sentence: Set<string>) => [...words].filter((w) => sentence.has(w)).length >= words.size / 2;
        if ((sentencesOf.get(id) ?? []).some(holds)) supported++;
      }
    }
  return { citations, supported };
}

/** The figures the SUMMARY line of score_ecb.py gives, by name. */
function parseSummary(summary: string): Record<string, number> {
  const grab = (pattern: RegExp) => Number(pattern.exec(summary)?.[1] ?? NaN);
  return {
    "stories pairwise F1": grab(/stories pairwise F1 ([\d.]+)/),
    "stories pairwise P": grab(/stories pairwise F1 [\d.]+ \(P ([\d.]+)/),
    "stories B3 F1": grab(/B3 F1 ([\d.]+), \d+ predicted/),
    "mention recall": grab(/mention recall ([\d.]+)/),
    "kind accuracy": grab(/kind accuracy ([\d.]+)/),
    "non-persons called person": grab(/non-persons called person ([\d.]+)/),
    "identity B3 F1": grab(/identity B3 F1 ([\d.]+)/),
    "cross-story precision": grab(/cross-story precision ([\d.]+)/),
    "cross-doc precision": grab(/all cross-doc precision ([\d.]+)/),
  };
}

export async function main(args: string[]): Promise<number> {
  const dir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--json");
  const floors = args.includes("--floors");
  const keepAt = args.indexOf("--json");
  const keep = keepAt >= 0 ? args[keepAt + 1] : undefined;
  if (!dir || !existsSync(join(dir, "content")) || !existsSync(join(dir, "gold.json"))) {
    console.error("usage: eval ecbplus <folder with content/ and gold.json, e.g. ../shared/benchmarks/ecbplus> [--floors] [--json OUT: keep the briefing scored, for score_ecb.py -v]");
    return 2;
  }
  if (!existsSync(SCORER)) {
    console.error(`eval ecbplus: the shared scorer is not at ${SCORER}`);
    return 2;
  }
  const { files } = await readContentFolder(join(dir, "content"));
  const started = performance.now();
  const { briefing } = runPipeline(files, { contentLabel: "content" });
  const ms = performance.now() - started;
  const out = keep ?? join(await mkdtemp(join(tmpdir(), "briefing-ecb-")), "briefing.json");
  await writeFile(out, JSON.stringify(briefing));
  const scored = execFileSync("python3", [SCORER, out, join(dir, "gold.json")], { encoding: "utf8" });
  const summary = scored.split("\n").find((line) => line.startsWith("SUMMARY")) ?? "";
  const figures = parseSummary(summary);
  const support = keyPointSupport(briefing);
  figures["key-point citations supported"] = support.citations ? support.supported / support.citations : 1;
  const withTopic = briefing.articles.filter((a) => a.topics.length > 0).length;
  figures["articles with a topic"] = withTopic / Math.max(1, briefing.articles.length);
  const generated = briefing.stories.filter((s) => s.titleSource === "generated").length;

  console.log(`ECB+ ${dir}: ${briefing.articles.length} articles, ${briefing.stories.length} stories (${generated} headlines written by the build), ${briefing.actors.length} actors, pipeline ${(ms / 1000).toFixed(1)} s`);
  console.log(summary);
  console.log(`key points   ${support.supported}/${support.citations} citations supported (${figures["key-point citations supported"]!.toFixed(3)})`);
  console.log(`topics       ${briefing.topics.length} topics; articles with a topic ${withTopic}/${briefing.articles.length} (${figures["articles with a topic"]!.toFixed(3)})`);
  if (!floors) return 0;
  const below = Object.entries(ECB_FLOORS).filter(([name, floor]) => !(figures[name]! >= floor));
  for (const [name, floor] of below) console.error(`below the floor: ${name} ${figures[name]} < ${floor}`);
  return below.length ? 1 : 0;
}
