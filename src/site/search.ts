// The site's search: a MiniSearch index built once at build time and shipped as a script file,
// so searching works with the site opened straight from disk (file:// forbids fetch(), but not
// <script src>) as well as on any static host. Nothing is sent anywhere.
import MiniSearch from "minisearch";
import type { Briefing } from "../assemble/model.js";

export interface SearchDocument {
  id: string;
  kind: "article" | "actor" | "topic" | "quote";
  title: string;
  body: string;
  /** page path relative to the site root */
  url: string;
  /** one line shown under the result */
  detail: string;
}

/** The options the browser must load the index with: they are part of the index's format. */
export const SEARCH_OPTIONS = {
  fields: ["title", "body"],
  storeFields: ["kind", "title", "url", "detail"],
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2 },
} as const;

const KIND_LABEL: Record<string, string> = { person: "Person", organization: "Organisation", place: "Place" };

export function searchDocuments(briefing: Briefing): SearchDocument[] {
  const actorName = new Map(briefing.actors.map((a) => [a.id, a.name]));
  const articleTitle = new Map(briefing.articles.map((a) => [a.id, a.title]));
  const articleUrl = new Map(briefing.articles.map((a) => [a.id, a.url]));
  return [
    ...briefing.articles.map((a) => ({
      id: `article:${a.id}`,
      kind: "article" as const,
      title: a.title,
      body: [a.publisher, a.author, a.text, ...a.captions].filter(Boolean).join("\n"),
      url: a.url,
      detail: [a.publisher, a.date].filter(Boolean).join(" · ") || "Article",
    })),
    ...briefing.actors.map((a) => ({
      id: `actor:${a.id}`,
      kind: "actor" as const,
      title: a.name,
      body: [...a.aliases, ...a.roles.map((r) => r.role), a.description ?? ""].join("\n"),
      url: a.url,
      detail: [KIND_LABEL[a.kind], a.roles[0]?.role].filter(Boolean).join(" · "),
    })),
    ...briefing.topics.map((t) => ({
      id: `topic:${t.id}`,
      kind: "topic" as const,
      title: t.name,
      body: [t.description ?? "", ...t.phrases].join("\n"),
      url: t.url,
      detail: `Topic · ${t.articles.length} article${t.articles.length === 1 ? "" : "s"}`,
    })),
    ...briefing.quotes.flatMap((q) => {
      const first = q.spans[0];
      const url = first ? articleUrl.get(first.article) : undefined;
      if (!url) return [];
      return [{
        id: `quote:${q.id}`,
        kind: "quote" as const,
        title: `“${q.text.length > 120 ? `${q.text.slice(0, 117)}…` : q.text}”`,
        body: q.text,
        url,
        detail: [q.speaker ? actorName.get(q.speaker) : "Speaker unknown", articleTitle.get(first!.article)].filter(Boolean).join(" · "),
      }];
    }),
  ];
}

/** The script file that carries the index: it defines window.BRIEFING_SEARCH for assets/search.js. */
export function searchIndexScript(briefing: Briefing): string {
  const index = new MiniSearch<SearchDocument>({ ...SEARCH_OPTIONS, searchOptions: { ...SEARCH_OPTIONS.searchOptions }, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
  index.addAll(searchDocuments(briefing));
  const payload = JSON.stringify({ options: SEARCH_OPTIONS, index: index.toJSON() });
  // U+2028/2029 are valid in JSON but ended string literals in older JavaScript parsers
  return `window.BRIEFING_SEARCH = ${payload.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")};\n`;
}
