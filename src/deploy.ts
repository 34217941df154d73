// Where the site will be served, if anyone says: a base URL (https://example.org/) and a path prefix
// (/briefing/) under it. Pages link to each other relatively whatever these are, so the same files open
// from disk and under any path; only what a format needs in absolute form (feeds, sitemap, canonical
// links, Open Graph) is made from them, and only when a base URL is known.

export interface DeploySettings {
  /** scheme, host and path of the site's root, ending in "/"; null when no base URL was given */
  root: string | null;
  /** the path the site's root is served at ("/" or "/briefing/"): the base URL's own path with the prefix */
  rootPath: string;
}

export const LOCAL_SITE: DeploySettings = Object.freeze({ root: null, rootPath: "/" });

/** Schemes a base URL may use: the site is served over HTTP, never from a data: or javascript: address. */
const BASE_URL_SCHEMES = new Set(["http:", "https:"]);

/** A deployment setting that cannot be used, with what to give instead. */
export class DeployError extends Error {}

/** A base URL as given, checked: absolute http(s), no query, fragment or credentials. Returned ending in "/". */
export function parseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new DeployError(`base URL "${value}" is not an absolute address: give one such as https://example.org/ or https://you.github.io/briefing/`);
  }
  if (!BASE_URL_SCHEMES.has(url.protocol)) throw new DeployError(`base URL "${value}" must start with http:// or https://`);
  if (url.username || url.password) throw new DeployError(`base URL "${value}" must not carry a user name or password`);
  if (url.search || url.hash || /[?#]/.test(value)) throw new DeployError(`base URL "${value}" must not have a query (?…) or fragment (#…)`);
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/** A path segment of a prefix: letters, digits and the URL-safe marks a folder name on a static host may use. */
const PREFIX_SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$/;

/** A path prefix as given ("p", "/p", "/p/", "/a/b/"), checked and returned as "/p/" ("/" for none). */
export function parsePathPrefix(value: string): string {
  const segments = value.trim().split("/").filter((s) => s !== "");
  for (const segment of segments) {
    if (segment === "." || segment === ".." || !PREFIX_SEGMENT.test(segment) || /%(?![0-9A-Fa-f]{2})/.test(segment)) {
      throw new DeployError(`path prefix "${value}" must be folder names separated by "/", such as /briefing/ (no "..", spaces, "?" or "#")`);
    }
  }
  return segments.length ? `/${segments.join("/")}/` : "/";
}

/** The settings from a base URL and a prefix, both optional and both already checked or raw. */
export function deploySettings(baseUrl: string | null | undefined, pathPrefix: string | null | undefined): DeploySettings {
  const prefix = pathPrefix ? parsePathPrefix(pathPrefix) : "/";
  if (!baseUrl) return { root: null, rootPath: prefix };
  const base = new URL(parseBaseUrl(baseUrl));
  const rootPath = `${base.pathname}${prefix.slice(1)}`;
  return { root: `${base.origin}${rootPath}`, rootPath };
}

/**
 * The absolute URL of a site path ("articles/x/index.html" -> https://example.org/p/articles/x/), or null
 * without a base URL. A folder's index.html is left off: every static host serves it for the folder.
 */
export function absoluteUrl(deploy: DeploySettings, path: string): string | null {
  if (deploy.root === null) return null;
  const clean = path.replace(/^\/+/, "");
  const [file = "", fragment] = clean.split("#");
  const folder = file === "index.html" ? "" : file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
  return `${deploy.root}${encodeURI(folder)}${fragment !== undefined ? `#${encodeURIComponent(fragment)}` : ""}`;
}
