import { describe, expect, it } from "vitest";
import { groupRoles, rolesDisagree } from "../../src/model/roles.js";

const role = (text: string, article: string) => ({ role: text, article, sentence: "" });

describe("role groups", () => {
  it("counts spelling variants of one office as one claim, naming it by the most used spelling", () => {
    const groups = groupRoles([
      role("Prime Minister", "a"),
      role("UK Prime Minister", "b"),
      role("Prime Minister", "c"),
      role("British Prime Minister", "d"),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toEqual({ role: "Prime Minister", articles: ["a", "b", "c", "d"] });
    expect(rolesDisagree(groups)).toBe(false);
  });

  it("treats Defense and Defence as the same office", () => {
    expect(groupRoles([role("Defense Secretary", "a"), role("defence secretary", "b")])).toHaveLength(1);
  });

  it("flags a source calling someone former when others do not", () => {
    const groups = groupRoles([role("Chancellor", "a"), role("German Chancellor", "b"), role("former Chancellor", "c")]);
    expect(groups.map((g) => g.role)).toEqual(["German Chancellor", "former Chancellor"]);
    expect(groups[0]!.articles).toEqual(["a", "b"]);
    expect(rolesDisagree(groups)).toBe(true);
  });

  it("does not call two different offices a disagreement", () => {
    const groups = groupRoles([role("club president", "a"), role("team captain", "b")]);
    expect(groups).toHaveLength(2);
    expect(rolesDisagree(groups)).toBe(false);
  });

  it("keeps deputy and vice offices apart from the office itself", () => {
    const groups = groupRoles([role("Deputy Mayor", "a"), role("Mayor", "b")]);
    expect(groups).toHaveLength(2);
  });
});
