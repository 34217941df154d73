// The pipeline's layers point down: each stage (ingest, clean, extract, relate, assemble, site) is
// written against the shared modules beneath it (types, model, data, dates, nlp…) and never reaches
// into another stage; the shared modules import no stage. Only the orchestration (pipeline, work,
// cli) and the tools (eval, bench) put stages together. Read from the source, import by import.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "..", "..", "src");
const STAGES = ["ingest", "clean", "extract", "relate", "assemble", "site"];
/** folders and files that put the stages together, and may import any of them */
const ORCHESTRATION = ["pipeline.ts", "cli.ts", "work", "eval", "bench"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [join(dir, e.name)] : [],
  );
}

/** The first folder (or file) under src/ that a path lies in. */
const layerOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!;

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^"'`;]*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g)) {
    const spec = m[1] ?? m[2]!;
    found.push(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
  }
  return found;
}

function crossings(): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = layerOf(file);
    if (ORCHESTRATION.includes(from)) continue;
    for (const target of importsOf(file)) {
      const to = layerOf(target);
      if (to === from || !STAGES.includes(to)) continue;
      out.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
    }
  }
  return out.sort();
}

describe("layers", () => {
  it("no stage and no shared module imports another stage", () => {
    expect(crossings()).toEqual([]);
  });

  it("the check sees a crossing when there is one", () => {
    // the reader itself must find imports, or the test above could never fail
    const extractIndex = join(SRC, "extract", "index.ts");
    expect(importsOf(extractIndex).some((path) => layerOf(path) === "extract")).toBe(true);
    expect(importsOf(extractIndex).some((path) => relative(SRC, path) === "types.ts")).toBe(true);
  });
});
