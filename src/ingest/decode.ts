// Decides what each content file is (article, config, asset, or something to skip) and turns
// article bytes into text. Reading the folder happens elsewhere: this stage only sees bytes, so it
// can be tested without a file system.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parse as parseYaml } from "yaml";
import type { ContentFile, FrontMatter, InputRecord, Message, RawDocument } from "../types.js";

export interface DecodedContent {
  documents: RawDocument[];
  inputs: InputRecord[];
  config: { path: string; text: string } | null;
  messages: Message[];
}

const SOURCE = "ingest:decode";

const ARTICLE_FORMATS: Record<string, RawDocument["format"]> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

// Files a site may legitimately carry next to its articles: they are passed through, not read.
const ASSET_KINDS: Record<string, string> = {
  png: "image", jpg: "image", jpeg: "image", gif: "image", webp: "image", avif: "image",
  svg: "image", bmp: "image", ico: "image", tif: "image", tiff: "image", heic: "image",
  css: "stylesheet",
  woff: "font", woff2: "font", ttf: "font", otf: "font", eot: "font",
  pdf: "PDF document",
  mp3: "audio file", ogg: "audio file", wav: "audio file", m4a: "audio file",
  mp4: "video file", webm: "video file", mov: "video file",
};

const SYSTEM_FILES = new Set(["thumbs.db", "desktop.ini", "icon\r"]);
const CONFIG_NAMES = new Set(["briefing.yaml", "briefing.yml"]);

export function decodeContentFiles(files: ContentFile[]): DecodedContent {
  const out: DecodedContent = { documents: [], inputs: [], config: null, messages: [] };
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) decodeOne(file, out);
  return out;
}

function decodeOne(file: ContentFile, out: DecodedContent): void {
  const path = file.path;
  const segments = path.split("/");
  const name = segments[segments.length - 1] ?? path;
  const skip = (reason: string) => out.inputs.push({ file: path, status: "skipped", reason });
  const warn = (message: string) => out.messages.push({ file: path, message, source: SOURCE, severity: "warning" });

  if (segments.some((s) => s.startsWith(".")) || segments.includes("__MACOSX") || SYSTEM_FILES.has(name.toLowerCase())) {
    skip("hidden or system file");
    return;
  }

  // the site's own templates, which replace ours of the same name (README "Templates of your own")
  if (segments.length > 1 && segments[0] === "_includes") {
    out.inputs.push({ file: path, status: "config", reason: "a site template (_includes/): replaces the built-in one of the same name when the build is given --theme with this folder" });
    return;
  }

  if (segments.length === 1 && CONFIG_NAMES.has(name.toLowerCase())) {
    const decoded = decodeText(file.bytes);
    if (decoded.kind !== "text") {
      skip(`configuration file could not be read (${decoded.reason})`);
      warn(`${name} could not be read (${decoded.reason}); the build uses default settings`);
      return;
    }
    if (decoded.warning) warn(decoded.warning);
    out.config = { path, text: decoded.text };
    out.inputs.push({ file: path, status: "config", reason: "build configuration" });
    return;
  }

  const ext = extensionOf(name);
  const assetKind = ASSET_KINDS[ext];
  if (assetKind) {
    out.inputs.push({ file: path, status: "asset", reason: `${assetKind}: not an article, so not read; the site does not publish it (article pages show no images)` });
    return;
  }
  const format = ARTICLE_FORMATS[ext];
  if (!format) {
    skip(
      ext
        ? `not an article format (.${ext} files are not read; articles are .txt, .md or .html files)`
        : "no file extension, so the format is unknown (articles are .txt, .md or .html files)",
    );
    return;
  }
  if (file.bytes.length === 0) {
    skip("empty file");
    return;
  }
  const decoded = decodeText(file.bytes);
  if (decoded.kind !== "text") {
    skip(decoded.reason);
    return;
  }
  if (decoded.warning) warn(decoded.warning);
  const text = decoded.text;
  if (text.trim() === "") {
    skip("empty file");
    return;
  }

  let body = text;
  let frontMatter: FrontMatter = {};
  if (format === "markdown") {
    const split = splitFrontMatter(text);
    body = split.body;
    frontMatter = split.frontMatter;
    for (const w of split.warnings) warn(w);
  } else if (format === "html") {
    const html = htmlToDocument(text);
    if (html.warning) warn(html.warning);
    if (html.body === null) {
      skip(html.reason ?? "HTML input is not supported yet");
      return;
    }
    body = html.body;
    frontMatter = html.frontMatter;
  }
  if (body.trim() === "") {
    skip(format === "markdown" ? "no article text after the front matter" : "no article text");
    return;
  }
  out.documents.push({ sourceFile: path, format, body, frontMatter });
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

// ---------------------------------------------------------------- text encodings

export type DecodedText =
  | { kind: "text"; text: string; warning: string | null }
  | { kind: "unreadable"; reason: string };

/** Bytes to text: UTF-8 (BOM stripped), UTF-16 by BOM or byte pattern, else Windows-1252 when that reads as text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const start = utf16.bom ? 2 : 0;
    const text = new TextDecoder(utf16.encoding).decode(bytes.subarray(start));
    if (!looksLikeText(text)) return { kind: "unreadable", reason: "binary file" };
    return { kind: "text", text: normaliseNewlines(text), warning: utf16.bom ? null : "decoded as UTF-16 (no byte order mark)" };
  }
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const payload = hasUtf8Bom ? bytes.subarray(3) : bytes;
  if (payload.includes(0)) return { kind: "unreadable", reason: "binary file" };
  let text: string | null = null;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(payload);
  } catch {
    text = null;
  }
  if (text !== null) {
    if (!looksLikeText(text)) return { kind: "unreadable", reason: "binary file" };
    return { kind: "text", text: normaliseNewlines(text), warning: null };
  }
  const legacy = decodeWindows1252(payload);
  if (legacy !== null && looksLikeText(legacy) && readsAsWords(legacy)) {
    return {
      kind: "text",
      text: normaliseNewlines(legacy),
      warning: "not valid UTF-8; decoded as Windows-1252 (check accented letters and quotation marks)",
    };
  }
  if (!looksLikeText(new TextDecoder("utf-8").decode(payload))) return { kind: "unreadable", reason: "binary file" };
  return { kind: "unreadable", reason: "unreadable text encoding" };
}

function utf16Encoding(bytes: Uint8Array): { encoding: "utf-16le" | "utf-16be"; bom: boolean } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bom: true };
  // Without a BOM, ASCII-heavy UTF-16 shows as zero bytes in every other position.
  if (bytes.length < 8 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  const pairs = bytes.length / 2;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return { encoding: "utf-16le", bom: false };
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return { encoding: "utf-16be", bom: false };
  return null;
}

// Node's TextDecoder treats "windows-1252" as Latin-1, so the 0x80–0x9F block is mapped here.
const CP1252_HIGH: (number | null)[] = [
  0x20ac, null, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, null, 0x017d, null,
  null, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, null, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string | null {
  const chars: string[] = [];
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f) {
      const code = CP1252_HIGH[b - 0x80];
      if (code === null || code === undefined) return null;
      chars.push(String.fromCharCode(code));
    } else chars.push(String.fromCharCode(b));
  }
  return chars.join("");
}

/** Few control characters or replacement characters: the bytes were meant as text. */
function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || (c >= 0x7f && c <= 0x9f)) bad++;
  }
  return bad / text.length < 0.02;
}

/** Legacy-decoded text should be mostly letters and spaces, with non-ASCII letters next to letters. */
function readsAsWords(text: string): boolean {
  const letters = (text.match(/[\p{L}\s]/gu) ?? []).length;
  if (letters / Math.max(1, text.length) < 0.7) return false;
  // Mojibake of another encoding shows as runs of symbols such as "Ã©" or "â€™".
  const oddRuns = (text.match(/[\u00c0-\u00ff][\u0080-\u00bf\u2018-\u2122\u0152-\u0192]/g) ?? []).length;
  return oddRuns <= Math.max(2, text.length / 500);
}

function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

// ---------------------------------------------------------------- front matter

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FRONT_MATTER_KEYS = ["title", "date", "publisher", "author", "section", "url", "timezone"] as const;

export function splitFrontMatter(text: string): { body: string; frontMatter: FrontMatter; warnings: string[] } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text, frontMatter: {}, warnings: [] };
  const body = text.slice(match[0].length);
  const warnings: string[] = [];
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? "");
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { body, frontMatter: {}, warnings: [`front matter is not valid YAML and was ignored (${detail})`] };
  }
  if (data === null || data === undefined) return { body, frontMatter: {}, warnings };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { body, frontMatter: {}, warnings: ["front matter is not a list of key: value fields and was ignored"] };
  }
  const record = data as Record<string, unknown>;
  const frontMatter: FrontMatter = {};
  for (const key of FRONT_MATTER_KEYS) {
    const value = fieldValue(record[key] ?? record[key[0]!.toUpperCase() + key.slice(1)]);
    if (value === undefined) continue;
    if (value === null) warnings.push(`front matter field "${key}" has a value that is not text and was ignored`);
    else frontMatter[key] = value;
  }
  if (frontMatter.author === undefined && Array.isArray(record.authors)) {
    const names = record.authors.map(fieldValue).filter((v): v is string => typeof v === "string");
    if (names.length) frontMatter.author = names.join(" and ");
  }
  return { body, frontMatter, warnings };
}

/** undefined: absent or empty; null: present but unusable. */
function fieldValue(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join(" and ");
  return null;
}

// ---------------------------------------------------------------- HTML

// HTML pages carry navigation, ads and comments around the article. Mozilla's Readability (the
// Firefox reader view) picks the article out; its blocks are then written as plain paragraphs, so
// the cleaner sees the same kind of text as from a .txt file. Page metadata (Open Graph, JSON-LD,
// article: meta tags) plays the part of front matter.
const LEAF_BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "PRE", "FIGCAPTION", "DT", "DD", "CAPTION"]);
const SKIPPED_ELEMENTS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "FORM", "SELECT", "INPUT", "TEXTAREA"]);

interface HtmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
}

/**
 * Pages past these sizes are read without Readability, whose scoring walks each element's ancestors
 * and siblings again and again: 1,500 nested <div>s in a 17 KB page took it minutes. Such pages
 * (machine-made, or a whole archive in one file) have their body's blocks read as they stand.
 */
const READER_VIEW_BOUNDS = { maxElements: 20_000, maxDepth: 200 };

/** Element count and nesting depth of a page, in one walk that stops once either bound is passed. */
function pageShape(root: HtmlNode): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [HtmlNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, level] = stack.pop()!;
    if (node.nodeType !== 1) continue;
    elements++;
    if (level > depth) depth = level;
    if (elements > READER_VIEW_BOUNDS.maxElements || depth > READER_VIEW_BOUNDS.maxDepth) break;
    for (const child of Array.from(node.childNodes)) stack.push([child, level + 1]);
  }
  return { elements, depth };
}

function htmlToDocument(html: string): { body: string | null; frontMatter: FrontMatter; reason?: string; warning?: string } {
  const { document } = parseHTML(html);
  const frontMatter = htmlMetadata(document);
  const root = (document as unknown as { documentElement: HtmlNode }).documentElement;
  const shape = pageShape(root);
  if (shape.elements > READER_VIEW_BOUNDS.maxElements || shape.depth > READER_VIEW_BOUNDS.maxDepth) {
    const blocks: string[] = [];
    writeBlocks((document as unknown as { body: HtmlNode | null }).body ?? root, blocks);
    const what = shape.elements > READER_VIEW_BOUNDS.maxElements ? `more than ${READER_VIEW_BOUNDS.maxElements.toLocaleString("en")} elements` : `elements nested more than ${READER_VIEW_BOUNDS.maxDepth} deep`;
    const warning = `the page has ${what}: its whole body was read as the article, without picking the article out of menus and asides`;
    if (!frontMatter.title) frontMatter.title = (document as unknown as { title?: string }).title?.trim() || undefined;
    return blocks.length ? { body: blocks.join("\n\n"), frontMatter, warning } : { body: null, frontMatter, reason: "no article text found in the HTML page", warning };
  }
  let parsed: ReturnType<Readability<HtmlNode>["parse"]> = null;
  try {
    parsed = new Readability<HtmlNode>(document as unknown as ConstructorParameters<typeof Readability>[0], {
      serializer: (node) => node as unknown as HtmlNode,
    }).parse();
  } catch {
    parsed = null;
  }
  if (!parsed?.content) return { body: null, frontMatter, reason: "no article text found in the HTML page" };
  if (parsed.siteName && !frontMatter.publisher) frontMatter.publisher = parsed.siteName.trim();
  if (parsed.title && !frontMatter.title) {
    // Page titles often end with the site's name ("Headline | Outlet"); the printed headline does not.
    const title = parsed.title.trim();
    const site = frontMatter.publisher;
    const suffix = site ? new RegExp(`\\s+[|\\-–—:·•]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "i") : null;
    frontMatter.title = suffix ? title.replace(suffix, "").trim() || title : title;
  }
  if (parsed.publishedTime && !frontMatter.date) frontMatter.date = parsed.publishedTime.trim();
  if (parsed.byline && !frontMatter.author) {
    const author = parsed.byline.replace(/^\s*by\s+/i, "").trim();
    // Bylines in pages are often "Jane Doe, Staff Writer" or a sentence: keep the name only when it is one.
    const name = author.split(/\s*(?:,|\||•|\n)\s*/)[0] ?? "";
    if (/^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|van|von|bin|al|and))*$/u.test(name) && name.split(/\s+/).length <= 8) {
      // Wire bylines come in capitals ("TOM KRISHER"); show the name as a name.
      frontMatter.author = /\p{Ll}/u.test(name)
        ? name
        : name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    }
  }
  const blocks: string[] = [];
  writeBlocks(parsed.content, blocks);
  // Readability returns whatever is left on a page without an article (a menu, a footer).
  const words = blocks.join(" ").split(/\s+/).filter(Boolean).length;
  if (words < 20 && !blocks.some((b) => b.split(/\s+/).length >= 8)) {
    return { body: null, frontMatter, reason: "no article text found in the HTML page" };
  }
  return { body: blocks.join("\n\n"), frontMatter };
}

function writeBlocks(node: HtmlNode, out: string[]): void {
  if (node.nodeType !== 1) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED_ELEMENTS.has(name)) return;
  if (name === "TR") {
    // A table row stays one line, its cells apart, so that it reads as a row and not as loose labels.
    const cells = Array.from(node.childNodes)
      .filter((c) => c.nodeType === 1 && /^T[DH]$/i.test(c.nodeName))
      .map((c) => inlineText(c).replace(/\s+/g, " ").trim());
    if (cells.some(Boolean)) out.push(cells.join(" | "));
    return;
  }
  if (LEAF_BLOCKS.has(name)) {
    const lines = inlineText(node).split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
    if (lines.length === 0) return;
    if (/^H[1-6]$/.test(name)) out.push(`${"#".repeat(Number(name[1]))} ${lines.join(" ")}`);
    else if (name === "FIGCAPTION" && !/[[\]]/.test(lines.join(" "))) out.push(`![${lines.join(" ")}]()`);
    else out.push(...lines);
    return;
  }
  // Containers: loose text between child blocks forms paragraphs of its own.
  let loose = "";
  const flush = () => {
    for (const line of loose.split("\n")) {
      const text = line.replace(/\s+/g, " ").trim();
      if (text) out.push(text);
    }
    loose = "";
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) loose += child.textContent ?? "";
    else if (child.nodeType === 1 && isInline(child)) loose += inlineText(child);
    else {
      flush();
      writeBlocks(child, out);
    }
  }
  flush();
}

const INLINE = new Set(["A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DATA", "DFN", "EM", "I", "KBD", "MARK", "Q", "S", "SAMP", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U", "VAR", "BR", "WBR", "DEL", "INS", "FONT"]);

function isInline(node: HtmlNode): boolean {
  if (!INLINE.has(node.nodeName.toUpperCase())) return false;
  return Array.from(node.childNodes).every((c) => c.nodeType !== 1 || isInline(c));
}

function inlineText(node: HtmlNode): string {
  let text = "";
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) text += child.textContent ?? "";
    else if (child.nodeType === 1) {
      const name = child.nodeName.toUpperCase();
      if (name === "BR") text += "\n";
      else if (!SKIPPED_ELEMENTS.has(name)) text += inlineText(child);
    }
  }
  return text;
}

interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

function htmlMetadata(document: MetaDocument): FrontMatter {
  const meta = (...selectors: string[]): string | undefined => {
    for (const selector of selectors) {
      const element = document.querySelector(selector);
      const value = (element?.getAttribute("content") ?? element?.getAttribute("datetime") ?? element?.getAttribute("href") ?? "").trim();
      if (value) return value;
    }
    return undefined;
  };
  const frontMatter: FrontMatter = {};
  const date = meta(
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date"]',
    "time[datetime]",
  );
  if (date) frontMatter.date = date;
  const section = meta('meta[property="article:section"]', 'meta[name="section"]');
  if (section) frontMatter.section = section;
  const url = meta('link[rel="canonical"]', 'meta[property="og:url"]');
  if (url && /^https?:/i.test(url)) frontMatter.url = url;
  const publisher = meta('meta[property="og:site_name"]', 'meta[name="application-name"]');
  if (publisher) frontMatter.publisher = publisher;
  return frontMatter;
}
