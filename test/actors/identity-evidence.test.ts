// The identity rules of issue 9 (relate/actors.ts, extract/actors.ts), each on text written for this
// test with the counter-example it must not fire on.
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp.js";
import { extractMentions } from "../../src/extract/actors.js";
import { KIND_POOLING } from "../../src/extract/kind-evidence.js";
import { formalNamesOf } from "../../src/data/nicknames.js";
import { resolveActors, surnameOf, type ActorInput } from "../../src/relate/actors.js";
import { UNTYPED_CONFIDENCE, type ActorKind } from "../../src/types.js";

function article(id: string, text: string): ActorInput {
  const analysis = analyse(text);
  return { id, date: null, text, sentences: analysis.sentences, mentions: extractMentions(text, analysis) };
}
/** An article whose names are typed as given: the rules read the kinds, not how the extractor came by them. */
function typed(id: string, text: string, names: [string, ActorKind][]): ActorInput {
  const mentions = names.map(([name, kind]) => {
    const start = text.indexOf(name);
    return { text: name, kind, confidence: 1, start, end: start + name.length, sentence: 0 };
  });
  return { id, date: null, text, sentences: [{ start: 0, end: text.length }], mentions };
}
const reasonsOf = (actor: { mergedBecause: { spelling: string; reason: string }[] }) => Object.fromEntries(actor.mergedBecause.map((e) => [e.spelling, e.reason]));
const named = (actors: { name: string }[], name: string) => actors.filter((a) => a.name === name);

describe("a generational suffix", () => {
  it("is no surname: the bare surname in the article joins the full name that carries it", () => {
    expect(surnameOf("Walter Pruitt Jr.")).toBe("pruitt");
    expect(surnameOf("Henry Osgood III")).toBe("osgood");
    const { actors } = resolveActors([article("a", "Deputies said Walter Pruitt Jr. fled in a grey van. Pruitt was caught on Monday.")]);
    const walter = named(actors, "Walter Pruitt Jr.")[0]!;
    expect(walter.mentions).toHaveLength(2);
    expect(reasonsOf(walter)["Pruitt"]).toBe("surname-in-article");
  });

  it("joins the name printed without it when one person has it and their articles share company", () => {
    const { actors } = resolveActors([
      article("a", "Walter Pruitt Jr. escaped from the Tamsin County jail, Sheriff Dora Vance said."),
      article("b", "Walter Pruitt was recaptured near Tamsin County, Sheriff Dora Vance said."),
    ]);
    const walter = named(actors, "Walter Pruitt Jr.")[0]!;
    expect(walter.articles).toEqual(["a", "b"]);
    expect(reasonsOf(walter)["Walter Pruitt"]).toBe("generational-suffix");
  });

  it("keeps father and son apart when an article names both, or when a Jr. and a Sr. are both about", () => {
    const together = resolveActors([
      article("a", "Walter Pruitt Jr. and his father Walter Pruitt ran the Tamsin County farm, Dora Vance said."),
      article("b", "Walter Pruitt Jr. sold the Tamsin County farm, Dora Vance said."),
    ]);
    expect(named(together.actors, "Walter Pruitt")).toHaveLength(1);
    expect(named(together.actors, "Walter Pruitt Jr.")[0]!.articles).toEqual(["a", "b"]);
    const both = resolveActors([
      article("a", "Walter Pruitt Jr. spoke at the Tamsin County fair with Dora Vance."),
      article("b", "Walter Pruitt Sr. spoke at the Tamsin County fair with Dora Vance."),
      article("c", "Walter Pruitt opened the Tamsin County fair with Dora Vance."),
    ]);
    expect(named(both.actors, "Walter Pruitt")[0]!.articles).toEqual(["c"]);
  });
});

describe("a sentence's opening words glued to a surname", () => {
  it("leave the surname to the article's one person of that surname", () => {
    const { actors } = resolveActors([article("a", "Senator Halvard Quist opened the inquiry on Monday. Weary Quist questioned engineers for hours.")]);
    const halvard = named(actors, "Halvard Quist")[0]!;
    expect(halvard.aliases).toContain("Weary Quist");
    expect(reasonsOf(halvard)["Weary Quist"]).toBe("surname-in-article");
  });

  it("but a given name in front, or words inside a sentence, make a name of their own", () => {
    const given = resolveActors([article("a", "Senator Halvard Quist opened the inquiry on Monday. Rosa Quist questioned engineers for hours.")]);
    expect(named(given.actors, "Rosa Quist")).toHaveLength(1);
    const inside = resolveActors([article("a", "Senator Halvard Quist opened the inquiry on Monday. Engineers met Weary Quist at noon.")]);
    expect(named(inside.actors, "Halvard Quist")[0]!.aliases).not.toContain("Weary Quist");
  });
});

describe("a bare given name", () => {
  it("joins the one person of the article whose full name opens with it", () => {
    const { actors } = resolveActors([article("a", "Singer Maribel Oduya cancelled the tour. Fans said Maribel had been unwell for weeks.")]);
    const maribel = named(actors, "Maribel Oduya")[0]!;
    expect(maribel.mentions).toHaveLength(2);
    expect(reasonsOf(maribel)["Maribel"]).toBe("first-name-in-article");
  });

  it("stays apart when two people of the article open with it, when it is also a surname there, or in another article", () => {
    const two = resolveActors([article("a", "Maribel Oduya and Maribel Tesh founded the band. Maribel wrote every song.")]);
    expect(named(two.actors, "Maribel")).toHaveLength(1);
    const surname = resolveActors([article("a", "Grant Hollis met Kevin Grant at the gallery. Grant said little.")]);
    expect(named(surname.actors, "Grant Hollis")[0]!.mentions).toHaveLength(1);
    // a full name ending in an everyday word may be a body mistyped as a person ("Palmer Fire"): the price is "Rosa Brown"
    const everyday = resolveActors([article("a", "Crews led by Rosa Brown arrived at noon. Rosa said the roof was lost.")]);
    expect(named(everyday.actors, "Rosa Brown")[0]!.mentions).toHaveLength(1);
    const elsewhere = resolveActors([article("a", "Singer Maribel Oduya cancelled the tour."), article("b", "Maribel thanked her fans.")]);
    expect(named(elsewhere.actors, "Maribel Oduya")[0]!.articles).toEqual(["a"]);
  });
});

describe("the opening words of a longer name", () => {
  it("stand for the one body of the same kind the article named in full before them", () => {
    const { actors } = resolveActors([
      article("a", "Shares of Quorvane Holdings fell on Monday. Quorvane reported a loss."),
    ]);
    const quorvane = named(actors, "Quorvane Holdings")[0]!;
    expect(quorvane.aliases).toContain("Quorvane");
    expect(reasonsOf(quorvane)["Quorvane"]).toBe("leading-words-in-article");
  });

  it("stand for a place whose other words are everyday words, not for a name with a name of its own left", () => {
    const { actors } = resolveActors([article("a", "She checked into Larkmoor Recovery in Tamsin Bay on Monday. She never returned to Larkmoor after that.")]);
    const larkmoor = named(actors, "Larkmoor Recovery")[0]!;
    expect(larkmoor.aliases).toContain("Larkmoor");
    expect(reasonsOf(larkmoor)["Larkmoor"]).toBe("leading-words-in-article");
    const named2 = resolveActors([article("a", "She checked into Larkmoor Quenby in Tamsin Bay on Monday. She never returned to Larkmoor after that.")]);
    expect(named2.actors.find((a) => a.name === "Larkmoor Quenby")?.aliases ?? []).not.toContain("Larkmoor");
  });

  it("do not when one word is left of a name with no generic head, when the kinds differ, or when printed first", () => {
    const product = resolveActors([article("a", "Dealers praised the Quorvane Aurora on Monday. Quorvane reported strong sales.")]);
    expect(product.actors.find((a) => a.name === "Quorvane Aurora")!.aliases).not.toContain("Quorvane");
    const town = resolveActors([article("a", "Fire gutted the Dunmore Bible Church on Sunday. Firefighters from across Dunmore fought the blaze.")]);
    expect(town.actors.find((a) => a.name === "Dunmore Bible Church")!.aliases).not.toContain("Dunmore");
    const before = resolveActors([article("a", "Quorvane reported a loss. Shares of Quorvane Holdings fell on Monday.")]);
    expect(before.actors.find((a) => a.name === "Quorvane Holdings")!.aliases).not.toContain("Quorvane");
  });
});

describe("spelling variants of names of bodies and places", () => {
  it("join across British and American spelling without more, and a long name a letter apart with company in common", () => {
    const { actors } = resolveActors([
      article("a", "The Halvorsen Arts Centre reopened in Leeds. The Central Elections Commission of Varnia met President Ilse Morrow."),
      article("b", "The Halvorsen Arts Center in Ohio sold out. The Central Election Commission of Varnia briefed President Ilse Morrow."),
    ]);
    const centre = actors.find((a) => a.name.startsWith("Halvorsen Arts"))!;
    expect(centre.articles).toEqual(["a", "b"]);
    expect(Object.values(reasonsOf(centre))).toEqual(["spelling-variant"]);
    expect(actors.find((a) => a.name.startsWith("Central Election"))!.articles).toEqual(["a", "b"]);
  });

  it("take a story in common as company in common, and without either stay apart", () => {
    const input = [
      article("a", "The Central Elections Commission of Varnia counted the ballots overnight."),
      article("b", "Turnout was high, the Central Election Commission of Varnia said."),
    ];
    const commissions = (stories?: Map<string, string>) => resolveActors(input, stories).actors.filter((x) => x.name.startsWith("Central Election"));
    expect(commissions(new Map([["a", "vote"], ["b", "vote"]]))).toHaveLength(1);
    expect(commissions(new Map([["a", "vote"], ["b", "count"]]))).toHaveLength(2);
    expect(commissions()).toHaveLength(2);
  });

  it("keep names that a place or a people tells apart, and short names, even with company in common", () => {
    const { actors } = resolveActors([
      article("a", "Lena Brandt met the Altamira Water Board with Tomas Keel."),
      article("b", "Lena Brandt met the Altamura Water Board with Tomas Keel."),
      article("c", "Lena Brandt visited the Orvik Bank with Tomas Keel."),
      article("d", "Lena Brandt visited the Orvek Bank with Tomas Keel."),
    ]);
    expect(actors.filter((a) => a.name.endsWith("Water Board"))).toHaveLength(2);
    expect(actors.filter((a) => a.name.endsWith(" Bank"))).toHaveLength(2);
  });

  it("never join two people an article names side by side", () => {
    const { actors } = resolveActors([
      article("a", "Charlene Dufresne and her brother Charline Dufresne spoke to Judge Ada Kern."),
      article("b", "Charlene Dufresne thanked Judge Ada Kern."),
    ]);
    expect(actors.filter((a) => a.kind === "person" && a.name.endsWith("Dufresne"))).toHaveLength(2);
  });
});

describe("a nickname inside a full name", () => {
  it("leaves the given name and surname around it one name", () => {
    const text = "A vigil was held for Tomasz (Tomek) Nowak on Friday. Friends of Ines 'Nena' Varga marched.";
    const ms = extractMentions(text, analyse(text));
    expect(ms.map((m) => m.text)).toEqual(expect.arrayContaining(["Tomasz Nowak", "Ines Varga"]));
    const tomasz = ms.find((m) => m.text === "Tomasz Nowak")!;
    expect(text.slice(tomasz.start, tomasz.end)).toBe("Tomasz (Tomek) Nowak");
  });

  it("but not a quoted word between an everyday word and a name, nor in a headline in title case", () => {
    const text = 'Residents "Protest" Hallam said the council had moved too fast.';
    expect(extractMentions(text, analyse(text)).map((m) => m.text)).not.toContain("Residents Hallam");
    const headline = "Dozens 'Riot' Over Fares As Mayor Quits";
    expect(extractMentions(headline, analyse(headline)).map((m) => m.text)).not.toContain("Dozens Over");
  });
});

describe("a bare name the collection leaves open, settled by its story", () => {
  const stories = (pairs: Record<string, string>) => new Map(Object.entries(pairs));
  const collection = () => [
    article("a", "Senator Halvard Quist opened the Brevik dam inquiry on Monday."),
    article("b", "The inquiry heard from engineers. Quist said the dam had been neglected for years."),
    article("c", "The potter Mirela Quist won the Ostra ceramics prize."),
  ];

  it("joins the one person of its story who carries the surname", () => {
    const { actors } = resolveActors(collection(), stories({ a: "dam", b: "dam", c: "prize" }));
    const halvard = named(actors, "Halvard Quist")[0]!;
    expect(halvard.articles).toEqual(["a", "b"]);
    expect(reasonsOf(halvard)["Quist"]).toBe("only-person-with-surname-in-story");
    expect(named(actors, "Mirela Quist")[0]!.articles).toEqual(["c"]);
  });

  it("counts no sentence's word glued to the surname as a second person of that name", () => {
    const glued = [...collection(), article("d", "Engineers testified all day. Weary Quist questioned them for hours.")];
    const { actors } = resolveActors(glued, stories({ a: "dam", b: "dam", c: "prize", d: "dam" }));
    expect(named(actors, "Halvard Quist")[0]!.articles).toEqual(["a", "b"]);
  });

  it("stays apart without stories, in a story naming two such people (father and son), or in a story naming none", () => {
    expect(named(resolveActors(collection()).actors, "Quist")).toHaveLength(1);
    const family = resolveActors(
      [...collection(), article("d", "His son Ansel Quist, a hydrologist, also testified at the Brevik dam inquiry.")],
      stories({ a: "dam", b: "dam", c: "prize", d: "dam" }),
    );
    expect(named(family.actors, "Quist")[0]!.articles).toEqual(["b"]);
    const none = resolveActors(collection(), stories({ a: "dam", b: "flood", c: "prize" }));
    expect(named(none.actors, "Quist")[0]!.articles).toEqual(["b"]);
  });

  it("joins the one person of its story whose full name opens with a given name, never when it is a surname there, nor after a word for a relative unless its article prints the surname", () => {
    const input = [
      article("a", "Singer Maribel Oduya cancelled the Lisbon concert."),
      article("b", "Fans said Maribel had been unwell for weeks."),
      article("c", "Maribel Tesh opened a bakery in Porto."),
    ];
    const { actors } = resolveActors(input, stories({ a: "tour", b: "tour", c: "bakery" }));
    const maribel = named(actors, "Maribel Oduya")[0]!;
    expect(maribel.articles).toEqual(["a", "b"]);
    expect(reasonsOf(maribel)["Maribel"]).toBe("first-name-in-story");
    const two = resolveActors(input, stories({ a: "tour", b: "tour", c: "tour" }));
    expect(named(two.actors, "Maribel")).toHaveLength(1);
    const surname = resolveActors(
      [article("a", "Singer Grant Hollis cancelled the Lisbon concert."), article("b", "His manager Kevin Grant apologised."), article("c", "Fans said Grant had been unwell.")],
      stories({ a: "tour", b: "tour", c: "tour" }),
    );
    expect(named(surname.actors, "Grant Hollis")[0]!.articles).toEqual(["a"]);
    const family = resolveActors(
      [article("a", "Singer Maribel Oduya cancelled the Lisbon concert."), article("b", "A fan from Porto said her daughter Maribel had cried all night.")],
      stories({ a: "tour", b: "tour" }),
    );
    expect(named(family.actors, "Maribel Oduya")[0]!.articles).toEqual(["a"]);
    const printed = resolveActors(
      [article("a", "Singer Maribel Oduya cancelled the Lisbon concert."), article("b", "The promoter Tomas Oduya said his daughter, Maribel, had cried all night.")],
      stories({ a: "tour", b: "tour" }),
    );
    expect(named(printed.actors, "Maribel Oduya")[0]!.articles).toEqual(["a", "b"]);
  });
});

describe("a body's or product's short form, settled by its story", () => {
  const stories = (ids: string) => new Map([...ids].map((id) => [id, "story"] as const));

  it("joins the one body or product of the story named in full whose opening word or last word it is, or that an article tied the abbreviation to", () => {
    const { actors } = resolveActors(
      [
        typed("a", "She entered the Harwick Rehab Center. Dealers praised the Quorvane Tessaly. The Marrow Valley Water Authority (MVWA) met.", [["Harwick Rehab Center", "organization"], ["Quorvane Tessaly", "other"], ["Marrow Valley Water Authority", "organization"], ["MVWA", "organization"]]),
        typed("b", "Staff at Harwick said she was calm. The Tessaly sold out. MVWA raised rates.", [["Harwick", "organization"], ["Tessaly", "other"], ["MVWA", "organization"]]),
      ],
      stories("ab"),
    );
    expect(reasonsOf(named(actors, "Harwick Rehab Center")[0]!)["Harwick"]).toBe("short-form-in-story");
    expect(reasonsOf(named(actors, "Quorvane Tessaly")[0]!)["Tessaly"]).toBe("short-form-in-story");
    // the spelling's evidence is the article that tied it; the story brings article b
    expect(named(actors, "Marrow Valley Water Authority")[0]!.articles).toEqual(["a", "b"]);
  });

  it("takes no initials alone for an abbreviation no article of the story ties to the full name", () => {
    const { actors } = resolveActors(
      [typed("a", "The University of Nebraska opened a lab.", [["University of Nebraska", "organization"]]), typed("b", "The UN sent observers.", [["UN", "organization"]])],
      stories("ab"),
    );
    expect(named(actors, "UN")).toHaveLength(1);
  });

  it("keeps a company apart from its product, a town from its stadium, two bodies of the same initials, and other stories", () => {
    const input = [
      typed("a", "Dealers praised the Quorvane Tessaly. Fans filled Larkmoor Stadium. The Marrow Valley Water Authority met the Mid Vale Wind Association.", [["Quorvane Tessaly", "other"], ["Larkmoor Stadium", "place"], ["Marrow Valley Water Authority", "organization"], ["Mid Vale Wind Association", "organization"]]),
      typed("b", "Quorvane said sales rose. Larkmoor celebrated. MVWA objected.", [["Quorvane", "other"], ["Larkmoor", "place"], ["MVWA", "organization"]]),
      typed("c", "Staff at Harwick said she was calm.", [["Harwick", "organization"]]),
      typed("d", "She entered the Harwick Rehab Center.", [["Harwick Rehab Center", "organization"]]),
    ];
    const { actors } = resolveActors(input, new Map([["a", "s"], ["b", "s"], ["c", "t"], ["d", "u"]]));
    for (const short of ["Quorvane", "Larkmoor", "MVWA", "Harwick"]) expect(named(actors, short)).toHaveLength(1);
  });
});

describe("a name blended from a given name and a surname", () => {
  it("joins the one person of its article, or else of its story, whose names open so", () => {
    const here = resolveActors([article("a", "Talia Brooksmith left the clinic on Monday. Photographers saw TaBro shopping an hour later.")]);
    const talia = named(here.actors, "Talia Brooksmith")[0]!;
    expect(talia.aliases).toContain("TaBro");
    expect(reasonsOf(talia)["TaBro"]).toBe("blended-name");
    const story = resolveActors(
      [article("a", "Talia Brooksmith left the clinic on Monday."), article("b", "Photographers saw TaBro shopping an hour later.")],
      new Map([["a", "clinic"], ["b", "clinic"]]),
    );
    expect(named(story.actors, "Talia Brooksmith")[0]!.articles).toEqual(["a", "b"]);
  });

  it("never takes a surname written in camel case, two people whose names open so, or another story", () => {
    const surname = resolveActors([article("a", "Joseph DiLeo testified on Monday."), article("b", "Diane Leonard met DiLeo at the court.")]);
    expect(named(surname.actors, "Diane Leonard")[0]!.aliases).not.toContain("DiLeo");
    const two = resolveActors([article("a", "Talia Brooksmith and her cousin Tamsin Brody left the clinic. Photographers saw TaBro shopping an hour later.")]);
    expect(named(two.actors, "Talia Brooksmith")[0]!.aliases).not.toContain("TaBro");
    const apart = resolveActors(
      [article("a", "Talia Brooksmith left the clinic on Monday."), article("b", "Photographers saw TaBro shopping an hour later.")],
      new Map([["a", "clinic"], ["b", "shopping"]]),
    );
    expect(named(apart.actors, "Talia Brooksmith")[0]!.articles).toEqual(["a"]);
  });
});

describe("a vessel's name", () => {
  it("is one vessel with or without its prefix or a noun for a ship, in an article or a story", () => {
    const here = resolveActors([article("a", "Pirates fired on the MV Orlanka off the coast on Monday. The Orlanka's crew of twelve escaped unhurt.")]);
    expect(here.actors.find((x) => x.name === "MV Orlanka")!.aliases).toContain("Orlanka");
    const story = resolveActors(
      [article("a", "Warship INS Tarvesh foils piracy bid"), article("b", "Navy personnel aboard INS Tarvesh spotted five boats. Tarvesh intercepted three of them.")],
      new Map([["a", "piracy"], ["b", "piracy"]]),
    );
    expect(story.actors.find((x) => x.name.endsWith("INS Tarvesh"))!.articles).toEqual(["a", "b"]);
  });

  it("keeps two navies' ships of one name apart, and a vessel apart from a person of that surname", () => {
    const navies = resolveActors([article("a", "The USS Calloway and the HMS Calloway sailed together. Calloway led the way.")]);
    expect(navies.actors.filter((x) => x.name.endsWith("Calloway"))).toHaveLength(3);
    const person = resolveActors([article("a", "The tanker MT Ostrova docked at dawn. Captain Mila Ostrova said the cargo was safe, and Ostrova thanked the crew.")]);
    expect(person.actors.find((x) => x.name === "Mila Ostrova")!.mentions).toHaveLength(2);
  });
});

describe("a name with words left out", () => {
  const story = new Map([["a", "s"], ["b", "s"], ["c", "t"]]);

  it("is the one longer name of its story with the same first and last word", () => {
    const { actors } = resolveActors(
      [typed("a", "Mourners gathered at Harwick Memorial Cemetery.", [["Harwick Memorial Cemetery", "place"]]), typed("b", "She was buried at Harwick Cemetery.", [["Harwick Cemetery", "place"]])],
      story,
    );
    const cemetery = actors.find((x) => x.name.startsWith("Harwick"))!;
    expect(cemetery.articles).toEqual(["a", "b"]);
    expect(Object.values(reasonsOf(cemetery))).toEqual(["words-inserted-in-story"]);
  });

  it("is not when the first word is an everyday one, the longer name joins two with 'and', an article prints both, or the story differs", () => {
    const { actors } = resolveActors(
      [
        typed("a", "The National Portrait Gallery reopened. The Varnia Interior and Trade Department agreed. Harwick Memorial Cemetery and Harwick Cemetery are a mile apart.", [
          ["National Portrait Gallery", "organization"],
          ["Varnia Interior and Trade Department", "organization"],
          ["Harwick Memorial Cemetery", "place"],
          ["Harwick Cemetery", "place"],
        ]),
        typed("b", "The National Gallery closed. The Varnia Interior Department objected.", [["National Gallery", "organization"], ["Varnia Interior Department", "organization"]]),
        typed("c", "Mourners gathered at Quenby Memorial Park.", [["Quenby Memorial Park", "place"]]),
        typed("d", "Children played in Quenby Park.", [["Quenby Park", "place"]]),
      ],
      new Map([...story, ["d", "u"]]),
    );
    for (const name of ["National Gallery", "Varnia Interior Department", "Harwick Cemetery", "Quenby Park"]) expect(named(actors, name)).toHaveLength(1);
  });
});

describe("a short surname with and without a silent final e", () => {
  const stories = (pairs: Record<string, string>) => new Map(Object.entries(pairs));

  it("joins two printings of one full name in one story, and a bare surname to the story's one person with either", () => {
    const { actors } = resolveActors(
      [
        article("a", "Guide Tomas Velk died on the ridge on Friday, rangers said."),
        article("b", "The climber Tomas Velke had led the party up the ridge."),
        article("c", "Rangers said Velke had slipped on ice near the hut."),
      ],
      stories({ a: "ridge", b: "ridge", c: "ridge" }),
    );
    const tomas = actors.filter((a) => a.name.startsWith("Tomas Velk"));
    expect(tomas).toHaveLength(1);
    expect(tomas[0]!.articles).toEqual(["a", "b", "c"]);
  });

  it("counts for the bare surname in an article that prints the other spelling in full", () => {
    const { actors } = resolveActors([article("a", "Guide Tomas Velk died on the ridge on Friday. Rangers said Velke had slipped on ice.")], stories({ a: "ridge" }));
    expect(named(actors, "Tomas Velk")[0]!.mentions).toHaveLength(2);
  });

  it("keeps apart other stories, an article printing both, two people of the surname, longer surnames and given names", () => {
    const apart = resolveActors(
      [article("a", "Guide Tomas Velk died on the ridge on Friday."), article("b", "The banker Tomas Velke opened a branch in Orlen.")],
      stories({ a: "ridge", b: "bank" }),
    );
    expect(named(apart.actors, "Tomas Velke")[0]!.articles).toEqual(["b"]);
    const both = resolveActors([article("a", "Tomas Velk and his cousin Tomas Velke ran the hut.")], stories({ a: "hut" }));
    expect(named(both.actors, "Tomas Velke")).toHaveLength(1);
    const two = resolveActors(
      [article("a", "Guides Tomas Velk and Ilse Velk led the climb."), article("b", "Rangers said Velke had slipped on ice.")],
      stories({ a: "ridge", b: "ridge" }),
    );
    expect(named(two.actors, "Velke")).toHaveLength(1);
    // longer surnames get an edit only with company: "Marlow" / "Marlowe" in one story is left to that rule
    const given = resolveActors(
      [article("a", "The pianist Ann Dorsk played first."), article("b", "The pianist Anne Dorsk played last.")],
      stories({ a: "recital", b: "recital" }),
    );
    expect(named(given.actors, "Anne Dorsk")).toHaveLength(1);
  });
});

describe("a lone word typed an organisation for want of evidence", () => {
  const stories = (pairs: Record<string, string>) => new Map(Object.entries(pairs));

  it("is typed with the confidence of no evidence", () => {
    const text = "Other climbers tried to rescue Velk by carrying him down the glacier, police said.";
    const [velk] = extractMentions(text, analyse(text));
    expect(velk).toMatchObject({ text: "Velk", kind: "organization", confidence: UNTYPED_CONFIDENCE });
    expect(KIND_POOLING.confidenceBase + KIND_POOLING.defaultScore / KIND_POOLING.confidencePerScore).toBeCloseTo(UNTYPED_CONFIDENCE, 10);
  });

  it("joins the one person of its story with that surname, with or without a silent e", () => {
    const input = [
      article("a", "Guide Tomas Velk died on the ridge on Friday, rangers said."),
      article("b", "Other climbers tried to rescue Velk by carrying him down the glacier, police said."),
      article("c", "Other climbers tried to rescue Velke by carrying him down the glacier, police said."),
    ];
    const { actors } = resolveActors(input, stories({ a: "ridge", b: "ridge", c: "ridge" }));
    const tomas = named(actors, "Tomas Velk")[0]!;
    expect(tomas.articles).toEqual(["a", "b", "c"]);
    expect(tomas.kind).toBe("person");
    expect(reasonsOf(tomas)["Velk"]).toBe("only-person-with-surname-in-story");
  });

  it("stays a name of its own without stories, in another story, beside two such people, or when typed on evidence", () => {
    const untyped = article("b", "Other climbers tried to rescue Velk by carrying him down the glacier, police said.");
    expect(named(resolveActors([article("a", "Guide Tomas Velk died on the ridge."), untyped]).actors, "Velk")).toHaveLength(1);
    expect(named(resolveActors([article("a", "Guide Tomas Velk died on the ridge."), untyped], stories({ a: "ridge", b: "glacier" })).actors, "Velk")).toHaveLength(1);
    const two = resolveActors([article("a", "Guides Tomas Velk and Ilse Velk led the climb."), untyped], stories({ a: "ridge", b: "ridge" }));
    expect(named(two.actors, "Velk")).toHaveLength(1);
    const body = typed("b", "Shares of the miner Velk fell.", [["Velk", "organization"]]);
    expect(named(resolveActors([article("a", "Guide Tomas Velk died on the ridge."), body], stories({ a: "ridge", b: "ridge" })).actors, "Velk")).toHaveLength(1);
  });
});

describe("a two-word name that ends the three-word name of its story's one such person", () => {
  const stories = (pairs: Record<string, string>) => new Map(Object.entries(pairs));
  const full = article("a", "The academy elected Edith Boone Quarles as its president on Tuesday.");

  it("joins that person", () => {
    const { actors } = resolveActors([full, article("b", "Boone Quarles thanked the members of the academy.")], stories({ a: "vote", b: "vote" }));
    const edith = named(actors, "Edith Boone Quarles")[0]!;
    expect(edith.articles).toEqual(["a", "b"]);
    expect(reasonsOf(edith)["Boone Quarles"]).toBe("given-name-left-out-in-story");
  });

  it("stays apart in another story, beside two such people, in an article printing both, or beside kin of that surname", () => {
    const later = article("b", "Boone Quarles thanked the members of the academy.");
    expect(named(resolveActors([full, later], stories({ a: "vote", b: "gala" })).actors, "Boone Quarles")).toHaveLength(1);
    const two = [full, article("c", "Her brother Martin Boone Quarles voted against her."), later];
    expect(named(resolveActors(two, stories({ a: "vote", b: "vote", c: "vote" })).actors, "Boone Quarles")).toHaveLength(1);
    const both = article("b", "Edith Boone Quarles hugged her husband, Boone Quarles, after the vote.");
    expect(named(resolveActors([full, both], stories({ a: "vote", b: "vote" })).actors, "Boone Quarles")).toHaveLength(1);
    const kin = article("b", "Boone Quarles and his wife, Ida Quarles, left the academy early.");
    expect(named(resolveActors([full, kin], stories({ a: "vote", b: "vote" })).actors, "Boone Quarles")).toHaveLength(1);
  });
});

describe("a full name with a short form of the given name", () => {
  const stories = (pairs: Record<string, string>) => new Map(Object.entries(pairs));
  const william = article("a", "The ferry owner William Varga said the crossing would close in March.");
  const bill = article("b", "Bill Varga told passengers the crossing would close.");

  it("joins the one person of its story with the formal given name and the same surname", () => {
    expect(formalNamesOf("bill")).toEqual(["william"]);
    expect(formalNamesOf("pat")).toEqual(["patrick", "patricia"]);
    expect(formalNamesOf("william")).toEqual([]);
    const { actors } = resolveActors([william, bill], stories({ a: "ferry", b: "ferry" }));
    const varga = named(actors, "William Varga")[0]!;
    expect(varga.articles).toEqual(["a", "b"]);
    expect(reasonsOf(varga)["Bill Varga"]).toBe("diminutive-in-story");
  });

  it("keeps apart another surname, a given name that is no short form, two Williams of the surname, an article printing both, and other stories", () => {
    const ferry = stories({ a: "ferry", b: "ferry", c: "ferry" });
    expect(named(resolveActors([william, article("b", "Bill Varda told passengers.")], ferry).actors, "Bill Varda")).toHaveLength(1);
    expect(formalNamesOf("louise")).toEqual([]);
    expect(named(resolveActors([william, article("b", "Wilma Varga told passengers.")], ferry).actors, "Wilma Varga")).toHaveLength(1);
    const family = [article("a", "William Varga and his son William Varga Jr. own the ferry."), bill];
    expect(named(resolveActors(family, ferry).actors, "Bill Varga")).toHaveLength(1);
    expect(named(resolveActors([william, article("b", "Bill Varga, the son of William Varga, runs the ticket office.")], ferry).actors, "Bill Varga")).toHaveLength(1);
    expect(named(resolveActors([william, bill], stories({ a: "ferry", b: "bridge" })).actors, "Bill Varga")).toHaveLength(1);
  });
});
