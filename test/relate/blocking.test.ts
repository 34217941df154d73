import { describe, expect, it } from "vitest";
import { similarPairs, BLOCKING, EXACT } from "../../src/relate/blocking/similar-pairs.js";
import { averageLinkClusters } from "../../src/relate/blocking/average-link.js";
import { cosine, inverseDocumentFrequency, standsAsReport, termCounts, tfidf } from "../../src/relate/vectors.js";
import { findDuplicates } from "../../src/relate/duplicates.js";
import type { CleanArticle } from "../../src/types.js";

const vectorsOf = (docs: string[][]) => {
  const counts = docs.map(termCounts);
  const idf = inverseDocumentFrequency(counts);
  return counts.map((c) => tfidf(c, idf));
};

/** Every pair by brute force, to hold the index against. */
function allPairs(vectors: Map<string, number>[], threshold: number) {
  const out: string[] = [];
  for (let a = 0; a < vectors.length; a++)
    for (let b = a + 1; b < vectors.length; b++) if (cosine(vectors[a]!, vectors[b]!) >= threshold) out.push(`${a}-${b}`);
  return out;
}

describe("similar pairs through an inverted index", () => {
  it("finds the same pairs as comparing all of them when every term is rare enough to index", () => {
    const docs = [
      ["glacier", "melt", "valley", "flood"],
      ["glacier", "valley", "flood", "farmers"],
      ["orchestra", "tour", "violin"],
      ["violin", "orchestra", "conductor"],
      ["harbour", "strike", "crane"],
    ];
    const vectors = vectorsOf(docs);
    const found = similarPairs(vectors, 0.1).map((p) => `${p.a}-${p.b}`);
    expect(found.sort()).toEqual(allPairs(vectors, 0.1).sort());
    expect(found).toContain("0-1");
    expect(found).not.toContain("0-2");
  });

  it("does not pair documents that share only a word found in most of a large collection", () => {
    const common = "report";
    const docs = Array.from({ length: BLOCKING.minPostingCap * 3 }, (_, i) => [common, `alpha${i}`, `beta${i}`]);
    const pairs = similarPairs(vectorsOf(docs), 0.05);
    expect(pairs).toEqual([]);
  });
});

describe("similar pairs, exact", () => {
  it("finds every pair that comparing all of them finds, common words and all", () => {
    // a small vocabulary, so that most words are in most documents (the index must not skip them)
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const vocabulary = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const docs = Array.from({ length: 300 }, () => Array.from({ length: 6 }, () => vocabulary[Math.floor(next() ** 2 * vocabulary.length)]!));
    const vectors = vectorsOf(docs);
    const found = similarPairs(vectors, 0.3, EXACT).map((p) => `${p.a}-${p.b}`);
    expect(found.sort()).toEqual(allPairs(vectors, 0.3).sort());
    expect(found.length).toBeGreaterThan(100);
  });
});

describe("average-link clustering on a sparse graph", () => {
  it("joins a tight group and leaves an item linked to only one member of it apart", () => {
    const pairs = [
      { a: 0, b: 1, similarity: 0.9 },
      { a: 1, b: 2, similarity: 0.8 },
      { a: 0, b: 2, similarity: 0.85 },
      // 3 is close to 2 alone: its average to {0,1,2} is 0.3 / 3 = 0.1, below the threshold
      { a: 2, b: 3, similarity: 0.3 },
    ];
    expect(averageLinkClusters(4, pairs, 0.2)).toEqual([[0, 1, 2], [3]]);
  });

  it("does not chain: a pair linked only through a middle item stays two stories when the average is low", () => {
    const pairs = [
      { a: 0, b: 1, similarity: 0.25 },
      { a: 1, b: 2, similarity: 0.25 },
    ];
    // 0 and 1 merge (0.25); {0,1} to 2 averages 0.125
    expect(averageLinkClusters(3, pairs, 0.2)).toEqual([[0, 1], [2]]);
  });

  it("honours a veto", () => {
    const pairs = [{ a: 0, b: 1, similarity: 0.9 }];
    expect(averageLinkClusters(2, pairs, 0.2, () => false)).toEqual([[0], [1]]);
  });
});

const article = (sourceFile: string, text: string): { id: string; article: CleanArticle } => ({
  id: sourceFile.replace(/\W/g, "-"),
  article: { sourceFile, text } as CleanArticle,
});

describe("copies found through sampled shingles", () => {
  const body = Array.from({ length: 40 }, (_, i) => `The ferry operator said crossing number ${i} would leave the northern pier on time despite the wind.`).join(" ");
  it("reports an identical copy and a copy with a new trailer among many unrelated texts", () => {
    const others = Array.from({ length: 200 }, (_, i) =>
      article(`other-${String(i).padStart(3, "0")}.txt`, `Market item ${i}: the cooperative sold ${i * 7} tonnes of barley to mill ${i} after a dry season in district ${i}.`),
    );
    const found = findDuplicates([
      ...others,
      article("a.txt", body),
      article("b.txt", body),
      article("c.txt", `${body} Follow our live coverage for more.`),
    ]).duplicates;
    expect(found.map((d) => [d.file, d.ofFile, d.kind])).toEqual([
      ["b.txt", "a.txt", "identical"],
      ["c.txt", "a.txt", "near-copy"],
    ]);
  });

  it("does not call two reports in one template copies of each other", () => {
    const found = findDuplicates([
      article("x.txt", "The council approved the budget for the eastern library on Tuesday after a long debate about opening hours and staff."),
      article("y.txt", "The council rejected the plan for the western swimming pool on Friday after residents complained about noise and parking."),
    ]).duplicates;
    expect(found).toEqual([]);
  });
});

describe("standsAsReport", () => {
  // the rule as first written: eight words or more (split on white space), ending as a sentence does
  const asSplit = (text: string) => text.split(/\s+/).length >= 8 && /[.!?]["'”’)]?$/.test(text);
  const cases = [
    "The harbour board met on Tuesday to approve the plan.",
    "Seven short words end this line here.",
    "Too  many   spaces\tbetween\nfew words here.",
    " Leading space and then seven words follow.",
    "Trailing runs count as a split does   .",
    "A line of eight words without a stop at end",
    "Non\u00a0breaking\u00a0spaces also split words in this sentence here.",
    "“Quoted words end the sentence with a mark,” she said.",
    "One.",
    "",
  ];
  it.each(cases)("agrees with the split-based rule: %j", (text) => {
    expect(standsAsReport(text)).toBe(asSplit(text));
  });
  it("takes a sentence of eight words and leaves a seven-word one", () => {
    expect(standsAsReport("The harbour board met on Tuesday to vote.")).toBe(true);
    expect(standsAsReport("The harbour board met on Tuesday again.")).toBe(false);
  });
});
