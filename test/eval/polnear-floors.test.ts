// `npm run eval -- polnear DIR --floors` fails when quotes found or named speakers fall below the development floors.
import { describe, expect, it } from "vitest";
import { belowPolnearFloors, POLNEAR_FLOORS } from "../../src/eval/polnear.js";

describe("PolNeAR development floors", () => {
  it("passes figures at or above every floor", () => {
    expect(belowPolnearFloors({ quotesFound: 1, namedSpeakers: POLNEAR_FLOORS.namedSpeakers })).toEqual([]);
  });
  it("names each figure below its floor", () => {
    const below = belowPolnearFloors({ quotesFound: 0.9, namedSpeakers: 0.97 });
    expect(below).toHaveLength(1);
    expect(below[0]).toMatch(/quotesFound 0\.900 < 0\.98/);
  });
});
