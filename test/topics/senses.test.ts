// Near-synonym topics: WordNet proposes related head nouns, the articles must confirm by using both.
import { describe, expect, it } from "vitest";
import { relatedHeads } from "../../src/relate/topics/senses.js";
import { discoverTopics } from "../../src/relate/topics.js";
import { COVERAGE_FILL, fillCoverage } from "../../src/relate/topics.js";
import { maxCandidates, type Corpus, type PhraseStats } from "../../src/relate/topics/corpus.js";
import { SENSE_FOLD, senseRelatedPairs } from "../../src/relate/topics/cluster.js";
import { topicInputs, type GeneratedArticle } from "./corpora.js";

describe("relatedHeads (WordNet candidates)", () => {
  it("relates synonyms and a narrower word to its broader one, only among the heads asked about", () => {
    const found = relatedHeads(new Set(["quake", "earthquake", "tremor", "ledger"]));
    expect(found).toContainEqual({ a: "earthquake", b: "quake", relation: "synonym" });
    expect(found).toContainEqual({ a: "tremor", b: "earthquake", relation: "broader" });
    expect(found.some((r) => r.a === "ledger" || r.b === "ledger")).toBe(false);
  });

  it("knows a word's other senses too, which is why the articles must confirm a pair", () => {
    expect(relatedHeads(new Set(["pirate", "plagiarist"]))).toContainEqual({ a: "pirate", b: "plagiarist", relation: "synonym" });
  });
});

const article = (id: string, subject: string, text: string): GeneratedArticle => ({ id, subject, text, phrases: [] });

// the same earthquake told with "quake" and "earthquake" in the same articles
const QUAKE = [
  "The earthquake shook the valley towns before dawn on Tuesday. Residents said the quake lasted almost a minute. Engineers inspected the bridges after the earthquake.",
  "Rescue teams searched collapsed homes after the quake. The earthquake cut power to the valley. Officials said the quake damaged two schools.",
  "A second earthquake was felt in the hills. Geologists said the quake was shallow. Schools stayed closed after the earthquake.",
  "The quake left hundreds of families in tents. Aid agencies said the earthquake destroyed crops. Repairs after the quake could take months.",
];
describe("near-synonym topics", () => {
  const inputs = (groups: string[][]) =>
    topicInputs(groups.flatMap((texts, g) => texts.map((text, i) => article(`g${g}-${i}`, `s${g}`, text))));

  it("make one topic of phrases with synonym heads that the same articles use", () => {
    const topics = discoverTopics(inputs([QUAKE]), []);
    const quakeTopics = topics.filter((t) => t.phrases.some((p) => /quake/i.test(p)));
    expect(quakeTopics).toHaveLength(1);
    expect(quakeTopics[0]!.phrases.map((p) => p.toLowerCase())).toEqual(expect.arrayContaining(["earthquake", "quake"]));
  });

});

describe("senseRelatedPairs (the articles confirm WordNet)", () => {
  // just what the pairing reads of a phrase: its head and the articles using it
  const phrase = (head: string, articles: number[]) => ({ head, countByArticle: new Map(articles.map((a) => [a, 1])) }) as unknown as PhraseStats;
  const corpusOf = (n: number) => ({ articles: new Array(n) }) as unknown as Corpus;

  it("pairs synonym heads used together in two articles, and a narrower head with less weight", () => {
    const phrases = [phrase("quake", [0, 1, 2]), phrase("earthquake", [1, 2, 5]), phrase("tremor", [2, 5])];
    const pairs = senseRelatedPairs(corpusOf(8), phrases);
    expect(pairs).toContainEqual({ p: 1, q: 0, weight: SENSE_FOLD.synonym });
    expect(pairs).toContainEqual({ p: 2, q: 1, weight: SENSE_FOLD.broader });
    expect(SENSE_FOLD.broader).toBeLessThan(SENSE_FOLD.synonym);
  });

  it("never pairs heads WordNet relates when no two articles use both", () => {
    // "pirate" and "plagiarist" share a sense; ships and books are two subjects
    const phrases = [phrase("pirate", [0, 1, 2]), phrase("plagiarist", [2, 3, 4])];
    expect(senseRelatedPairs(corpusOf(8), phrases)).toEqual([]);
    // one shared article is enough only in a collection of one
    expect(senseRelatedPairs(corpusOf(1), [phrase("pirate", [0]), phrase("plagiarist", [0])])).toHaveLength(1);
  });
});

describe("fillCoverage (topics past the budget)", () => {
  const articles: Record<number, number[]> = { 1: [1, 2, 3], 2: [3, 4], 3: [7, 8, 9], 4: [10], 5: [11, 12] };
  it("takes, in rank order, the topics that bring enough articles no chosen topic covers", () => {
    const chosen = new Set<number>([0]);
    fillCoverage([1, 2, 3, 4, 5].map((i) => ({ i })), chosen, 4, (i) => articles[i]!, [1, 2]);
    // 1 brings only article 3; 2 brings 3 and 4; 3 brings three; 4 one; 5 two; at most half the budget
    expect(COVERAGE_FILL.minNewArticles).toBe(2);
    expect([...chosen]).toEqual([0, 2, 3]);
  });

  it("adds nothing when every article is covered", () => {
    const chosen = new Set<number>();
    fillCoverage([{ i: 1 }], chosen, 10, (i) => articles[i]!, [1, 2, 3]);
    expect(chosen.size).toBe(0);
  });
});

describe("maxCandidates", () => {
  it("is 400 phrases up to 500 articles and grows with the square root of the collection", () => {
    expect(maxCandidates(5)).toBe(400);
    expect(maxCandidates(500)).toBe(400);
    expect(maxCandidates(2000)).toBe(800);
    expect(maxCandidates(10_000)).toBeGreaterThan(maxCandidates(2000));
  });
});
