import { afterEach, describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp.js";
import { extractMentions, kindEvidence } from "../../src/extract/actors.js";
import { KIND_EVIDENCE, disableKindFeatures, scoreFeatures, type KindFeatureName } from "../../src/extract/kind-evidence.js";

const featuresOf = (text: string, name: string) => {
  const found = kindEvidence(text, analyse(text)).find((c) => c.text === name);
  if (!found) throw new Error(`no candidate "${name}" in: ${text}`);
  return found.features;
};

/** For every feature: a sentence where it fires on the name, and one where it must not. */
const CASES: Record<KindFeatureName, { fires: [string, string]; not: [string, string] }> = {
  title: { fires: ["Fisheries Minister Tomas Halvorsen opened the port.", "Tomas Halvorsen"], not: ["Tomas Halvorsen opened the port.", "Tomas Halvorsen"] },
  honorific: { fires: ["Later Mr. Okonjo left the hall.", "Okonjo"], not: ["Later Okonjo left the hall.", "Okonjo"] },
  givenNameFirst: { fires: ["The plan was drawn up by Maria Veltkamp.", "Maria Veltkamp"], not: ["The plan was drawn up by Maria Veltkamp Holdings.", "Maria Veltkamp Holdings"] },
  initialFirst: { fires: ["The plan was drawn up by J. Veltkamp.", "J. Veltkamp"], not: ["The plan was drawn up by Jorund Veltkamp.", "Jorund Veltkamp"] },
  surnameLast: { fires: ["The plan was drawn up by Jorund Johnson.", "Jorund Johnson"], not: ["The plan was drawn up by Jorund Veltkamp.", "Jorund Veltkamp"] },
  placeInsideName: { fires: ["Workers at Lisbon Dockside Ferries walked out.", "Lisbon Dockside Ferries"], not: ["Workers at Quarvel Dockside Ferries walked out.", "Quarvel Dockside Ferries"] },
  // (a place first and a plural last that is also a surname, which the rule above leaves alone)
  cityAndPlural: { fires: ["Workers at Lisbon Dockside Works walked out.", "Lisbon Dockside Works"], not: ["Fans of the Toronto Falcon cheered.", "Toronto Falcon"] },
  thingAfterArticle: { fires: ["She read the Lantern Chronicles twice.", "Lantern Chronicles"], not: ["She read with Lantern Chronicles twice.", "Lantern Chronicles"] },
  severalWords: { fires: ["The plan was drawn up by Jorund Veltkamp.", "Jorund Veltkamp"], not: ["The plan was drawn up by Veltkamp.", "Veltkamp"] },
  commonWordsOnly: { fires: ["Net Income rose in May.", "Net Income"], not: ["Lisbon Income rose in May.", "Lisbon Income"] },
  knownNameAlone: { fires: ["The plan was drawn up by Johnson.", "Johnson"], not: ["The plan was drawn up by Veltkamp.", "Veltkamp"] },
  quotedTitle: { fires: ['She starred in "Silver Harbour," a musical.', "Silver Harbour"], not: ["She starred in Silver Harbour, a musical.", "Silver Harbour"] },
  orgTail: { fires: ["Loans from Quarvel Savings Bank rose.", "Quarvel Savings Bank"], not: ["Loans from Quarvel Savings rose.", "Quarvel Savings"] },
  orgHeadOf: { fires: ["The National Council for Road Safety disagreed.", "National Council for Road Safety"], not: ["The Gulf of Zerat was calm.", "Gulf of Zerat"] },
  placeHeadOf: { fires: ["The Gulf of Zerat was calm.", "Gulf of Zerat"], not: ["The Ministry of Fisheries disagreed.", "Ministry of Fisheries"] },
  placeHead: { fires: ["Climbers left Mount Arvel at dawn.", "Mount Arvel"], not: ["Climbers left Arvel at dawn.", "Arvel"] },
  placeTail: { fires: ["Boats sailed up the Arvel River.", "Arvel River"], not: ["Boats sailed up the Arvel Reach.", "Arvel Reach"] },
  gazetteerPlace: { fires: ["Flights to Lisbon were cancelled.", "Lisbon"], not: ["Flights to Quarvel were cancelled.", "Quarvel"] },
  institutionHouse: { fires: ["Analysts at Marrow House disagreed.", "Marrow House"], not: ["Analysts like Gregory House disagreed.", "Gregory House"] },
  gazetteerPlaceOverHead: { fires: ["Grain shipments to the Soviet Union rose.", "Soviet Union"], not: ["Grain shipments to the Quarvel Union rose.", "Quarvel Union"] },
  gazetteerPlaceAlsoGivenName: { fires: ["Flights to Florence were cancelled.", "Florence"], not: ["Flights to Lisbon were cancelled.", "Lisbon"] },
  acronym: { fires: ["Members of the WFTU voted.", "WFTU"], not: ["Members of the Wftu voted.", "Wftu"] },
  dottedAcronym: { fires: ["Officials of the W.F.T.U. voted.", "W.F.T.U."], not: ["The man, of Quarvel, N.J., voted.", "N.J."] },
  legalFormLast: { fires: ["Notes were sold by Quarvel Freight Corp on Monday.", "Quarvel Freight Corp"], not: ["Notes were sold by Quarvel Freight Co on Monday.", "Quarvel Freight Co"] },
  ampersand: { fires: ["Shares of Harrow & Vane rose.", "Harrow & Vane"], not: ["Shares of Harrow Vane rose.", "Harrow Vane"] },
  namesAfterArticle: { fires: ["Fans of the Harbour Kings cheered.", "Harbour Kings"], not: ["Fans of Harbour Kings cheered.", "Harbour Kings"] },
  singleAfterArticle: { fires: ["A letter from the Quarvel arrived.", "Quarvel"], not: ["A letter from Quarvel arrived.", "Quarvel"] },
  hometown: { fires: ["Ana Ruiz, of Quarvel, said the bridge was shut.", "Quarvel"], not: ["A letter from Quarvel, sent in May, arrived.", "Quarvel"] },
  pluralAfterArticle: { fires: ["Fans of the Harriers cheered.", "Harriers"], not: ["Fans of the Philippines cheered.", "Philippines"] },
  versus: { fires: ["Fixtures: Quarvel v Zerat.", "Quarvel"], not: ["Fixtures: Quarvel and Zerat.", "Quarvel"] },
  afterPlaceIn: { fires: ["Rain fell in Quarvel overnight.", "Quarvel"], not: ["Rain fell in Quarvel's view.", "Quarvel"] },
  afterPlacePreposition: { fires: ["A ferry sailed from Quarvel overnight.", "Quarvel"], not: ["A ferry sailed past Quarvel overnight.", "Quarvel"] },
  commonWordLast: { fires: ["The fire spread until Quarvel Fire arrived.", "Quarvel Fire"], not: ["The blaze spread until Quarvel Fire arrived.", "Quarvel Fire"] },
  orgNounNext: { fires: ["Reports in the daily Quarvel were denied.", "Quarvel"], not: ["Buses run to Quarvel daily.", "Quarvel"] },
  thingNounNext: { fires: ["Crews boarded the frigate Arvel Moon at dawn.", "Arvel Moon"], not: ["Crews boarded the tug Arvel Moon at dawn.", "Arvel Moon"] },
  placeNounNext: { fires: ["Ferries reached Quarvel island at noon.", "Quarvel"], not: ["Ferries reached Quarvel at noon.", "Quarvel"] },
  placeNounOf: { fires: ["Rain hit the village of Quarvel.", "Quarvel"], not: ["Rain hit the friends of Quarvel.", "Quarvel"] },
  ageGiven: { fires: ["Later Veltkamp, 34, left the hall.", "Veltkamp"], not: ["Later Veltkamp, 1996, left the hall.", "Veltkamp"] },
  spokenTo: { fires: ["The actor said in a statement to Quarvel that he was well.", "Quarvel"], not: ["The actor flew to Quarvel on Monday.", "Quarvel"] },
  cityAsOpponent: { fires: ["He scored twice in the game against Lyon on Sunday.", "Lyon"], not: ["He scored twice in the game against Brazil on Sunday.", "Brazil"] },
  speechVerb: { fires: ["Prices will fall, Veltkamp said.", "Veltkamp"], not: ["Prices will fall, Veltkamp hoped.", "Veltkamp"] },
  scoreboardTeam: { fires: ["Results:\nQuarvel 3 Zerat 1", "Quarvel"], not: ["Results: Quarvel won 3 games.", "Quarvel"] },
  scoreboardPlaceClub: { fires: ["Results:\nLyon 3 Quarvel 1", "Lyon"], not: ["Results:\nBrazil 3 Quarvel 1", "Brazil"] },
};

describe("KIND_EVIDENCE, feature by feature", () => {
  for (const [feature, { fires, not }] of Object.entries(CASES) as [KindFeatureName, (typeof CASES)[KindFeatureName]][]) {
    it(`${feature}: ${KIND_EVIDENCE[feature].why}`, () => {
      expect(featuresOf(...fires)).toContain(feature);
      expect(featuresOf(...not)).not.toContain(feature);
    });
  }

  it("has a case for every feature in the table", () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(KIND_EVIDENCE).sort());
  });
});

describe("scoreFeatures", () => {
  afterEach(() => disableKindFeatures());

  it("adds the weights of the fired features per kind", () => {
    expect(scoreFeatures(["title", "speechVerb", "afterPlacePreposition"])).toEqual({
      person: KIND_EVIDENCE.title.weight + KIND_EVIDENCE.speechVerb.weight,
      organization: 0,
      place: KIND_EVIDENCE.afterPlacePreposition.weight,
      other: 0,
    });
  });

  it("leaves out a feature switched off for an ablation, and changes the decision it carried", () => {
    const text = "Loans from Quarvel Savings Bank rose.";
    expect(extractMentions(text, analyse(text)).find((m) => m.text === "Quarvel Savings Bank")?.kind).toBe("organization");
    disableKindFeatures("orgTail");
    expect(scoreFeatures(["orgTail"]).organization).toBe(0);
    expect(extractMentions(text, analyse(text)).find((m) => m.text === "Quarvel Savings Bank")?.kind).not.toBe("organization");
  });
});

describe("the gazetteer's short forms of country names", () => {
  it("knows the name inside an official one and the part after 'Great', but not a division's or city's own name", async () => {
    const { lexicon } = await import("../../src/data/lexicon.js");
    const places = lexicon().places;
    expect(places.get("America")).toBe("United States");
    expect(places.get("Britain")).toBe("United Kingdom");
    // two countries share it: it stands for itself
    expect(places.get("Korea")).toBe("Korea");
    expect(places.get("Northern Ireland")).toBe("Northern Ireland");
    expect(lexicon().personWords.has("Britain")).toBe(false);
  });

  it("types a country's short form as a place, where the people-names list once made it a person", () => {
    const text = "Exports from Britain rose in July, while Britain's trade gap narrowed.";
    expect(extractMentions(text, analyse(text)).filter((m) => m.text === "Britain").map((m) => m.kind)).toEqual(["place", "place"]);
  });
});

describe("the common noun beside a name", () => {
  it("types a body named before or after its noun, and a place named with its noun", () => {
    const text = "The news agency Tarvik said the Zorlan newspaper had moved to the town of Besk, near Quarvel island.";
    const kinds = new Map(extractMentions(text, analyse(text)).map((m) => [m.text, m.kind]));
    expect(kinds.get("Tarvik")).toBe("organization");
    expect(kinds.get("Zorlan")).toBe("organization");
    expect(kinds.get("Besk")).toBe("place");
    expect(kinds.get("Quarvel")).toBe("place");
    // the people of a place, but not after an abbreviation or a capitalised opener
    expect(featuresOf("On Monday a Quarvel police officer was hurt.", "Quarvel")).toContain("placeNounNext");
    expect(featuresOf("On Monday WFTU police officers were hurt.", "WFTU")).not.toContain("placeNounNext");
    // the noun set off by a comma before a name that is set off too
    expect(featuresOf("She directed the sequel, Silver Harbour, last year.", "Silver Harbour")).toContain("thingNounNext");
    expect(featuresOf("In the film, Jorund Veltkamp plays a pilot.", "Jorund Veltkamp")).not.toContain("thingNounNext");
    // a known place before a body's noun is the place it belongs to
    expect(featuresOf("Reports in the Lisbon newspaper were denied.", "Lisbon")).not.toContain("orgNounNext");
  });
});

describe("an age printed with a name", () => {
  it("makes it a person before or after the name, in brackets too, but a year is no age", () => {
    expect(featuresOf("The driver, a 34-year-old Jorund Veltkamp, fled.", "Jorund Veltkamp")).toContain("ageGiven");
    expect(featuresOf("Later Veltkamp (34) left the hall.", "Veltkamp")).toContain("ageGiven");
    expect(featuresOf("Later Veltkamp (1996) left the hall.", "Veltkamp")).not.toContain("ageGiven");
    expect(featuresOf("He signed a 20-year-old Lisbon striker.", "Lisbon")).not.toContain("ageGiven");
  });
});

describe("several names after 'the'", () => {
  it("are no given name and surname, and default to a body; with a title between they stay a person", () => {
    const team = "Fans of the Maria Kings cheered as the Maria Kings won.";
    expect(featuresOf(team, "Maria Kings")).not.toContain("givenNameFirst");
    expect(extractMentions(team, analyse(team)).find((m) => m.text === "Maria Kings")?.kind).toBe("organization");
    const person = "Fans of the late Maria Veltkamp cheered.";
    expect(featuresOf(person, "Maria Veltkamp")).toContain("givenNameFirst");
    expect(extractMentions(person, analyse(person)).find((m) => m.text === "Maria Veltkamp")?.kind).toBe("person");
  });
});

describe("pooling over an article", () => {
  const kindsOf = (text: string, name: string) => [...new Set(extractMentions(text, analyse(text)).filter((m) => m.text === name).map((m) => m.kind))];

  it("counts what the name itself shows once, however often it is printed, and adds up what surrounds it", () => {
    // a given name used for a town: the names list speaks once, the prepositions on each mention
    expect(kindsOf("Buses run to Audrey daily. Audrey has one school. Audrey has two shops. Audrey has a mill. Rents in Audrey rose.", "Audrey")).toEqual(["place"]);
  });

  it("still makes the name a person when its mentions say so", () => {
    expect(kindsOf("Audrey said prices rose. Audrey said rents rose. Audrey added that shops closed. Rents in Audrey's street rose.", "Audrey")).toEqual(["person"]);
  });
});

describe("buildings, sites and squares", () => {
  it("are places by their head word, first or last, and a given name before one does not make a person", () => {
    expect(featuresOf("Shots were fired at Arvel Courthouse on Monday.", "Arvel Courthouse")).toContain("placeTail");
    expect(featuresOf("A heist near Place Senna shocked Paris.", "Place Senna")).toContain("placeHead");
    expect(featuresOf("Ships crossed the Quarvel Transit Corridor at dawn.", "Quarvel Transit Corridor")).toContain("placeTail");
    // a business's head word is an organisation's, not a place's
    expect(featuresOf("Milk from Quarvel Creamery was sold.", "Quarvel Creamery")).toContain("orgTail");
    const text = "Crowds gathered at Maria Veltkamp Stadium.";
    expect(extractMentions(text, analyse(text)).find((m) => m.text === "Maria Veltkamp Stadium")?.kind).toBe("place");
    // counter-example: the person the stadium is named after, named alone
    const person = "Crowds cheered Maria Veltkamp.";
    expect(extractMentions(person, analyse(person)).find((m) => m.text === "Maria Veltkamp")?.kind).toBe("person");
  });
});

describe("a word of the people-names list opening a sentence", () => {
  it("is no evidence of a person unless the article also capitalises it mid-sentence", () => {
    expect(featuresOf("Gold rose sharply on Friday.", "Gold")).not.toContain("knownNameAlone");
    expect(extractMentions("Gold rose sharply on Friday.", analyse("Gold rose sharply on Friday.")).some((m) => m.text === "Gold")).toBe(false);
    // counter-example: the article names the person mid-sentence too
    expect(featuresOf("Gold rose to speak. The crowd cheered Gold.", "Gold")).toContain("knownNameAlone");
  });
});

describe("several common words", () => {
  it("show no person's shape, unless one is a given name", () => {
    expect(featuresOf("Net Income rose in May.", "Net Income")).not.toContain("severalWords");
    // words that are also surnames count only when the article prints one in lower case
    expect(featuresOf("Hunger Games fans queued.", "Hunger Games")).not.toContain("commonWordsOnly");
    expect(featuresOf("Hunger Games fans queued, and hunger grew.", "Hunger Games")).toContain("commonWordsOnly");
    expect(featuresOf("Maria Stone rose to speak in May.", "Maria Stone")).toContain("givenNameFirst");
    // a place inside, even of two words, keeps it off: "New Orleans Harriers"
    expect(featuresOf("Fans of New York Harbour Kings cheered.", "New York Harbour Kings")).not.toContain("commonWordsOnly");
  });
});

describe("the leading words of a longer name", () => {
  const kindOf = (text: string, name: string) => extractMentions(text, analyse(text)).find((m) => m.text === name)?.kind;

  it("stand for the body or place it names when no mention of them speaks of a person", () => {
    expect(kindOf("She checked into the Audrey Veltkamp Clinic in May. She left Audrey Veltkamp in June.", "Audrey Veltkamp")).toBe("organization");
  });

  it("stay a person when a mention speaks of one", () => {
    expect(kindOf("The Audrey Veltkamp Clinic opened in May. Audrey Veltkamp said she was proud.", "Audrey Veltkamp")).toBe("person");
  });
});

describe("the headline", () => {
  const body = "Veltkamp left the court on Monday. Veltkamp will appeal.";
  const kinds = (headline?: string) => [...new Set(extractMentions(body, analyse(body), headline).filter((m) => m.text === "Veltkamp").map((m) => m.kind))];

  it("lends the kind of a person it names in full to the bare surname in the text, in title case too", () => {
    expect(kinds("Maria Veltkamp Loses Appeal Bid")).toEqual(["person"]);
  });

  it("lends nothing when it names no such person, and its names are no mentions of the text", () => {
    expect(kinds("Court Rules On Harbour Dispute")).not.toEqual(["person"]);
    expect(extractMentions(body, analyse(body), "Maria Veltkamp Loses Appeal Bid").some((m) => m.text.includes("Maria"))).toBe(false);
  });
});

describe("'and' inside an 'X of Y' name", () => {
  const names = (text: string) => extractMentions(text, analyse(text)).map((m) => m.text);

  it("carries the name on over a common word ('Arts and Sciences'), which makes one organisation", () => {
    const text = "The Academy of Harbour Arts and Sciences announced its prizes.";
    expect(names(text)).toContain("Academy of Harbour Arts and Sciences");
    expect(extractMentions(text, analyse(text)).find((m) => m.text.endsWith("Sciences"))?.kind).toBe("organization");
  });

  it("stops before another name after 'and'", () => {
    expect(names("Shares in the Bank of Quarvel and Veltkamp fell.")).toEqual(expect.arrayContaining(["Bank of Quarvel", "Veltkamp"]));
  });
});

describe("a place known whole", () => {
  it("is not read as a given name and a surname", () => {
    expect(featuresOf("Talks with North Korea stalled.", "North Korea")).not.toContain("givenNameFirst");
    // counter-example: a person whose given name is also a compass word keeps the feature
    expect(featuresOf("Talks with North Veltkamp stalled.", "North Veltkamp")).toContain("givenNameFirst");
  });
});
