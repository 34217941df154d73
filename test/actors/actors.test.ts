import { describe, expect, it } from "vitest";
import { analyse } from "../../src/extract/nlp.js";
import { extractMentions } from "../../src/extract/actors.js";
import { resolveActors, type ActorInput } from "../../src/relate/actors.js";

const mentionsOf = (text: string) => extractMentions(text, analyse(text));

function article(id: string, text: string): ActorInput {
  const analysis = analyse(text);
  return { id, date: null, text, sentences: analysis.sentences, mentions: extractMentions(text, analysis) };
}

describe("extractMentions", () => {
  it("splits the printed title from the name and types by evidence", () => {
    const text = "German Finance Minister Klaus Obermeyer met officials of the European Central Bank in Frankfurt on Tuesday.";
    const ms = mentionsOf(text);
    const klaus = ms.find((m) => m.text === "Klaus Obermeyer");
    expect(klaus?.kind).toBe("person");
    expect(klaus?.role).toBe("German Finance Minister");
    expect(text.slice(klaus!.start, klaus!.end)).toBe("Klaus Obermeyer");
    expect(ms.find((m) => m.text === "European Central Bank")?.kind).toBe("organization");
    expect(ms.find((m) => m.text === "Frankfurt")?.kind).toBe("place");
    expect(ms.some((m) => m.text === "German" || m.text === "Tuesday")).toBe(false);
  });

  it("gives a bare surname the kind of the full name and reads appositive roles", () => {
    const ms = mentionsOf("Talks were led by Maria Kowalczyk, the agency's chief negotiator. Kowalczyk said progress was slow.");
    expect(ms.find((m) => m.text === "Maria Kowalczyk")?.role).toContain("chief negotiator");
    expect(ms.find((m) => m.text === "Kowalczyk")?.kind).toBe("person");
  });

  it("reads a title word after an honorific as a surname, and an organisation's head word as its short name", () => {
    const ms = mentionsOf("Mr. Bishop spoke after the Lagos Herald ran its report. The Herald said the figures were wrong.");
    expect(ms.find((m) => m.text === "Bishop")?.kind).toBe("person");
    expect(ms.filter((m) => m.text === "Herald").map((m) => m.kind)).toEqual(["organization"]);
  });

  it("types a city followed by a score as a club, a country as a national side, and company names by their head word", () => {
    const ms = mentionsOf("Results on Saturday:\nLyon 2 Bordeaux 1\nBrazil 3 Chile 0\nShares of Norvik Pharmaceuticals rose after Toledo Mudhens fans cheered.");
    expect(ms.find((m) => m.text === "Lyon")?.kind).toBe("organization");
    expect(ms.find((m) => m.text === "Bordeaux")?.kind).toBe("organization");
    expect(ms.find((m) => m.text === "Brazil")?.kind).toBe("place");
    expect(ms.find((m) => m.text === "Norvik Pharmaceuticals")?.kind).toBe("organization");
    expect(ms.find((m) => m.text === "Toledo Mudhens")?.kind).toBe("organization");
  });

  it("does not take a plural common noun opening a sentence, or an all-capitals table header, for a name", () => {
    const ms = mentionsOf("Dealers said copper was quiet in Santiago.\nTEAM W L PCT GB\nBrokers expect a rebound, Ortega said.");
    expect(ms.some((m) => m.text === "Dealers" || m.text === "Brokers")).toBe(false);
    expect(ms.some((m) => /PCT|GB/.test(m.text))).toBe(false);
    expect(ms.find((m) => m.text === "Ortega")?.kind).toBe("person");
  });

  it("reads a headline in capitals through the body's casing", () => {
    const ms = mentionsOf("TENNIS - BRAZIL BEAT CHILE IN DAVIS CUP TIE\nBrazil beat Chile 3-2 on Sunday.");
    const kinds = new Map(ms.map((m) => [m.text.toLowerCase(), m.kind]));
    expect(kinds.get("brazil")).toBe("place");
    expect(kinds.has("tennis")).toBe(false);
    expect(kinds.has("beat")).toBe(false);
  });
});

describe("resolveActors", () => {
  it("merges transliteration variants, titled forms and abbreviations across articles", () => {
    const { actors, mentionActor } = resolveActors([
      article("a", "Prime Minister Oleksiy Honcharuk spoke in Kyiv. Honcharuk later met United Nations envoys."),
      article("b", "Oleksii Honcharuk, the prime minister, told the UN that talks would go on."),
    ]);
    const pm = actors.filter((a) => a.kind === "person" && /Honcharuk/.test(a.name));
    expect(pm).toHaveLength(1);
    expect(pm[0]!.spellings.map((s) => s.text)).toEqual(expect.arrayContaining(["Oleksiy Honcharuk", "Oleksii Honcharuk", "Honcharuk"]));
    expect(pm[0]!.roles.length).toBeGreaterThan(0);
    expect(pm[0]!.url).toBe(`actors/${pm[0]!.id}/index.html`);
    const un = actors.filter((a) => a.name === "United Nations" || a.aliases.includes("UN"));
    expect(un).toHaveLength(1);
    expect(mentionActor.get("b")!.filter((x) => x === pm[0]!.id).length).toBeGreaterThan(0);
  });

  it("keeps two people who share a surname apart", () => {
    const { actors } = resolveActors([
      article("a", "Coach Peter Lindqvist said the team was tired."),
      article("b", "Novelist Anna Lindqvist said her book was finished."),
    ]);
    expect(actors.filter((a) => a.kind === "person" && a.name.endsWith("Lindqvist"))).toHaveLength(2);
  });

  it("gives the same ids for the same input", () => {
    const input = [article("a", "Senator Joan Whitfield visited Denver on Monday.")];
    expect(resolveActors(input).actors.map((a) => a.id)).toEqual(resolveActors(input).actors.map((a) => a.id));
  });
});

describe("one-letter names", () => {
  it("leave the full stop that ends a paragraph out of the name", () => {
    const text = 'Governor Dana Whitfield announced her run on X on Monday. "We will win," Whitfield said on X.\n\nSupporters gathered in Denver.';
    const mentions = extractMentions(text, analyse(text));
    const x = mentions.find((m) => m.text.startsWith("X"));
    expect(x).toBeDefined();
    expect(x!.text).toBe("X");
    expect(text.slice(x!.start, x!.end)).toBe("X");
  });
});
