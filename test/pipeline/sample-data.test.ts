// The sample content (content/, the five articles the repository ships with) through the whole
// pipeline: briefing.json must match its JSON Schema and hold together (every reference resolves,
// every offset points at the text it claims).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Ajv } from "ajv";
import { readContentFolder } from "../../src/ingest/read.js";
import { runPipeline, type PipelineResult } from "../../src/pipeline.js";

let result: PipelineResult;
beforeAll(async () => {
  const { files } = await readContentFolder("content");
  result = runPipeline(files);
});

describe("sample briefing data", () => {
  it("validates against schema/briefing.schema.json", async () => {
    const schema = JSON.parse(await readFile(join("schema", "briefing.schema.json"), "utf8"));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const data = JSON.parse(JSON.stringify(result.briefing));
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("has every sample article, each with a page url and a story", () => {
    const { articles, stories } = result.briefing;
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      expect(a.url).toBe(`articles/${a.id}/index.html`);
      expect(stories.some((s) => s.id === a.storyId && s.articles.includes(a.id))).toBe(true);
    }
  });

  it("resolves every reference between articles, actors, topics, quotes and events", () => {
    const { articles, actors, topics, quotes, events, dateMentions } = result.briefing;
    const articleIds = new Set(articles.map((a) => a.id));
    const actorIds = new Set(actors.map((a) => a.id));
    const topicIds = new Set(topics.map((t) => t.id));
    for (const a of articles) {
      for (const id of a.actors) expect(actorIds).toContain(id);
      for (const id of a.topics) expect(topicIds).toContain(id);
    }
    for (const actor of actors) for (const id of actor.articles) expect(articleIds).toContain(id);
    for (const topic of topics) for (const id of topic.articles) expect(articleIds).toContain(id);
    for (const e of events) for (const id of e.articles) expect(articleIds).toContain(id);
    for (const q of quotes) {
      if (q.speaker !== null) expect(actorIds).toContain(q.speaker);
      for (const id of q.articles) expect(articleIds).toContain(id);
    }
    for (const m of dateMentions) expect(articleIds).toContain(m.article);
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
  });

  it("points every quote span and date mention at the text it quotes", () => {
    const textOf = new Map(result.briefing.articles.map((a) => [a.id, a.text]));
    const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
    for (const q of result.briefing.quotes)
      for (const span of q.spans) expect(norm(textOf.get(span.article)!.slice(span.start, span.end))).toBe(norm(q.text));
    for (const m of result.briefing.dateMentions) expect(textOf.get(m.article)!.slice(m.start, m.end)).toBe(m.text);
    for (const a of result.briefing.articles)
      for (const b of a.blocks) expect(a.text.slice(b.start, b.end).trim().length).toBeGreaterThan(0);
  });

  it("gives the same IDs on every build", async () => {
    const { files } = await readContentFolder("content");
    const again = runPipeline(files).briefing;
    expect(again.articles.map((a) => a.id)).toEqual(result.briefing.articles.map((a) => a.id));
    expect(again.actors.map((a) => a.id)).toEqual(result.briefing.actors.map((a) => a.id));
    expect(again.topics.map((a) => a.id)).toEqual(result.briefing.topics.map((a) => a.id));
    expect(again.quotes.map((a) => a.id)).toEqual(result.briefing.quotes.map((a) => a.id));
  });

  it("lists every content file in the report exactly once", async () => {
    const { files } = await readContentFolder("content");
    expect(result.report.inputs.map((i) => i.file).sort()).toEqual(files.map((f) => f.path).sort());
  });
});
