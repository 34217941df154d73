// The timeline built on a thread of its own while this thread works out the topics and exclusive
// reports: at 10,000 articles the timeline is about half of that stage (3 s of 6), and the other core
// waits through all of relate. The thread is started early (when the build starts), so that it has
// loaded its modules by the time the dated articles reach it. buildTimeline is a pure function of
// plain data, so the thread gives what this thread would; should the thread fail, this one builds it.
import { Worker } from "node:worker_threads";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildTimeline, type TimelineInput } from "../relate/timeline.js";
import type { BriefingEvent } from "../model/briefing.js";

/** Builds the timeline from its inputs, here or elsewhere. */
export type TimelineWork = (inputs: TimelineInput[]) => Promise<BriefingEvent[]>;

/**
 * Below this many articles the thread costs more than it saves: it takes about 0.2 s to start and
 * the inputs a copy each way, while the timeline of 1,000 articles takes this thread about 0.3 s.
 */
export const TIMELINE_THREAD_MIN_ARTICLES = 2_000;

/** The compiled thread, also when this module runs from src/ under the test runner (npm test compiles first). */
const TIMELINE_THREAD = join(resolve(dirname(fileURLToPath(import.meta.url)), "..", ".."), "dist", "work", "timeline-thread.js");

export interface TimelineThread {
  build: TimelineWork;
  /** stops the thread if it was never given its work (a build that failed before the timeline) */
  close: () => Promise<void>;
  /** where the timeline was built: on the thread, here (the thread had failed or was closed), or not yet */
  builtOn: () => "thread" | "here" | null;
}

/** Starts the thread now; `build` hands it the inputs once (a second call builds on this thread). */
export function startTimelineThread(): TimelineThread {
  let thread: Worker | null = new Worker(TIMELINE_THREAD);
  // a thread that fails to start must not take the build down: its work is done here instead
  let failed: Error | null = null;
  let builtOn: "thread" | "here" | null = null;
  const here = (inputs: TimelineInput[]) => {
    builtOn = "here";
    return buildTimeline(inputs);
  };
  thread.once("error", (error) => (failed = error));
  const close = async () => {
    const t = thread;
    thread = null;
    await t?.terminate();
  };
  const build: TimelineWork = async (inputs) => {
    const t = thread;
    if (!t || failed) return here(inputs);
    thread = null;
    try {
      const events = await new Promise<BriefingEvent[]>((done, fail) => {
        t.once("message", (reply: { events: BriefingEvent[] } | { error: string }) => ("error" in reply ? fail(new Error(reply.error)) : done(reply.events)));
        t.once("error", fail);
        t.once("exit", (code) => fail(new Error(`the timeline thread stopped with exit code ${code}`)));
        t.postMessage(inputs);
      });
      builtOn = "thread";
      return events;
    } catch {
      return here(inputs);
    } finally {
      void t.terminate();
    }
  };
  return { build, close, builtOn: () => builtOn };
}
