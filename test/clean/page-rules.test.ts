import { describe, expect, it } from "vitest";
import { cleanDocument } from "../../src/clean/index.js";

const clean = (body: string) =>
  cleanDocument({ sourceFile: "x.html", format: "html", body, frontMatter: {} }, { timezone: null }).article;

const para = (topic: string) =>
  `The regional assembly debated the ${topic} for most of Thursday, with members from the coastal districts arguing that the proposal would raise costs for small businesses and farmers alike.`;

describe("page furniture picked up by extractors", () => {
  const body = [
    "Skip to content",
    "Home",
    "Sport",
    "Weather",
    "Ferry fares frozen for another year",
    "MARIA GONZALEZ, Senior Transport Correspondent",
    "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM",
    para("ferry budget"),
    "DON'T MISS",
    "Island hospital waiting lists grow",
    "Storm warning for the north coast",
    para("island subsidy"),
    "Have a tip? Maria Gonzalez can be reached at maria@example.org.",
    "This post may contain affiliate links.",
  ].join("\n\n");
  const article = clean(body);
  it("removes navigation, controls, undated datelines and the link list inside the body", () => {
    expect(article.title).toBe("Ferry fares frozen for another year");
    expect(article.text).not.toMatch(/Skip to|Weather|Updated|DON'T MISS|waiting lists|Storm warning|Have a tip|affiliate/);
    expect(article.text.split("\n\n")).toEqual([para("ferry budget"), para("island subsidy")]);
    expect(article.date).toBeNull();
  });
  it("reads a byline printed without 'By', in capitals", () => {
    expect(article.author).toBe("Maria Gonzalez");
  });
  it("keeps a table row and a short line that is part of the body", () => {
    const table = clean([para("ferry budget"), "Route | 2023 | 2024", "Island A | 4.50 | 4.50", para("island subsidy")].join("\n\n"));
    expect(table.text).toContain("Island A | 4.50 | 4.50");
  });
});
