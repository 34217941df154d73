// The packed analysis: its form (what the cache holds) and the tokens it gives back.
import { describe, expect, it } from "vitest";
import { packAnalysis, unpackAnalysis } from "../../src/work/pack.js";
import type { Analysis, Token } from "../../src/nlp.js";

const source = "Ines Calder’s ferry didn't sail.\nIt sank";
const tok = (text: string, start: number, end: number, pos: string, lemma: string, type: string, sentence: number): Token => ({ text, start, end, pos, lemma, type, sentence });
// a printed form that is not the source's ("'s" for "’s"), lemmas of their own, and a token running past the text's end
const analysis: Analysis = {
  sentences: [
    { start: 0, end: 32, firstToken: 0, endToken: 8 },
    { start: 33, end: 40, firstToken: 8, endToken: 10 },
  ],
  tokens: [
    tok("Ines", 0, 4, "PROPN", "ines", "word", 0),
    tok("Calder", 5, 11, "PROPN", "calder", "word", 0),
    tok("'s", 11, 13, "PART", "'s", "word", 0),
    tok("ferry", 14, 19, "NOUN", "ferry", "word", 0),
    tok("did", 20, 23, "AUX", "do", "word", 0),
    tok("n't", 23, 26, "PART", "not", "word", 0),
    tok("sail", 27, 31, "VERB", "sail", "word", 0),
    tok(".", 31, 32, "PUNCT", ".", "punctuation", 0),
    tok("It", 33, 35, "PRON", "it", "word", 1),
    tok("sank!", 36, 41, "VERB", "sink", "word", 1),
  ],
};

describe("packAnalysis", () => {
  const packed = packAnalysis(analysis, source);
  it("keeps the form the cache holds (columns, tags in first use, text and lemma only where they differ)", () => {
    expect(packed).toEqual({
      columns:
        "AAAAAAUAAAAGAAAAAwAAAAYAAAADAAAABAAAAAQAAAACAAAAAwAAAAQAAAAGAAAAAgAAAAUAAAADAAAAAwAAAAQAAAABAAAAAgAAAAUAAAAAAAAAAAAAAAEAAAACAAAAAwAAAAEAAAAEAAAABQAAAAYAAAAEAAAAAAAAAAgAAAABAAAAAgAAAA==",
      count: 10,
      tags: ["PROPN|word", "PART|word", "NOUN|word", "AUX|word", "VERB|word", "PUNCT|punctuation", "PRON|word"],
      text: { 2: "'s", 9: "sank!" },
      lemma: { 4: "do", 5: "not", 9: "sink" },
      sentences: [0, 32, 0, 8, 33, 40, 8, 10],
    });
  });
  it("gives back the same tokens and sentences", () => {
    const back = unpackAnalysis(JSON.parse(JSON.stringify(packed)), source);
    expect(back.tokens).toEqual(analysis.tokens);
    expect(back.sentences).toEqual(analysis.sentences);
  });
  it("packs an analysis without tokens", () => {
    expect(packAnalysis({ sentences: [], tokens: [] }, "")).toEqual({ columns: "", count: 0, tags: [], text: {}, lemma: {}, sentences: [] });
  });
});
