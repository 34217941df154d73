import { describe, expect, it } from "vitest";
import { heapLimitMb } from "../../src/heap.js";

const GiB = 2 ** 30;

describe("heap limit for a build", () => {
  it("never goes below the floor for a small collection", () => {
    expect(heapLimitMb(5, 24 * GiB)).toBe(1024);
  });
  it("grows with the number of files", () => {
    expect(heapLimitMb(20_000, 24 * GiB)).toBeGreaterThan(heapLimitMb(10_000, 24 * GiB));
  });
  it("stays within three quarters of the machine's memory", () => {
    expect(heapLimitMb(1_000_000, 4 * GiB)).toBe(3072);
  });
});
