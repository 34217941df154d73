// The sample site (content/ built through the CLI) in real Chromium, served from 127.0.0.1 and opened from disk:
// axe-core finds no WCAG 2.2 AA violation at desktop and phone width in light and dark mode; no console error;
// no request leaves the machine; phone layout, dark mode, print stylesheet, skip link and focus outline work;
// screenshots of the front page, a story, an article, an actor and a topic go to test-output/screenshots/.
// Needs /usr/bin/chromium (apt-get install -y chromium).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, relative, resolve } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main, EXIT_OK } from "../../src/cli.js";
import type { Briefing } from "../../src/model/briefing.js";
import { renderSite } from "../../src/site/render.js";
import { captureOutput } from "../pipeline/helpers.js";
import { makeBriefing, makeScaledBriefing } from "./fixture.js";
import { htmlFiles } from "./site-check.js";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCREENSHOTS = resolve("test-output", "screenshots");
const DESKTOP = { width: 1100, height: 800 };
const PHONE = { width: 390, height: 844 };

let sample: string;
let stories: string;
let handMade: string;
let scaled: string;
let briefing: Briefing;
const servers: Server[] = [];
/** the sample site's server; the hand-made and generated briefings have one each */
let origin: string;
let handMadeOrigin: string;
let scaledOrigin: string;
let browser: Browser;
const consoleErrors: string[] = [];
const offsiteRequests: string[] = [];

/** A plain static file server on 127.0.0.1, as a host would serve the output folder. */
function serve(root: string): Promise<Server> {
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".xml": "application/xml" };
  const http = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = resolve(root, `.${path.endsWith("/") ? `${path}index.html` : path}`);
    try {
      if (!file.startsWith(resolve(root)) || !statSync(file).isFile()) throw new Error("not a file");
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((done) => http.listen(0, "127.0.0.1", () => done(http)));
}

async function served(root: string): Promise<string> {
  const server = await serve(root);
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Only file: addresses and the local server may be asked for; anything else is recorded and refused. */
const local = (url: string) =>
  url.startsWith("file:") || [origin, handMadeOrigin, scaledOrigin].some((o) => url.startsWith(`${o}/`)) || url.startsWith("data:") || url === "about:blank";

async function newContext(options: { viewport?: { width: number; height: number }; colorScheme?: "light" | "dark" } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, colorScheme: options.colorScheme ?? "light" });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    offsiteRequests.push(url);
    return route.abort();
  });
  context.on("page", (page) => watch(page));
  return context;
}

function watch(page: Page): void {
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  page.on("request", (request) => {
    if (!local(request.url())) offsiteRequests.push(request.url());
  });
}

/** The pages the checks visit: one of each kind, from the sample's own data. */
function samplePages(): Record<string, string> {
  const actor = briefing.actors.find((a) => a.kind === "person" && !a.url.includes("#")) ?? briefing.actors.find((a) => !a.url.includes("#"))!;
  const someone = actor.name.split(/\s+/).at(-1)!.toLowerCase();
  return {
    front: "index.html",
    story: "stories/index.html",
    article: briefing.articles[0]!.url,
    actor: actor.url,
    topic: briefing.topics[0]!.url,
    timeline: "timeline/index.html",
    sources: "sources/index.html",
    search: `search/index.html?q=${encodeURIComponent(someone)}`,
  };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return { passes: r.passes.length, violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} (${(n.failureSummary ?? "").replace(/\s+/g, " ")})`).join("; ")}`) };
  }, WCAG_22_AA);
  expect(result.passes, "axe ran its rules").toBeGreaterThan(10);
  return result.violations;
}

const luminance = (rgb: string) => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

beforeAll(async () => {
  sample = mkdtempSync(join(tmpdir(), "briefing-presentation-"));
  const io = captureOutput();
  expect(await main(["build", "--content", "content", "--output", sample, "--quiet"], io.log, io.error)).toBe(EXIT_OK);
  briefing = JSON.parse(readFileSync(join(sample, "briefing.json"), "utf8"));
  stories = mkdtempSync(join(tmpdir(), "briefing-print-"));
  await renderSite(makeScaledBriefing(3), stories, { quiet: true });
  handMade = mkdtempSync(join(tmpdir(), "briefing-hand-made-"));
  await renderSite(makeBriefing(), handMade, { quiet: true });
  scaled = mkdtempSync(join(tmpdir(), "briefing-paged-"));
  await renderSite(makeScaledBriefing(120), scaled, { quiet: true });
  origin = await served(sample);
  handMadeOrigin = await served(handMade);
  scaledOrigin = await served(scaled);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await new Promise((done) => server.close(done));
  for (const folder of [sample, stories, handMade, scaled]) if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("the sample site in Chromium", () => {
  test("axe-core finds a violation when there is one (the check can fail)", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/index.html`);
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "Pale text";
      p.style.color = "#ddd";
      document.querySelector("main")!.append(p);
    });
    expect((await axeViolations(page)).join("\n")).toContain("color-contrast");
    await context.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const [name, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
      test(`axe-core: no WCAG 2.2 AA violation on each kind of page, ${name} width, ${colorScheme} mode`, async () => {
        const context = await newContext({ viewport, colorScheme });
        const page = await context.newPage();
        const found: string[] = [];
        for (const [kind, path] of Object.entries(samplePages())) {
          await page.goto(`${origin}/${path}`);
          if (kind === "search") await page.locator(".search-results li").first().waitFor();
          for (const violation of await axeViolations(page)) found.push(`${kind} ${path}: ${violation}`);
        }
        expect(found).toEqual([]);
        await context.close();
      });
    }
  }

  test("axe-core: no violation on any page of the hand-made briefing (hostile text, quotes, conflicts, notes) nor on the paged indexes of a generated one", async () => {
    const pages = [
      ...htmlFiles(handMade).map((file) => `${handMadeOrigin}/${relative(handMade, file)}`),
      ...["stories/index.html", "stories/pages/2/index.html", "sources/index.html", "timeline/index.html", "timeline/2031-10/pages/2/index.html", "actors/index.html", "actors/by-letter/p/index.html"].map(
        (path) => `${scaledOrigin}/${path}`,
      ),
    ];
    const found: string[] = [];
    for (const [viewport, colorScheme] of [[DESKTOP, "light"], [PHONE, "dark"]] as const) {
      const context = await newContext({ viewport, colorScheme });
      const page = await context.newPage();
      for (const url of pages) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        for (const violation of await axeViolations(page)) found.push(`${colorScheme} ${viewport.width}px ${url}: ${violation}`);
      }
      await context.close();
    }
    expect(found).toEqual([]);
  });

  test("dark mode follows prefers-color-scheme: light text on a dark page, and the other way round", async () => {
    const colours: Record<string, { bg: number; text: number; link: number }> = {};
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${origin}/index.html`);
      const c = await page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
        link: getComputedStyle(document.querySelector("main a")!).color,
      }));
      colours[colorScheme] = { bg: luminance(c.bg), text: luminance(c.text), link: luminance(c.link) };
      await context.close();
    }
    expect(colours.light!.bg).toBeGreaterThan(0.8);
    expect(colours.light!.text).toBeLessThan(0.05);
    expect(colours.dark!.bg).toBeLessThan(0.05);
    expect(colours.dark!.text).toBeGreaterThan(0.6);
    expect(colours.dark!.link).toBeGreaterThan(colours.light!.link);
  });

  test("phone width: no page scrolls sideways, and the article's side column folds under the text", async () => {
    const context = await newContext({ viewport: PHONE });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of Object.values(samplePages())) {
      await page.goto(`${origin}/${path}`);
      const w = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (w.scroll > w.client) overflowing.push(`${path} ${w.scroll}>${w.client}`);
    }
    expect(overflowing).toEqual([]);
    const layout = async () => {
      const body = (await page.locator(".article-body").boundingBox())!;
      const side = (await page.locator("aside.side").boundingBox())!;
      return { below: side.y >= body.y + body.height, beside: side.x >= body.x + body.width };
    };
    await page.goto(`${origin}/${samplePages().article}`);
    expect(await layout()).toEqual({ below: true, beside: false });
    await page.setViewportSize(DESKTOP);
    expect(await layout()).toEqual({ below: false, beside: true });
    await context.close();
  });

  test("the skip link is the first stop of the keyboard, shows when focused and moves focus into main", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/${samplePages().article}`);
    const skip = page.locator("a.skip-link");
    expect(await skip.getAttribute("href")).toBe("#main");
    expect(await page.locator("main#main").count()).toBe(1);
    const hidden = (await skip.boundingBox())!;
    expect(hidden.x + hidden.width).toBeLessThanOrEqual(0); // off screen until focused
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    // the link may slide in: its place is read once it has settled on screen (it fails if it never does)
    await expect.poll(async () => (await skip.boundingBox())!.x, { timeout: 5_000 }).toBeGreaterThanOrEqual(0);
    const shown = (await skip.boundingBox())!;
    expect(shown.y).toBeGreaterThanOrEqual(0);
    const ring = await skip.evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));
    expect(ring.style).not.toBe("none");
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).hash, { timeout: 5_000 }).toBe("#main");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
    await context.close();
  });

  test("every link and field reached by the keyboard shows a focus outline, in light and dark mode", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await newContext({ colorScheme });
      const page = await context.newPage();
      for (const path of [samplePages().front, samplePages().search]) {
        await page.goto(`${origin}/${path}`);
        const bg = luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
        const stops = Math.min(25, await page.locator("a[href], input, button, summary").count());
        for (let i = 0; i < stops; i++) {
          await page.keyboard.press("Tab");
          const ring = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const s = getComputedStyle(el);
            return { what: el.outerHTML.slice(0, 80), style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, visible: el.matches(":focus-visible") };
          });
          expect(ring.visible, ring.what).toBe(true);
          expect(ring.style, ring.what).not.toBe("none");
          expect(ring.width, ring.what).toBeGreaterThanOrEqual(2);
          // the ring stands out from the page: at least 3:1 (WCAG 1.4.11 non-text contrast)
          const [hi, lo] = [Math.max(bg, luminance(ring.color)), Math.min(bg, luminance(ring.color))];
          expect((hi + 0.05) / (lo + 0.05), ring.what).toBeGreaterThanOrEqual(3);
        }
      }
      await context.close();
    }
  });

  test("from disk and over HTTP: no console error and no request leaves the machine on any page", async () => {
    const context = await newContext();
    const page = await context.newPage();
    for (const file of htmlFiles(sample)) {
      await page.goto(pathToFileURL(file).href);
      await page.goto(`${origin}/${relative(sample, file)}`);
    }
    await page.goto(`${origin}/${samplePages().search}`);
    await page.locator(".search-results li").first().waitFor();
    await context.close();
    expect(consoleErrors).toEqual([]);
    expect(offsiteRequests).toEqual([]);
  });

  test("a request off the machine is caught (the guard can fail)", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/index.html`);
    const before = offsiteRequests.length;
    await page.evaluate(() => fetch("https://example.invalid/tracker.gif").catch(() => undefined));
    expect(offsiteRequests.slice(before)).toContain("https://example.invalid/tracker.gif");
    offsiteRequests.splice(before);
    consoleErrors.length = 0;
    await context.close();
  });
});

describe("print", () => {
  test("no navigation, search or filters; a page break before each story; citations as numbered footnotes", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    await page.goto(pathToFileURL(join(stories, "index.html")).href);
    const shown = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== "none");
    expect(await shown(".masthead")).toBe(false);
    expect(await shown(".skip-link")).toBe(false);
    expect(await shown(".colophon")).toBe(false);
    expect(await shown(".citations")).toBe(true);
    expect(await page.locator(".feeds").count()).toBeGreaterThan(0);
    expect(await shown(".feeds")).toBe(false); // "Follow: Atom · JSON Feed" means nothing on paper
    const breaks = await page.locator("article.story").evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks).toEqual(["auto", "page", "page"]);
    // each citation mark [n] of a story has its footnote n in the story's sources, printed with the outlet
    for (const story of await page.locator("article.story").all()) {
      const marks = await story.locator(".key-points a.cite").allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        const n = mark.replace(/[[\]]/g, "");
        const note = story.locator(`.source-list li[value="${n}"]`);
        expect(await note.count(), mark).toBe(1);
        expect(await note.innerText()).toMatch(/Report .*Outlet/);
      }
    }
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(3);

    await page.goto(pathToFileURL(join(stories, "search", "index.html")).href);
    expect(await shown(".search-form")).toBe(false);
    await page.goto(pathToFileURL(join(stories, "stories", "index.html")).href);
    await page.locator(".filter").waitFor({ state: "attached" });
    expect(await page.evaluate(() => document.querySelector<HTMLElement>(".filter")!.hidden)).toBe(false); // the script showed it
    expect(await shown(".filter")).toBe(false);
    await context.close();
  });
});

describe("screenshots", () => {
  test("front page, a story, an article, an actor and a topic at desktop and phone width go to test-output/screenshots/", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const pages = samplePages();
    const shots = { front: pages.front, story: `${pages.front}#story-1`, article: pages.article, actor: pages.actor, topic: pages.topic };
    for (const [name, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
      const context = await newContext({ viewport });
      const page = await context.newPage();
      for (const [kind, path] of Object.entries(shots)) {
        await page.goto(`${origin}/${path}`);
        const file = join(SCREENSHOTS, `${kind}-${name}.png`);
        await page.screenshot({ path: file });
        const png = readFileSync(file);
        expect(png.subarray(1, 4).toString()).toBe("PNG");
        expect(png.readUInt32BE(16)).toBe(viewport.width); // IHDR width: the page at the width asked for
      }
      await context.close();
    }
  });
});
