// The timeline's own thread (timeline-work.ts): builds the timeline from the inputs it is sent and
// answers with the events, or with the message of what failed.
import { parentPort } from "node:worker_threads";
import { buildTimeline, type TimelineInput } from "../relate/timeline.js";

parentPort!.once("message", (inputs: TimelineInput[]) => {
  try {
    parentPort!.postMessage({ events: buildTimeline(inputs) });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message ?? String(error) });
  }
});
