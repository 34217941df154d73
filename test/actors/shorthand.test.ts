// Wire-table shorthand ("Shr 12 cts vs 9 cts", "Mths") is no name; acronyms and real names stay.
import { describe, expect, it } from "vitest";
import { extractMentions, isShorthand } from "../../src/extract/actors.js";
import { analyse } from "../../src/nlp.js";

const names = (text: string) => extractMentions(text, analyse(text)).map((m) => m.text);

describe("isShorthand", () => {
  it("is a capitalised word of three letters or more with no vowel", () => {
    for (const word of ["Shr", "Mths", "Qtr", "Dlrs", "Pct."]) expect(isShorthand(word), word).toBe(true);
  });

  it("is never an acronym in capitals, a name with a vowel or a y, or a two-letter word", () => {
    for (const word of ["NHS", "BBC", "Nguyen", "Llwyd", "Flynn", "Ng", "Smyth"]) expect(isShorthand(word), word).toBe(false);
  });
});

describe("shorthand in an article", () => {
  it("leaves the table's shorthand out and keeps the company and the people", () => {
    const text =
      "Harbourline Ferries Ltd said quarterly profit rose.\n\nShr 12 cts vs nine cts\n\nNet 512,000 vs 431,000\n\nNine mths\n\nShr 41 cts vs 33 cts\n\n" +
      "Chief executive Mira Nguyen said bookings were strong, and the NHS contract was renewed.";
    const found = names(text);
    expect(found).not.toContain("Shr");
    expect(found.some((n) => /Nguyen/.test(n))).toBe(true);
    expect(found).toContain("NHS");
  });
});
