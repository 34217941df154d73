// A common word capitalised only because it opens a sentence is no actor, across the whole collection.
import { describe, expect, it } from "vitest";
import { opensSentence, sentenceOpenerActors } from "../../src/relate/actors.js";
import type { BriefingActor } from "../../src/model/briefing.js";

const TEXTS: Record<string, string> = {
  a: "The ferry operator posted a loss.\n\nFull details of the timetable will follow next week. Current fares stay frozen.",
  b: "NOTE: Full year figures include the harbour sale.\nRevenue rose.",
  c: "Passengers praised the crew. Prices at the kiosk were, said Harbour Master Lena Full, fair.",
  d: "Hope said the vote would pass. Snow fell on the quay.",
  e: "Most ferries sailed late. Reading stayed calm, the council said.",
};

function actor(id: string, name: string, mentions: [string, string][], edited: string[] = []): BriefingActor {
  return {
    id,
    name,
    aliases: [],
    edited,
    mentions: mentions.map(([article, word]) => {
      const start = TEXTS[article]!.indexOf(word);
      return { article, start, end: start + word.length };
    }),
  } as unknown as BriefingActor;
}

describe("opensSentence", () => {
  it("is true at the start of a text, a line, a sentence or a label, past quotation marks and bullets", () => {
    expect(opensSentence("Full details", 0)).toBe(true);
    expect(opensSentence("A loss.\n\nFull details", 9)).toBe(true);
    expect(opensSentence('Fares rose. "Current fares', 13)).toBe(true);
    expect(opensSentence("NOTE: Full year", 6)).toBe(true);
    expect(opensSentence("• Full year", 2)).toBe(true);
  });

  it("is false inside a sentence", () => {
    expect(opensSentence("said Lena Full, fair", 10)).toBe(false);
    expect(opensSentence("the Full Moon", 4)).toBe(false);
  });
});

describe("sentenceOpenerActors", () => {
  const textOf = (id: string) => TEXTS[id] ?? "";

  it("finds a one-word everyday name whose every mention opens a sentence or a label", () => {
    const found = sentenceOpenerActors([actor("full", "Full", [["a", "Full"], ["b", "Full"]]), actor("current", "Current", [["a", "Current"]])], textOf);
    expect([...found].sort()).toEqual(["current", "full"]);
  });

  it("keeps it when one mention stands inside a sentence, when it is several words, a place or first name, or edited", () => {
    const inside = actor("full", "Full", [["a", "Full"], ["c", "Full,"]]);
    const twoWords = actor("full-details", "Full details", [["a", "Full details"]]);
    const firstName = actor("hope", "Hope", [["d", "Hope"]]);
    const edited = actor("snow", "Snow", [["d", "Snow"]], ["name"]);
    expect(sentenceOpenerActors([inside, twoWords, firstName, edited], textOf).size).toBe(0);
  });

  it("finds a place spelt like one of the commonest words when it only opens sentences, and keeps a rarer place", () => {
    const most = actor("most", "Most", [["e", "Most"]]);
    const reading = actor("reading", "Reading", [["e", "Reading"]]);
    expect([...sentenceOpenerActors([most, reading], textOf)]).toEqual(["most"]);
  });

  it("keeps a rare word that opens sentences: it is likely a name", () => {
    const rare = actor("kvarnholm", "Kvarnholm", [["a", "Full"]]);
    expect(sentenceOpenerActors([rare], textOf).size).toBe(0);
  });
});
