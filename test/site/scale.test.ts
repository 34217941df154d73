// The site at any size: which actors get a page, where the others' links go, and how the long indexes
// are split, over the hand-made briefing and over a generated one large enough to need several pages.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FRONT_PAGE_STORIES, SOURCES_PER_PAGE, siteLayout } from "../../src/model/pages.js";
import type { Briefing } from "../../src/model/briefing.js";
import { renderSite } from "../../src/site/render.js";
import { FEED_ENTRIES } from "../../src/site/feeds.js";
import { buildSiteModel, EVENTS_PER_TIMELINE_PAGE, STORIES_PER_PAGE, periodOf } from "../../src/site/view.js";
import { makeBriefing, makeScaledBriefing, makeSparseBriefing } from "./fixture.js";
import { brokenLinks } from "./site-check.js";

describe("which actors have a page", () => {
  const layout = siteLayout(makeBriefing());
  test("an actor in two articles has one; so has a key player of a front-page story in one article", () => {
    expect(layout.ownPage.has("tobias-lindqvist")).toBe(true);
    expect(layout.ownPage.has("port-calder")).toBe(true);
    expect(layout.actorUrl.get("tobias-lindqvist")).toBe("actors/tobias-lindqvist/index.html");
  });
  test("an actor in one article and no key player has none: its url is its entry in the actors index", () => {
    expect(layout.ownPage.has("calder-exchange")).toBe(false);
    expect(layout.actorUrl.get("calder-exchange")).toBe("actors/by-letter/c/index.html#actor-calder-exchange");
  });
  test("an actor the editor touched has one", () => {
    const briefing = makeBriefing();
    briefing.actors.find((a) => a.id === "calder-exchange")!.edited = ["description"];
    expect(siteLayout(briefing).ownPage.has("calder-exchange")).toBe(true);
  });
});

describe("an actor without a page, rendered", () => {
  let out: string;
  const read = (path: string) => readFileSync(join(out, path), "utf8");
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "briefing-scale-small-"));
    await renderSite(makeBriefing(), out, { quiet: true });
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("has no page, and the article text links its mention to its index entry", () => {
    expect(existsSync(join(out, "actors/calder-exchange/index.html"))).toBe(false);
    expect(read("articles/calder-tribune-strike/index.html")).toMatch(
      /<a href="\.\.\/\.\.\/actors\/by-letter\/c\/index.html#actor-calder-exchange" class="actor-link"[^>]*>Calder Exchange<\/a>/,
    );
  });
  test("its article lists it with the sentence that names it", () => {
    const side = read("articles/calder-tribune-strike/index.html").split('<aside class="side"')[1] ?? "";
    const also = side.slice(side.indexOf('class="also-named"'));
    expect(also).toContain("Also named");
    expect(also).toContain('href="../../actors/by-letter/c/index.html#actor-calder-exchange"');
    expect(also).toContain("met Guild leaders on Monday at the Calder Exchange.");
  });
  test("its index entry carries the anchor, the sentence and a link to the article", () => {
    const letter = read("actors/by-letter/c/index.html");
    const entry = letter.slice(letter.indexOf('id="actor-calder-exchange"'));
    expect(entry).toContain('<span class="ranked-name">Calder Exchange</span>');
    expect(entry).toContain('href="../../../articles/calder-tribune-strike/index.html"');
    expect(entry).toContain("at the Calder Exchange.</p>");
    expect(letter).toMatch(/Places <span class="count">1<\/span>/);
  });
  test("no link anywhere goes to a page that does not exist", () => {
    expect(brokenLinks(out)).toEqual([]);
  });
});

describe("a briefing large enough to split its indexes", () => {
  const STORIES = 2 * STORIES_PER_PAGE + 7;
  let out: string;
  let briefing: Briefing;
  const read = (path: string) => readFileSync(join(out, path), "utf8");
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "briefing-scale-"));
    briefing = makeScaledBriefing(STORIES);
    await renderSite(briefing, out, { quiet: true });
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("the front page holds the top stories only, with a link to all of them", () => {
    const html = read("index.html");
    expect(html.match(/<article class="story"/g)).toHaveLength(FRONT_PAGE_STORIES);
    expect(html).toContain(`The top ${FRONT_PAGE_STORIES} of ${STORIES} stories`);
    expect(html).toContain('href="stories/index.html"');
    // the story told by most outlets leads
    expect(html.indexOf("<h2>Story 0:")).toBeGreaterThan(0);
    expect(html.indexOf("<h2>Story 0:")).toBeLessThan(html.indexOf("<h2>Story 1:"));
  });

  test("feeds hold the newest articles only: 50 for the briefing, 20 for an actor in every article", () => {
    const entries = (path: string) => [...read(path).matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    const whole = entries("feed.xml");
    expect(briefing.articles.length).toBeGreaterThan(FEED_ENTRIES.briefing);
    expect(whole).toHaveLength(FEED_ENTRIES.briefing);
    expect(whole).toEqual([...whole].sort().reverse());
    const newest = [...briefing.articles].map((a) => a.date!).sort().reverse();
    expect(whole[0]).toBe(`${newest[0]}T00:00:00Z`);
    expect(entries("feeds/actors/harbour-union.xml")).toHaveLength(FEED_ENTRIES.actor);
    expect(JSON.parse(read("feeds/actors/harbour-union.json")).items).toHaveLength(FEED_ENTRIES.actor);
    // a one-article story has no feed of its own (the briefing's carries its article)
    expect(existsSync(join(out, `feeds/stories/story-${String(STORIES - 1).padStart(3, "0")}.xml`))).toBe(false);
  });

  test("the stories index is paginated with counts", () => {
    expect(read("stories/index.html")).toContain(`Page 1 of 3 · 1–${STORIES_PER_PAGE} of ${STORIES} stories`);
    const last = read("stories/pages/3/index.html");
    expect(last).toContain(`Page 3 of 3 · ${2 * STORIES_PER_PAGE + 1}–${STORIES} of ${STORIES} stories`);
    expect(last.match(/<li class="story-entry"/g)).toHaveLength(STORIES - 2 * STORIES_PER_PAGE);
    expect(last).toContain('<a rel="prev" href="../2/index.html">Previous</a>');
  });

  test("the sources index is paginated and an article links to its outlet's page", () => {
    const pages = Math.ceil(briefing.sources.length / SOURCES_PER_PAGE);
    expect(read("sources/index.html")).toContain(`Page 1 of ${pages}`);
    const lastSource = briefing.sources[briefing.sources.length - 1]!;
    const article = lastSource.articles[0]!;
    expect(read(`articles/${article}/index.html`)).toContain(`href="../../sources/pages/${pages}/index.html#source-${lastSource.id}"`);
  });

  test("the timeline lists months with counts, and a crowded month is paginated", () => {
    const index = read("timeline/index.html");
    const crowded = briefing.events.filter((e) => periodOf(e.date) === "2031-10").length;
    expect(crowded).toBeGreaterThan(EVENTS_PER_TIMELINE_PAGE);
    expect(index).toContain(`${crowded} events`);
    expect(read("timeline/2031-10/index.html")).toContain(`Page 1 of 2 · 1–${EVENTS_PER_TIMELINE_PAGE} of ${crowded} events`);
    expect(existsSync(join(out, "timeline/2031-10/pages/2/index.html"))).toBe(true);
    expect(existsSync(join(out, "timeline/2031-11/index.html"))).toBe(true);
  });

  test("one-article actors have no page, the shared one has; links all resolve", () => {
    expect(existsSync(join(out, "actors/harbour-union/index.html"))).toBe(true);
    // the one person of the last-ranked story: in one article, and its story is not on the front page
    const loner = briefing.actors.find((a) => a.id === `person-${STORIES - 1}-0`)!;
    expect(loner.articles).toHaveLength(1);
    expect(existsSync(join(out, `actors/${loner.id}/index.html`))).toBe(false);
    expect(brokenLinks(out)).toEqual([]);
  });
});

describe("an outlet with more articles than a list shows", () => {
  test("lists the first 200 on the sources page and says how many there are", async () => {
    const { buildSiteModel } = await import("../../src/site/view.js");
    const briefing = makeScaledBriefing(250);
    const all = briefing.sources.flatMap((s) => s.articles);
    expect(all.length).toBeGreaterThan(200);
    const merged: Briefing = { ...briefing, sources: [{ ...briefing.sources[0]!, articles: all }] };
    const page = buildSiteModel(merged).pages.sources[0] as unknown as { sources: { articles: { items: unknown[]; total: number } }[] };
    expect(page.sources[0]!.articles.total).toBe(all.length);
    expect(page.sources[0]!.articles.items).toHaveLength(200);
  });
});

describe("front page counts", () => {
  test("count the Unknown outlet as a source, as the sources page it links to lists it", () => {
    const base = makeBriefing();
    const unknown = { id: "unknown-outlet", name: "Unknown outlet", url: "sources/index.html#unknown-outlet", articles: [base.articles[0]!.id], known: false };
    const briefing: Briefing = { ...base, sources: [...base.sources.map((s) => ({ ...s, known: true })), unknown] };
    const home = buildSiteModel(briefing).pages.home[0] as unknown as { counts: { sources: number } };
    expect(home.counts.sources).toBe(briefing.sources.length);
    expect(buildSiteModel(makeSparseBriefingWithUnknown()).pages.home[0]).toMatchObject({ counts: { sources: 1 } });
  });
});

function makeSparseBriefingWithUnknown(): Briefing {
  const sparse = makeSparseBriefing();
  return { ...sparse, sources: [{ id: "unknown-outlet", name: "Unknown outlet", url: "sources/index.html#unknown-outlet", articles: [sparse.articles[0]!.id], known: false }] };
}
