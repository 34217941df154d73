import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";

describe("parseConfig", () => {
  it("accepts a full, valid config", () => {
    const config = parseConfig(
      "briefing.yaml",
      [
        "title: Harbour strike briefing",
        "timezone: Australia/Sydney",
        "publishers:",
        "  Coastal Herald: { timezone: Australia/Perth }",
        "topics:",
        "  - name: Port labour dispute",
        "    keywords: [stevedores, picket line]",
        "    iptc: medtop:09000000",
        "actors:",
        "  - match: Marguerite Olsen",
        "    kind: person",
        "    wikidata: Q123456",
        "    merge: [M. Olsen]",
        "quotes:",
        "  - text: We will not move",
        "    speaker: Marguerite Olsen",
      ].join("\n"),
    );
    expect(config.title).toBe("Harbour strike briefing");
    expect(config.publishers?.["Coastal Herald"]?.timezone).toBe("Australia/Perth");
    expect(config.actors?.[0]?.merge).toEqual(["M. Olsen"]);
  });

  it("names the line and the allowed values of a wrong actor kind", () => {
    const text = ["title: Test", "actors:", "  - match: Port Authority", "    kind: company"].join("\n");
    expect(() => parseConfig("briefing.yaml", text)).toThrowError(ConfigError);
    expect(() => parseConfig("briefing.yaml", text)).toThrowError(/briefing\.yaml line 4: actors\[0\]\.kind must be one of person, organization, place/);
  });

  it("names an unknown key and lists the allowed ones", () => {
    const text = ["actors:", "  - match: Port Authority", "    rename: Harbour Board"].join("\n");
    expect(() => parseConfig("briefing.yaml", text)).toThrowError(/line 2: actors\[0\] has an unknown key "rename"; allowed keys: match, name, kind/);
  });

  it("reports YAML syntax errors with line and column", () => {
    expect(() => parseConfig("briefing.yaml", "title: [unclosed\nactors: x")).toThrowError(/briefing\.yaml line \d+, column \d+: not valid YAML/);
  });

  it("explains a malformed Wikidata ID", () => {
    expect(() => parseConfig("c.yaml", "actors:\n  - match: X Corp\n    wikidata: P12345")).toThrowError(/line 3: actors\[0\]\.wikidata must be a Wikidata item ID such as Q42/);
  });

  it("treats an empty file as an empty config", () => {
    expect(parseConfig("briefing.yaml", "")).toEqual({});
  });
});
