import { describe, expect, it } from "vitest";
import { matchPage, sameTokens, scoreMatches, shinglesOf, tokensOf } from "../../src/eval/extraction.js";

const score = (pairs: [string, string][]) => scoreMatches(pairs.map(([predicted, gold]) => matchPage(predicted, gold)));

describe("extraction benchmark metric", () => {
  it("tokens are runs of letters, digits and underscores in any script, case kept", () => {
    expect(tokensOf("The ferry's 2nd run—to Åland, at 07:15 (snake_case).")).toEqual(["The", "ferry", "s", "2nd", "run", "to", "Åland", "at", "07", "15", "snake_case"]);
    expect(tokensOf(" ... — ")).toEqual([]);
  });

  it("shingles are 4-token windows counted as a multiset; a shorter text is one shingle, an empty one none", () => {
    expect([...shinglesOf(tokensOf("one two three four five")).values()]).toEqual([1, 1]);
    expect(shinglesOf(tokensOf("a b c d a b c d")).size).toBe(4);
    expect([...shinglesOf(tokensOf("a b c d e a b c d")).entries()].find(([, n]) => n === 2)).toBeTruthy();
    expect(shinglesOf(tokensOf("Too short here")).size).toBe(1);
    expect(shinglesOf([]).size).toBe(0);
  });

  it("identical texts score 1 and disjoint texts 0", () => {
    const text = "The harbour board voted on Tuesday to close the north pier for repairs.";
    expect(score([[text, text]])).toEqual({ precision: 1, recall: 1, F1: 1 });
    expect(score([["Seven lanterns drifted over the quiet canal tonight.", text]])).toEqual({ precision: 0, recall: 0, F1: 0 });
  });

  it("a short text matches only itself as a whole, not as part of a longer text", () => {
    expect(score([["Rain expected later", "Rain expected later"]]).F1).toBe(1);
    expect(score([["Rain expected later", "Rain expected later today"]]).F1).toBe(0);
  });

  it("each page weighs the same: a long page does not outweigh a short one", () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");
    const figures = score([
      [long, long],
      ["Gulls circled the empty market square", "Nothing in common with the prediction at all"],
    ]);
    expect(figures.precision).toBeCloseTo(0.5);
    expect(figures.recall).toBeCloseTo(0.5);
  });

  it("extra text costs precision and missing text costs recall, per page", () => {
    const gold = "one two three four five six seven";
    const longer = score([[`${gold} eight nine`, gold]]);
    expect(longer.recall).toBe(1);
    expect(longer.precision).toBeCloseTo(4 / 6);
    const shorter = score([["one two three four five", gold]]);
    expect(shorter.precision).toBe(1);
    expect(shorter.recall).toBeCloseTo(2 / 4);
  });

  it("an empty prediction counts against recall and is left out of precision", () => {
    const figures = score([
      ["", "a page the extractor missed entirely today"],
      ["the bridge reopened to traffic at noon", "the bridge reopened to traffic at noon"],
    ]);
    expect(figures.precision).toBe(1);
    expect(figures.recall).toBeCloseTo(0.5);
  });

  it("accuracy needs the same token sequence; spacing and punctuation do not matter, case does", () => {
    expect(sameTokens("Hello,  world!\n\nAgain.", "Hello world Again")).toBe(true);
    expect(sameTokens("hello world again", "Hello world Again")).toBe(false);
    expect(sameTokens("Hello world", "Hello world Again")).toBe(false);
  });
});
