// briefing.json is written a piece at a time: the file must hold exactly what JSON.stringify gives.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_INDENTED_JSON, writeJsonFile } from "../../src/json-file.js";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "briefing-json-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writing JSON files", () => {
  it("writes a large record on one line, byte for byte as JSON.stringify", async () => {
    const line = "Harbour pilots said the new berth opens in spring — «à bientôt», 港口 ✓ \"quoted\" \\ ";
    const data = {
      title: "Briefing",
      skipped: undefined,
      articles: Array.from({ length: 30_000 }, (_, i) => ({ id: `a${i}`, text: line, gone: undefined })),
      holes: [1, undefined, () => 2, null],
      nested: { deep: [1, { two: 2 }] },
      empty: [],
    };
    const path = join(dir, "large.json");
    await writeJsonFile(path, data);
    const expected = JSON.stringify(data);
    expect(expected.length).toBeGreaterThan(MAX_INDENTED_JSON);
    expect(readFileSync(path, "utf8")).toBe(`${expected}\n`);
  });

  it("writes a small one indented, for a reader", async () => {
    const data = { title: "Briefing", articles: [{ id: "a1" }], none: undefined };
    const path = join(dir, "small.json");
    await writeJsonFile(path, data);
    expect(readFileSync(path, "utf8")).toBe(`${JSON.stringify(data, null, 2)}\n`);
  });

  it("writes values that are no plain record whole", async () => {
    for (const data of [[1, 2, { a: [3] }], "text", 42, null, new Date("2026-01-02T03:04:05Z")]) {
      const path = join(dir, "other.json");
      await writeJsonFile(path, data);
      expect(readFileSync(path, "utf8")).toBe(`${JSON.stringify(data, null, 2)}\n`);
    }
  });
});
