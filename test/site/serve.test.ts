// `briefing serve`: builds, serves the output folder on 127.0.0.1 with live reload, and rebuilds when an
// article changes. Bounded: every wait polls with a timeout, and the server and watcher are closed after.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startPreview, type Preview } from "../../src/cli.js";
import { RELOAD_PATH } from "../../src/site/serve.js";

let dir: string;
let preview: Preview;
const lines: string[] = [];

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 90_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefing-serve-"));
  cpSync(resolve("content"), join(dir, "content"), { recursive: true });
  const started = await startPreview(
    { content: join(dir, "content"), output: join(dir, "site"), json: undefined, quiet: true, cache: join(dir, "cache"), workers: 1, baseUrl: undefined, pathPrefix: undefined },
    0,
    (line) => lines.push(line),
    (line) => lines.push(line),
  );
  if (typeof started === "number") throw new Error(`serve could not start (exit ${started}): ${lines.join("\n")}`);
  preview = started;
}, 180_000);

afterAll(async () => {
  await preview?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("briefing serve", () => {
  test("serves the site on 127.0.0.1 with the reload script in responses only, and rebuilds a changed article", async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const briefing = JSON.parse(readFileSync(join(dir, "site", "briefing.json"), "utf8")) as { articles: { sourceFile: string; url: string }[] };
    const article = briefing.articles[0]!;
    const served = await (await fetch(`${preview.url}${article.url}`)).text();
    expect(served).toContain(RELOAD_PATH);
    // the file on disk is what a build writes: no reload script
    expect(readFileSync(join(dir, "site", article.url), "utf8")).not.toContain(RELOAD_PATH);
    // a folder address serves its index.html; a missing one the 404 page, with its status
    expect((await fetch(`${preview.url}${article.url.replace(/index\.html$/, "")}`)).status).toBe(200);
    expect((await fetch(`${preview.url}no/such/page/`)).status).toBe(404);
    expect((await fetch(`${preview.url}.briefing-site.json`)).status).toBe(404);

    // an open page's events stream hears the reload
    const events = await fetch(`${preview.url}${RELOAD_PATH.slice(1)}`);
    expect(events.headers.get("content-type")).toBe("text/event-stream");
    const reader = events.body!.getReader();
    let heard = "";
    const reloaded = (async () => {
      const decoder = new TextDecoder();
      while (!heard.includes("event: reload")) {
        const { value, done } = await reader.read();
        if (done) break;
        heard += decoder.decode(value);
      }
    })();

    const marker = "Harbour officials counted seventeen zebra-striped tugboats on Tuesday.";
    const file = join(dir, "content", article.sourceFile);
    writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\n\n${marker}\n`);
    const page = await until("the rebuilt article page", async () => {
      const html = await (await fetch(`${preview.url}${article.url}`)).text();
      return html.includes("zebra-striped tugboats") ? html : null;
    });
    expect(page).toContain("seventeen zebra-striped tugboats");
    await until("the reload event", async () => (heard.includes("event: reload") ? true : null), 30_000);
    await reader.cancel();
    await reloaded;
    expect(preview.builds).toBeGreaterThanOrEqual(1);
    expect(lines.join("\n")).toContain("rebuilding");
  }, 180_000);
});
