import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp.js";
import { articleTerms } from "../../src/terms.js";
import { extractPhrases, findPhrases } from "../../src/extract/phrases.js";
import { discoverTopics, type TopicInput } from "../../src/relate/topics.js";
import type { BriefingTopic } from "../../src/model/briefing.js";
import { rarity } from "../../src/relate/topics/background.js";
import { corpus, topicInputs } from "./corpora.js";

function inputs(articles: { id: string; story: string; text: string }[]): TopicInput[] {
  return articles.map(({ id, story, text }) => {
    const analysis = analyse(text);
    return { id, storyId: story, text, analysis, terms: articleTerms(analysis), phrases: extractPhrases(text, analysis, []), occurrences: findPhrases(text, analysis, []), mentions: [] };
  });
}

/** A narrower topic covers clearly fewer articles than its broader one. */
function assertSubstantialHierarchy(topics: BriefingTopic[]): void {
  const byId = new Map(topics.map((t) => [t.id, t]));
  for (const topic of topics) {
    if (!topic.parent) continue;
    const parent = byId.get(topic.parent)!;
    expect(topic.articles.length, `"${topic.name}" under "${parent.name}"`).toBeGreaterThanOrEqual(2);
    expect(topic.articles.length, `"${topic.name}" under "${parent.name}"`).toBeLessThanOrEqual(0.7 * parent.articles.length);
  }
}

const PIRACY = [
  (n: number) =>
    `Pirate attacks on cargo ships rose again in the strait this month, with ${n} vessels boarded. ` +
    "The attacks forced insurers to raise premiums for every crossing. " +
    "Coast guard boats now escort tankers through the narrowest channel. " +
    "Shipping firms said the pirate raids had cost them millions in delays. " +
    "Crews reported more attacks near the outer islands at dawn. " +
    "Harbour pilots want night convoys until the attacks stop.",
  (n: number) =>
    `Insurers lifted war-risk premiums after ${n} more pirate attacks on freighters. ` +
    "Most attacks happen within sight of the coast, where skiffs hide among fishing boats. " +
    "Navies have promised more patrols, but the attacks keep coming. " +
    "One captain described the pirate raids as the worst in twenty years. " +
    "Port agents said crews refuse to sail without armed guards after the attacks.",
];

describe("topic names", () => {
  it("names a topic by the modified form rather than a bare everyday noun", () => {
    const articles = [1, 2, 3, 4].map((n) => ({ id: `sea-${n}`, story: "piracy", text: PIRACY[n % 2]!(n + 2) }));
    const topics = discoverTopics(inputs(articles), []);
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) expect(topic.name.toLowerCase()).not.toBe("attacks");
    expect(topics.some((t) => /pirate (attack|raid)/i.test(t.name))).toBe(true);
  });

  it("never names a topic of a multi-article corpus by one everyday word", () => {
    for (const topics of [
      discoverTopics(topicInputs(corpus(["football", "chips", "health"], 6, 17)), []),
      discoverTopics(inputs([1, 2, 3, 4].map((n) => ({ id: `sea-${n}`, story: "piracy", text: PIRACY[n % 2]!(n) }))), []),
    ])
      for (const topic of topics) {
        const words = topic.name.toLowerCase().split(/\s+/);
        if (words.length === 1) expect(rarity(words[0]!), `"${topic.name}"`).toBeGreaterThanOrEqual(0.6);
      }
  });

  it("keeps a narrower topic only when it covers clearly fewer articles than the broader one", () => {
    assertSubstantialHierarchy(discoverTopics(topicInputs(corpus(["football", "chips", "health", "schools", "floods"], 8, 5)), []));
    assertSubstantialHierarchy(discoverTopics(topicInputs(corpus(["chips"], 8, 3)), []));
  });

  it("marks discovered topics as not declared and without an IPTC code", () => {
    const topics = discoverTopics(topicInputs(corpus(["floods"], 4, 2)), [{ name: "Weather", iptc: "medtop:17000000", keywords: ["flood"] }]);
    for (const topic of topics) {
      if (topic.name === "Weather") {
        expect(topic.declared).toBe(true);
        expect(topic.iptc).toBe("medtop:17000000");
      } else {
        expect(topic.declared).toBe(false);
        expect(topic.iptc).toBeNull();
      }
    }
    expect(topics.some((t) => t.declared)).toBe(true);
  });
});

describe("topics across stories", () => {
  const dairy = (n: number) =>
    `Dairy farmers blocked the ring road for a ${n}th day in their protest over milk prices. ` +
    "The milk price paid by processors has fallen below the cost of feed. " +
    "Farmers say the milk prices will force small herds out of business. " +
    "Tractors lined the verges while police diverted lorries. " +
    "The farm minister offered talks on milk prices next week. " +
    "Late in the evening, rolling power cuts hit the villages near the blockade.";
  const outage = (n: number) =>
    `The county hospital moved ${n} patients after its records system failed on Tuesday. ` +
    "Nurses went back to paper charts while engineers rebuilt the database servers. " +
    "The records system had not been upgraded in a decade, managers admitted. " +
    "Surgeons postponed routine operations until the records system was restored. " +
    "Patients were asked to bring their own medication lists. " +
    "Engineers ruled out power cuts as the cause.";

  it("does not join stories through a phrase one of them mentions in passing", () => {
    const articles = [
      ...[1, 2, 3].map((n) => ({ id: `dairy-${n}`, story: "dairy", text: dairy(n) })),
      ...[1, 2, 3].map((n) => ({ id: `hospital-${n}`, story: "hospital", text: outage(n) })),
    ];
    const topics = discoverTopics(inputs(articles), []);
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      const stories = new Set(topic.articles.map((id) => id.split("-")[0]));
      expect(stories.size, `"${topic.name}" mixes ${[...stories].join(", ")}`).toBe(1);
    }
  });

  it("joins stories that share a particular subject", () => {
    const vaccination = (town: string, n: number) =>
      `Measles vaccination clinics opened in ${town} on Monday after ${n} new cases. ` +
      `Health visitors in ${town} knocked on doors to offer measles vaccination to every family. ` +
      "Parents queued outside the library, the busiest clinic. " +
      "Doctors said measles vaccination rates had slipped for five years. " +
      "The clinics will stay open until the end of the month.";
    const articles = [
      { id: "north-1", story: "north", text: vaccination("Aldbury", 4) },
      { id: "north-2", story: "north", text: vaccination("Aldbury", 9) },
      { id: "south-1", story: "south", text: vaccination("Wexcombe", 3) },
      { id: "south-2", story: "south", text: vaccination("Wexcombe", 7) },
    ];
    const topics = discoverTopics(inputs(articles), []);
    const measles = topics.find((t) => /measles vaccination/i.test(t.name));
    expect(measles).toBeDefined();
    expect(new Set(measles!.articles.map((id) => id.split("-")[0]))).toEqual(new Set(["north", "south"]));
  });
});

describe("key phrases", () => {
  it("takes no phrases from results lines, bracketed asides or news furniture", () => {
    const text =
      "Harwood 3 Milford 1 (halftime 2-0). Ashby 2 Kenton 2 (halftime 1-1). " +
      "The cup final drew a record crowd to the riverside ground. " +
      "The club told a news conference that ticket sales (mostly season tickets) had doubled, the news agency reported.";
    const lemmas = extractPhrases(text, analyse(text), []).map((p) => p.lemma);
    expect(lemmas).toContain("record crowd");
    for (const lemma of lemmas) expect(lemma).not.toMatch(/halftime|season ticket|news agency|news conference/);
  });
});

describe("how many topics a collection can hold", () => {
  it("grows with the collection, past the 40 that once capped it", async () => {
    const { maxTopics } = await import("../../src/relate/topics/discover.js");
    expect(maxTopics(1)).toBe(7);
    expect(maxTopics(500)).toBeGreaterThan(40);
    expect(maxTopics(10_000)).toBeGreaterThan(maxTopics(1_000));
  });
});

describe("phrases an editor would not use as a topic's name", () => {
  it("leave out newsroom abbreviations without a vowel and pieces glued to a number, and keep the words around them", async () => {
    const { analyse } = await import("../../src/nlp.js");
    const { extractPhrases } = await import("../../src/extract/phrases.js");
    const text = "The company reported net profit of 12 mln dlrs, up 4 pct, as the 76ers sold more season tickets and grain exports rose.";
    const lemmas = extractPhrases(text, analyse(text), []).map((p) => p.lemma);
    expect(lemmas.some((l) => /\b(mln|dlrs|pct)\b/.test(l))).toBe(false);
    expect(lemmas.some((l) => /\bers\b/.test(l))).toBe(false);
    expect(lemmas).toEqual(expect.arrayContaining(["net profit", "grain export"]));
  });
});
