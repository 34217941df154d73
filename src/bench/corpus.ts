// Benchmark corpora read in place (never copied into the repository).
import { readFileSync } from "node:fs";
import type { ContentFile } from "../types.js";

/** CoNLL-2003 documents as plain-text articles: first sentence as headline, tokens re-joined. */
export function conllAsArticles(path: string): ContentFile[] {
  const docs = readFileSync(path, "utf8").split(/^-DOCSTART-.*$/m).slice(1);
  const encoder = new TextEncoder();
  return docs.map((doc, i) => {
    const sentences = doc
      .trim()
      .split(/\n\s*\n/)
      .map((block) =>
        block
          .split("\n")
          .map((line) => line.split(" ")[0] ?? "")
          .join(" ")
          .replace(/ ([.,;:!?)'%])/g, "$1")
          .replace(/\( /g, "("),
      )
      .filter(Boolean);
    const [headline = "", ...body] = sentences;
    return { path: `conll/doc-${String(i + 1).padStart(3, "0")}.txt`, bytes: encoder.encode(`${headline}\n\n${body.join(" ")}\n`) };
  });
}
