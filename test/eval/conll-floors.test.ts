// `npm run eval -- conll FILE --floors` fails when a development figure drops below its floor.
import { describe, expect, it } from "vitest";
import { belowConllFloors, CONLL_FLOORS } from "../../src/eval/conll.js";

const tally = (tp: number, fp: number, fn: number) => ({ tp, fp, fn });

describe("the CoNLL floors", () => {
  it("pass figures at or above every floor", () => {
    const good = { any: tally(95, 3, 3), person: tally(95, 3, 3), organization: tally(95, 3, 3), place: tally(95, 3, 3) };
    expect(belowConllFloors(good)).toEqual([]);
  });

  it("name each figure below its floor, and only those", () => {
    // organisation F1 0.5: far below its floor; the rest hold
    const scores = { any: tally(95, 3, 3), person: tally(95, 3, 3), organization: tally(5, 5, 5), place: tally(95, 3, 3) };
    const below = belowConllFloors(scores);
    expect(below).toHaveLength(1);
    expect(below[0]).toContain(`organization F1 0.500 < ${CONLL_FLOORS.organization}`);
  });
});
