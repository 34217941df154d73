// The `rel` filter: the link from the page being rendered to a site path, relative so the site opens
// from file:// and under any prefix. Pages hold hundreds of links, so this is built to be cheap: it is
// put straight onto the Nunjucks environment (.eleventy.js), templates pass the page's own path as it
// is in its data (item.path: a plain string, where page.url goes through Eleventy's data proxies), links
// leaving the page's top folder ("actors/x/" to "articles/y/") are the way up and the target as it is,
// and the rest are worked out by relativeUrl once per page and target.
import { relativeUrl } from "./filters.js";

/** A site path in its usual form: a file under folders, no scheme, no leading or trailing slash, no dot parts. */
const PLAIN_PATH = /^(?:[^/:.#][^/:#]*\/)+[^/:#]*[^/:#.][^/:#]*(?:#.*)?$/;

interface FromPage {
  path: string;
  /** its top folder with a slash ("actors/"), null for a page at the root */
  top: string | null;
  up: string;
  known: Map<string, string>;
}

let current: FromPage | null = null;

function fromPage(path: string): FromPage {
  if (current?.path === path) return current;
  const folders = path.replace(/^\/+/, "").split("/");
  current = { path, top: folders.length > 1 ? `${folders[0]}/` : null, up: "../".repeat(Math.max(0, folders.length - 1)), known: new Map() };
  return current;
}

/**
 * relativeUrl(target, from), the same answer, fast for the links a page makes many of. With `root` (the
 * 404 page, which a host serves for a missing address at any depth) the link is that root path and the
 * target instead: a relative link there would resolve against whatever address was asked for.
 */
export function relativeLink(target: string, from: string, root?: string): string {
  if (root !== undefined) return /^[a-z][a-z0-9+.-]*:|^\/\//i.test(target) ? target : `${root}${target.replace(/^\/+/, "")}`;
  const page = fromPage(from);
  if (page.top !== null && PLAIN_PATH.test(target) && !target.startsWith(page.top)) return page.up + target;
  let link = page.known.get(target);
  if (link === undefined) {
    link = relativeUrl(target, from);
    page.known.set(target, link);
  }
  return link;
}
