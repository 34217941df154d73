import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Writes a content folder from a map of relative path to text or bytes; returns its path. */
export async function makeContentFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "briefing-content-"));
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), data);
  }
  return root;
}

export async function tempDir(prefix = "briefing-out-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Captures what a CLI run prints. */
export function captureOutput() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: (line: string) => out.push(line), error: (line: string) => err.push(line) };
}
