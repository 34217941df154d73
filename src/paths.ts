// Where a path lies relative to a folder, for the checks at the I/O edge (what is read, where the site goes).
import { isAbsolute, relative } from "node:path";

/** `path` is `folder` or lies somewhere under it (both absolute, or both relative to one place). */
export function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}
