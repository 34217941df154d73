// Preloaded (node --import) into every process the scale bench measures: on exit it writes the
// process's peak resident set size (getrusage maxRSS, KiB; worker threads share the process, so they
// are counted) to the file named by the environment variable. The briefing command runs its build in
// a child Node (a heap limit fitted to the collection) that inherits the preload; each process keeps
// the larger of its own figure and the one already written, so the figure is the build's, not the
// launcher's. Needs nothing installed beyond Node.
import { readFileSync, writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

export const PEAK_RSS_ENV = "BRIEFING_BENCH_PEAK_RSS_FILE";

const target = isMainThread ? process.env[PEAK_RSS_ENV] : undefined;
if (target) {
  process.on("exit", () => {
    try {
      let written = 0;
      try {
        written = Number(readFileSync(target, "utf8")) || 0;
      } catch {
        // nothing written yet
      }
      writeFileSync(target, String(Math.max(written, process.resourceUsage().maxRSS)));
    } catch {
      // a missing figure is reported as unknown; it must never change the measured process's exit
    }
  });
}
