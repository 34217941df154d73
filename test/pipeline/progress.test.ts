import { describe, expect, it } from "vitest";
import { progressLine } from "../../src/progress.js";

describe("progress on the console", () => {
  it("writes a line every tenth of the way when the output is not a terminal", () => {
    const lines: string[] = [];
    const progress = progressLine("articles", (t) => lines.push(t), false);
    for (let i = 1; i <= 1000; i++) progress.update(i, 1000);
    progress.end();
    expect(lines).toHaveLength(10);
    expect(lines[9]).toMatch(/^articles: 1000\/1000 \(\d+\/s\)\n$/);
  });

  it("says nothing for a handful of files, or without a writer (--quiet, CI)", () => {
    const lines: string[] = [];
    const small = progressLine("articles", (t) => lines.push(t), false);
    for (let i = 1; i <= 5; i++) small.update(i, 5);
    const silent = progressLine("articles", null, false);
    for (let i = 1; i <= 1000; i++) silent.update(i, 1000);
    expect(lines).toEqual([]);
  });

  it("redraws one line on a terminal and ends it", () => {
    const out: string[] = [];
    const progress = progressLine("articles", (t) => out.push(t), true);
    for (let i = 1; i <= 100; i++) progress.update(i, 100);
    progress.end();
    expect(out[0]!.startsWith("\r")).toBe(true);
    expect(out[out.length - 2]).toMatch(/^\rarticles: 100\/100/);
    expect(out[out.length - 1]).toBe("\n");
  });
});
