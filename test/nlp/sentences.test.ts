// sentencesOf: the sentences analyse() finds, without its tokens.
import { describe, expect, it } from "vitest";
import { analyse, sentencesOf } from "../../src/nlp.js";
import { firstSentence } from "../../src/clean/structure.js";

const texts = [
  "",
  "One sentence without a stop",
  "Mr. Calder said the U.S. ferry sailed at 9 a.m. on Tuesday. It sank. Nobody was hurt!",
  "A heading\nThe paragraph under it runs on, and on.\n\nAnother paragraph “quoted,” she said.",
  "Prices rose 3.5% to $1.13bn… Then they fell?   Spaces   and\ttabs, and a word of seventy letters " + "x".repeat(70) + " end.",
  "Curly ‘quotes’ and — dashes — that wink normalises; ﬁ ligatures and café.",
];

describe("sentencesOf", () => {
  it("finds the same sentences as analyse()", () => {
    for (const text of texts) expect(sentencesOf(text), text).toEqual(analyse(text).sentences);
  });
  it("gives firstSentence a paragraph's first sentence", () => {
    expect(firstSentence("Mr. Calder said the ferry sailed. It sank.")).toBe("Mr. Calder said the ferry sailed.");
    expect(firstSentence("No stop here")).toBe("No stop here");
  });
});
