import { describe, expect, it } from "vitest";
import { generateTitle } from "../../src/assemble/briefing.js";

describe("a generated title", () => {
  it("does not stop inside an abbreviation, a dotted acronym or an initial", () => {
    expect(generateTitle("Gov. Ana Ruiz signed the harbour bill. Unions welcomed it.")).toBe("Gov. Ana Ruiz signed the harbour bill");
    expect(generateTitle("The U.S. Coast Guard closed the strait. Ships waited offshore.")).toBe("The U.S. Coast Guard closed the strait");
    expect(generateTitle("Coach Marcus J. Bell resigned on Friday. His deputy takes over.")).toBe("Coach Marcus J. Bell resigned on Friday");
  });
  it("still ends at the first real sentence boundary", () => {
    expect(generateTitle("The ferry left late. Dr Lee said the wind had dropped.")).toBe("The ferry left late");
    expect(generateTitle("Who pays for the pier? The council has not said.")).toBe("Who pays for the pier");
  });
});

describe("a timestamp is never a title", () => {
  it("skips lines that are only a date or a time", () => {
    expect(generateTitle("4/11/2019 @ 7:40PM\n\nThe harbour board fired its chair on Monday. Staff were told by email.")).toBe(
      "The harbour board fired its chair on Monday",
    );
    expect(generateTitle("Updated 7:40 p.m. ET")).toBe("Untitled article");
  });
});
