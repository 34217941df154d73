import { describe, expect, it } from "vitest";
import { mostFrequent } from "../../src/assemble/briefing.js";

describe("mostFrequent (co-actors kept)", () => {
  it("keeps the commonest entries, commonest first, ties in name order", () => {
    const counts = new Map([["port-authority", 1], ["dock-union", 4], ["harbour-board", 2], ["ferry-line", 4], ["coast-guard", 1]]);
    expect(mostFrequent(counts, 3)).toEqual([["dock-union", 4], ["ferry-line", 4], ["harbour-board", 2]]);
  });

  it("breaks a tie at the cut by name, as a full sort would", () => {
    const counts = new Map([["zeta", 1], ["alpha", 1], ["mid", 3], ["beta", 1]]);
    expect(mostFrequent(counts, 2)).toEqual([["mid", 3], ["alpha", 1]]);
  });

  it("returns everything, sorted, when there are fewer entries than kept", () => {
    expect(mostFrequent(new Map([["b", 1], ["a", 2]]), 30)).toEqual([["a", 2], ["b", 1]]);
    expect(mostFrequent(new Map(), 5)).toEqual([]);
  });

  it("matches a full sort on a large map with many ties", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) counts.set(`actor-${(i * 7919) % 5000}`, 1 + ((i * 31) % 6 === 0 ? i % 9 : 0));
    const full = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 30);
    expect(mostFrequent(counts, 30)).toEqual(full);
  });
});

describe("briefingTitle (no title in briefing.yaml)", () => {
  it("is the leading story's headline when that story is most of the collection", async () => {
    const { briefingTitle } = await import("../../src/assemble/briefing.js");
    expect(briefingTitle([{ title: "Ferry strike halts island crossings", articles: ["a", "b", "c"] }, { title: "Other", articles: ["d"] }], 4)).toBe("Ferry strike halts island crossings");
  });

  it("is a plain 'Briefing' when the leading story is one of many", async () => {
    const { briefingTitle } = await import("../../src/assemble/briefing.js");
    const stories = [{ title: "GRAIN TRADER POSTS QUARTERLY NET", articles: ["a", "b"] }, ...["c", "d", "e"].map((id) => ({ title: id, articles: [id] }))];
    expect(briefingTitle(stories, 5)).toBe("Briefing");
    expect(briefingTitle([], 0)).toBe("Briefing");
  });
});
