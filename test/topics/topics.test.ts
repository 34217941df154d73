import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp.js";
import { extractPhrases, findPhrases } from "../../src/extract/phrases.js";
import { discoverTopics, type TopicInput } from "../../src/relate/topics.js";
import type { BriefingTopic } from "../../src/model/briefing.js";
import { REPORTING_WORDS, STOP_HEADS } from "../../src/data/topics-stop.js";
import { corpus, mentionsIn, SUBJECTS, topicInputs, type GeneratedArticle } from "./corpora.js";

const ALL_ACTORS = SUBJECTS.flatMap((s) => s.actors);

/** The name, lowercased and with plural endings loosened, occurs in the text of one of its articles. */
function namedByRealPhrase(topic: BriefingTopic, articles: GeneratedArticle[]): boolean {
  const words = topic.name.toLowerCase().split(/\s+/).map((w) => w.replace(/(es|s)$/, ""));
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "\\w*").join("\\s+"), "i");
  return articles.filter((a) => topic.articles.includes(a.id)).some((a) => pattern.test(a.text));
}

function assertSensibleNames(topics: BriefingTopic[]): void {
  for (const topic of topics) {
    const lower = topic.name.toLowerCase();
    expect(lower, "no bare numbers").not.toMatch(/^[\d\s.,%-]+$/);
    expect(STOP_HEADS.has(lower), `"${topic.name}" is a stop word`).toBe(false);
    expect(REPORTING_WORDS.has(lower), `"${topic.name}" is a reporting verb`).toBe(false);
    expect(ALL_ACTORS.map((a) => a.toLowerCase()), `"${topic.name}" is an actor name`).not.toContain(lower);
    for (const name of ALL_ACTORS) expect(lower.includes(name.toLowerCase()), `"${topic.name}" holds a name`).toBe(false);
    expect(topic.url).toBe(`topics/${topic.id}/index.html`);
    expect(topic.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  }
}

describe("extractPhrases", () => {
  it("finds lemmatised noun chunks, without names, stop phrases or verbs", () => {
    const text =
      "Harbour officials said the new container terminal would open in June. Port director Alma Ruiz said the container terminals had cut waiting times. " +
      "Dock workers staged a walkout over night shifts, and the walkout spread to two other ports on Thursday. Ruiz said the dock workers deserved better pay.";
    const analysis = analyse(text);
    const mentions = mentionsIn(text, ["Alma Ruiz", "Ruiz"]).filter(
      (m, i, all) => !all.some((o, j) => j !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
    );
    const phrases = extractPhrases(text, analysis, mentions);
    const lemmas = phrases.map((p) => p.lemma);
    expect(lemmas).toContain("container terminal");
    expect(phrases.find((p) => p.lemma === "container terminal")!.count).toBe(2);
    expect(lemmas).toContain("dock worker");
    expect(lemmas.some((l) => l.includes("walkout"))).toBe(true);
    for (const p of phrases) {
      expect(p.lemma).not.toMatch(/ruiz/);
      expect(["official", "said", "time", "thursday", "june"]).not.toContain(p.lemma);
      expect(p.lemma).not.toMatch(/^\d+$/);
    }
  });

  it("joins a coordinated modifier to the shared head", () => {
    const text = "The storm knocked out water and electricity networks across the island.";
    const phrases = extractPhrases(text, analyse(text), []);
    expect(phrases.map((p) => p.lemma)).toContain("water network");
  });
});

describe("discoverTopics", () => {
  it("names sports topics by phrases from the articles and keeps the articles that discuss them", () => {
    const articles = corpus(["football"], 6, 11);
    const topics = discoverTopics(topicInputs(articles), []);
    expect(topics.length).toBeGreaterThanOrEqual(3);
    assertSensibleNames(topics);
    for (const topic of topics) {
      expect(namedByRealPhrase(topic, articles), `"${topic.name}" is not printed in its articles`).toBe(true);
      expect(topic.articles.length).toBeGreaterThanOrEqual(2);
    }
    // every article written about the transfer window is in a topic named for it
    const transfer = topics.find((t) => /transfer window/i.test(t.name));
    expect(transfer).toBeDefined();
    const expected = articles.filter((a) => a.phrases.includes("transfer window")).map((a) => a.id);
    for (const id of expected) expect(transfer!.articles).toContain(id);
  });

  it("finds the threads of a business story", () => {
    const articles = corpus(["chips"], 8, 3);
    const topics = discoverTopics(topicInputs(articles), []);
    assertSensibleNames(topics);
    const names = topics.map((t) => t.name.toLowerCase());
    const found = ["chip shortage", "quarterly earnings", "share buyback", "supply chain", "factory expansion"].filter((p) =>
      names.some((n) => n.includes(p)),
    );
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const topic of topics) {
      expect(topic.sentences.length).toBeGreaterThan(0);
      for (const s of topic.sentences) expect(topic.articles).toContain(s.article);
      expect(topic.description).not.toBeNull();
    }
  });

  it("gives a single article sensible topics", () => {
    const articles = corpus(["floods"], 1, 5, 24);
    const topics = discoverTopics(topicInputs(articles), []);
    expect(topics.length).toBeGreaterThanOrEqual(2);
    assertSensibleNames(topics);
    for (const topic of topics) expect(namedByRealPhrase(topic, articles)).toBe(true);
  });

  it("never mixes unrelated stories in fifty articles on five subjects", () => {
    const articles = corpus(
      SUBJECTS.map((s) => s.key),
      10,
      21,
    );
    const inputs = topicInputs(articles);
    const topics = discoverTopics(inputs, []);
    assertSensibleNames(topics);
    const subjectOf = new Map(articles.map((a) => [a.id, a.subject]));
    for (const topic of topics) {
      const subjects = new Set(topic.articles.map((id) => subjectOf.get(id)));
      expect(subjects.size, `"${topic.name}" mixes ${[...subjects].join(", ")}`).toBe(1);
    }
    // each subject is found: some topic covers most of its articles
    for (const subject of SUBJECTS) {
      const own = articles.filter((a) => a.subject === subject.key).map((a) => a.id);
      const covered = new Set(topics.filter((t) => t.articles.some((id) => own.includes(id))).flatMap((t) => t.articles));
      expect(own.filter((id) => covered.has(id)).length, subject.key).toBeGreaterThanOrEqual(8);
    }
    // actors come from the mentions in the topic's sentences
    const withActors = topics.filter((t) => t.actors.length > 0);
    expect(withActors.length).toBeGreaterThan(0);
  });

  it("gives the same ids for the same input", () => {
    const articles = corpus(["schools", "health"], 4, 9);
    const first = discoverTopics(topicInputs(articles), []).map((t) => t.id);
    const second = discoverTopics(topicInputs(articles), []).map((t) => t.id);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it("matches declared topics first, with parent and IPTC code, and discovered topics fill the rest", () => {
    const articles = corpus(["schools", "floods"], 4, 13);
    const declared = [
      { name: "Education", iptc: "medtop:05000000" },
      { name: "Industrial action", keywords: ["teacher strike", "walkout"], parent: "Education", description: "Strikes by school staff." },
    ];
    const topics = discoverTopics(topicInputs(articles), declared) as (BriefingTopic & { iptc: string | null })[];
    const action = topics.find((t) => t.name === "Industrial action");
    expect(action).toBeDefined();
    expect(action!.description).toBe("Strikes by school staff.");
    const striking = articles.filter((a) => /teacher strike/i.test(a.text)).map((a) => a.id);
    expect(striking.length).toBeGreaterThan(0);
    expect([...action!.articles].sort()).toEqual([...striking].sort());
    const education = topics.find((t) => t.name === "Education");
    expect(education).toBeDefined();
    expect(education!.iptc).toBe("medtop:05000000");
    expect(action!.parent).toBe(education!.id);
    // the declared topic takes the place of the discovered one
    expect(topics.filter((t) => /teacher strike/i.test(t.name))).toHaveLength(0);
    expect(topics.some((t) => /flash flood|evacuation order|river level|storm damage|sandbag/i.test(t.name))).toBe(true);
  });

  it("builds a hierarchy when narrower phrases share a broader subject", () => {
    const text = (n: number): string =>
      [
        `Rail operators said the signal failures had delayed ${n} trains on the northern line.`,
        "Engineers traced the signal failures to flooded cable ducts.",
        "Commuters complained about rail fares, which rose again this spring.",
        "The rail network lost more money this year than any year before.",
        "Rail fares will be frozen for pensioners, the transport department said.",
        "Passengers on the rail network faced more signal failures on the weekend.",
      ].join(" ");
    const inputs: TopicInput[] = [1, 2, 3, 4].map((n) => {
      const t = text(n);
      const analysis = analyse(t);
      return { id: `rail-${n}`, storyId: "rail", text: t, analysis, phrases: extractPhrases(t, analysis, []), occurrences: findPhrases(t, analysis, []), mentions: [] };
    });
    const topics = discoverTopics(inputs, []);
    assertSensibleNames(topics);
    const ids = new Set(topics.map((t) => t.id));
    for (const t of topics) if (t.parent !== null) expect(ids.has(t.parent)).toBe(true);
    expect(topics.some((t) => /signal failure/i.test(t.name))).toBe(true);
    expect(topics.some((t) => /rail fare/i.test(t.name) || t.phrases.some((p) => /rail fare/i.test(p)))).toBe(true);
  });
});

describe("articles that name no topic", () => {
  const topic = (id: string, articles: string[]) => ({ id, name: id, url: "", description: null, articles, phrases: [], actors: [], weight: 1, parent: null, related: [], sentences: [], iptc: null });
  const article = (id: string, storyId: string) => ({ id, storyId, text: "", analysis: { tokens: [], sentences: [] }, terms: { lemmas: [], words: [], wordCount: 0, figures: [] }, phrases: [], occurrences: [], mentions: [] }) as never;

  it("take the topics most of their story's articles share, and no topic of another story", async () => {
    const { shareStoryTopics } = await import("../../src/relate/topics.js");
    const quake = topic("earthquake", ["a", "b", "c"]);
    const aid = topic("aid-convoys", ["a"]);
    const vote = topic("election", ["x", "y"]);
    shareStoryTopics([quake, aid, vote], ["a", "b", "c", "d"].map((id) => article(id, "s1")).concat(["x", "y", "z"].map((id) => article(id, "s2"))));
    expect(quake.articles).toEqual(["a", "b", "c", "d"]);
    // held by one of four: not what the story is about
    expect(aid.articles).toEqual(["a"]);
    expect(vote.articles).toEqual(["x", "y", "z"]);
  });

  it("take nothing from a story whose topics split it", async () => {
    const { shareStoryTopics } = await import("../../src/relate/topics.js");
    const one = topic("floods", ["a"]);
    const two = topic("wildfires", ["b"]);
    shareStoryTopics([one, two], ["a", "b", "c"].map((id) => article(id, "s1")));
    expect([one.articles, two.articles]).toEqual([["a"], ["b"]]);
  });
});
