// The terms the per-article work hands on: the later stages compare these instead of the tokens,
// so they must say what the tokens said.
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp.js";
import { articleTerms, contentTerms } from "../../src/terms.js";

// Written for this test.
const text =
  "Volunteer rescuers pulled 14 miners from the flooded shaft near Veldmoor on Sunday. The mine's owner said twelve workers had already been taken to hospital.\nRain is forecast.";

describe("an article's terms", () => {
  const analysis = analyse(text);
  const terms = articleTerms(analysis);

  it("keeps the content-word lemmas of each sentence, without light verbs or function words", () => {
    expect(terms.lemmas).toHaveLength(analysis.sentences.length);
    expect(terms.lemmas[0]).toEqual(expect.arrayContaining(["volunteer", "rescuer", "pull", "miner", "shaft"]));
    expect(terms.lemmas[0]).not.toContain("the");
    // "said", "had", "been" are in every report: they tell no story apart
    expect(terms.lemmas[1]).not.toContain("say");
    expect(terms.lemmas[1]).not.toContain("have");
    // the lemmas of all sentences are those of the whole text, in order
    expect(terms.lemmas.flat()).toEqual(contentTerms(analysis.tokens));
  });

  it("keeps the content words as printed, lower-cased", () => {
    expect(terms.words[0]).toContain("miners");
    expect(terms.words[0]).toContain("rescuers");
    expect(terms.words[0]).not.toContain("miner");
  });

  it("lists the printed figures with what each counts, and in which sentence", () => {
    const [fourteen, twelve] = terms.figures;
    expect(fourteen).toMatchObject({ text: "14", unit: "miner", sentence: 0 });
    expect(text.slice(fourteen!.start, fourteen!.end)).toBe("14");
    expect(twelve).toMatchObject({ text: "twelve", unit: "worker", sentence: 1 });
  });

  it("finds no unit past the figure's own sentence", () => {
    const split = articleTerms(analyse("The count reached 40.\nVolunteers arrived later."));
    expect(split.figures).toEqual([expect.objectContaining({ text: "40", unit: "" })]);
  });

  it("counts the words, not the punctuation", () => {
    expect(terms.wordCount).toBe(analysis.tokens.filter((t) => t.type === "word").length);
    expect(articleTerms(analyse("Yes. No!")).wordCount).toBe(2);
  });
});
