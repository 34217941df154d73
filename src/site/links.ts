// Links made relative before Eleventy sees a page, so templates print them instead of calling a filter
// per link (a page holds hundreds; a filter call through Eleventy costs several microseconds, and each
// read of page.url goes through its data proxies). Page data keeps site-root paths (that is what is
// hashed); renderSite hands Eleventy a copy of each page it renders in which every link field is
// relative to that page, plus `to`: the fixed links of the page frame (stylesheet, sections, nav).
import { isCurrentSection, relativeUrl } from "./filters.js";
import type { CommonView, PageItem } from "./view.js";

/** Fields that hold a site path to link to; a page's own top-level `path` names its file and stays. */
const LINK_KEYS = new Set(["path", "receipt", "prev", "next", "sourcePath"]);

/** A site path in its usual form: a file under folders, no scheme, no leading or trailing slash, no dot parts. */
const PLAIN_PATH = /^(?:[^/:.#][^/:#]*\/)+[^/:#]*[^/:#.][^/:#]*(?:#.*)?$/;

/** The fixed links every page frame and several pages print, by name. */
const FIXED = {
  home: "index.html",
  stories: "stories/index.html",
  actors: "actors/index.html",
  topics: "topics/index.html",
  timeline: "timeline/index.html",
  sources: "sources/index.html",
  search: "search/index.html",
  style: "assets/style.css",
  filterJs: "assets/filter.js",
  minisearch: "assets/minisearch.js",
  searchIndex: "assets/search-index.js",
  searchJs: "assets/search.js",
} as const;

export type FrameLinks = Record<keyof typeof FIXED, string> & {
  /** the site root from this page ("", "../", "../../"), ending in a slash unless empty */
  root: string;
  nav: { label: string; href: string; current: boolean }[];
};

/** A copy of `page` with every link field relative to the page, and its frame links as `to`. */
export function withRelativeLinks<T extends PageItem>(page: T, common: CommonView): T & { to: FrameLinks } {
  const from = page.path;
  // most links leave this page's top folder ("actors/x/" to "articles/y/"): they are the way up to the
  // root and the target as it is; the rest (same folder, odd forms) go through relativeUrl
  const folders = from.replace(/^\/+/, "").split("/");
  const top = folders.length > 1 ? `${folders[0]}/` : null;
  const up = "../".repeat(Math.max(0, folders.length - 1));
  const known = new Map<string, string>();
  const rel = (target: string) => {
    if (top !== null && PLAIN_PATH.test(target) && !target.startsWith(top)) return up + target;
    let link = known.get(target);
    if (link === undefined) {
      link = relativeUrl(target, from);
      known.set(target, link);
    }
    return link;
  };
  const copy = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) {
      const out = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) out[i] = copy(value[i]);
      return out;
    }
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key in source) {
      const field = source[key];
      out[key] = typeof field === "object" ? copy(field) : typeof field === "string" && LINK_KEYS.has(key) ? rel(field) : field;
    }
    return out;
  };
  const result = copy(page) as T & { to: FrameLinks };
  result.path = page.path;
  const to = { root: rel("index.html").replace(/index\.html$/, "") } as FrameLinks;
  for (const [name, target] of Object.entries(FIXED)) to[name as keyof typeof FIXED] = rel(target);
  to.nav = common.nav.map((link) => ({ label: link.label, href: rel(link.path), current: isCurrentSection(from, link.path) }));
  result.to = to;
  return result;
}
