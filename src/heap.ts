// The heap the build may use. Node sizes its heap by the machine's memory and collects garbage late,
// so a 10,000-article build that holds about 0.6 GB of live data grew to 2.9 GB of memory. A limit
// set from the size of the collection keeps the peak near what the build needs: room for about
// HEAP_PER_ARTICLE_MB per input file above a base, never less than MIN_HEAP_MB, never more than
// a share of the machine. A limit the user sets (--max-old-space-size) is left alone.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { totalmem } from "node:os";

const MIN_HEAP_MB = 1024;
const BASE_HEAP_MB = 400;
/** 0.07 sufficed until the site grew feeds and page metadata: a cold 10k build then ran out at 1.1 GB */
const HEAP_PER_ARTICLE_MB = 0.08;
const MAX_SHARE_OF_MEMORY = 0.75;
/** set in the child so that it does not start another */
const MARK = "BRIEFING_HEAP_SET";

export function heapLimitMb(files: number, machineBytes = totalmem()): number {
  const wanted = Math.max(MIN_HEAP_MB, Math.round(BASE_HEAP_MB + HEAP_PER_ARTICLE_MB * files));
  return Math.min(wanted, Math.floor((machineBytes / 2 ** 20) * MAX_SHARE_OF_MEMORY));
}

function countFiles(folder: string): number {
  try {
    return readdirSync(folder, { recursive: true }).length;
  } catch {
    return 0; // the build itself reports an unreadable folder
  }
}

/** The content folder named on the command line (the CLI's own default otherwise). */
function contentFolder(argv: string[]): string {
  const at = argv.indexOf("--content");
  const inline = argv.find((a) => a.startsWith("--content="));
  return inline ? inline.slice("--content=".length) : at >= 0 && argv[at + 1] ? argv[at + 1]! : "content";
}

/**
 * Runs the command again in a child Node with a heap limit when none is set; returns the child's
 * exit code, or null when this process should run the command itself.
 */
export function rerunWithHeapLimit(script: string, argv: string[]): number | null {
  const limited = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((a) => a.includes("max-old-space-size"));
  const building = argv[0] === "build" || argv[0] === "extract" || argv[0] === "serve";
  if (limited || process.env[MARK] || !building) return null;
  const limit = heapLimitMb(countFiles(contentFolder(argv)));
  // --expose-gc: the build collects the earlier stages' garbage before the site (cli.ts), and each rendering thread its own as it goes (site/page-share.ts)
  const child = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${limit}`, "--expose-gc", script, ...argv], {
    stdio: "inherit",
    env: { ...process.env, [MARK]: String(limit) },
  });
  if (child.error) return null;
  return child.status ?? 1;
}
