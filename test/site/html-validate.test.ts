// html-validate (recommended rules, less those site-check.ts turns off with its reasons) over every page of
// the built sample site, the hand-made briefings and a generated one of about 300 articles: no error.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main, EXIT_OK } from "../../src/cli.js";
import { deploySettings } from "../../src/deploy.js";
import { renderSite } from "../../src/site/render.js";
import { captureOutput } from "../pipeline/helpers.js";
import { makeBriefing, makeScaledBriefing, makeSparseBriefing } from "./fixture.js";
import { htmlErrors, htmlFiles } from "./site-check.js";

const folders: string[] = [];
const tempFolder = (name: string) => {
  const folder = mkdtempSync(join(tmpdir(), `briefing-html-${name}-`));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("html-validate over the built site", () => {
  test("the check finds errors when there are some", async () => {
    const out = tempFolder("broken");
    mkdirSync(join(out, "a"));
    writeFileSync(join(out, "a", "index.html"), '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main><p><div>x</div></p><img src="x.png"></main></body></html>');
    const errors = await htmlErrors(out);
    expect(errors.some((e) => e.includes("wcag/h37"))).toBe(true); // <img> without alt
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  test("the sample site from content/ has no error", async () => {
    const out = tempFolder("sample");
    const io = captureOutput();
    expect(await main(["build", "--content", "content", "--output", out, "--quiet"], io.log, io.error)).toBe(EXIT_OK);
    expect(htmlFiles(out).length).toBeGreaterThan(20);
    expect(await htmlErrors(out)).toEqual([]);
  });

  test("the hand-made briefings (hostile text, a sparse one, a base URL) have no error", async () => {
    const full = tempFolder("full");
    await renderSite(makeBriefing(), full, { quiet: true });
    const sparse = tempFolder("sparse");
    await renderSite(makeSparseBriefing(), sparse, { quiet: true });
    const deployed = tempFolder("deployed");
    await renderSite(makeBriefing(), deployed, { quiet: true, deploy: deploySettings("https://example.org/", "/briefing/") });
    expect([...(await htmlErrors(full)), ...(await htmlErrors(sparse)), ...(await htmlErrors(deployed))]).toEqual([]);
  });

  describe("a generated briefing of about 300 articles", () => {
    let out: string;
    beforeAll(async () => {
      out = tempFolder("scaled");
      await renderSite(makeScaledBriefing(298), out, { quiet: true });
    }, 180_000);
    test("has no error on any of its pages", async () => {
      expect(htmlFiles(out).length).toBeGreaterThan(300);
      expect(await htmlErrors(out)).toEqual([]);
    }, 180_000);
  });
});
