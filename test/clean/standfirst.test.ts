// The standfirst is the first sentence of the paragraph that opens the body, cut from the article's one
// analysis (extract/standfirst.ts). Texts written for this test.
import { describe, expect, it } from "vitest";
import { processFile, type ArticleSettings } from "../../src/work/file-work.js";
import { parseResult, serializeResult } from "../../src/work/pack.js";

const settings: ArticleSettings = { timezone: null, publisherZones: {} };
const analysed = (text: string) => processFile({ path: "quay.txt", bytes: new TextEncoder().encode(text) }, settings);
const standfirst = (text: string) => analysed(text).article!.standfirst;

describe("the standfirst", () => {
  it("is the opening paragraph's first sentence", () => {
    expect(standfirst("Korvik quay to close\n\nThe Korvik quay will close for a week from Monday. Ferries will sail from Brenholm instead.\n\nThe council said repairs were overdue.\n"))
      .toBe("The Korvik quay will close for a week from Monday.");
  });
  it("does not stop at the full stop of an abbreviation", () => {
    expect(standfirst("Ward reopens\n\nDr. Mirela Tosk of St. Anselm's said the ward would reopen on Friday. Staff were told on Thursday.\n"))
      .toBe("Dr. Mirela Tosk of St. Anselm's said the ward would reopen on Friday.");
  });
  it("is the whole paragraph when no sentence ends in it, and never runs on into the next", () => {
    expect(standfirst("Quay works\n\nFerries will not sail from Korvik this week while the quay is rebuilt\n\nThe council said the work would take five days. It will cost more than planned.\n"))
      .toBe("Ferries will not sail from Korvik this week while the quay is rebuilt");
  });
  it("skips a line that is only a time", () => {
    expect(standfirst("Quay closes\n\nUpdated 7:40 p.m.\n\nThe Korvik quay closed on Monday. Ferries were moved.\n")).toBe("The Korvik quay closed on Monday.");
  });
  it("travels with the cached result", () => {
    const result = analysed("Korvik quay to close\n\nThe Korvik quay will close for a week. Ferries will sail from Brenholm.\n");
    expect(parseResult(serializeResult(result)).article!.standfirst).toBe("The Korvik quay will close for a week.");
  });
});
