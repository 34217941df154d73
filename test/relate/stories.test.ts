import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp.js";
import { articleTerms } from "../../src/terms.js";
import { clusterStories, headlineFromLead, type StoryInput } from "../../src/relate/stories.js";

const input = (id: string, title: string | null, text: string): StoryInput => ({ id, title, text, analysis: analyse(text), terms: articleTerms(analyse(text)), actors: [] });

describe("story titles", () => {
  it("are written from the most central article's lead when no article prints a headline, and marked generated", () => {
    const lead = "Floodwater closed the Brenner rail tunnel on Tuesday after a storm dumped heavy rain on the pass.";
    const stories = clusterStories([
      input("a", null, `${lead} Freight trains were held at the border while engineers pumped the tunnel dry.`),
      input("b", null, "Engineers pumped floodwater from the Brenner rail tunnel after a storm, and freight trains waited at the border."),
    ]);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.titleSource).toBe("generated");
    expect(stories[0]!.title).not.toMatch(/untitled/i);
    expect(stories[0]!.title.split(" ").length).toBeLessThanOrEqual(15);
  });

  it("keep a printed headline when one article has it", () => {
    const stories = clusterStories([
      input("a", "Brenner tunnel flooded", "Floodwater closed the Brenner rail tunnel on Tuesday after a storm. Freight trains were held at the border."),
      input("b", null, "Floodwater closed the Brenner rail tunnel after a storm, and freight trains were held at the border."),
    ]);
    expect(stories.map((s) => [s.title, s.titleSource])).toEqual([["Brenner tunnel flooded", "text"]]);
  });

  it("cut a long lead at a clause, and say so", () => {
    const text = "The regional council, meeting late on Thursday in the old town hall, voted to close three rural schools and merge their classes next year. Parents protested.";
    expect(headlineFromLead({ text, analysis: analyse(text) })).toBe("The regional council, meeting late on Thursday in the old town hall…");
    expect(headlineFromLead({ text: "Short lead. More.", analysis: analyse("Short lead. More.") })).toBe("Short lead");
  });
});

describe("key point citations", () => {
  it("cite another article only where one of its sentences says the same thing, not where it shares a few names", () => {
    const stories = clusterStories([
      input("a", "Brenner tunnel flooded", "Floodwater closed the Brenner rail tunnel on Tuesday after a storm dumped heavy rain on the pass. Freight trains were held at the Austrian border for hours."),
      input("b", null, "Floodwater closed the Brenner rail tunnel on Tuesday after a storm dumped heavy rain on the pass, officials said. Engineers began pumping the water out."),
      input("c", null, "Storm rain flooded the Brenner rail tunnel pass on Tuesday, and a separate landslide blocked the motorway near the Austrian border for hours."),
    ]);
    const story = stories.find((s) => s.articles.includes("a"))!;
    // one story: "c" is about the same storm, but its sentence does not say the tunnel was closed
    expect(story.articles).toContain("c");
    const flood = story.keyPoints.find((p) => /Floodwater closed/.test(p.text))!;
    expect(flood.articles).toEqual(expect.arrayContaining(["a", "b"]));
    expect(flood.articles).not.toContain("c");
  });
});

describe("stories of similar events", () => {
  const report = (id: string, text: string, lead: { id: string; kind: "person" | "place" | "organization" | "other" }[]): StoryInput => ({
    id,
    title: null,
    text,
    analysis: analyse(text),
    terms: articleTerms(analyse(text)),
    actors: lead.map((a) => a.id),
    leadActors: lead,
  });
  const ferry = (id: string, name: string, port: string, passengers: number, opening: string) =>
    report(
      id,
      `${opening} the ferry ${name} sank near ${port} with ${passengers} passengers aboard, the coastguard said. Coastguard divers searched the wreck overnight while relatives waited at the harbour. The ferry operator said the vessel had passed its last safety inspection and that an inquiry would examine the loading of cars on the lower deck.`,
      [{ id: name.toLowerCase(), kind: "other" }, { id: port.toLowerCase().replace(/ /g, "-"), kind: "place" }],
    );

  it("are two stories when each event's reports lead with their own vessel, place and count, however alike the words", () => {
    const openings = ["On Sunday", "Early on Sunday", "Late on Sunday"];
    const stories = clusterStories([
      ...openings.map((o, i) => ferry(`m${i}`, "Marisol", "Port Aldane", 41, o)),
      ...openings.map((o, i) => ferry(`c${i}`, "Corvina", "Bellmar Bay", 63, o)),
    ]);
    expect(stories.map((s) => [...s.articles].sort())).toEqual(expect.arrayContaining([["m0", "m1", "m2"], ["c0", "c1", "c2"]]));
    expect(stories).toHaveLength(2);
  });

  it("stay one story when every report of one event leads with the same vessel", () => {
    const openings = ["On Sunday", "Early on Sunday", "Late on Sunday", "Just before dawn on Sunday", "At first light on Sunday", "On Sunday morning"];
    const stories = clusterStories(openings.map((o, i) => ferry(`m${i}`, "Marisol", "Port Aldane", 41, o)));
    expect(stories).toHaveLength(1);
  });
});
