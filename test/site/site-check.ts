// Helpers for tests over a rendered site folder: every internal href/src must resolve to a file on disk.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";

/** The host's not-found page: served for any missing address, so its links start at the site's root path. */
export const NOT_FOUND_PAGE = "404.html";

/** The site's pages, the ones a reader opens (from disk too): every HTML file but the not-found page. */
export function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && file !== NOT_FOUND_PAGE)
    .map((file) => join(root, file));
}

/** Problems with the not-found page's links: each must be the site's root path and a file that exists. */
export function brokenNotFoundLinks(root: string, rootPath = "/"): string[] {
  const problems: string[] = [];
  for (const link of linksIn(readFileSync(join(root, NOT_FOUND_PAGE), "utf8"))) {
    if (link.startsWith("#")) continue;
    if (!link.startsWith(rootPath)) {
      problems.push(`${NOT_FOUND_PAGE}: ${link} does not start at ${rootPath}`);
      continue;
    }
    const [path = ""] = link.slice(rootPath.length).split("#");
    const target = resolve(root, path);
    if (!target.startsWith(resolve(root)) || !existsSync(target) || !statSync(target).isFile()) problems.push(`${NOT_FOUND_PAGE}: missing ${link}`);
  }
  return problems;
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

/** A page's canonical link names its own address where it is deployed (with a base URL): no link to follow. */
const CANONICAL_LINK = /<link rel="canonical" href="[^"]*">/g;

export function linksIn(html: string): string[] {
  return [...html.replace(CANONICAL_LINK, "").matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ""));
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? "")));
}

/** Problems with the site's internal links: absolute paths, bare folders, missing files, missing fragment targets. */
export function brokenLinks(root: string, rootPath = "/"): string[] {
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = idsIn(readFileSync(file, "utf8"));
      idCache.set(file, ids);
    }
    return ids;
  };
  for (const file of htmlFiles(root)) {
    const page = relative(root, file);
    for (const link of linksIn(readFileSync(file, "utf8"))) {
      if (/^(https?:|mailto:)/i.test(link)) {
        problems.push(`${page}: external link ${link}`);
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith("//")) {
        problems.push(`${page}: link with a scheme ${link}`);
        continue;
      }
      const [path = "", fragment] = link.split("#");
      if (path.startsWith("/")) problems.push(`${page}: root-absolute link ${link}`);
      if (path !== "" && (path.endsWith("/") || !/\.[a-z0-9]+$/i.test(path))) problems.push(`${page}: link without a file name ${link}`);
      const target = path === "" ? file : resolve(dirname(file), path);
      if (!target.startsWith(resolve(root))) {
        problems.push(`${page}: link leaves the site ${link}`);
        continue;
      }
      if (!existsSync(target) || !statSync(target).isFile()) {
        problems.push(`${page}: missing ${link}`);
        continue;
      }
      if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) {
        problems.push(`${page}: no id "${fragment}" for ${link}`);
      }
    }
  }
  if (existsSync(join(root, NOT_FOUND_PAGE))) problems.push(...brokenNotFoundLinks(root, rootPath));
  return problems;
}

/**
 * html-validate's recommended rules, less the ones that argue with a deliberate choice of this site's output.
 * Each rule turned off says why; everything else is an error the tests fail on.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    // The title is the page's own name and the briefing's, both from the content (a headline can be long on
    // its own); cutting them to 70 characters for search-result snippets would drop words a reader needs.
    "long-title": "off",
    // Spaces left at the ends of lines by template tags: invisible in HTML, and removing them would mean
    // whitespace control on every tag of the templates (or rewriting the article body, where <pre> keeps them).
    "no-trailing-whitespace": "off",
  },
};

/** Every html-validate error on every HTML page under root (404.html included), as "page line:col rule: message". */
export async function htmlErrors(root: string): Promise<string[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
  const errors: string[] = [];
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
  for (const file of files.sort()) {
    const report = await validator.validateString(readFileSync(join(root, file), "utf8"), file);
    for (const result of report.results)
      for (const m of result.messages) if (m.severity === 2) errors.push(`${file} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return errors;
}
