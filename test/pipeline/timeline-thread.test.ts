// The timeline may be built on a thread of its own (work/timeline-work.ts) while the main thread
// works out the topics: the briefing must come out the same either way, and a thread that cannot
// run must leave the timeline to this thread rather than lose it.
import { describe, expect, it } from "vitest";
import { runPipeline, runPipelineWith } from "../../src/pipeline.js";
import { processFile } from "../../src/work/file-work.js";
import { startTimelineThread } from "../../src/work/timeline-work.js";
import type { ContentFile } from "../../src/types.js";

const file = (path: string, text: string): ContentFile => ({ path, bytes: new TextEncoder().encode(text) });

// Written for this test: two reports of one dated happening, a third on another day, a caption.
const files = [
  file(
    "ferry-one.md",
    "---\ntitle: Ferry link to Brannoch Isle opens\ndate: 2026-03-14\npublisher: Coast Courier\n---\n\nThe new ferry between Portcallow and Brannoch Isle made its first crossing on March 12, said harbour master Ilsa Dunmore. The service will run twice a day from April 1, she said.\n",
  ),
  file(
    "ferry-two.md",
    "---\ntitle: First crossing for island ferry\ndate: 2026-03-13\npublisher: Island Times\n---\n\nThe Brannoch Isle ferry made its first crossing from Portcallow on Thursday, harbour master Ilsa Dunmore said. Islanders had waited nine years for the link.\n",
  ),
  file(
    "budget.md",
    "---\ntitle: Council sets harbour budget\ndate: 2026-02-20\npublisher: Coast Courier\n---\n\nPortcallow council approved the harbour budget on February 18. Councillor Tam Reddy said repairs to the pier would start in May.\n",
  ),
];

const here = async (articleFiles: ContentFile[], settings: Parameters<typeof processFile>[1]) => ({ results: articleFiles.map((f) => processFile(f, settings)), messages: [] });

describe("timeline on a thread of its own", () => {
  it("gives the same briefing as the timeline built on this thread", async () => {
    const alone = runPipeline(files).briefing;
    expect(alone.events.length).toBeGreaterThan(0);
    const thread = startTimelineThread();
    const beside = (await runPipelineWith(files, here, { timeline: thread.build }).finally(() => thread.close())).briefing;
    expect(thread.builtOn()).toBe("thread");
    expect(JSON.stringify(beside)).toBe(JSON.stringify(alone));
  });

  it("builds the timeline here when the thread is gone before its work arrives", async () => {
    const alone = runPipeline(files).briefing;
    const thread = startTimelineThread();
    await thread.close();
    const beside = (await runPipelineWith(files, here, { timeline: thread.build })).briefing;
    expect(thread.builtOn()).toBe("here");
    expect(beside.events).toEqual(alone.events);
  });
});
