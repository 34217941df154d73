// A thread of renderSite's: builds, hashes and renders one share of the pages (page-share.ts), then
// answers with what it wrote, or with the message of what failed.
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import type { Briefing } from "../model/briefing.js";
import { renderPageShare, type BriefingSource, type ShareJob } from "./page-share.js";

/** The briefing, parsed from its file or from the text sent; the text itself is not kept (at 10,000 articles, 90 MB). */
async function readBriefing(message: { source: BriefingSource | null }): Promise<Briefing> {
  const source = message.source!;
  message.source = null;
  return JSON.parse("file" in source ? await readFile(source.file, "utf8") : source.json) as Briefing;
}

parentPort!.once("message", async (message: { source: BriefingSource | null; job: string }) => {
  try {
    const briefing = await readBriefing(message);
    const outcome = await renderPageShare(briefing, JSON.parse(message.job) as ShareJob);
    parentPort!.postMessage({ outcome });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message ?? String(error) });
  }
});
