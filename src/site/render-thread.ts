// A thread of renderSite's: Eleventy over each batch of pages it is handed (eleventy-run.ts), one
// at a time, answering each with null or the message of what failed.
import { parentPort } from "node:worker_threads";
import { runEleventy, type RenderShare } from "./eleventy-run.js";

parentPort!.on("message", async (json: string) => {
  try {
    await runEleventy(JSON.parse(json) as RenderShare);
    parentPort!.postMessage({ error: null });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message ?? String(error) });
  }
});
