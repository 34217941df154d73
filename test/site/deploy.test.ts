// The site as deployed: feeds, sitemap, robots.txt, page metadata and the 404 page, built through the CLI from
// a small content folder three ways: without a base URL (opened from disk), with one, and with one and a path
// prefix. Absolute URLs must appear only where a format needs them and only when the base URL is known.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { EXIT_CANNOT_RUN, EXIT_OK, EXIT_USAGE, main } from "../../src/cli.js";
import { absoluteUrl, deploySettings, parseBaseUrl, parsePathPrefix } from "../../src/deploy.js";
import { scriptSafeJson } from "../../src/site/metadata.js";
import type { Briefing } from "../../src/model/briefing.js";
import { captureOutput, makeContentFolder, tempDir } from "../pipeline/helpers.js";
import { brokenLinks, htmlFiles } from "./site-check.js";
import { asList, checkAtomFeeds, checkJsonFeeds, checkSitemap, feedPaths } from "./feed-check.js";

const HOSTILE_TITLE = "</script><script>alert(1)</script>";
const BASE = "https://news.example.org/";
const ORIGINAL_URL = "https://harbour-gazette.example.net/2031/10/ferry-strike";

const CONTENT = {
  "briefing.yaml": "title: Ferry strike in Vellmar\nactors:\n  - match: Ilse Brandvold\n    wikidata: Q4115189\n  - match: Vellmar Line\n    kind: organization\n",
  "gazette/strike.md": [
    "---",
    "title: Ferry crews walk out in Vellmar",
    "date: 2031-10-08T09:30:00+02:00",
    "publisher: Vellmar Gazette",
    "author: Tomas Eriksen",
    `url: ${ORIGINAL_URL}`,
    "---",
    "",
    "Ferry crews of the Vellmar Line walked out on Tuesday, union leader Ilse Brandvold said. The Vellmar Line cancelled every crossing to Oskarsholm.",
    "",
    "Brandvold said the crews would stay out until the Vellmar Line restored the night-shift allowance.",
  ].join("\n"),
  "courier/talks.md": [
    "---",
    `title: "${HOSTILE_TITLE}"`,
    "date: 2031-10-09",
    "publisher: Oskarsholm Courier",
    "---",
    "",
    "Talks between Ilse Brandvold and the Vellmar Line resumed on Wednesday in Oskarsholm, the Vellmar Line said.",
    "",
    "Brandvold told reporters the union wanted the allowance back before the winter timetable.",
  ].join("\n"),
  "courier/island.md": [
    "---",
    "title: Oskarsholm shops run short as ferries stay in port",
    "date: 2031-10-10",
    "publisher: Oskarsholm Courier",
    "---",
    "",
    "Shops in Oskarsholm ran short of bread on Thursday as the Vellmar Line kept its ferries in port. Ilse Brandvold said the strike would go on.",
  ].join("\n"),
};

let content: string;
const sites: Record<"local" | "based" | "prefixed", string> = { local: "", based: "", prefixed: "" };

async function build(output: string, ...flags: string[]): Promise<void> {
  const io = captureOutput();
  const code = await main(["build", "--content", content, "--output", output, "--quiet", "--workers", "1", "--no-cache", ...flags], io.log, io.error);
  expect(code, io.err.join("\n")).toBe(EXIT_OK);
}

beforeAll(async () => {
  // the content's own baseUrl is left out here: these builds give theirs on the command line
  content = await makeContentFolder(CONTENT);
  sites.local = await tempDir("briefing-deploy-local-");
  sites.based = await tempDir("briefing-deploy-based-");
  sites.prefixed = await tempDir("briefing-deploy-prefixed-");
  await build(sites.local);
  await build(sites.based, "--base-url", BASE);
  await build(sites.prefixed, "--base-url", BASE, "--path-prefix", "/p/");
}, 120_000);

const read = (site: string, path: string) => readFileSync(join(site, path), "utf8");
const briefingOf = (site: string): Briefing => JSON.parse(read(site, "briefing.json"));

/** Every file of a site by its path from the root, but the build's own records. */
function siteFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: "utf8", withFileTypes: false })
    .filter((path) => !/^(briefing|report)\.json$|^\.briefing-site\.json$/.test(path) && existsSync(join(site, path)) && /\.[a-z]+$/.test(path))
    .sort();
}

/** The root every absolute URL of a build lies under: none without a base URL. */
const ROOTS = { local: null, based: BASE, prefixed: `${BASE}p/` } as const;

/** The JSON-LD blocks of a page, parsed. */
function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

describe("feeds", () => {
  test("there is a feed pair for the whole briefing and for every story, every actor with a page and every topic", () => {
    const briefing = briefingOf(sites.based);
    const atom = feedPaths(sites.based, "xml");
    const json = feedPaths(sites.based, "json");
    expect(atom).toContain("feed.xml");
    expect(json).toContain("feed.json");
    const actorsWithPages = briefing.actors.filter((a) => !a.url.includes("#"));
    expect(actorsWithPages.length).toBeGreaterThan(0);
    expect(atom.filter((p) => p.startsWith("feeds/actors/"))).toHaveLength(actorsWithPages.length);
    expect(atom.filter((p) => p.startsWith("feeds/topics/"))).toHaveLength(briefing.topics.length);
    expect(atom.filter((p) => p.startsWith("feeds/stories/"))).toHaveLength(briefing.stories.length);
    expect(json.map((p) => p.replace(/\.json$/, ""))).toEqual(atom.map((p) => p.replace(/\.xml$/, "")));
  });

  for (const kind of ["local", "based", "prefixed"] as const) {
    test(`every Atom feed is well-formed XML with RFC 4287's required elements, and its links resolve (${kind})`, () => {
      const report = checkAtomFeeds(sites[kind], ROOTS[kind]);
      expect(report.problems).toEqual([]);
      expect(report.feeds).toBe(feedPaths(sites[kind], "xml").length);
      expect(report.entries).toBeGreaterThanOrEqual(report.feeds);
    });
  }

  test("entries keep the article's printed time with its offset, and ids are stable from build to build", () => {
    const feed = read(sites.based, "feed.xml");
    expect(feed).toContain("<published>2031-10-08T09:30:00+02:00</published>");
    expect(feed).toContain(`<id>${BASE}articles/`);
    const local = read(sites.local, "feed.xml");
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(local).every((id) => id!.startsWith("urn:uuid:"))).toBe(true);
    expect(new Set(ids(local)).size).toBe(ids(local).length);
  });

  test("the hostile headline is escaped in Atom and round-trips through JSON Feed", () => {
    const atom = read(sites.based, "feed.xml");
    expect(atom).not.toContain("<script>");
    expect(atom).toContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    const json = JSON.parse(read(sites.based, "feed.json"));
    expect(json.items.map((i: { title: string }) => i.title)).toContain(HOSTILE_TITLE);
  });

  test("every JSON Feed is version 1.1 with a title and items that each have an id and content", () => {
    for (const kind of ["local", "based", "prefixed"] as const) {
      // without a base URL the check also requires that no address at all is written (JSON Feed has no base)
      expect(checkJsonFeeds(sites[kind], ROOTS[kind]).problems, kind).toEqual([]);
      if (kind === "local") continue;
      for (const path of feedPaths(sites[kind], "json")) {
        const feed = JSON.parse(read(sites[kind], path));
        expect(feed.items.length, path).toBeGreaterThan(0);
        for (const item of feed.items) expect(item.url, path).toMatch(new RegExp(`^${ROOTS[kind]}articles/`));
      }
    }
  });

  test("pages link their feeds with <link rel=alternate>, and the links resolve", () => {
    const briefing = briefingOf(sites.based);
    const actor = briefing.actors.find((a) => a.name === "Ilse Brandvold")!;
    const html = read(sites.based, actor.url);
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="Ferry strike in Vellmar (Atom)" href="../../feed.xml">');
    expect(html).toMatch(/<link rel="alternate" type="application\/feed\+json" title="Ilse Brandvold · [^"]+" href="\.\.\/\.\.\/feeds\/actors\/[a-z0-9-]+\.json">/);
    const front = read(sites.based, "index.html");
    expect(front).toMatch(/href="feeds\/stories\/[a-z0-9-]+\.xml" type="application\/atom\+xml">Atom<\/a>/);
  });
});

describe("sitemap and robots.txt", () => {
  test("the sitemap parses and lists every article page by its absolute URL under base URL and prefix", () => {
    for (const kind of ["based", "prefixed"] as const) {
      const root = ROOTS[kind];
      expect(checkSitemap(sites[kind], root).problems).toEqual([]);
      const xml = read(sites[kind], "sitemap.xml");
      const locs: string[] = asList(new XMLParser().parse(xml).urlset.url).map((u) => (u as { loc: string }).loc);
      expect(locs.every((loc) => loc.startsWith(root))).toBe(true);
      for (const article of briefingOf(sites[kind]).articles) expect(locs).toContain(`${root}${article.url.replace(/index\.html$/, "")}`);
      expect(locs).toContain(root);
      expect(locs.some((loc) => loc.includes("404"))).toBe(false);
      expect(read(sites[kind], "robots.txt")).toContain(`Sitemap: ${root}sitemap.xml`);
    }
  });

  test("without a base URL there is no sitemap (it must list absolute URLs) and robots.txt names none", () => {
    expect(existsSync(join(sites.local, "sitemap.xml"))).toBe(false);
    const robots = read(sites.local, "robots.txt");
    expect(robots).toContain("User-agent: *");
    expect(robots).not.toContain("Sitemap");
  });
});

describe("page metadata", () => {
  test("an article page has NewsArticle JSON-LD with headline, datePublished with offset, author, publisher and isBasedOn", () => {
    const article = briefingOf(sites.based).articles.find((a) => a.title === "Ferry crews walk out in Vellmar")!;
    const html = read(sites.based, article.url);
    const [ld] = jsonLdOf(html);
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Ferry crews walk out in Vellmar",
      datePublished: "2031-10-08T09:30:00+02:00",
      author: { "@type": "Person", name: "Tomas Eriksen" },
      publisher: { "@type": "Organization", name: "Vellmar Gazette" },
      isBasedOn: ORIGINAL_URL,
      url: `${BASE}${article.url.replace(/index\.html$/, "")}`,
    });
    expect(html).toContain(`<link rel="canonical" href="${BASE}${article.url.replace(/index\.html$/, "")}">`);
    expect(html).toContain(`<meta property="og:url" content="${BASE}${article.url.replace(/index\.html$/, "")}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:title" content="Ferry crews walk out in Vellmar">');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).toContain('<meta property="article:published_time" content="2031-10-08T09:30:00+02:00">');
  });

  test("the hostile headline cannot close the JSON-LD script element, and reads back as written", () => {
    const article = briefingOf(sites.based).articles.find((a) => a.title === HOSTILE_TITLE)!;
    const html = read(sites.based, article.url);
    const head = html.slice(0, html.indexOf("</head>"));
    // each script element the page opens is closed once: the title added none
    expect((head.match(/<script\b/g) ?? []).length).toBe((head.match(/<\/script>/g) ?? []).length);
    expect(html).not.toContain("<script>alert(1)");
    const ld = jsonLdOf(html).find((d) => d["@type"] === "NewsArticle");
    expect(ld?.headline).toBe(HOSTILE_TITLE);
    // and everything else printing it escapes it for HTML
    expect(html).toContain('<meta property="og:title" content="&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;">');
  });

  test("JSON for a script element escapes what could end it, open a comment, or break old parsers", () => {
    const text = scriptSafeJson({ t: "</script><!-- & \u2028\u2029 -->" });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ t: "</script><!-- & \u2028\u2029 -->" });
  });

  test("an actor page describes the actor as a Person with sameAs from the Wikidata override", () => {
    const actor = briefingOf(sites.based).actors.find((a) => a.name === "Ilse Brandvold")!;
    const [ld] = jsonLdOf(read(sites.based, actor.url));
    expect(ld).toMatchObject({ "@type": "Person", name: "Ilse Brandvold", sameAs: "https://www.wikidata.org/wiki/Q4115189" });
    const org = briefingOf(sites.based).actors.find((a) => a.name === "Vellmar Line")!;
    expect(jsonLdOf(read(sites.based, org.url))[0]).toMatchObject({ "@type": "Organization", name: "Vellmar Line" });
    expect(jsonLdOf(read(sites.based, org.url))[0]).not.toHaveProperty("sameAs");
  });

  test("index pages carry an ItemList of what they list, in order", () => {
    const [list] = jsonLdOf(read(sites.based, "topics/index.html"));
    expect(list?.["@type"]).toBe("ItemList");
    const items = list?.itemListElement as { position: number; name: string; url: string }[];
    expect(items.length).toBe(briefingOf(sites.based).topics.length);
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    for (const item of items) expect(item.url).toMatch(new RegExp(`^${BASE}topics/`));
    expect(jsonLdOf(read(sites.based, "stories/index.html"))[0]?.["@type"]).toBe("ItemList");
  });

  test("without a base URL no page names an absolute address of its own, and the site still works from disk", () => {
    const briefing = briefingOf(sites.local);
    expect(brokenLinks(sites.local)).toEqual([]);
    // absolute addresses a page may carry: vocabularies, the Wikidata override and the articles' originals
    const allowed = ["https://schema.org", "https://www.wikidata.org/wiki/", "https://jsonfeed.org/version/1.1", "http://www.w3.org/2005/Atom", "https://cv.iptc.org/", ORIGINAL_URL];
    for (const path of siteFiles(sites.local).filter((p) => /\.(html|xml|json|txt)$/.test(p))) {
      const text = read(sites.local, path);
      const absolute = [...text.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)\\]*/gi)].map((m) => m[0]);
      expect(absolute.filter((url) => !allowed.some((a) => url.startsWith(a))), path).toEqual([]);
    }
    for (const file of htmlFiles(sites.local)) {
      const html = readFileSync(file, "utf8");
      expect(html, file).not.toContain('rel="canonical"');
      expect(html, file).not.toContain('property="og:url"');
      for (const ld of jsonLdOf(html)) expect(JSON.stringify(ld), file).not.toMatch(/"(url|mainEntityOfPage)":/);
    }
    expect(briefing.articles.length).toBe(3);
  });

  test("a path prefix changes the absolute URLs and the 404 page's root, nothing else", () => {
    const based = siteFiles(sites.based);
    expect(siteFiles(sites.prefixed)).toEqual(based);
    for (const path of based.filter((p) => /\.(html|xml|json|txt)$/.test(p) && p !== "404.html")) {
      const withPrefix = read(sites.prefixed, path);
      expect(withPrefix.replaceAll(`${BASE}p/`, BASE), path).toBe(read(sites.based, path));
    }
    expect(read(sites.prefixed, "feed.xml")).toContain(`${BASE}p/articles/`);
    const notFound = read(sites.prefixed, "404.html");
    expect(notFound).toContain('<link rel="stylesheet" href="/p/assets/style.css">');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    expect(notFound).not.toContain('rel="canonical"');
    expect(brokenLinks(sites.prefixed, "/p/")).toEqual([]);
    expect(read(sites.based, "404.html")).toContain('<a href="/search/index.html">');
  });
});

describe("deployment settings", () => {
  test("base URLs and prefixes are normalised; absolute URLs name folders, not index.html", () => {
    expect(parseBaseUrl("https://you.github.io/briefing")).toBe("https://you.github.io/briefing/");
    expect(parsePathPrefix("p")).toBe("/p/");
    expect(parsePathPrefix("/a/b")).toBe("/a/b/");
    expect(parsePathPrefix("/")).toBe("/");
    const deploy = deploySettings("https://you.github.io/repo/", "/v2/");
    expect(deploy).toEqual({ root: "https://you.github.io/repo/v2/", rootPath: "/repo/v2/" });
    expect(absoluteUrl(deploy, "index.html")).toBe("https://you.github.io/repo/v2/");
    expect(absoluteUrl(deploy, "actors/x/index.html")).toBe("https://you.github.io/repo/v2/actors/x/");
    expect(absoluteUrl(deploy, "feed.xml")).toBe("https://you.github.io/repo/v2/feed.xml");
    expect(absoluteUrl(deploySettings(null, "/p/"), "index.html")).toBeNull();
  });

  test("bad values are refused: on the command line with exit 2, in briefing.yaml with exit 1 and the line", async () => {
    for (const [flag, value, words] of [
      ["--base-url", "javascript:alert(1)", "must start with http:// or https://"],
      ["--base-url", "example.org", "not an absolute address"],
      ["--base-url", "https://example.org/?x=1", "must not have a query"],
      ["--path-prefix", "/a/../b/", 'folder names separated by "/"'],
      ["--path-prefix", "/a b/", 'folder names separated by "/"'],
    ] as const) {
      const io = captureOutput();
      expect(await main(["build", "--content", content, "--output", await tempDir(), flag, value], io.log, io.error), value).toBe(EXIT_USAGE);
      expect(io.err.join("\n"), value).toContain(words);
    }
    const broken = await makeContentFolder({ ...CONTENT, "briefing.yaml": "title: Ferry strike\nbaseUrl: data:text/html,hello\n" });
    const io = captureOutput();
    expect(await main(["build", "--content", broken, "--output", await tempDir(), "--quiet", "--no-cache"], io.log, io.error)).toBe(EXIT_CANNOT_RUN);
    expect(io.err.join("\n")).toContain("briefing.yaml line 2: baseUrl: base URL \"data:text/html,hello\" must start with http:// or https://");
  });

  test("baseUrl and pathPrefix from briefing.yaml are used, also when a rebuild reuses the last build's data", async () => {
    const configured = await makeContentFolder({ ...CONTENT, "briefing.yaml": `title: Ferry strike in Vellmar\nbaseUrl: ${BASE}\npathPrefix: /ferry/\n` });
    const output = await tempDir("briefing-deploy-yaml-");
    const cache = await tempDir("briefing-deploy-cache-");
    const run = async (...flags: string[]) => {
      const io = captureOutput();
      expect(await main(["build", "--content", configured, "--output", output, "--workers", "1", "--cache", cache, ...flags], io.log, io.error)).toBe(EXIT_OK);
      return io.out.join("\n");
    };
    await run();
    expect(await run()).toContain("its data was reused");
    const article = briefingOf(output).articles[0]!;
    expect(read(output, article.url)).toContain(`<link rel="canonical" href="${BASE}ferry/${article.url.replace(/index\.html$/, "")}">`);
    // the command line wins over the file
    await run("--base-url", "https://mirror.example.com/");
    expect(read(output, "robots.txt")).toContain("Sitemap: https://mirror.example.com/ferry/sitemap.xml");
  }, 60_000);
});
