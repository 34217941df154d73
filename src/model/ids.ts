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

/** Gives each slug a unique form by numbering repeats in the order given. */
export function uniqueSlugs(texts: string[], fallback = "item"): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = slugify(text, fallback);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
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
