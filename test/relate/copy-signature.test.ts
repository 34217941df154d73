// The copy signature the per-article work hands on: the same for texts a reader would call the same,
// different for texts that are not, and the copies found from it the same as from the texts.
import { describe, expect, it } from "vitest";
import { copySignature, signatureShingles } from "../../src/copy-signature.js";
import { findDuplicates } from "../../src/relate/duplicates.js";
import type { CleanArticle } from "../../src/types.js";

const text = "The harbour board met on Tuesday to approve a new ferry pier, said its chair, Ines Calder.";

describe("copySignature", () => {
  it("is the same for a text with other spacing, case and curly quote marks", () => {
    const again = "THE harbour   board met on Tuesday to approve a new ferry pier,\nsaid its chair, Ines Calder.";
    expect(copySignature(again)).toEqual(copySignature(text));
    expect(copySignature("He said ‘no’ twice.").words).toBe(copySignature("He said 'no' twice.").words);
  });

  it("differs for a text with one word changed", () => {
    const other = copySignature(text.replace("Tuesday", "Thursday"));
    expect(other.words).not.toBe(copySignature(text).words);
    expect(other.shingles).not.toBe(copySignature(text).shingles);
  });

  it("holds each 5-word window once, in ascending order, and one number for a text shorter than a window", () => {
    const shingles = signatureShingles(copySignature(text));
    // 17 words: 13 windows, all different
    expect(shingles).toHaveLength(13);
    expect([...shingles]).toEqual([...shingles].sort((a, b) => a - b));
    expect(signatureShingles(copySignature("Ferry cancelled."))).toHaveLength(1);
    expect(signatureShingles(copySignature(""))).toHaveLength(0);
  });
});

const article = (sourceFile: string, body: string): CleanArticle => ({ sourceFile, text: body }) as unknown as CleanArticle;

describe("copies found from signatures", () => {
  it("are those found from the texts", () => {
    const body = Array.from({ length: 30 }, (_, i) => `Crossing number ${i} left the northern pier on time despite the wind, the operator said.`).join(" ");
    const texts: [string, string][] = [
      ["a.txt", body],
      ["b.txt", body.toUpperCase()],
      ["c.txt", `${body} Follow our coverage for more.`],
      ["d.txt", body.split(". ").slice(0, 20).join(". ") + ". A new paragraph of our own about the harbour board and its plans for the next ten years."],
      ["e.txt", "An unrelated report on barley prices at the cooperative mill after a dry season."],
    ];
    const plain = findDuplicates(texts.map(([file, t]) => ({ id: file, article: article(file, t) })));
    const signed = findDuplicates(texts.map(([file, t]) => ({ id: file, article: article(file, t), copy: copySignature(t) })));
    expect(signed).toEqual(plain);
    expect(plain.duplicates.map((d) => [d.file, d.kind])).toEqual([
      ["b.txt", "identical"],
      ["c.txt", "near-copy"],
      ["d.txt", "rewrite"],
    ]);
  });
});
