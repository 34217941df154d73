// Every test run gets one temporary folder of its own, removed when the run ends: the tests make
// hundreds of content folders, outputs and caches under the system's temporary folder, and a
// machine that runs the suite often would otherwise keep them all. Workers inherit TMPDIR, and
// os.tmpdir() reads it on every call.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "briefing-tests-"));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
