import { describe, expect, it } from "vitest";
import { decodeContentFiles, decodeText } from "../../src/ingest/decode.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (path: string, bytes: Uint8Array | string) => ({ path, bytes: typeof bytes === "string" ? utf8(bytes) : bytes });
const one = (path: string, bytes: Uint8Array | string) => decodeContentFiles([file(path, bytes)]);

describe("file kinds", () => {
  it("reads text and markdown articles", () => {
    const out = decodeContentFiles([file("a.txt", "Line one\r\nLine two\rLine three"), file("notes/b.markdown", "Hello *world*")]);
    expect(out.documents.map((d) => [d.sourceFile, d.format])).toEqual([["a.txt", "text"], ["notes/b.markdown", "markdown"]]);
    expect(out.documents[0]!.body).toBe("Line one\nLine two\nLine three");
    expect(out.inputs).toEqual([]);
  });
  it("passes assets through and skips hidden, system and unknown files with a reason", () => {
    const out = decodeContentFiles([
      file("img/photo.JPG", new Uint8Array([0xff, 0xd8, 0xff, 0x00])),
      file("style.css", "body{}"),
      file("fonts/serif.woff2", new Uint8Array([0, 1, 2])),
      file("report.pdf", "%PDF-1.4"),
      file(".DS_Store", new Uint8Array([0, 0, 0, 1])),
      file("drafts/.hidden.txt", "secret"),
      file(".git/config", "[core]"),
      file("Thumbs.db", new Uint8Array([1])),
      file("data.json", "{}"),
      file("README", "hello"),
    ]);
    expect(out.documents).toEqual([]);
    const status = Object.fromEntries(out.inputs.map((i) => [i.file, i.status]));
    expect(status).toEqual({
      "img/photo.JPG": "asset",
      "style.css": "asset",
      "fonts/serif.woff2": "asset",
      "report.pdf": "asset",
      ".DS_Store": "skipped",
      "drafts/.hidden.txt": "skipped",
      ".git/config": "skipped",
      "Thumbs.db": "skipped",
      "data.json": "skipped",
      README: "skipped",
    });
    for (const input of out.inputs) expect(input.reason).toBeTruthy();
    expect(out.inputs.find((i) => i.file === ".DS_Store")!.reason).toBe("hidden or system file");
  });
  it("takes briefing.yaml at the root as configuration, but not deeper down", () => {
    const out = decodeContentFiles([file("briefing.yaml", "title: Week 12\n"), file("sub/briefing.yml", "x: 1")]);
    expect(out.config).toEqual({ path: "briefing.yaml", text: "title: Week 12\n" });
    expect(out.inputs).toContainEqual({ file: "briefing.yaml", status: "config", reason: "build configuration" });
    expect(out.inputs.find((i) => i.file === "sub/briefing.yml")!.status).toBe("skipped");
  });
  it("skips empty and whitespace-only files", () => {
    const out = decodeContentFiles([file("empty.txt", ""), file("blank.md", " \n\t\r\n  ")]);
    expect(out.inputs.map((i) => [i.file, i.reason])).toEqual([["blank.md", "empty file"], ["empty.txt", "empty file"]]);
  });
  it("accounts for every file exactly once", () => {
    const files = [file("a.txt", "Text"), file("b.png", "x"), file(".x", "y"), file("c.txt", ""), file("briefing.yml", "a: 1")];
    const out = decodeContentFiles(files);
    const seen = [...out.documents.map((d) => d.sourceFile), ...out.inputs.map((i) => i.file)].sort();
    expect(seen).toEqual(files.map((f) => f.path).sort());
  });
});

describe("text encodings", () => {
  it("strips a UTF-8 byte order mark", () => {
    const out = one("a.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Café opens")]));
    expect(out.documents[0]!.body).toBe("Café opens");
  });
  it("reads UTF-16 with a byte order mark, both byte orders", () => {
    const text = "Zürich council votes “yes”\r\nSecond line";
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    for (const bytes of [le, be]) {
      const out = one("a.txt", new Uint8Array(bytes));
      expect(out.documents[0]!.body).toBe("Zürich council votes “yes”\nSecond line");
      expect(out.messages).toEqual([]);
    }
  });
  it("falls back to Windows-1252 with a warning when that reads as text", () => {
    // “Señor” said the café owner – in Windows-1252
    const bytes = new Uint8Array([0x93, 0x53, 0x65, 0xf1, 0x6f, 0x72, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x74, 0x68, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x77, 0x6e, 0x65, 0x72, 0x20, 0x96]);
    const out = one("old.txt", bytes);
    expect(out.documents[0]!.body).toBe("“Señor” said the café owner –");
    expect(out.messages).toHaveLength(1);
    expect(out.messages[0]).toMatchObject({ file: "old.txt", severity: "warning" });
    expect(out.messages[0]!.message).toMatch(/Windows-1252/);
  });
  it("skips binary files and bytes that read as nothing", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(one("pic.txt", png).inputs[0]).toMatchObject({ status: "skipped", reason: "binary file" });
    const noise = new Uint8Array(Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    expect(decodeText(noise)).toMatchObject({ kind: "unreadable" });
    expect(one("noise.txt", noise).inputs[0]!.status).toBe("skipped");
  });
});

describe("markdown front matter", () => {
  it("reads the known fields and removes the block", () => {
    const md = "---\ntitle: \"Dam opens: a new era\"\ndate: 2024-06-01\npublisher: River Post\nauthors: [Ana Costa, Rui Lopes]\nsection: Environment\nurl: https://example.org/dam\ntimezone: Europe/Lisbon\nextra: ignored\n---\nThe dam opened on Saturday.\n";
    const out = one("dam.md", md);
    expect(out.documents[0]!.frontMatter).toEqual({
      title: "Dam opens: a new era",
      date: "2024-06-01",
      publisher: "River Post",
      author: "Ana Costa and Rui Lopes",
      section: "Environment",
      url: "https://example.org/dam",
      timezone: "Europe/Lisbon",
    });
    expect(out.documents[0]!.body).toBe("The dam opened on Saturday.\n");
    expect(out.messages).toEqual([]);
  });
  it("warns about bad front matter and still reads the article without the block", () => {
    const out = one("bad.md", "---\ntitle: [unclosed\nauthor: : :\n---\nBody text here.");
    expect(out.documents).toHaveLength(1);
    expect(out.documents[0]!.body).toBe("Body text here.");
    expect(out.documents[0]!.frontMatter).toEqual({});
    expect(out.messages[0]).toMatchObject({ file: "bad.md", severity: "warning" });
    expect(out.messages[0]!.message).toMatch(/front matter/);
  });
  it("skips a markdown file that is only front matter", () => {
    const out = one("only.md", "---\ntitle: Nothing\n---\n\n");
    expect(out.documents).toEqual([]);
    expect(out.inputs[0]!.status).toBe("skipped");
  });
});

describe("HTML pages", () => {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of the report: the harbour authority said on Tuesday that container traffic fell for the third month in a row, blaming weaker demand in Asia and higher fuel costs for shipping lines.</p>`;
  const page = `<!doctype html><html><head><title>Harbour traffic falls | Coast Gazette</title>
    <meta property="og:site_name" content="Coast Gazette">
    <meta property="article:published_time" content="2024-04-02T07:30:00+01:00">
    <meta property="article:section" content="Business">
    <link rel="canonical" href="https://gazette.example/harbour">
    </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Harbour traffic falls</h1>${[1, 2, 3, 4, 5].map(paragraph).join("")}
    <figure><img src="a.jpg"><figcaption>Cranes at the container terminal.</figcaption></figure>
    <h2>What comes next</h2>${paragraph(6)}<table><tr><td>March</td><td>-4%</td></tr></table></article>
    <footer>© 2024 Coast Gazette</footer><script>var x = 1;</script></body></html>`;
  it("extracts the article text and the page metadata", () => {
    const out = one("news/harbour.html", page);
    expect(out.documents).toHaveLength(1);
    const doc = out.documents[0]!;
    expect(doc.format).toBe("html");
    expect(doc.frontMatter).toMatchObject({
      publisher: "Coast Gazette",
      date: "2024-04-02T07:30:00+01:00",
      section: "Business",
      url: "https://gazette.example/harbour",
    });
    expect(doc.body).toContain("Paragraph 1 of the report");
    expect(doc.body).toContain("## What comes next");
    expect(doc.body).toContain("![Cranes at the container terminal.]()");
    expect(doc.body).toContain("March | -4%");
    expect(doc.body).not.toMatch(/var x|<p>|Home/);
  });
  it("skips a page with no article in it, with a reason", () => {
    const out = one("empty.htm", "<html><body><nav><a href='/'>Home</a></nav></body></html>");
    expect(out.documents).toEqual([]);
    expect(out.inputs[0]).toMatchObject({ status: "skipped" });
    expect(out.inputs[0]!.reason).toMatch(/no article text/);
  });
});
