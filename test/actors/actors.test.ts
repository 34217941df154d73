import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp.js";
import { extractMentions } from "../../src/extract/actors.js";
import { groupWithinArticles, resolveActors, type ActorInput } from "../../src/relate/actors.js";

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

describe("a connector left at the end of a name", () => {
  it("is cut off a name of several words, its span with it, and a name of one word before it is left as printed", () => {
    const text = "The envoy held talks with Vice President Tomas Arvel, Secretary of State Hanna Kovalenko and Commerce Secretary Ilse Brandt.";
    const ms = mentionsOf(text);
    const hanna = ms.find((m) => m.text.startsWith("Hanna"));
    expect(hanna?.text).toBe("Hanna Kovalenko");
    expect(text.slice(hanna!.start, hanna!.end)).toBe("Hanna Kovalenko");
    expect(ms.some((m) => / and$/.test(m.text))).toBe(false);
    // the counter-example: "and" inside a name is kept ("Securities and Exchange Commission")
    expect(mentionsOf("The Securities and Exchange Commission opened an inquiry on Monday.").map((m) => m.text)).toContain("Securities and Exchange Commission");
  });
});

describe("names after 'the'", () => {
  it("are no person unless a title or role stands between", () => {
    const kinds = (text: string) => Object.fromEntries(mentionsOf(text).map((m) => [m.text, m.kind]));
    expect(kinds("Fans cheered as the Harbor Gulls won again on Sunday.")["Harbor Gulls"]).not.toBe("person");
    expect(kinds("Fans cheered as the late Maria Delgado was honoured on Sunday.")["Maria Delgado"]).toBe("person");
    expect(kinds("Fans cheered as Maria Delgado scored again on Sunday.")["Maria Delgado"]).toBe("person");
  });
});

describe("a street word alone", () => {
  it("is no actor, while the street it ends stays one", () => {
    const names = mentionsOf("Residents of Tamsin Street met on Monday. Street lights were out, and the Street stayed closed for repairs.").map((m) => m.text);
    expect(names).toContain("Tamsin Street");
    expect(names).not.toContain("Street");
  });
});

describe("geographic head nouns", () => {
  it("make 'Gulf of X' and 'Mount X' places, and leave 'Bank of X' and a mountain's hospital bodies", () => {
    const kinds = (text: string) => Object.fromEntries(mentionsOf(text).map((m) => [m.text, m.kind]));
    const found = kinds("Ships crossed the Gulf of Tarvoss on Monday. Climbers reached Mount Elbrinor by noon. The Bank of Tarvoss raised rates, and Mount Elbrinor Hospital treated two climbers.");
    expect(found["Gulf of Tarvoss"]).toBe("place");
    expect(found["Mount Elbrinor"]).toBe("place");
    expect(found["Bank of Tarvoss"]).toBe("organization");
    expect(found["Mount Elbrinor Hospital"]).toBe("organization");
  });
});

describe("named things that are no person", () => {
  it("types a title after an article or in quotation marks as other, and a name there as a person when the article names the person elsewhere", () => {
    const kinds = (text: string) => Object.fromEntries(mentionsOf(text).map((m) => [m.text, m.kind]));
    expect(kinds("Fans queued for the Lantern Quartz Chronicles on Friday.")["Lantern Quartz Chronicles"]).toBe("other");
    expect(kinds("She starred in “Maria Delgado” last year, a film about a singer.")["Maria Delgado"]).toBe("other");
    expect(kinds("“Maria Delgado is right,” the mayor said.")["Maria Delgado"]).toBe("person");
    expect(kinds("Maria Delgado sang. Fans queued to meet the Maria Delgado on Friday.")["Maria Delgado"]).toBe("person");
  });
});

describe("common nouns opening a sentence", () => {
  it("are not names when the article writes them in lower case elsewhere", () => {
    const names = mentionsOf("Police said the bridge would stay shut. Residents told police they had seen smoke near the depot.").map((m) => m.text);
    expect(names).not.toContain("Police");
  });

  it("stay names when they are known names, even if the word is also a common noun", () => {
    const names = mentionsOf("Kettle said the council would vote on Friday. Nobody had boiled the kettle since noon.").map((m) => m.text);
    expect(names).toContain("Kettle");
  });
});

describe("an occupation opening a sentence", () => {
  it("is the role of the name after it, not part of it", () => {
    const [m] = mentionsOf("Glassblower Teodora Vance said the kiln had cracked.");
    expect(m!.text).toBe("Teodora Vance");
    expect(m!.role).toBe("glassblower");
  });

  it("types a firm by its legal form even after a title that would say person", () => {
    const firm = mentionsOf("The notes were priced at par, lead manager Quarvel Freight Corp said.");
    expect(firm.find((m) => m.text === "Quarvel Freight Corp")?.kind).toBe("organization");
    // a name ending on "Co" may be a person's (the surname exists): a title still says person
    const person = mentionsOf("The notes were priced at par, lead manager Jeffrey Co said.");
    expect(person.find((m) => m.text === "Jeffrey Co")?.kind).toBe("person");
  });
  it("leaves a name that opens on a given name whole", () => {
    const [m] = mentionsOf("Anna Maria Vance said the kiln had cracked.");
    expect(m!.text).toBe("Anna Maria Vance");
  });
});

describe("resolveActors", () => {
  const people = (actors: { kind: string; name: string }[], surname: string) => actors.filter((a) => a.kind === "person" && a.name.endsWith(surname));
  const reasonsOf = (actor: { mergedBecause: { spelling: string; reason: string }[] }) => Object.fromEntries(actor.mergedBecause.map((e) => [e.spelling, e.reason]));

  it("merges a transliteration variant when a role agrees, and keeps the evidence", () => {
    const { actors, mentionActor } = resolveActors([
      article("a", "Prime Minister Oleksiy Honcharuk spoke in Kyiv. Honcharuk later met envoys."),
      article("b", "Oleksii Honcharuk, the prime minister, told reporters that talks would go on."),
    ]);
    const pm = people(actors, "Honcharuk");
    expect(pm).toHaveLength(1);
    expect(pm[0]!.spellings.map((s) => s.text)).toEqual(expect.arrayContaining(["Oleksiy Honcharuk", "Oleksii Honcharuk", "Honcharuk"]));
    const reasons = reasonsOf(pm[0]!);
    expect(reasons["Honcharuk"]).toBe("surname-in-article");
    expect(Object.values(reasons)).toContain("spelling-variant");
    expect(pm[0]!.url).toBe(`actors/${pm[0]!.id}/index.html`);
    expect(mentionActor.get("b")!.filter((x) => x === pm[0]!.id).length).toBeGreaterThan(0);
  });

  it("keeps a given name and its feminine form apart, even with a role and a story in common", () => {
    const input = [
      article("a", "Mayor Louis Brandvik opened the Ostra bridge on Monday."),
      article("b", "Mayor Louise Brandvik opened the Ostra bridge on Monday."),
      article("c", "Judge Daniel Ostrowe heard the Ostra appeal."),
      article("d", "Judge Danielle Ostrowe heard the Ostra appeal."),
    ];
    const { actors } = resolveActors(input, new Map([["a", "s"], ["b", "s"], ["c", "s"], ["d", "s"]]));
    expect(people(actors, "Brandvik").map((a) => a.name).sort()).toEqual(["Louis Brandvik", "Louise Brandvik"]);
    expect(people(actors, "Ostrowe").map((a) => a.name).sort()).toEqual(["Daniel Ostrowe", "Danielle Ostrowe"]);
  });

  it("keeps a spelling variant apart when nothing in its articles is shared", () => {
    const { actors } = resolveActors([
      article("a", "Painter Marisol Quintera opened a show in Lisbon."),
      article("b", "Marisol Quintero scored twice for the visitors at the weekend."),
    ]);
    expect(people(actors, "Quintera").length + people(actors, "Quintero").length).toBe(2);
  });

  it("keeps two people who share a surname apart, and a bare surname with them unresolved", () => {
    const { actors } = resolveActors([
      article("a", "Coach Peter Lindqvist said the team was tired."),
      article("b", "Novelist Anna Lindqvist said her book was finished."),
      article("c", "On Friday, Lindqvist did not answer questions."),
    ]);
    expect(people(actors, "Lindqvist").map((a) => a.name).sort()).toEqual(["Anna Lindqvist", "Peter Lindqvist"]);
    expect(actors.find((a) => a.name === "Anna Lindqvist")!.articles).toEqual(["b"]);
    expect(actors.find((a) => a.name === "Peter Lindqvist")!.articles).toEqual(["a"]);
    expect(actors.find((a) => a.name === "Lindqvist")!.articles).toEqual(["c"]);
  });

  it("never joins family members through the surname they share", () => {
    const { actors } = resolveActors([
      article("a", "Senator Harold Brisco and his wife, Marjorie Brisco, arrived late. Brisco spoke first."),
      article("b", "Marjorie Brisco opened the library. Brisco thanked the volunteers."),
      article("c", "Harold Brisco voted against the bill."),
    ]);
    const harold = actors.find((a) => a.name === "Harold Brisco")!;
    const marjorie = actors.find((a) => a.name === "Marjorie Brisco")!;
    expect(harold).toBeDefined();
    expect(marjorie).toBeDefined();
    expect(harold.id).not.toBe(marjorie.id);
    // in "b" only Marjorie carries the name, so the bare "Brisco" there is hers
    expect(marjorie.mentions.filter((m) => m.article === "b")).toHaveLength(2);
    expect(harold.articles).not.toContain("b");
  });

  it("gives a bare surname to the one namesake whose articles share its company", () => {
    const { actors } = resolveActors([
      article("a", "Goalkeeper Dario Fenwick joined the Harbor City Gulls. Manager Ross Ilkley praised him at Tidewater Park."),
      article("b", "Chemist Leonie Fenwick won a prize from the Baltic Science Council."),
      article("c", "Fenwick saved two penalties for the Harbor City Gulls, and Ross Ilkley was pleased at Tidewater Park."),
    ]);
    const dario = actors.find((a) => a.name === "Dario Fenwick")!;
    expect(dario.articles).toEqual(["a", "c"]);
    expect(reasonsOf(dario)["Fenwick"]).toBe("surname-with-shared-context");
    expect(actors.find((a) => a.name === "Leonie Fenwick")!.articles).toEqual(["b"]);
  });

  it("gives a bare surname to the collection's one person of that surname only when their articles name the same people", () => {
    const { actors } = resolveActors([
      article("a", "The cellist Oriana Pelletreau played with the Norburg Chamber Players, led by the conductor Ivo Stamm."),
      article("b", "The trader said Pelletreau had sold the shares, and the exchange's chairman, Edwin Marchbank, warned of losses at the Delford Exchange."),
      article("c", "On Sunday the audience cheered Ms Pelletreau twice, and the conductor Ivo Stamm thanked the Norburg Chamber Players."),
    ]);
    const oriana = actors.find((a) => a.name === "Oriana Pelletreau")!;
    // the concert review shares the conductor and the orchestra with her article
    expect(oriana.articles).toEqual(["a", "c"]);
    expect(reasonsOf(oriana)["Pelletreau"]).toBe("only-person-with-surname");
    // the market report names no one of hers: its "Pelletreau" stays apart
    expect(oriana.mentions.filter((m) => m.article === "b")).toHaveLength(0);
  });

  it("joins a name without its middle initial only when one person has that first name and surname", () => {
    const one = resolveActors([article("a", "Brendan T. Maguire was charged on Monday."), article("b", "Brendan Maguire appeared in court.")]);
    expect(people(one.actors, "Maguire")).toHaveLength(1);
    const two = resolveActors([
      article("a", "Brendan T. Maguire was charged on Monday."),
      article("b", "Brendan K. Maguire, his cousin, was not."),
      article("c", "Brendan Maguire appeared in court."),
    ]);
    expect(people(two.actors, "Maguire")).toHaveLength(3);
  });

  it("joins an abbreviation only where its article defines it or prints the full name", () => {
    const { actors } = resolveActors([
      article("a", "The Harbour Workers Union (HWU) called a strike. The HWU said pay was too low."),
      article("b", "A spokesman for the HWU said talks had stalled."),
      article("c", "The Halden Water Utility said the HWU plant was safe."),
    ]);
    const union = actors.find((a) => a.name === "Harbour Workers Union")!;
    expect(union.mentions.filter((m) => m.article === "a")).toHaveLength(3);
    expect(reasonsOf(union)["HWU"]).toBe("abbreviation-in-article");
    expect(union.articles).toEqual(["a"]);
    // "b" defines nothing: its HWU stays an actor of its own; "c" prints another body with those initials
    expect(union.articles).not.toContain("c");
  });

  it("does not join initials to a person who has them", () => {
    const { actors } = resolveActors([article("a", "George Barlow bought a drive with 500 GB of space. GB is plenty, Barlow said.")]);
    const george = actors.find((a) => a.name === "George Barlow");
    expect(george?.aliases ?? []).not.toContain("GB");
  });

  it("does not take a bare generic head for the one full name ending in it", () => {
    const { actors } = resolveActors([article("a", "The White House said the House would vote on Tuesday.")]);
    const whiteHouse = actors.find((a) => a.name === "White House")!;
    expect(whiteHouse.aliases).not.toContain("House");
  });

  it("gives the same actors with each article's grouping worked out beforehand, once for both passes", () => {
    const input = [
      article("a", "Senator Joan Whitfield of the Harbour Workers Union (HWU) visited Denver. Whitfield said the HWU would strike."),
      article("b", "Paul Whitfield, her brother, met Joan Whitfield in Denver. Paul said little."),
      article("c", "Whitfield spoke again on Friday."),
    ];
    const within = groupWithinArticles(input);
    const storyOf = new Map([["a", "s1"], ["b", "s1"], ["c", "s1"]]);
    expect(resolveActors(input, undefined, within)).toEqual(resolveActors(input));
    expect(resolveActors(input, storyOf, within)).toEqual(resolveActors(input, storyOf));
    // within article a, the bare surname joins the full name it shortens
    expect(within.group[0]![within.names[0]!.indexOf("whitfield")]).toBe(within.group[0]![within.names[0]!.indexOf("joan whitfield")]);
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
