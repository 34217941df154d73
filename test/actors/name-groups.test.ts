// Each article's grouping of its own names is worked out with the per-article work (names/within-article.ts),
// travels with the cached result, and is what relate's actor naming starts from: the same actors as a
// grouping worked out in relate itself. Texts written for this test.
import { describe, expect, it } from "vitest";
import { processFile, type ArticleSettings } from "../../src/work/file-work.js";
import { parseResult, serializeResult } from "../../src/work/pack.js";
import { resolveActors, type ActorInput } from "../../src/relate/actors.js";
import { nameGroupsOf, withinArticles } from "../../src/names/within-article.js";

const settings: ArticleSettings = { timezone: null, publisherZones: {} };
const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

const analysed = (path: string, text: string) => {
  const article = processFile(file(path, text), settings).article!;
  return { ...article, id: path.replace(/\.txt$/, "") };
};
const input = (a: ReturnType<typeof analysed>): ActorInput => ({ id: a.id, date: a.article.date, text: a.article.text, sentences: a.analysis.sentences, mentions: a.mentions });
const groupOf = (a: ReturnType<typeof analysed>, spelling: string) => a.nameGroups.group[a.mentions.findIndex((m) => m.text === spelling)];

describe("an article's own grouping of its names", () => {
  it("puts a surname with the full name it shortens, with the reason, and comes back from the cache unchanged", () => {
    const a = analysed("ferry.txt", "Ferry talks resume\n\nHarbour master Edvina Salocombe reopened the ferry berth on Monday. Salocombe said the storm had moved the pier.\n");
    expect(groupOf(a, "Salocombe")).toBe(groupOf(a, "Edvina Salocombe"));
    expect(a.nameGroups.because[a.mentions.findIndex((m) => m.text === "Salocombe")]).toBe("surname-in-article");
    const back = parseResult(serializeResult(processFile(file("ferry.txt", "Ferry talks resume\n\nHarbour master Edvina Salocombe reopened the ferry berth on Monday. Salocombe said the storm had moved the pier.\n"), settings)));
    expect(back.article!.nameGroups).toEqual(a.nameGroups);
  });

  it("leaves a bare surname apart when the person named first is named less often than the other who carries it", () => {
    const a = analysed("kin.txt", "Gallery opens\n\nCurators Tamsin Orlov and Petra Orlov hung the last canvas on Friday. Petra Orlov chose the frames. Orlov said the opening would be quiet.\n");
    const bare = groupOf(a, "Orlov");
    expect(bare).toBeDefined();
    expect(bare).not.toBe(groupOf(a, "Tamsin Orlov"));
    expect(bare).not.toBe(groupOf(a, "Petra Orlov"));
  });

  it("keeps a place apart from a name that ends on it, and still gives a person's bare surname that is also a town to the person", () => {
    const city = analysed("fuel.txt", "Fuel prices\n\nAnalyst Karel Houston expects prices in Houston to climb. Traders in Houston bought more crude on Monday, Karel Houston said.\n");
    expect(groupOf(city, "Houston")).not.toBe(groupOf(city, "Karel Houston"));
    const firm = analysed("oil.txt", "Oil results\n\nProfits at Dravik Canada rose in the quarter. Dravik Canada said demand for heating oil in Canada was strong, and exports from Canada grew.\n");
    expect(groupOf(firm, "Canada")).not.toBe(groupOf(firm, "Dravik Canada"));
    // the counter-example: the bare surname is typed a person (the full name lends it its kind), so it joins
    const person = analysed("party.txt", "Party conference\n\nDeputy leader Marcus Preston opened the conference on Monday. Preston said the party would win the next election, and Preston thanked the members.\n");
    expect(groupOf(person, "Preston")).toBe(groupOf(person, "Marcus Preston"));
  });

  it("takes no surname from a name of the shape 'X of Y' typed a person, and still from a person's name", () => {
    const text = "Loan rates\n\nThe Bank of Zambia raised its rate. Zambia said it would borrow less, and Tomas Ferrol agreed. Ferrol said so.\n";
    const at = (name: string, from = 0) => text.indexOf(name, from);
    const mention = (name: string, from: number, sentence: number) => ({ text: name, start: at(name, from), end: at(name, from) + name.length, kind: "person" as const, confidence: 0.6, sentence });
    const mentions = [mention("Bank of Zambia", 0, 1), mention("Zambia", at("Zambia said"), 2), mention("Tomas Ferrol", 0, 2), mention("Ferrol", at("Ferrol said"), 3)];
    const groups = nameGroupsOf({ id: "rates", date: null, text, sentences: [], mentions });
    expect(groups.group[1]).not.toBe(groups.group[0]);
    expect(groups.because[1]).toBeNull();
    expect(groups.group[3]).toBe(groups.group[2]);
    expect(groups.because[3]).toBe("surname-in-article");
  });

  it("gives relate the same actors as a grouping worked out there", () => {
    const articles = [
      analysed("a.txt", "Port strike\n\nDockers led by Anselm Kirrow walked out on Monday. Kirrow said talks had failed.\n"),
      analysed("b.txt", "Port strike ends\n\nThe union leader Anselm Kirrow signed the deal on Friday, and Kirrow thanked the crews.\n"),
    ];
    const inputs = articles.map(input);
    const handed = resolveActors(inputs, undefined, withinArticles(inputs, articles.map((a) => a.nameGroups)));
    const here = resolveActors(inputs);
    expect(handed).toEqual(here);
    expect(handed.actors.find((x) => x.name === "Anselm Kirrow")?.articles).toEqual(["a", "b"]);
  });
});
