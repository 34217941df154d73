// Renders an article's cleaned text to HTML with markdown-it. Plain-text articles never go through the
// markdown parser: their blocks become paragraph and heading tokens directly, so a stray "*", "#" or
// "[x](y)" in a scraped article stays text. Markdown articles are parsed with raw HTML off.
import MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type { Block } from "../../types.js";
import { actorLinks, type DecorationEnv, type OffsetMeta, type SpanDecoration, type SurfaceDecoration } from "./actor-links.js";

export type ArticleFormat = "text" | "markdown";

export interface ArticleBodyInput {
  text: string;
  blocks: readonly Block[];
  format: ArticleFormat;
  /** actor mentions, quotes and date phrases, as offsets into `text` */
  decorations: readonly SpanDecoration[];
}

interface PlainEnv extends DecorationEnv {
  blocks?: readonly Block[];
}

/** Paragraph blocks found by blank lines, for text that came without a block list. */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  const separator = /\n[ \t]*\n/g;
  let start = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) blocks.push({ kind: "paragraph", start: s, end: e });
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index ?? 0);
    start = (match.index ?? 0) + match[0].length;
  }
  push(start, text.length);
  return blocks;
}

function plainBlocksRule(state: StateCore): void {
  const env = state.env as PlainEnv;
  const source = state.src;
  const blocks = env.blocks && env.blocks.length > 0 ? env.blocks : blocksFromText(source);
  for (const block of blocks) {
    const tag = block.kind === "subheading" ? "h2" : "p";
    const type = block.kind === "subheading" ? "heading" : "paragraph";
    const open = new state.Token(`${type}_open`, tag, 1);
    open.block = true;
    const inline = new state.Token("inline", "", 0);
    inline.content = source.slice(block.start, block.end);
    inline.children = [];
    let lineStart = block.start;
    const lines = inline.content.split("\n");
    lines.forEach((line, index) => {
      if (index > 0) inline.children!.push(new state.Token("softbreak", "br", 0));
      if (line !== "") {
        const text = new state.Token("text", "", 0);
        text.content = line;
        text.meta = { offset: lineStart } satisfies OffsetMeta;
        inline.children!.push(text);
      }
      lineStart += line.length + 1;
    });
    const close = new state.Token(`${type}_close`, tag, -1);
    close.block = true;
    state.tokens.push(open, inline, close);
  }
}

function createPlainRenderer(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  md.core.ruler.at("block", plainBlocksRule);
  md.core.ruler.disable(["inline", "linkify", "replacements", "smartquotes", "text_join"], true);
  md.use(actorLinks);
  return md;
}

/** The page's headline is its only h1: headings inside an article move one level down. */
function demoteHeadings(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== "heading_open" && token.type !== "heading_close") continue;
    const level = Math.min(6, Number(token.tag.slice(1)) + 1);
    token.tag = `h${level}`;
  }
}

function createMarkdownRenderer(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.push("demote_headings", demoteHeadings);
  // before the actor links are placed, so that only links of ours reach the page
  md.core.ruler.after("inline", "markup_as_text", markupAsText);
  md.use(actorLinks);
  return md;
}

/**
 * Article markup makes no link and loads nothing: a link keeps its text, an image becomes its alt
 * text. A page of ours must never fetch a tracking pixel or send a reader to an address an article
 * chose, however the brackets nest.
 */
function markupAsText(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== "inline" || !block.children) continue;
    block.children = block.children.flatMap((token) => {
      if (token.type === "link_open" || token.type === "link_close") return [];
      if (token.type !== "image") return [token];
      const text = new state.Token("text", "", 0);
      text.content = token.content;
      return [text];
    });
  }
}

const plainRenderer = createPlainRenderer();
const markdownRenderer = createMarkdownRenderer();

/** The article body as HTML: every piece of article text escaped, mentions linked, quotes marked. */
export function renderArticleBody(input: ArticleBodyInput): string {
  if (input.format === "text") {
    const env: PlainEnv = { blocks: input.blocks, spans: [...input.decorations] };
    return plainRenderer.render(input.text, env);
  }
  // markdown tokens carry no character offsets, so decorations are found again by their wording
  const surfaces: SurfaceDecoration[] = [];
  const seen = new Set<string>();
  for (const decoration of input.decorations) {
    const text = input.text.slice(decoration.start, decoration.end);
    const key = `${decoration.kind}\u0000${text}\u0000${decoration.id ?? ""}`;
    if (text.trim() === "" || seen.has(key)) continue;
    seen.add(key);
    const { start: _start, end: _end, ...rest } = decoration;
    surfaces.push({ ...rest, text });
  }
  return markdownRenderer.render(input.text, { surfaces } satisfies DecorationEnv);
}
