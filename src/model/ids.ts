import { createHash } from "node:crypto";

// Stable identifiers: the same input gives the same IDs on every build, so links and
// bookmarks into a rebuilt site keep working.

/** Lower-case ASCII slug: "Angela Merkel" -> "angela-merkel". */
export function slugify(text: string, fallback = "item"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || fallback;
}

/**
 * Gives each slug a unique form by numbering repeats in the order given. A number is never one
 * that another text's own slug already is: "a", "A" and "a-2" give "a", "a-3" and "a-2", so no two
 * inputs can share a page.
 */
export function uniqueSlugs(texts: string[], fallback = "item"): string[] {
  const bases = texts.map((text) => slugify(text, fallback));
  const taken = new Set<string>();
  const firstOf = new Map<string, number>();
  bases.forEach((base, i) => {
    if (!firstOf.has(base)) firstOf.set(base, i);
  });
  for (const base of bases) taken.add(base);
  return bases.map((base, i) => {
    if (firstOf.get(base) === i) return base;
    let n = 2;
    while (taken.has(`${base}-${n}`)) n++;
    const slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

/** Article IDs from content-relative paths: "world/2025/talks.txt" -> "world-2025-talks". */
export function articleIdFor(sourceFiles: string[]): Map<string, string> {
  const sorted = [...sourceFiles].sort();
  const slugs = uniqueSlugs(sorted.map((file) => file.replace(/\.[^./]+$/, "")), "article");
  return new Map(sorted.map((file, i) => [file, slugs[i]!]));
}

/** A short digest of text, for IDs of things that have no name (quotes, events). */
export function stableHash(text: string, length = 10): string {
  return createHash("sha1").update(text).digest("hex").slice(0, length);
}
