// Child processes for the scale bench: wall time, peak memory (via the peak-rss preload), a time
// limit after which the whole process group is killed, and the tail of what it printed.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PEAK_RSS_ENV } from "./peak-rss.js";

/** Enough of stderr to show why a build failed, without holding 10,000 warnings in memory. */
const OUTPUT_TAIL_CHARS = 4000;
const PRELOAD_URL = pathToFileURL(join(import.meta.dirname, "peak-rss.js")).href;
const KIB_PER_MIB = 1024;

export type RunStatus = "ok" | "failed" | "timeout";

export interface ChildRun {
  status: RunStatus;
  exitCode: number | null;
  signal: string | null;
  wallMs: number;
  peakRssMiB: number | null;
  outputTail: string;
}

export interface ChildSpec {
  /** arguments to node: a script and its arguments */
  args: string[];
  cwd: string;
  timeoutMs: number;
}

const live = new Set<ChildProcess>();

/** Kills the child's whole group (Eleventy or briefing may have started their own processes). */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

/** On Ctrl-C the detached children would outlive the bench: end them first. */
export function killLiveChildrenOnInterrupt(): void {
  process.once("SIGINT", () => {
    for (const child of live) killGroup(child);
    process.exit(130);
  });
}

function appendTail(tail: string, chunk: Buffer): string {
  const joined = tail + chunk.toString("utf8");
  return joined.length > OUTPUT_TAIL_CHARS ? joined.slice(-OUTPUT_TAIL_CHARS) : joined;
}

/** A killed child writes no figure: its kernel high-water mark so far (Linux), read just before the kill. */
function highWaterMiB(pid: number | undefined): number | null {
  try {
    const match = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / KIB_PER_MIB : null;
  } catch {
    return null;
  }
}

async function readPeakRss(file: string): Promise<number | null> {
  try {
    const kib = Number((await readFile(file, "utf8")).trim());
    return Number.isFinite(kib) && kib > 0 ? kib / KIB_PER_MIB : null;
  } catch {
    return null;
  } finally {
    await rm(file, { force: true });
  }
}

/** Runs `node --import peak-rss <args>` and measures it; never rejects for the child's failures. */
export async function runMeasured(spec: ChildSpec): Promise<ChildRun> {
  const rssFile = join(tmpdir(), `briefing-bench-rss-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", PRELOAD_URL, ...spec.args], {
    cwd: spec.cwd,
    env: { ...process.env, [PEAK_RSS_ENV]: rssFile },
    // its own process group, so a timeout can end everything it started
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  let tail = "";
  let timedOut = false;
  let peakAtKill: number | null = null;
  child.stdout?.on("data", (chunk: Buffer) => (tail = appendTail(tail, chunk)));
  child.stderr?.on("data", (chunk: Buffer) => (tail = appendTail(tail, chunk)));
  const timer = setTimeout(() => {
    timedOut = true;
    peakAtKill = highWaterMiB(child.pid);
    killGroup(child);
  }, spec.timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((done) => {
    child.once("error", (e) => {
      tail = appendTail(tail, Buffer.from(String(e)));
      done({ code: null, signal: null });
    });
    child.once("close", (code, signal) => done({ code, signal }));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  live.delete(child);
  const status: RunStatus = timedOut ? "timeout" : code === 0 ? "ok" : "failed";
  return { status, exitCode: code, signal, wallMs, peakRssMiB: (await readPeakRss(rssFile)) ?? peakAtKill, outputTail: tail.trim() };
}
