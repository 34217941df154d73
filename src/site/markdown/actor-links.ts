// A markdown-it plugin that links actor mentions, highlights quotes and anchors date phrases in article text.
// It works on tokens, not on HTML: each text token is split around the spans that fall inside it and
// link/mark/span tokens are inserted between the pieces, so the renderer still escapes every piece of text.
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";

export type DecorationKind = "actor" | "quote" | "date";

interface DecorationBase {
  kind: DecorationKind;
  /** link target of an actor mention (already relative to the page being rendered) */
  href?: string;
  /** tooltip: the actor's name and role, or the date a phrase resolves to */
  title?: string;
  /** element id, so other pages can link to the exact place (date receipts, quotes) */
  id?: string;
}

/** A decoration at known offsets into the article text the text tokens came from. */
export interface SpanDecoration extends DecorationBase {
  start: number;
  end: number;
}

/** A decoration found by its wording, for text whose tokens carry no offsets (markdown). */
export interface SurfaceDecoration extends DecorationBase {
  text: string;
}

/** What the plugin reads from markdown-it's env on each render. */
export interface DecorationEnv {
  spans?: SpanDecoration[];
  surfaces?: SurfaceDecoration[];
}

/** Text tokens made by our own plain-text block rule carry their offset into the article text here. */
export interface OffsetMeta {
  offset: number;
}

interface Placed extends DecorationBase {
  start: number;
  end: number;
}

const OUTER: ReadonlySet<DecorationKind> = new Set(["quote"]);

/**
 * Keeps the decorations that do not collide: earlier first, and of two starting together the longer
 * ("Defence Minister Ana Lima" over "Ana Lima"), so overlapping names never produce nested links.
 */
export function pickNonOverlapping<T extends { start: number; end: number }>(items: readonly T[]): T[] {
  const sorted = [...items]
    .filter((item) => item.end > item.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reached = -Infinity;
  for (const item of sorted) {
    if (item.start >= reached) {
      kept.push(item);
      reached = item.end;
    }
  }
  return kept;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whole-word occurrences of each surface decoration in one piece of text, as placed decorations. */
function placeSurfaces(content: string, surfaces: readonly SurfaceDecoration[], usedIds: Set<string>): Placed[] {
  const placed: Placed[] = [];
  const longestFirst = [...surfaces].filter((s) => s.text.trim() !== "").sort((a, b) => b.text.length - a.text.length);
  for (const surface of longestFirst) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(surface.text)}(?![\\p{L}\\p{N}_])`, "gu");
    for (const match of content.matchAll(pattern)) {
      const start = match.index ?? 0;
      // an id names one place only: the first occurrence gets it
      let id = surface.id;
      if (id !== undefined) {
        if (usedIds.has(id)) id = undefined;
        else usedIds.add(id);
      }
      placed.push({ ...surface, id, start, end: start + surface.text.length });
    }
  }
  return placed;
}

function openToken(state: StateCore, decoration: DecorationBase): Token {
  let token: Token;
  if (decoration.kind === "actor" && decoration.href) {
    token = new state.Token("link_open", "a", 1);
    token.attrSet("href", decoration.href);
    token.attrSet("class", "actor-link");
  } else if (decoration.kind === "quote") {
    token = new state.Token("quote_open", "mark", 1);
    token.attrSet("class", "quote");
  } else {
    token = new state.Token("when_open", "span", 1);
    token.attrSet("class", decoration.kind === "date" ? "when" : "mention");
  }
  if (decoration.id) token.attrSet("id", decoration.id);
  if (decoration.title) token.attrSet("title", decoration.title);
  return token;
}

function closeToken(state: StateCore, decoration: DecorationBase): Token {
  if (decoration.kind === "actor" && decoration.href) return new state.Token("link_close", "a", -1);
  if (decoration.kind === "quote") return new state.Token("quote_close", "mark", -1);
  return new state.Token("when_close", "span", -1);
}

function textToken(state: StateCore, content: string, offset: number | undefined): Token {
  const token = new state.Token("text", "", 0);
  token.content = content;
  if (offset !== undefined) token.meta = { offset } satisfies OffsetMeta;
  return token;
}

/** Splits one text token around its decorations; quotes are the outer layer, mentions and dates sit inside. */
function splitText(state: StateCore, original: Token, decorations: Placed[], offset: number | undefined): Token[] {
  const content = original.content;
  const outer = pickNonOverlapping(decorations.filter((d) => OUTER.has(d.kind)));
  const inner = pickNonOverlapping(decorations.filter((d) => !OUTER.has(d.kind))).filter(
    (d) => !outer.some((o) => d.start < o.end && d.end > o.start && (d.start < o.start || d.end > o.end)),
  );
  const out: Token[] = [];
  const pushText = (from: number, to: number) => {
    if (to > from) out.push(textToken(state, content.slice(from, to), offset === undefined ? undefined : offset + from));
  };
  const emitInner = (from: number, to: number) => {
    let at = from;
    for (const item of inner) {
      if (item.start < from || item.end > to) continue;
      pushText(at, item.start);
      out.push(openToken(state, item));
      pushText(item.start, item.end);
      out.push(closeToken(state, item));
      at = item.end;
    }
    pushText(at, to);
  };
  let at = 0;
  for (const quote of outer) {
    emitInner(at, quote.start);
    out.push(openToken(state, quote));
    emitInner(quote.start, quote.end);
    out.push(closeToken(state, quote));
    at = quote.end;
  }
  emitInner(at, content.length);
  return out;
}

/** Decorations that fall in a text token that starts at `offset` in the article text, clipped to it. */
function placeSpans(spans: readonly SpanDecoration[], offset: number, length: number): Placed[] {
  const end = offset + length;
  const placed: Placed[] = [];
  for (const span of spans) {
    if (span.end <= offset || span.start >= end) continue;
    const inside = span.start >= offset && span.end <= end;
    // a name cut by a line break is left unlinked rather than linked in halves; a quote may run on
    if (!inside && span.kind !== "quote") continue;
    const start = Math.max(span.start, offset) - offset;
    const stop = Math.min(span.end, end) - offset;
    // a clipped quote keeps its id only where it begins, so ids stay unique
    const id = span.start >= offset ? span.id : undefined;
    placed.push({ ...span, id, start, end: stop });
  }
  return placed;
}

export function actorLinks(md: MarkdownIt): void {
  md.core.ruler.push("actor_links", (state: StateCore) => {
    const env = (state.env ?? {}) as DecorationEnv;
    const spans = env.spans ?? [];
    const surfaces = env.surfaces ?? [];
    if (spans.length === 0 && surfaces.length === 0) return false;
    const usedIds = new Set<string>();
    for (const blockToken of state.tokens) {
      if (blockToken.type !== "inline" || !blockToken.children) continue;
      const children: Token[] = [];
      let linkDepth = 0;
      for (const child of blockToken.children) {
        if (child.type === "link_open") linkDepth++;
        if (child.type === "link_close") linkDepth--;
        if (child.type !== "text" || linkDepth > 0 || child.content === "") {
          children.push(child);
          continue;
        }
        const offset = (child.meta as OffsetMeta | null)?.offset;
        const placed =
          typeof offset === "number"
            ? placeSpans(spans, offset, child.content.length)
            : placeSurfaces(child.content, surfaces, usedIds);
        if (placed.length === 0) children.push(child);
        else children.push(...splitText(state, child, placed, typeof offset === "number" ? offset : undefined));
      }
      blockToken.children = children;
    }
    return true;
  });
}
