// Templates of one's own: a theme folder's _includes/ replaces our templates of the same name, only when named.
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, EXIT_OK, EXIT_USAGE } from "../../src/cli.js";
import { captureOutput, tempDir } from "../pipeline/helpers.js";

describe("a theme", () => {
  it("replaces a built-in template of the same name when named with --theme, never on its own, and re-renders when it changes", { timeout: 120_000 }, async () => {
    const content = join(await tempDir(), "content");
    await cp("content", content, { recursive: true });
    const base = await readFile("src/site/pages/_includes/layouts/base.njk", "utf8");
    await mkdir(join(content, "_includes", "layouts"), { recursive: true });
    const themed = (banner: string) => base.replace('<main id="main"', `<p class="house-banner">${banner}</p>\n<main id="main"`);
    await writeFile(join(content, "_includes", "layouts", "base.njk"), themed("Harbour desk edition"));
    const out = await tempDir();
    const io = captureOutput();
    const build = (...extra: string[]) => main(["build", "--content", content, "--output", out, "--no-cache", "--quiet", "--no-full-text-search", ...extra], io.log, io.error);

    // a content folder that carries templates does not get them used: templates are code
    expect(await build()).toBe(EXIT_OK);
    expect(await readFile(join(out, "index.html"), "utf8")).not.toContain("house-banner");
    const report = JSON.parse(await readFile(join(out, "report.json"), "utf8"));
    expect(report.inputs.find((i: { file: string }) => i.file === "_includes/layouts/base.njk")).toMatchObject({ status: "config" });

    expect(await build("--theme", content)).toBe(EXIT_OK);
    expect(await readFile(join(out, "index.html"), "utf8")).toContain('<p class="house-banner">Harbour desk edition</p>');
    // an article page uses the same frame
    const article = JSON.parse(await readFile(join(out, "briefing.json"), "utf8")).articles[0].url;
    expect(await readFile(join(out, article), "utf8")).toContain("Harbour desk edition");

    await writeFile(join(content, "_includes", "layouts", "base.njk"), themed("Evening edition"));
    expect(await build("--theme", content)).toBe(EXIT_OK);
    expect(await readFile(join(out, "index.html"), "utf8")).toContain("Evening edition");
  });

  it("must hold an _includes/ folder", async () => {
    const io = captureOutput();
    expect(await main(["build", "--theme", await tempDir()], io.log, io.error)).toBe(EXIT_USAGE);
    expect(io.err.join("\n")).toContain("has no _includes/ folder");
  });
});
