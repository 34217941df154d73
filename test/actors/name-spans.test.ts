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

  it("does not read ordinary words of a shouted line as a place", () => {
    const found = names("NEW RULES FOR FERRIES\nFerry operators must carry more lifeboats from May.");
    expect(found.some((n) => /NEW/.test(n))).toBe(false);
  });
});
