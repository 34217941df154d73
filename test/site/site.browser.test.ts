// Real Chromium over the rendered hand-made briefing, opened from disk (file://) and served from a local
// server on 127.0.0.1 (the search page's two modes).
// Needs /usr/bin/chromium (apt-get install -y chromium) and the compiled dist/ (npm run compile).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { renderSite } from "../../src/site/render.js";
import { serveFolder, type StaticServer } from "../../src/site/serve.js";
import { makeBriefing } from "./fixture.js";
import { htmlFiles } from "./site-check.js";

let out: string;
let browser: Browser;
let server: StaticServer;
const consoleErrors: string[] = [];
const offsiteRequests: string[] = [];

const urlOf = (path: string) => pathToFileURL(join(out, path)).href;

async function openPage(width = 1100): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  page.on("request", (request) => {
    if (!request.url().startsWith("file://") && !(server && request.url().startsWith(server.url))) offsiteRequests.push(request.url());
  });
  return page;
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "briefing-browser-"));
  const briefing = makeBriefing();
  // a spelling that shares no word with the actor's name: found only through the actor's aliases
  briefing.actors[0]!.aliases.push("Solvig Okonkwo");
  const result = await renderSite(briefing, out, { quiet: true });
  expect(result.search).toMatchObject({ indexed: true });
  server = await serveFolder(out, { port: 0 });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

describe("site in Chromium", () => {
  test("the sources filter box narrows the outlets by name or headline", async () => {
    const page = await openPage();
    await page.goto(urlOf("sources/index.html"));
    const sections = page.locator("#source-list section");
    expect(await sections.count()).toBe(2);
    await page.fill('[data-filter-for="source-list"] input', "harbourline");
    expect(await page.locator("#source-list section:not([hidden])").count()).toBe(1);
    await expect(page.locator("#source-list section:not([hidden]) h2").textContent()).resolves.toContain("Harbourline Radio");
    await expect(page.locator('[data-filter-for="source-list"] .filter-status').textContent()).resolves.toBe("1 of 2 shown");
    await page.close();
  });

  test("search, opened from disk, finds actors by name and by a misspelling, and says when nothing matches", async () => {
    const page = await openPage();
    await page.goto(`${urlOf("search/index.html")}?q=okonkwo`);
    await page.waitForSelector('[data-search-mode="small"]');
    await expect(page.locator(".search-status").textContent()).resolves.toMatch(/^\d+\+? found for/);
    await expect(page.locator(".search-results li").first().textContent()).resolves.toContain("Marisol Okonkwo-Reyes");
    await page.fill("#search-query", "lindqvst");
    await expect(page.locator(".search-results a").first().textContent()).resolves.toBe("Tobias Lindqvist");
    await page.fill("#search-query", "zzzqqq");
    await expect(page.locator(".search-status").textContent()).resolves.toContain("Nothing found");
    expect(await page.locator(".search-results li").count()).toBe(0);
    await page.fill("#search-query", "okonkwo");
    await page.locator(".search-results a").first().click();
    await page.waitForURL(/actors\/.+\/index\.html$/);
    await expect(page.locator("h1").textContent()).resolves.toContain("Marisol Okonkwo-Reyes");
    await page.close();
  });

  test("search finds an actor by an alias from disk (small index) and over http (Pagefind), and says which mode it is in", async () => {
    const page = await openPage();
    await page.goto(`${urlOf("search/index.html")}?q=solvig`);
    await page.waitForSelector('[data-search-mode="small"]', { timeout: 10_000 });
    await expect(page.locator(".search-mode").textContent()).resolves.toContain("Opened from disk: searching headlines, actor names");
    await expect(page.locator(".search-results a").first().textContent()).resolves.toBe("Marisol Okonkwo-Reyes");
    // served: the full-text index, which also knows words only the article bodies hold
    await page.goto(`${server.url}search/index.html?q=solvig`);
    await page.waitForSelector('[data-search-mode="full-text"]', { timeout: 20_000 });
    await expect(page.locator(".search-mode").textContent()).resolves.toContain("Full-text search");
    await page.waitForSelector(".search-results li", { timeout: 20_000 });
    await expect(page.locator(".search-results a").first().textContent()).resolves.toBe("Marisol Okonkwo-Reyes");
    await page.locator(".search-results a").first().click();
    await page.waitForURL(/actors\/marisol-okonkwo-reyes\/index\.html$/);
    await expect(page.locator("h1").textContent()).resolves.toContain("Marisol Okonkwo-Reyes");
    await page.close();
  }, 60_000);

  test("front page shows the story, its key points and the counts", async () => {
    const page = await openPage();
    await page.goto(urlOf("index.html"));
    await expect(page.locator("h1").textContent()).resolves.toBe("Port Calder harbour strike");
    await expect(page.locator("article.story h2").first().textContent()).resolves.toContain("Dockworkers Guild set to end");
    expect(await page.locator(".key-points li").count()).toBe(2);
    const counts = (await page.locator(".counts").innerText()).replace(/\s+/g, " ");
    expect(counts).toContain("2 articles");
    expect(counts).toContain("5 actors");
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/system-ui/);
    await page.close();
  });

  test("clicking an actor chip reaches the actor page", async () => {
    const page = await openPage();
    await page.goto(urlOf("index.html"));
    await page.locator(".players a.chip", { hasText: "Tobias Lindqvist" }).click();
    await page.waitForURL(/actors\/tobias-lindqvist\/index\.html$/);
    await expect(page.locator("h1").textContent()).resolves.toBe("Tobias Lindqvist");
    await page.close();
  });

  test("article page: linked mentions lead to actors, removed text is folded away, quotes highlighted", async () => {
    const page = await openPage();
    await page.goto(urlOf("articles/calder-tribune-strike/index.html"));
    expect(await page.locator(".article-body a.actor-link").count()).toBe(6);
    expect(await page.locator(".article-body mark.quote").count()).toBe(1);
    const removed = page.locator("details.removed");
    expect(await removed.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator("details.removed li").first().isVisible()).toBe(false);
    await removed.locator("summary").click();
    expect(await page.locator("details.removed li").first().isVisible()).toBe(true);
    // hostile text is shown, not run
    expect(await page.locator(".article-body").innerText()).toContain("<script>alert(1)</script>");
    await page.locator(".article-body a.actor-link", { hasText: "Port Calder" }).click();
    await page.waitForURL(/actors\/port-calder\/index\.html$/);
    await page.close();
  });

  test("the actors filter box appears with script and narrows the list", async () => {
    const page = await openPage();
    await page.goto(urlOf("actors/index.html"));
    const box = page.locator('[data-filter-for="actor-list"]');
    await expect(box.isVisible()).resolves.toBe(true);
    await box.locator("input").fill("mayor");
    const visible = page.locator("#actor-list li:visible");
    expect(await visible.count()).toBe(1);
    await expect(visible.first().innerText()).resolves.toContain("Tobias Lindqvist");
    await expect(box.locator(".filter-status").innerText()).resolves.toBe("1 of 5 shown");
    expect(await page.locator("section.actor-group:visible").count()).toBe(1);
    await page.close();
  });

  test("every page at 320px wide has no horizontal scroll", async () => {
    const page = await openPage(320);
    const overflowing: string[] = [];
    for (const file of htmlFiles(out)) {
      await page.goto(pathToFileURL(file).href);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (widths.scroll > widths.client) overflowing.push(`${relative(out, file)} ${widths.scroll}>${widths.client}`);
    }
    expect(overflowing).toEqual([]);
    await page.close();
  }, 60_000);

  test("no console errors and no request leaves file:// on any page", async () => {
    const page = await openPage();
    for (const file of htmlFiles(out)) await page.goto(pathToFileURL(file).href);
    await page.close();
    expect(consoleErrors).toEqual([]);
    expect(offsiteRequests).toEqual([]);
  }, 60_000);
});
