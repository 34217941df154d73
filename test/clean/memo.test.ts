// The rules' short memory of lines asked about: the same answers as asking afresh, and bounded.
import { describe, expect, it } from "vitest";
import { memoisedByText } from "../../src/memo.js";
import { reportMark, reportsNews } from "../../src/clean/reports.js";
import { splitHeaderPrefix } from "../../src/clean/rules/header.js";
import { findPrintedDate, isOnlyDateOrTime } from "../../src/dates/printed.js";

describe("memoisedByText", () => {
  it("answers a repeated line from memory and forgets the oldest line past its size", () => {
    const asked: string[] = [];
    const length = memoisedByText((text) => (asked.push(text), text.length), 2);
    expect([length("a"), length("bb"), length("a")]).toEqual([1, 2, 1]);
    expect(asked).toEqual(["a", "bb"]);
    length("ccc"); // "a" is the oldest and is forgotten
    length("a");
    expect(asked).toEqual(["a", "bb", "ccc", "a"]);
  });

  it("gives the rules the answers they would get afresh, in any order of asking", () => {
    const lines = [
      "Sources say the ferry will not sail.",
      "Follow us on Twitter",
      "The company raised $5 million last year.",
      "Reporting by Jane Doe; Editing by John Roe",
    ];
    for (const line of [...lines, ...lines.reverse(), ...lines]) expect(reportsNews(line)).toBe(reportMark(line) !== null);
    const header = "date 2004-05-12 Ferry operator cancels crossings";
    const first = splitHeaderPrefix(header);
    expect(splitHeaderPrefix(header)).toEqual(first);
    expect(first).toMatchObject({ removed: "date 2004-05-12", rest: "Ferry operator cancels crossings" });
    for (const line of ["Published: Monday, 4 May 2015 | 14:05 GMT", "Ferry sails 4 May 2015", "Published: Monday, 4 May 2015 | 14:05 GMT"]) {
      expect(isOnlyDateOrTime(line), line).toBe(line.startsWith("Published"));
    }
  });
});

describe("an ISO date read without chrono", () => {
  it("opens the text: read directly, with its time and offset", () => {
    expect(findPrintedDate("2004-05-12 14:05+02:00 Ferry", "header line")).toEqual({
      index: 0,
      length: 22,
      printed: { date: "2004-05-12", hour: 14, minute: 5, offsetMinutes: 120, evidence: "header line" },
    });
  });

  it("is no day of the calendar: chrono reads what else is printed", () => {
    expect(findPrintedDate("2023-02-29", "header line")).toBeNull();
    expect(findPrintedDate("2024-02-29", "header line")?.printed.date).toBe("2024-02-29");
    expect(findPrintedDate("2023-02-29 or March 3, 2023", "header line")?.printed.date).toBe("2023-03-03");
  });

  it("comes after a written date: the first one printed wins", () => {
    expect(findPrintedDate("March 3, 2023 (2023-03-04)", "header line")?.printed.date).toBe("2023-03-03");
  });
});
