// A thread of renderSite's: builds, hashes and renders one share of the pages (page-share.ts), then
// answers with what it wrote, or with the message of what failed.
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import type { Briefing } from "../model/briefing.js";
import { planTradingShare, renderPageShare, renderPlannedShare, type BriefingSource, type KnownBodies, type ShareJob, type ShareThreadReply, type TradeBodies } from "./page-share.js";

/** The briefing, parsed from its file or from the text sent; the text itself is not kept (at 10,000 articles, 90 MB). */
async function readBriefing(message: { source: BriefingSource | null }): Promise<Briefing> {
  const source = message.source!;
  message.source = null;
  return JSON.parse("file" in source ? await readFile(source.file, "utf8") : source.json) as Briefing;
}

/** This share's bodies to the thread that started it, and back every share's once all are in. */
const tradeWithParent: TradeBodies = (own) =>
  new Promise((done) => {
    parentPort!.once("message", (reply: { bodies: KnownBodies }) => done(reply.bodies));
    parentPort!.postMessage({ bodies: own } satisfies ShareThreadReply);
  });

parentPort!.once("message", async (message: { source: BriefingSource | null; job: string }) => {
  try {
    const briefing = await readBriefing(message);
    const job = JSON.parse(message.job) as ShareJob;
    const outcome = job.tradeBodies ? await renderPlannedShare(await planTradingShare(briefing, job, tradeWithParent)) : await renderPageShare(briefing, job);
    parentPort!.postMessage({ outcome });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message ?? String(error) });
  }
});
