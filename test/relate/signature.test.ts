import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp.js";
import { articleTerms } from "../../src/terms.js";
import { attachStragglers, signatureOf, signaturesConflict, type Signature } from "../../src/relate/signature.js";
import type { ActorKind } from "../../src/types.js";

type Lead = { id: string; kind: ActorKind }[];
const signature = (text: string, leadActors: Lead = [], dateSpans: { start: number; end: number }[] = []): Signature =>
  signatureOf({ terms: articleTerms(analyse(text)), leadActors, dateSpans });
const person = (id: string) => ({ id, kind: "person" as const });
const place = (id: string) => ({ id, kind: "place" as const });

describe("an article's lead signature", () => {
  it("holds the words of the names its lead gives and the figures with what they count", () => {
    const s = signature("Rescuers pulled 14 miners from the flooded Varga pit on Tuesday. Eleven others are still missing.", [place("varga-pit")]);
    expect(s.get("varga")?.slot).toBe("where");
    expect(s.get("pit")?.slot).toBe("where");
    expect(s.get("#14 miner")?.slot).toBe("how many miner");
    // spelled out, the count is the same figure
    expect([...s.keys()].some((k) => k.startsWith("#11"))).toBe(true);
  });

  it("leaves out the numbers of a date: they are days and years, not counts", () => {
    const text = "The council met on 12 March 2019 and approved 40 new homes.";
    const start = text.indexOf("12 March 2019");
    const s = signature(text, [], [{ start, end: start + "12 March 2019".length }]);
    expect([...s.keys()].filter((k) => k.startsWith("#"))).toEqual(["#40 home"]);
  });

  it("leaves out what lies past the lead", () => {
    const s = signature("A storm closed the harbour. Boats stayed in port. Later, 300 homes lost power.", []);
    expect([...s.keys()].some((k) => k.startsWith("#300"))).toBe(false);
  });
});

describe("two groups of reports", () => {
  const group = (lead: Lead, text: string) => [signature(text, lead), signature(text, lead), signature(text, lead)];

  it("are two events when each leads with its own protagonist for the same slot", () => {
    const a = group([person("ilse-marten")], "Striker Ilse Marten was ruled out for the season with a torn ligament.");
    const b = group([person("tove-brandt")], "Striker Tove Brandt was ruled out for the season with a torn ligament.");
    expect(signaturesConflict(a, b)).toBe(true);
  });

  it("are two events when their leads count the same thing differently", () => {
    const a = group([], "Police arrested 23 protesters outside the embassy.");
    const b = group([], "Police arrested 31 protesters outside the embassy.");
    expect(signaturesConflict(a, b)).toBe(true);
  });

  it("are not told apart by figures that count different things", () => {
    const a = group([], "The tremor killed 12 villagers in the hills.");
    const b = group([], "The tremor measured a 4.1 magnitude in the hills.");
    expect(signaturesConflict(a, b)).toBe(false);
  });

  it("are not told apart when what each leads with is of another slot (a person here, a place there)", () => {
    const a = group([person("ilse-marten")], "Ilse Marten was ruled out for the season.");
    const b = group([place("brenholm")], "The club in Brenholm lost its striker for the season.");
    expect(signaturesConflict(a, b)).toBe(false);
  });

  it("are one event when they lead with the same protagonist", () => {
    const a = group([person("ilse-marten")], "Ilse Marten was ruled out for the season.");
    const b = group([person("ilse-marten")], "Striker Ilse Marten will miss the rest of the season.");
    expect(signaturesConflict(a, b)).toBe(false);
  });

  it("need three articles each before their leads count as agreeing", () => {
    const a = [signature("Ilse Marten was ruled out.", [person("ilse-marten")]), signature("Ilse Marten was ruled out.", [person("ilse-marten")])];
    const b = [signature("Tove Brandt was ruled out.", [person("tove-brandt")]), signature("Tove Brandt was ruled out.", [person("tove-brandt")])];
    expect(signaturesConflict(a, b)).toBe(false);
  });
});

describe("a lone article", () => {
  const lead = (...ids: string[]) => signature("x", ids.map(person));
  // articles 0-2: a story whose leads all name Odile Ferrant and Rennick; 3-5: other leads naming Rennick too
  const story = () => lead("odile-ferrant", "rennick");
  const signatures = [story(), story(), story(), lead("rennick"), lead("rennick"), lead("rennick")];

  it("joins the story whose own name its lead gives, when similar enough to it", () => {
    const stragglerSignatures = [...signatures, lead("odile-ferrant")];
    const pairs = [0, 1, 2].map((a) => ({ a, b: 6, similarity: 0.15 }));
    expect(attachStragglers([[0, 1, 2], [3], [4], [5], [6]], pairs, stragglerSignatures, 0.1)).toEqual([[0, 1, 2, 6], [3], [4], [5]]);
  });

  it("stays alone when too little like the story", () => {
    const stragglerSignatures = [...signatures, lead("odile-ferrant")];
    const pairs = [{ a: 0, b: 6, similarity: 0.15 }];
    expect(attachStragglers([[0, 1, 2], [3], [4], [5], [6]], pairs, stragglerSignatures, 0.1)).toHaveLength(5);
  });

  it("stays alone when the name it shares is one many other leads give too", () => {
    const stragglerSignatures = [...signatures, lead("rennick")];
    const pairs = [0, 1, 2].map((a) => ({ a, b: 6, similarity: 0.3 }));
    expect(attachStragglers([[0, 1, 2], [3], [4], [5], [6]], pairs, stragglerSignatures, 0.1)).toHaveLength(5);
  });
});
