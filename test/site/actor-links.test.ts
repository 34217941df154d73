import { describe, expect, test } from "vitest";
import { pickNonOverlapping, type SpanDecoration } from "../../src/site/markdown/actor-links.js";
import { blocksFromText, renderArticleBody } from "../../src/site/markdown/article-html.js";

function at(text: string, phrase: string, occurrence = 0): { start: number; end: number } {
  let i = -1;
  for (let n = 0; n <= occurrence; n++) i = text.indexOf(phrase, i + 1);
  if (i < 0) throw new Error(phrase);
  return { start: i, end: i + phrase.length };
}

const actor = (text: string, phrase: string, href: string, occurrence = 0): SpanDecoration => ({
  kind: "actor",
  href,
  ...at(text, phrase, occurrence),
});

describe("plain-text articles", () => {
  test("hostile markup stays text", () => {
    const text = "Intro <script>alert(1)</script> here.\n\nSee [x](javascript:alert(1)) and <img src=x onerror=alert(2)>.";
    const html = renderArticleBody({ text, blocks: blocksFromText(text), format: "text", decorations: [] });
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("[x](javascript:alert(1))");
  });
  test("markdown syntax in scraped text is not turned into markup", () => {
    const text = "# Not a heading\n\n*not emphasis* and __not strong__\n\n- not a list\n\n> not a quote";
    const html = renderArticleBody({ text, blocks: blocksFromText(text), format: "text", decorations: [] });
    expect(html).not.toMatch(/<h1|<em|<strong|<ul|<blockquote/);
    expect(html.match(/<p>/g)).toHaveLength(4);
    expect(html).toContain("# Not a heading");
  });
  test("subheading blocks become h2 and paragraphs p", () => {
    const text = "Fishing quotas\n\nThe council met.";
    const html = renderArticleBody({
      text,
      blocks: [
        { kind: "subheading", start: 0, end: 14 },
        { kind: "paragraph", start: 16, end: text.length },
      ],
      format: "text",
      decorations: [],
    });
    expect(html).toBe("<h2>Fishing quotas</h2>\n<p>The council met.</p>\n");
  });
  test("links are inserted at the exact words of the mention spans", () => {
    const text = "Warden Vela Ortiz met Kestrel Fisheries.\n\nOrtiz later left Brannock.";
    const html = renderArticleBody({
      text,
      blocks: blocksFromText(text),
      format: "text",
      decorations: [
        actor(text, "Vela Ortiz", "../../actors/vela-ortiz/index.html"),
        actor(text, "Ortiz", "../../actors/vela-ortiz/index.html", 1),
        actor(text, "Kestrel Fisheries", "../../actors/kestrel/index.html"),
      ],
    });
    expect(html).toContain('Warden <a href="../../actors/vela-ortiz/index.html" class="actor-link">Vela Ortiz</a> met');
    expect(html).toContain('<a href="../../actors/kestrel/index.html" class="actor-link">Kestrel Fisheries</a>.');
    expect(html).toContain('<p><a href="../../actors/vela-ortiz/index.html" class="actor-link">Ortiz</a> later left Brannock.</p>');
    expect(html.match(/<a /g)).toHaveLength(3);
  });
  test("overlapping names give one link, the longer one", () => {
    const text = "The Brannock Harbour Board voted.";
    const html = renderArticleBody({
      text,
      blocks: blocksFromText(text),
      format: "text",
      decorations: [
        actor(text, "Brannock", "place.html"),
        actor(text, "Brannock Harbour Board", "board.html"),
        actor(text, "Harbour Board", "other.html"),
      ],
    });
    expect(html).toBe('<p>The <a href="board.html" class="actor-link">Brannock Harbour Board</a> voted.</p>\n');
  });
  test("hrefs and titles from data are attribute-escaped", () => {
    const text = "Ada spoke.";
    const html = renderArticleBody({
      text,
      blocks: blocksFromText(text),
      format: "text",
      decorations: [{ kind: "actor", ...at(text, "Ada"), href: 'x.html" onmouseover="alert(1)', title: "<b>Ada</b>" }],
    });
    expect(html).not.toContain('" onmouseover');
    expect(html).toContain("&quot; onmouseover=&quot;");
    expect(html).toContain('title="&lt;b&gt;Ada&lt;/b&gt;"');
  });
  test("quotes are highlighted around the mentions they contain, and date phrases get anchors", () => {
    const text = "Ortiz said: \"Kestrel Fisheries must pay.\" on Friday.";
    const html = renderArticleBody({
      text,
      blocks: blocksFromText(text),
      format: "text",
      decorations: [
        { kind: "quote", ...at(text, "\"Kestrel Fisheries must pay.\""), id: "quote-q1" },
        actor(text, "Kestrel Fisheries", "k.html"),
        { kind: "date", ...at(text, "on Friday"), id: "when-42" },
      ],
    });
    expect(html).toContain(
      '<mark class="quote" id="quote-q1">&quot;<a href="k.html" class="actor-link">Kestrel Fisheries</a> must pay.&quot;</mark>',
    );
    expect(html).toContain('<span class="when" id="when-42">on Friday</span>');
  });
  test("a quote across two paragraphs is marked in both, with its id once", () => {
    const text = "\"First part.\n\nSecond part,\" she said.";
    const html = renderArticleBody({
      text,
      blocks: blocksFromText(text),
      format: "text",
      decorations: [{ kind: "quote", start: 0, end: text.indexOf(",\"") + 2, id: "quote-x" }],
    });
    expect(html.match(/<mark/g)).toHaveLength(2);
    expect(html.match(/id="quote-x"/g)).toHaveLength(1);
  });
  test("a mention crossing a quote boundary is left unlinked rather than breaking the nesting", () => {
    const text = "\"We stay,\" Ortiz Vela said.";
    const html = renderArticleBody({
      text,
      blocks: blocksFromText(text),
      format: "text",
      decorations: [
        { kind: "quote", ...at(text, "\"We stay,\"") },
        { kind: "actor", start: text.indexOf("stay"), end: text.indexOf("Ortiz") + 5, href: "bad.html" },
      ],
    });
    expect(html).not.toContain("bad.html");
    expect(html).toContain("<mark");
  });
});

describe("markdown articles", () => {
  test("markdown is rendered; raw HTML and the article's own links are not", () => {
    const text = "## Update\n\nSome **bold** text, <script>alert(1)</script> and [bad](javascript:alert(1)) and [ok](https://example.org).";
    const html = renderArticleBody({ text, blocks: [], format: "markdown", decorations: [] });
    expect(html).toContain("<h3>Update</h3>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).not.toContain("example.org");
    expect(html).toContain("and ok.");
  });
  test("mentions are linked by their wording, whole words only, also where the article had a link of its own", () => {
    const text = "Lena Sato met Sato's team. [Lena Sato](https://example.org) and Satomi.";
    const html = renderArticleBody({
      text,
      blocks: [],
      format: "markdown",
      decorations: [actor(text, "Lena Sato", "sato.html")],
    });
    expect(html.match(/href="sato.html"/g)).toHaveLength(2);
    expect(html).not.toContain("example.org");
    expect(html).toContain("Satomi");
  });
});

describe("pickNonOverlapping", () => {
  test("keeps the earliest, and the longest of those starting together", () => {
    const kept = pickNonOverlapping([
      { start: 5, end: 9 },
      { start: 0, end: 4 },
      { start: 0, end: 7 },
      { start: 7, end: 10 },
      { start: 3, end: 3 },
    ]);
    expect(kept).toEqual([
      { start: 0, end: 7 },
      { start: 7, end: 10 },
    ]);
  });
});

describe("markup from articles", () => {
  const render = (text: string) => renderArticleBody({ text, blocks: blocksFromText(text), format: "markdown", decorations: [] });
  test("makes no link and loads no image, however the brackets nest", () => {
    const html = render("The council [met](https://tracker.example/login) on Monday. !![[[x](q)](r)](http://pixel.example/p.png) [[more](y)](https://evil.example/) <https://auto.example/>");
    expect(html).not.toMatch(/<a |<img|href=|src=/);
    expect(html).toContain("The council met on Monday.");
  });
  test("keeps an image's alt text as text", () => {
    expect(render("![A ferry at the north pier](https://cdn.example/ferry.jpg)")).toBe("<p>A ferry at the north pier</p>\n");
  });
});
