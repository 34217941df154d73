// The per-article work is a function of the file alone: the same bytes give the same result
// whatever was read before them in the same thread, and a result survives its trip through the
// cache's packed JSON unchanged.
import { describe, expect, it } from "vitest";
import { processFile, type ArticleSettings } from "../../src/work/file-work.js";
import { parseResult, serializeResult } from "../../src/work/pack.js";

const settings: ArticleSettings = { timezone: null, publisherZones: {} };
const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

// Written for this test: a possessive brand name, then the same name in another article.
const target = file(
  "robots.txt",
  "Robot makers gather in Osaka\n\nThe firm showed Marlowe's Quillbot, which walked up a ramp on Tuesday. Engineers at Marlowe said the machine had learned to climb stairs.\n",
);
const earlier = file(
  "earlier.txt",
  // a possessive before a comma is the form wink once kept whole
  "Holiday sales\n\nShoppers want to be sure that the toy under the tree is their own brand, not Marlowe's, this winter.\n",
);

const names = (r: ReturnType<typeof processFile>) => r.article!.mentions.map((m) => `${m.text}/${m.kind}`);

describe("per-article work", () => {
  it("gives the same tokens and names for a file whatever was read before it", () => {
    const alone = processFile(target, settings);
    processFile(earlier, settings);
    const after = processFile(target, settings);
    expect(after.article!.analysis.tokens.map((t) => t.text)).toEqual(alone.article!.analysis.tokens.map((t) => t.text));
    expect(names(after)).toEqual(names(alone));
  });

  it("round-trips through the packed cache form without losing anything", () => {
    const fresh = processFile(target, settings);
    const back = parseResult(serializeResult(fresh));
    expect(back.article!.analysis).toEqual(fresh.article!.analysis);
    expect(JSON.stringify(back)).toEqual(JSON.stringify(fresh));
  });

  it("reports a file that yields no article with its reason, and no article", () => {
    const empty = processFile(file("blank.txt", "   \n"), settings);
    expect(empty.article).toBeNull();
    expect(empty.record).toMatchObject({ file: "blank.txt", status: "skipped" });
  });
});
