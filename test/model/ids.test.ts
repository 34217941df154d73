import { describe, expect, it } from "vitest";
import { articleIdFor, uniqueSlugs } from "../../src/model/ids.js";

describe("unique slugs", () => {
  it("numbers repeats without taking a number another input's own slug already is", () => {
    expect(uniqueSlugs(["a", "A", "a-2"])).toEqual(["a", "a-3", "a-2"]);
  });
  it("keeps the plain numbering when nothing collides", () => {
    expect(uniqueSlugs(["Harbour strike", "harbour strike", "Ferry"])).toEqual(["harbour-strike", "harbour-strike-2", "ferry"]);
  });
  it("gives files whose names make the same page distinct ids", () => {
    const ids = articleIdFor(["news.txt", "news.md", "news 2.txt", "a.txt", "A.txt", "a-2.txt"]);
    expect(new Set(ids.values()).size).toBe(6);
  });
});
