// The site's search: the documents a reader can find (article headlines, actor names and spellings, topics),
// shipped as a script file so searching works with the site opened straight from disk (file:// forbids
// fetch(), but not <script src>) as well as on any static host. The browser builds the MiniSearch index
// from them on load: a prebuilt index is several times larger than the short texts it indexes, and full
// article text would make the file grow with the coverage rather than with what a reader can look up.
import type { Briefing } from "../assemble/model.js";
import { kindLabel } from "./filters.js";
import { shorten } from "./context.js";

export type SearchKind = "article" | "actor" | "topic";

/** One document: kind, title, other words it is found by, page path from the site root, the line under it. */
export type SearchRow = [kind: SearchKind, title: string, body: string, url: string, detail: string];

/** The options the browser must load the documents with: they are part of the file's format. */
export const SEARCH_OPTIONS = {
  fields: ["title", "body"],
  storeFields: ["kind", "title", "url", "detail"],
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2 },
} as const;

/** A result line stays one line. */
const DETAIL_MAX = 80;

/** `actorPath`: where the site lists an actor (its page, or its index entry). */
export function searchRows(briefing: Briefing, actorPath: (id: string) => string): SearchRow[] {
  const topicName = new Map(briefing.topics.map((t) => [t.id, t.name]));
  return [
    ...briefing.articles.map((a): SearchRow => [
      "article",
      a.title,
      // the outlet and the article's topics: found by what it is about, not by every word in it
      [a.publisher ?? "", ...a.topics.map((id) => topicName.get(id) ?? "")].filter(Boolean).join(" · "),
      a.url,
      shorten([a.publisher, a.date].filter(Boolean).join(" · ") || "Article", DETAIL_MAX),
    ]),
    ...briefing.actors.map((a): SearchRow => [
      "actor",
      a.name,
      a.aliases.filter((alias) => alias !== a.name).join(" · "),
      actorPath(a.id) || a.url,
      shorten([kindLabel(a.kind), a.primaryRole ?? a.roles[0]?.role].filter(Boolean).join(" · "), DETAIL_MAX),
    ]),
    ...briefing.topics.map((t): SearchRow => [
      "topic",
      t.name,
      t.phrases.join(" · "),
      t.url,
      `Topic · ${t.articles.length} article${t.articles.length === 1 ? "" : "s"}`,
    ]),
  ];
}

/** Kinds by one letter in the file: tens of thousands of rows each spell one. */
const KIND_CODE: Record<SearchKind, string> = { article: "a", actor: "p", topic: "t" };

/** A page path without its "index.html" (every page is one): assets/search.js puts it back. */
const compactUrl = (url: string) => url.replace(/(^|\/)index\.html(?=#|$)/, "$1");

/** The script file that carries the documents: it defines window.BRIEFING_SEARCH for assets/search.js. */
export function searchIndexScript(rows: readonly SearchRow[]): string {
  const compact = rows.map(([kind, title, body, url, detail]) => [KIND_CODE[kind], title, body, compactUrl(url), detail]);
  const payload = JSON.stringify({ options: SEARCH_OPTIONS, rows: compact });
  // U+2028/2029 are valid in JSON but ended string literals in older JavaScript parsers
  return `window.BRIEFING_SEARCH = ${payload.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")};\n`;
}
