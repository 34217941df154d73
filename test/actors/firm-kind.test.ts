// A cluster holding a spelling that ends on a firm's legal form is a firm rather than a person,
// and stays a place when the place outvotes (a firm's name taken in by the place it ends on).
import { describe, expect, it } from "vitest";
import { kindOf, newCluster } from "../../src/names/cluster.js";
import { endsOnFirmForm } from "../../src/data/lexicon.js";

const cluster = (votes: Partial<Record<"person" | "organization" | "place" | "other", number>>, firm: boolean) => {
  const c = newCluster();
  Object.assign(c.kindVotes, votes);
  c.firm = firm;
  return c;
};

describe("a firm's legal form in a cluster's kind", () => {
  it("knows the endings no person's name has, and leaves out those that may be a surname or initials", () => {
    expect(endsOnFirmForm("Quarvel Freight Corp")).toBe(true);
    expect(endsOnFirmForm("Harlan Foods Ltd.")).toBe(true);
    expect(endsOnFirmForm("Jeffrey Co")).toBe(false);
    expect(endsOnFirmForm("Peter AB")).toBe(false);
    // one word is no firm's full name
    expect(endsOnFirmForm("Corp")).toBe(false);
  });
  it("outweighs the reading as a person, never a place's votes", () => {
    expect(kindOf(cluster({ person: 6, organization: 2 }, true))).toBe("organization");
    expect(kindOf(cluster({ person: 6, organization: 2 }, false))).toBe("person");
    expect(kindOf(cluster({ place: 40, person: 3, organization: 2 }, true))).toBe("place");
  });
});
