// Preloaded (node --import) into every process the scale bench measures: on exit it writes the
// process's peak resident set size (getrusage maxRSS, KiB; worker threads share the process, so they
// are counted) to the file named by the environment variable. Needs nothing installed beyond Node.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

export const PEAK_RSS_ENV = "BRIEFING_BENCH_PEAK_RSS_FILE";

const target = isMainThread ? process.env[PEAK_RSS_ENV] : undefined;
if (target) {
  // children the measured process starts must not overwrite the figure with their own
  delete process.env[PEAK_RSS_ENV];
  process.on("exit", () => {
    try {
      writeFileSync(target, String(process.resourceUsage().maxRSS));
    } catch {
      // a missing figure is reported as unknown; it must never change the measured process's exit
    }
  });
}
