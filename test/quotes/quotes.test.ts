import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp.js";
import { extractMentions } from "../../src/extract/actors.js";
import { extractQuotes } from "../../src/extract/quotes.js";
import { collectQuotes } from "../../src/relate/quotes.js";

function quotesOf(text: string) {
  const analysis = analyse(text);
  const mentions = extractMentions(text, analysis);
  return { mentions, quotes: extractQuotes(text, analysis, mentions) };
}

describe("extractQuotes", () => {
  it("attributes by the quote's own syntax and keeps offsets verbatim", () => {
    const text = "“We will not raise rates this year,” said Central Bank governor Lena Marsh.\n\nHer deputy, Tom Okafor, wrote on social media: \"The data is clear.\"";
    const { mentions, quotes } = quotesOf(text);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(mentions[quotes[0]!.speakerMention!]?.text).toBe("Lena Marsh");
    expect(quotes[1]!.speakerName).toBe("Tom Okafor");
    expect(quotes[1]!.partial).toBe(false);
  });

  it("resolves pronouns, continues a speaker across paragraphs and marks partial quotes", () => {
    const text =
      "Mayor Ines Duarte defended the budget. “It is balanced,” she said.\n\n“And it protects schools.”\n\nCritics called the plan “a fantasy” on Monday.";
    const { quotes } = quotesOf(text);
    expect(quotes.map((q) => q.speakerName)).toEqual(["Ines Duarte", "Ines Duarte", null]);
    expect(quotes[2]!.partial).toBe(true);
  });

  it("reads past titles, initials and party brackets to the verb after the quote", () => {
    const text =
      "“The levee will hold,” Rep. Dana K. Whitfield (D-La.) said Tuesday.\n\n''We owe them an answer,'' Mr. Baird said.\n\n“Who pays for it?” Councillor Ruth Ibsen asked.";
    const { quotes } = quotesOf(text);
    expect(quotes.map((q) => q.speakerName)).toEqual(["Dana K. Whitfield", "Baird", "Ruth Ibsen"]);
    expect(quotes[2]!.cue).toBe("asked");
  });

  it("takes the subject of an appositive clause, not a name inside the appositive", () => {
    const text =
      "“It is an overreach,” Marta Villanueva, the chief counsel of the Fisheries Board, one of the agencies suing the state, said at a hearing.";
    const { quotes } = quotesOf(text);
    expect(quotes[0]!.speakerName).toBe("Marta Villanueva");
  });

  it("credits a colon introduction in the paragraph before, and an organisation named as speaker", () => {
    const text =
      "Inspector Paulo Brandt continued:\n\n“The evidence was never logged.”\n\nIn a statement, Halvorsen Shipping said: “We are cooperating fully.”";
    const { quotes } = quotesOf(text);
    expect(quotes[0]!.speakerName).toBe("Paulo Brandt");
    expect(quotes[1]!.speakerName).toBe("Halvorsen Shipping");
  });

  it("credits signature lines, 'said X' with an honorific title word, and a participle's subject", () => {
    const text =
      "“We waited six hours for a bus.” ― Imelda Soto\n\n“It is not over,” said Ms. King.\n\nThe clip shows Gordon Achebe saying, “Nobody asked us.”";
    const { quotes } = quotesOf(text);
    expect(quotes.map((q) => q.speakerName)).toEqual(["Imelda Soto", "King", "Gordon Achebe"]);
  });

  it("does not credit a name in a following sentence that does not attribute the quote", () => {
    const text = "“The vote is final.” Opponents of Governor Lisa Tran have promised a recount in the spring.";
    expect(quotesOf(text).quotes[0]!.speakerName).toBeNull();
  });

  it("resolves 'she said' to a subject, not to a name owned or governed by a preposition", () => {
    const text = "Senator Alma Rudd spoke after a meeting with Governor Piet Jansen's staff. “We are not done,” she said.";
    expect(quotesOf(text).quotes[0]!.speakerName).toBe("Alma Rudd");
  });

  it("finds nothing outside quotation marks", () => {
    expect(quotesOf("The minister said the talks were useful and would continue.").quotes).toHaveLength(0);
  });
});

describe("collectQuotes", () => {
  it("keeps one quote printed by two articles, with both spans", () => {
    const q = { start: 1, end: 10, text: "Hold firm", speakerMention: 0, speakerName: "X", partial: false, cue: "said" };
    const ledger = collectQuotes(
      [
        { id: "a", quotes: [q] },
        { id: "b", quotes: [{ ...q, start: 5, end: 14 }] },
      ],
      new Map([
        ["a", ["lena-marsh"]],
        ["b", ["lena-marsh"]],
      ]),
    );
    expect(ledger).toHaveLength(1);
    expect(ledger[0]!.spans).toHaveLength(2);
    expect(ledger[0]!.speaker).toBe("lena-marsh");
  });
});

describe("speakers described, not named", () => {
  it("credits no one when the speaker is an unnamed official of a named country", () => {
    const text = "The proposal, described by a U.K. official as “premature”, was withdrawn. Finance Minister Ana Ruiz said the plan was “dead on arrival”.";
    const analysis = analyse(text);
    const mentions = extractMentions(text, analysis);
    // the country is found as a name; it modifies "official" and must not become the speaker
    expect(mentions.some((m) => m.text === "U.K.")).toBe(true);
    const quotes = extractQuotes(text, analysis, mentions);
    const premature = quotes.find((q) => q.text === "premature");
    const dead = quotes.find((q) => q.text === "dead on arrival");
    expect(premature).toBeDefined();
    expect(premature!.speakerMention).toBeNull();
    expect(dead && dead.speakerMention !== null ? mentions[dead.speakerMention]!.text : null).toBe("Ana Ruiz");
  });
});

describe("a quotation that runs over paragraphs", () => {
  const runOnQuotes = async (text: string) => {
    const { analyse } = await import("../../src/nlp.js");
    const { extractMentions } = await import("../../src/extract/actors.js");
    const { extractQuotes } = await import("../../src/extract/quotes.js");
    const analysis = analyse(text);
    return extractQuotes(text, analysis, extractMentions(text, analysis)).map((q) => [q.text, q.speakerName]);
  };

  it("takes the speaker its last paragraph names for the paragraphs before it", async () => {
    const text = "The harbour master, Ines Calloway, spoke after the vote.\n\n“We have waited years for this breakwater. Every storm floods the quay.\n\n“Now it will be built, and built this year,” Calloway said.";
    expect(await runOnQuotes(text)).toEqual([
      ["We have waited years for this breakwater. Every storm floods the quay.", "Calloway"],
      ["Now it will be built, and built this year", "Calloway"],
    ]);
  });

  it("does not reach over a paragraph of reporting to find one", async () => {
    const text = "“We have waited years for this breakwater.\n\nThe council voted on Monday.\n\n“It will be built,” Calloway said.";
    const [first] = await runOnQuotes(text);
    expect(first![1]).toBeNull();
  });
});
