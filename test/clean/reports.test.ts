// Every boilerplate rule against a line of furniture it must remove and a line of news that opens the
// same way, which it must keep. All text here is made up for these tests.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../../src/clean/index.js";
import { reportMark } from "../../src/clean/reports.js";

const HEADLINE = "Ferry operator cancels winter crossings to the outer islands";
const BODY_A =
  "The operator of the only ferry to the outer islands cancelled all winter crossings on Tuesday, leaving about 900 residents to rely on a weekly supply flight until the spring.";
const BODY_B =
  "Island councillors had asked for at least two sailings a week and warned that schools and the clinic on the largest island could not stay open without them.";

/** The article with `line` in the middle (between the two paragraphs) or under it. */
function clean(line: string, where: "middle" | "under" | "top" = "under") {
  const parts =
    where === "top" ? [line, HEADLINE, BODY_A, BODY_B] : where === "middle" ? [HEADLINE, BODY_A, line, BODY_B] : [HEADLINE, BODY_A, BODY_B, line];
  const { article } = cleanDocument({ sourceFile: "t.txt", format: "text", body: parts.join("\n\n"), frontMatter: {} }, { timezone: null });
  return article;
}
const removedBy = (line: string, where: "middle" | "under" | "top" = "under") => {
  const article = clean(line, where);
  return article.removed.find((r) => r.text === line)?.rule ?? (article.text.includes(line) ? "kept" : "elsewhere");
};

describe("the guard: a line that reports news", () => {
  it("finds a verb of saying with its subject", () => {
    expect(reportMark("Insiders say the harbourmaster would like a longer contract.")).toBe("saying");
    expect(reportMark("People close to the board told the paper the deal was off.")).toBe("saying");
    expect(reportMark("The figures, according to the port authority, are provisional.")).toBe("saying");
  });
  it("finds a number counted in a unit, and an age", () => {
    expect(reportMark("Tickets rose to $14 from next month.")).toBe("measure");
    expect(reportMark("Turnover fell 12 percent in the quarter.")).toBe("measure");
    expect(reportMark("Earnings 3.2p vs 2.9p")).toBe("measure");
    expect(reportMark("Officials think the captain, 61, will retire this year.")).toBe("measure");
    expect(reportMark("About 40 passengers were stranded overnight.")).toBe("measure");
  });
  it("finds a named actor described or acting", () => {
    expect(reportMark("Tessaline, a valve maker, saw its orders halve.")).toBe("actor");
    expect(reportMark("Marrowby Holdings raised its offer for the yard.")).toBe("actor");
  });
  it("is not fooled by credits and furniture", () => {
    for (const furniture of [
      "Reporting by Ana Ruiz in Lima; editing by Tom Vale",
      "Original source: The Coastal Ledger",
      "This story was first published by The Coastal Ledger.",
      "Jon Hale contributed to this report.",
      "Sign up for our evening newsletter.",
      "© 2023 The Coastal Ledger. All rights reserved.",
      "Follow Jon Hale on Mastodon",
      "Updated 6:14 p.m. GMT",
    ]) {
      expect(reportMark(furniture), furniture).toBeNull();
    }
  });
});

describe("each rule removes its furniture and keeps news that opens like it", () => {
  it("original-source: a credit line, not 'Sources said …' nor a company called Via…", () => {
    expect(removedBy("Original source: The Coastal Ledger")).toBe("original-source");
    expect(removedBy("Source: Coastal Ledger")).toBe("original-source");
    expect(removedBy("Via Harbour Weekly")).toBe("original-source");
    expect(removedBy("Sources said the ferry's owner had been looking for a buyer since March.")).toBe("kept");
    expect(removedBy("Sources say the skipper, 58, wants a bigger crew before he signs on again.")).toBe("kept");
    expect(removedBy("Viamar, the ferry's Danish owner, saw its shares slide on the news.")).toBe("kept");
    expect(removedBy("Via, a shipping broker, lost the contract last autumn.")).toBe("kept");
    expect(removedBy("Source: port officials said the ship failed an inspection in May.")).toBe("kept");
  });
  it("promo (affiliate disclosure): a disclosure, not a sponsor in the news", () => {
    expect(removedBy("This post contains affiliate links; we may earn a commission.")).toBe("promo");
    expect(removedBy("Sponsored by Northgate Outdoor Gear")).toBe("promo");
    expect(
      removedBy("The candidates' debate, sponsored by the islands' chamber of commerce, was moved to the school hall."),
    ).toBe("kept");
    expect(removedBy("A relief fund sponsored by two local banks paid for the extra flights.")).toBe("kept");
  });
  it("promo (calls to action): a share button or sign-up, not a sentence about shares", () => {
    expect(removedBy("Share this story")).toBe("promo");
    expect(removedBy("Sign up for our islands newsletter")).toBe("promo");
    expect(removedBy("Share prices adjusted for the bonus issue.")).toBe("kept");
    expect(removedBy("Share 4.1p vs 3.8p")).toBe("kept");
    expect(removedBy("Share trading in the operator was suspended for 2 days, the exchange said.")).toBe("kept");
  });
  it("promo (contact details, click here): furniture, not a sentence that reports", () => {
    expect(removedBy("Jon Hale can be reached at jon.hale@example.org.")).toBe("promo");
    expect(removedBy("Click here to see the new timetable.")).toBe("promo");
    expect(removedBy("Residents who clicked here and there on the booking site said they found no seats left.")).toBe("kept");
  });
  it("link-line: 'Read more: …' under the text, not a headline that opens 'Breaking:'", () => {
    expect(removedBy("Read more: Island school to close early for winter", "middle")).toBe("link-line");
    expect(clean("Breaking: ferry cancels all winter crossings", "top").title).toBe("Breaking: ferry cancels all winter crossings");
    expect(removedBy("Also: the coastguard said 3 crew members were rescued from a fishing boat.", "middle")).toBe("kept");
  });
  it("credits: a wire credit, not a sentence that starts with the same words", () => {
    expect(removedBy("(With inputs from agencies)")).toBe("credits");
    expect(removedBy("Jon Hale contributed to this report.")).toBe("credits");
    expect(removedBy("With additional reporting from the quayside, officials said 12 sailors were still missing.")).toBe("kept");
  });
  it("sign-off: a wire's word after the last sentence or alone on the last line, not a name that ends a sentence", () => {
    expect(removedBy("REUTER")).toBe("sign-off");
    expect(removedBy("Reuter")).toBe("sign-off");
    const glued = clean(`${BODY_B.replace(/\.$/, "")}, the ferry company said. WIREX`);
    expect(glued.text.endsWith("the ferry company said.")).toBe(true);
    expect(glued.removed.find((r) => r.rule === "sign-off")?.text).toBe("WIREX");
    expect(clean("The ferry will sail again on Friday. WIREX").removed.find((r) => r.rule === "sign-off")?.text).toBe("WIREX");
    // a name that ends the last sentence is part of it, and a one-word line in the middle is no sign-off
    expect(clean(`${BODY_B.replace(/\.$/, "")}, according to the head of NATO`).text).toContain("head of NATO");
    expect(removedBy("Ferries", "middle")).not.toBe("sign-off");
  });
  it("copyright: a notice, not a sentence about copyright", () => {
    expect(removedBy("© 2023 The Coastal Ledger. All rights reserved.")).toBe("copyright");
    expect(removedBy("Copyright 2022 Harbour Weekly")).toBe("copyright");
    expect(removedBy("Copyright claims against the island's radio station were dropped, its lawyer said.")).toBe("kept");
  });
  it("copyright: a notice that first says what it covers, not a sentence about a site's contents", () => {
    expect(removedBy("The contents of this site are ©2031 Lantern Bay Media Ltd., a unit of Lantern Holdings Inc.")).toBe("copyright");
    expect(removedBy("All content © 2031 The Coastal Ledger")).toBe("copyright");
    expect(clean("The contents of this site are ©2031 Lantern Bay Media Ltd., a unit of Lantern Holdings Inc.").publisher).toBe("Lantern Bay Media Ltd");
    expect(removedBy("The contents of this site are checked by the harbour board before they are published.")).toBe("kept");
    expect(removedBy("The contents of the report are confidential, the harbour master said on Monday.")).toBe("kept");
  });
  it("author-bio: a closing bio, not a closing sentence about a reporter's work", () => {
    expect(removedBy("Jon Hale is a freelance writer based on the outer islands.")).toBe("author-bio");
    expect(removedBy("Jon Hale was a reporter at the weekly when he told the council about 30 missing payments.")).toBe("kept");
  });
  it("byline without 'By': a name with a role, not a headline in capitals", () => {
    const top = (line: string) => cleanDocument({ sourceFile: "t.txt", format: "text", body: [HEADLINE, line, BODY_A, BODY_B].join("\n\n"), frontMatter: {} }, { timezone: null }).article;
    expect(top("Jon Hale, Staff Reporter").removed.map((r) => r.rule)).toContain("byline");
    const headline = "HARBOUR TOWN'S MAYOR MAKES SENIOR STAFF CHANGES";
    const article = cleanDocument({ sourceFile: "t.txt", format: "text", body: [headline, BODY_A, BODY_B].join("\n\n"), frontMatter: {} }, { timezone: null }).article;
    expect(article.title).toBe(headline);
  });
  it("section-label: a section over its headline, not a headline over its text in capitals", () => {
    const body = (first: string, second: string) =>
      cleanDocument({ sourceFile: "t.txt", format: "text", body: [first, second, BODY_A, BODY_B].join("\n\n"), frontMatter: {} }, { timezone: null }).article;
    expect(body("Travel", HEADLINE).section).toBe("Travel");
    const caps = body("ISLAND FERRY TIMES", "THE FOLLOWING SAILINGS WERE CANCELLED THIS WEEK");
    expect(caps.title).toBe("ISLAND FERRY TIMES");
    expect(caps.section).toBeNull();
    const names = body("Harbour Master", "Ines Calder");
    expect(names.removed.map((r) => r.rule)).not.toContain("section-label");
  });
});

describe("titles: a line that is only a date or a time is never one", () => {
  const article = (first: string, ...rest: string[]) =>
    cleanDocument({ sourceFile: "t.txt", format: "text", body: [first, ...rest, BODY_A, BODY_B].join("\n\n"), frontMatter: {} }, { timezone: null }).article;
  it("removes the timestamp and takes the headline under it", () => {
    expect(article("4/11/2019 @ 7:40PM", HEADLINE).title).toBe(HEADLINE);
    expect(article("Updated 7:40 p.m. ET", HEADLINE).title).toBe(HEADLINE);
    expect(article("Sunday 14 April 2019 | 07:40", HEADLINE).title).toBe(HEADLINE);
  });
  it("leaves no title rather than a timestamp", () => {
    const a = article("4/11/2019 @ 7:40PM");
    expect(a.title).toBeNull();
    expect(a.text.slice(a.opening!.start, a.opening!.end)).toBe(BODY_A);
  });
  it("keeps a headline that holds a date among its words", () => {
    expect(article("Ferry crossings suspended until 3 March", BODY_A).title).toBe("Ferry crossings suspended until 3 March");
  });
});

describe("header lines", () => {
  it("removes 'Posted 3 hours ago' without claiming a date, and keeps a sentence that opens with 'Posted'", () => {
    const a = clean("Posted 3 hours ago", "top");
    expect(a.removed.map((r) => r.text)).toContain("Posted 3 hours ago");
    expect(a.date).toBeNull();
    expect(removedBy("Posted guards stood at the pier for 3 hours before the ferry left.", "middle")).toBe("kept");
  });
});
