// The site's search: the documents a reader can find (article headlines, actor names and spellings, topics),
// shipped as a script file so searching works with the site opened straight from disk (file:// forbids
// fetch(), but not <script src>) as well as on any static host. The browser builds the MiniSearch index
// from them on load: a prebuilt index is several times larger than the short texts it indexes, and full
// article text would make the file grow with the coverage rather than with what a reader can look up.
import type { Briefing } from "../model/briefing.js";
import { kindLabel } from "./filters.js";
import { shorten } from "./context.js";

/** An actor's row is of its kind: the detail line's label ("Person · …") is put in front by the browser. */
export type SearchKind = "article" | "topic" | "person" | "organization" | "place" | "other";

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
      a.kind,
      a.name,
      a.aliases.filter((alias) => alias !== a.name).join(" · "),
      actorPath(a.id) || a.url,
      // the line under it reads "Person · role": the label comes with the kind
      shorten(a.primaryRole ?? a.roles[0]?.role ?? "", DETAIL_MAX - kindLabel(a.kind).length - 3),
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

// The file is laid out for size (10,000 articles and their actors make tens of thousands of rows):
// columns instead of rows (no brackets and commas per row), kinds as one string of letters (actors by
// their kind, whose label the browser puts back in front of the detail line), and the usual page paths
// as a digit and what varies: "0x" articles/x/, "1x" actors/x/, "2c/x" actors/by-letter/c/#actor-x,
// "3x" topics/x/; any other path is kept whole behind a "/". assets/search.js reads it back.

const KIND_CODE: Record<SearchKind, string> = { article: "a", topic: "t", person: "p", organization: "o", place: "l", other: "x" };

/** Paths the site uses for most rows, shortened to a digit; assets/search.js has the same table. */
const URL_FORMS: [RegExp, string][] = [
  [/^articles\/([^/#]+)\/index\.html$/, "0$1"],
  [/^actors\/(?!by-letter\/)([^/#]+)\/index\.html$/, "1$1"],
  [/^actors\/by-letter\/([^/#]+)\/index\.html#actor-([^/#]+)$/, "2$1/$2"],
  [/^topics\/([^/#]+)\/index\.html$/, "3$1"],
];

export function compactUrl(url: string): string {
  for (const [form, short] of URL_FORMS) if (form.test(url)) return url.replace(form, short);
  // any other page path whole, without its "index.html" (every page is one): the browser puts it back
  return `/${url.replace(/(^|\/)index\.html(?=#|$)/, "$1")}`;
}

/** The script file that carries the documents: it defines window.BRIEFING_SEARCH for assets/search.js. */
export function searchIndexScript(rows: readonly SearchRow[]): string {
  const payload = JSON.stringify({
    options: SEARCH_OPTIONS,
    kinds: rows.map((row) => KIND_CODE[row[0]]).join(""),
    titles: rows.map((row) => row[1]),
    bodies: rows.map((row) => row[2]),
    urls: rows.map((row) => compactUrl(row[3])),
    details: rows.map((row) => row[4]),
  });
  // U+2028/2029 are valid in JSON but ended string literals in older JavaScript parsers
  return `window.BRIEFING_SEARCH = ${payload.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")};\n`;
}
