// Where a name starts and ends: places of several words in lines of capitals, titles that are part of a
// name, names joined by "&" or by "of" and "for", particles, descriptors before a name.
import { describe, expect, it } from "vitest";
import { extractMentions } from "../../src/extract/actors.js";
import { analyse } from "../../src/nlp.js";

const mentionsOf = (text: string) => extractMentions(text, analyse(text));
const names = (text: string) => mentionsOf(text).map((m) => m.text);

describe("places of several words", () => {
  it("reads a known place of several words whole in a line of capitals, its first word no name alone", () => {
    const found = names("SAN ANTONIO 2004-03-11\nFerry fares rose by a tenth on Thursday, the harbour board said.");
    expect(found).toContain("SAN ANTONIO");
    expect(found).not.toContain("ANTONIO");
  });

  it("keeps 'The' of a place whose name holds it, and leaves a plain 'the' out", () => {
    const found = names("Delegates met in The Hague on Monday before flying to the Netherlands.");
    expect(found).toContain("The Hague");
    expect(found).toContain("Netherlands");
    expect(found).not.toContain("the Netherlands");
  });

  it("knows states that no longer exist as places, and their peoples' names as no actors", () => {
    const ms = mentionsOf("West Germany and Zaire signed a barter pact in Bonn, West German officials said.");
    expect(ms.find((m) => m.text === "West Germany")?.kind).toBe("place");
    expect(ms.find((m) => m.text === "Zaire")?.kind).toBe("place");
    expect(ms.map((m) => m.text)).not.toContain("West German");
    // a compass word before a name the lists do not hold stays as it was read
    expect(ms.map((m) => m.text)).not.toContain("West");
  });

  it("does not read ordinary words of a shouted line as a place", () => {
    const found = names("NEW RULES FOR FERRIES\nFerry operators must carry more lifeboats from May.");
    expect(found.some((n) => /NEW/.test(n))).toBe(false);
  });
});

describe("titles and names", () => {
  it("reads a title in capitals as a title only right before a given name", () => {
    const ms = mentionsOf("Brenton Harriers GM Tony Valcourt said the deal was done, and City Clerk Janette Morrow agreed.");
    expect(ms.find((m) => m.text === "Tony Valcourt")?.role).toBe("GM");
    expect(ms.find((m) => m.text === "Janette Morrow")?.role).toBe("Clerk");
    const company = names("GM said sales rose. GM Daewoo said the Incheon plant would close.");
    expect(company).toContain("GM");
    expect(company).toContain("GM Daewoo");
  });

  it("reads a police rank's abbreviation as a title", () => {
    const ms = mentionsOf("Police said Insp Dave Hollings led the search. Insp Hollings said it was called off at dusk.");
    expect(ms.filter((m) => m.text.endsWith("Hollings")).map((m) => [m.text, m.role])).toEqual([["Dave Hollings", "Insp"], ["Hollings", "Insp"]]);
  });

  it("reads a title word after a given name as a surname, and a title before a name as a title", () => {
    const ms = mentionsOf("Premier Ana Ruiz met the novelist Tomas Bishop, and Transport Minister Carl Okafor joined them.");
    expect(ms.map((m) => m.text)).toContain("Tomas Bishop");
    expect(ms.find((m) => m.text === "Carl Okafor")?.role).toBe("Transport Minister");
    expect(ms.find((m) => m.text === "Ana Ruiz")?.kind).toBe("person");
  });

  it("keeps a head word of a body that the given-name list holds out of that rule", () => {
    const ms = mentionsOf("The case went before Harbour Court Judge Lena Varga on Monday.");
    expect(ms.map((m) => m.text)).toContain("Lena Varga");
  });

  it("reads a title joined by a hyphen as a title", () => {
    const ms = mentionsOf("The garrison's commander, Major-General Piet Hollander, showed reporters the town.");
    expect(ms.find((m) => m.text === "Piet Hollander")?.role).toBe("Major-General");
  });

  it("reads a given name the tagger calls a function word as a name inside a sentence, not opening one", () => {
    expect(names("The captain, Will Thornbury, kicked four goals.")).toContain("Will Thornbury");
    expect(names("Will Harbourside Ferries raise fares again?").some((n) => n.startsWith("Will"))).toBe(false);
  });

  it("leaves 'Former' and 'Ex-' out of the name they stand before", () => {
    const found = names("Former Quarvel striker Dan Moss scored twice. Ex-Senator Ilse Brandt watched.");
    expect(found).not.toContain("Former Quarvel");
    expect(found).toContain("Quarvel");
    expect(found).toContain("Ilse Brandt");
    expect(found.some((n) => n.startsWith("Ex-"))).toBe(false);
  });
});

describe("names of bodies joined by small words", () => {
  it("joins capitalised names around '&' into one firm", () => {
    const ms = mentionsOf("Shares of Harrow & Vane rose after analysts at Corbel & Sons praised it.");
    expect(ms.find((m) => m.text === "Harrow & Vane")?.kind).toBe("organization");
    expect(ms.find((m) => m.text === "Corbel & Sons")?.kind).toBe("organization");
  });

  it("keeps two abbreviations around '&' apart", () => {
    const found = names("Talks between the WTO & IMF resumed.");
    expect(found).toContain("WTO");
    expect(found).toContain("IMF");
  });

  it("carries a body's name on over 'for' and 'on' before a common word", () => {
    const ms = mentionsOf("The Council for Road Safety wrote to the Commission on Fishing Rights about the Alliance for Arvel.");
    expect(ms.find((m) => m.text === "Council for Road Safety")?.kind).toBe("organization");
    expect(ms.find((m) => m.text === "Commission on Fishing Rights")?.kind).toBe("organization");
    // a place after "for" is what the body works for, not its name
    expect(ms.map((m) => m.text)).not.toContain("Alliance for Arvel");
  });

  it("does not carry a firm's name over 'of' after its legal form, nor over 'on' after other heads", () => {
    const found = names("Talks with Norvik Motor Corp of South Korea stalled, and the Harbour Bank on Main Street closed.");
    expect(found).toContain("Norvik Motor Corp");
    expect(found).toContain("South Korea");
    expect(found.some((n) => n.includes(" on "))).toBe(false);
  });

  it("carries a firm's name over 'and' before a partner word and its legal forms, and no further", () => {
    const ms = mentionsOf("Brokers at Tolland Vane and Co Inc and at Marsh and Sons advised Orrin Wells and Karo Ltd on Monday.");
    const found = ms.map((m) => m.text);
    expect(ms.find((m) => m.text === "Tolland Vane and Co Inc")?.kind).toBe("organization");
    expect(ms.find((m) => m.text === "Marsh and Sons")?.kind).toBe("organization");
    // a name after "and" is a second name, however its legal form ends
    expect(found).toContain("Orrin Wells");
    expect(found).toContain("Karo Ltd");
    expect(found.some((n) => n.includes("Wells and"))).toBe(false);
  });

  it("keeps a possessive inside a firm's name that ends in its legal form, not a place's or a person's", () => {
    const ms = mentionsOf("Notes rated by Tessel's Investors Service Inc fell, while Britain's Harlan Foods Plc and Tom Vardy's Farm Ltd grew.");
    const found = ms.map((m) => m.text);
    expect(ms.find((m) => m.text === "Tessel's Investors Service Inc")?.kind).toBe("organization");
    expect(found).toContain("Britain");
    expect(found).toContain("Harlan Foods Plc");
    expect(found).toContain("Tom Vardy");
    expect(found.some((n) => n.includes("Vardy's"))).toBe(false);
  });

  it("reads a body named a community after a people's name whole", () => {
    const ms = mentionsOf("Ministers of the Caribbean Community met, and people in the community welcomed it.");
    expect(ms.find((m) => m.text === "Caribbean Community")?.kind).toBe("organization");
    expect(ms.map((m) => m.text)).not.toContain("Community");
  });

  it("reads no legal form alone as a name, and keeps one that ends a firm's name", () => {
    const found = names("The Conservative Party Co Chairman said Corp was not the word; Veltra Corp said so too.");
    expect(found).not.toContain("Co");
    expect(found).not.toContain("Corp");
    expect(found).toContain("Veltra Corp");
  });

  it("reads a news agency 'of' a country as one name", () => {
    expect(names("The News Agency of Zerat quoted a police officer.")).toContain("News Agency of Zerat");
  });
});

describe("abbreviations with full stops", () => {
  it("reads one with no other sign as a body, and one after a city and a comma as no body", () => {
    const ms = mentionsOf("U.N. officials said the convoy left. The driver, of Quarvel, N.J., was unhurt.");
    expect(ms.find((m) => m.text === "U.N.")?.kind).toBe("organization");
    expect(ms.find((m) => m.text === "N.J.")?.kind).not.toBe("organization");
  });
});

describe("dates, ordinals and table headers are no names", () => {
  it("leaves out months with a full stop or joined to a month or a word of time, and keeps initials", () => {
    const found = names("Hearings are set for Oct. 9 and mid-September, and January-June sales were flat, said A. Varga.");
    for (const word of ["Oct.", "mid-September", "January-June"]) expect(found, word).not.toContain(word);
    expect(found).toContain("A. Varga");
  });

  it("leaves out an ordinal alone and keeps one inside a name", () => {
    const found = names("May 22 Second one-day match at Arvel.\nLoans from First Harbour Bank rose.");
    expect(found).not.toContain("Second");
    expect(found).toContain("First Harbour Bank");
  });

  it("reads a header of capitals and capital letters as a header, not a name", () => {
    const found = names("Standings after Sunday's games:\nW D L PTS GD\nArvel 5 2 1 17 6");
    expect(found.some((n) => /PTS|GD/.test(n))).toBe(false);
    // capital letters in a line of names are initials, not a header
    expect(names("Scorers: J. Varga, T. Okafor and Tom Berg.")).toContain("Tom Berg");
  });
});

describe("particles", () => {
  it("joins a name over several particles", () => {
    expect(names("The try was scored by Pieter van der Merwe in the second half.")).toContain("Pieter van der Merwe");
  });
});

describe("a body's name over 'and'", () => {
  it("reads common words joined by 'and' into a body's name ending in its head noun as one name", () => {
    const found = names("The bank told the Harbour and Mining Commission on Friday that it would appeal.");
    expect(found).toContain("Harbour and Mining Commission");
    expect(found).not.toContain("Mining Commission");
    expect(names("She chairs the Senate Energy and Mines Committee.")).toContain("Senate Energy and Mines Committee");
  });

  it("keeps a place or a person before 'and' apart from the body after it", () => {
    expect(names("Officials from Portugal and Mining Commission staff met.")).not.toContain("Portugal and Mining Commission");
    expect(names("A letter from Lena Varga and Harbour Board members arrived.")).toContain("Harbour Board");
    expect(names("A letter from Lena Varga and Harbour Board members arrived.").some((n) => n.includes(" and "))).toBe(false);
  });

  it("keeps two bodies apart, and a right side without a body's head", () => {
    // a body just before "and" is a second body
    expect(names("The bill passed the Senate and House Committee hearings went on.").some((n) => n.startsWith("Senate and"))).toBe(false);
    // "Director" is a title, "Steel" only ends firms' names: neither makes the words before "and" a body
    expect(names("The Sales and Marketing Director resigned.").some((n) => n.includes(" and "))).toBe(false);
    expect(names("Prices of Copper and Steel rose.").some((n) => n.includes(" and "))).toBe(false);
  });

  it("does not join a word ending a name of its own to the next body", () => {
    const found = names("The Defenders of Wildlife and Road Safety Council sued.");
    expect(found.some((n) => n.startsWith("Wildlife and"))).toBe(false);
  });
});

describe("a name quoted whole", () => {
  it("keeps its opening word, a verb or a spelt-out number included, and is a title", () => {
    const ms = mentionsOf("Producers are ready for the sequel ‘Chasing Tides ’. She starred in \"Running Water\" and \"Seven Silver Roads,\" the studio said.");
    for (const title of ["Chasing Tides", "Running Water", "Seven Silver Roads"]) expect(ms.find((m) => m.text === title)?.kind).toBe("other");
    expect(ms.map((m) => m.text)).not.toContain("Tides");
    expect(ms.map((m) => m.text)).not.toContain("Silver Roads");
  });

  it("but not when the quotation runs on past the capitals, nor a function word before them", () => {
    const open = names('"Running Water is a hard film to make," the director said.');
    expect(open).not.toContain("Running Water");
    expect(names("He read \"The Silent Orchard\" twice.")).not.toContain("The Silent Orchard");
  });
});
