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

  it("refuses aliases that expand without bound with what to do, not a stack trace", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [name, prev] of [["b", "a"], ["c", "b"], ["d", "c"], ["e", "d"]]) levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    levels.push(`f: [${Array(9).fill("*e").join(", ")}]`);
    expect(() => parseConfig("briefing.yaml", levels.join("\n"))).toThrow(ConfigError);
    expect(() => parseConfig("briefing.yaml", levels.join("\n"))).toThrow(/aliases \(\*name\) expand too far/);
    // one alias used a few times is fine
    expect(parseConfig("briefing.yaml", "title: &t Harbour\nactors:\n  - match: *t\n").title).toBe("Harbour");
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

describe("config files that cannot be used", () => {
  const article = { path: "a.md", bytes: new TextEncoder().encode("---\ntitle: Pier\ndate: 2024-02-05\n---\n\nThe north pier closed for repairs on Monday.\n") };
  const text = (path: string, body: string) => ({ path, bytes: new TextEncoder().encode(body) });

  it("stops the build when both briefing.yaml and briefing.yml are there, naming both", async () => {
    const { runPipeline } = await import("../../src/pipeline.js");
    expect(() => runPipeline([article, text("briefing.yaml", "title: One\n"), text("briefing.yml", "title: Two\n")])).toThrow(/briefing\.yaml and briefing\.yml are both/);
  });

  it("stops the build when briefing.yaml is not text, saying what to do", async () => {
    const { runPipeline } = await import("../../src/pipeline.js");
    const binary = { path: "briefing.yaml", bytes: new Uint8Array([0, 1, 2, 0, 0x9f, 0, 0x10, 0]) };
    expect(() => runPipeline([article, binary])).toThrow(ConfigError);
    expect(() => runPipeline([article, binary])).toThrow(/Save it as UTF-8 text/);
  });

  it("stops the build when briefing.yaml is there but cannot be read, rather than build without it", async () => {
    const { symlink, writeFile } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { main, EXIT_CANNOT_RUN } = await import("../../src/cli.js");
    const { captureOutput, makeContentFolder, tempDir } = await import("./helpers.js");
    const content = await makeContentFolder({ "a.md": new TextDecoder().decode(article.bytes) });
    // a link out of the content folder is never followed, so this briefing.yaml cannot be read
    const elsewhere = join(await tempDir("briefing-elsewhere-"), "settings.yaml");
    await writeFile(elsewhere, "title: Elsewhere\n");
    await symlink(elsewhere, join(content, "briefing.yaml"));
    const io = captureOutput();
    const code = await main(["extract", "--content", content, "--json", join(await tempDir(), "b.json"), "--no-cache"], io.log, io.error);
    expect(code).toBe(EXIT_CANNOT_RUN);
    expect(io.err.join("\n")).toContain("briefing.yaml a symbolic link to a file outside the content folder");
  });
});
