import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp.js";
import { extractDateMentions, findDateCandidates, type DateReference } from "../../src/extract/dates.js";
import { resolveAll } from "../../src/dates/resolve.js";
import { extractEvents } from "../../src/extract/events.js";
import { inferPublicationDates, latestPrintedDay } from "../../src/relate/dating.js";
import { buildTimeline } from "../../src/relate/timeline.js";

const on = (date: string, timezone: string | null = null, dateTime: string | null = null): DateReference => ({ date, dateTime, timezone });
function mentions(text: string, reference: DateReference) {
  return extractDateMentions(text, analyse(text), reference);
}
function valueOf(text: string, phrase: string, reference: DateReference): string | undefined {
  return mentions(text, reference).find((m) => m.text.includes(phrase))?.value;
}

describe("date mentions", () => {
  // Thursday 2 January 2025
  const thursday = on("2025-01-02");

  it("reads a bare weekday by tense: past before, future after the publication day", () => {
    expect(valueOf("The mayor of Lyon resigned on Monday after a long dispute.", "Monday", thursday)).toBe("2024-12-30");
    expect(valueOf("The council will vote on Monday on the new budget.", "Monday", thursday)).toBe("2025-01-06");
    expect(valueOf("The hearing is scheduled to resume on Wednesday in Ottawa.", "Wednesday", thursday)).toBe("2025-01-08");
    expect(valueOf("Officials met in Nairobi on Thursday to sign the accord.", "Thursday", thursday)).toBe("2025-01-02");
  });

  it("never reads a year-like count of units as a shift, and still reads real counts", () => {
    const text = "The grain cooperative said net income in 1986 year rose by a fifth. Its founders opened the first silo 120 years ago, and the new mill opens in 18 months.";
    const found = mentions(text, thursday);
    // read as a shift, "in 1986 year" put the profit 1,986 years ahead
    expect(found.every((m) => m.value < "2200")).toBe(true);
    expect(valueOf(text, "120 years ago", thursday)).toBe("1905");
    expect(valueOf(text, "in 18 months", thursday)).toBe("2026-07");
  });

  it("does not read either side of a size as a year, and still reads a year beside a size", () => {
    const text = "The tablet's screen shows 1920 x 1200 pixels, and the cheaper model 1680×1050; posters print at 1800-by-2400.";
    expect(mentions(text, thursday).filter((m) => m.precision === "year")).toEqual([]);
    const counter = "The factory opened in 1998 and now makes 4 x 4 trucks.";
    expect(valueOf(counter, "1998", thursday)).toBe("1998");
  });

  it("reads 'in 18 months' after a count of times or a superlative as a span, not a date ahead", () => {
    expect(valueOf("It was the second time in 18 months that the mill closed its gates.", "18 months", thursday)).toBeUndefined();
    expect(valueOf("Wheat prices hit their highest level in five years on the exchange.", "five years", thursday)).toBeUndefined();
    // a plan still reads as a date ahead
    expect(valueOf("The bridge will reopen in 18 months, the council said.", "18 months", thursday)).toBe("2026-07");
  });

  it("reads 'next Monday' as the first Monday after the publication day", () => {
    expect(valueOf("The strike begins next Monday, the union said.", "next Monday", on("2025-05-30"))).toBe("2025-06-02");
  });

  it("resolves yesterday and tomorrow across a year boundary", () => {
    const newYear = on("2025-01-01");
    expect(valueOf("Fireworks lit up Sydney harbour yesterday.", "yesterday", newYear)).toBe("2024-12-31");
    expect(valueOf("Markets in Tokyo reopen tomorrow.", "tomorrow", on("2024-12-31"))).toBe("2025-01-01");
  });

  it("gives a day and month without a year the year that fits the tense", () => {
    expect(valueOf("The company reported its results on December 30.", "December 30", thursday)).toBe("2024-12-30");
    expect(valueOf("The new law will take effect on February 28.", "February 28", thursday)).toBe("2025-02-28");
  });

  it("keeps the printed year and handles month ends", () => {
    expect(valueOf("The bridge closed on February 29, 2024 for repairs.", "February 29", thursday)).toBe("2024-02-29");
    expect(valueOf("Sales fell at the end of April, analysts said.", "April", on("2025-06-10"))).toBe("2025-04");
  });

  it("treats 'last week' as a week and 'earlier this month' as a month", () => {
    const m = mentions("Prices rose last week and fell earlier this month, the bank said.", on("2025-03-12"));
    expect(m.find((x) => x.text.includes("last week"))).toMatchObject({ value: "2025-W10", precision: "week" });
    expect(m.find((x) => x.text.includes("earlier this month"))).toMatchObject({ value: "2025-03", precision: "month" });
  });

  it("puts 'over the weekend' on the weekend before", () => {
    const m = mentions("Over the weekend, storms flooded villages in Galicia.", on("2025-10-14"));
    expect(m[0]).toMatchObject({ value: "2025-W41-WE", precision: "week" });
  });

  it("does not take durations or counts for dates", () => {
    const m = mentions("Parliament approved a 90-day moratorium for a second time in a five-year-long dispute.", thursday);
    expect(m).toEqual([]);
  });

  it("reads a bare year as a year", () => {
    expect(mentions("They want to revive the 2015 nuclear accord.", on("2025-01-02"))[0]).toMatchObject({ value: "2015", precision: "year" });
  });

  it("anchors 'a day before' to the happening it names when that is dated", () => {
    expect(valueOf("The vote comes a day before the summit opens on October 9.", "a day before", on("2025-10-01"))).toBe("2025-10-08");
  });

  it("anchors to a happening named in an earlier sentence, never to a date of its own sentence", () => {
    const day = on("2025-05-20");
    const text = "The dockers began their strike on May 12. Talks had collapsed two days before the strike.";
    expect(valueOf(text, "two days before", day)).toBe("2025-05-10");
    // "Friday" dates the meeting, not the deadlock: the day after it is unknown, not Saturday
    expect(valueOf("The jury met on Friday, a day after the deadlock was reported.", "a day after", day)).toBeUndefined();
  });

  it("anchors to a date later in the phrase's clause, not to the main clause's date past a comma", () => {
    const day = on("2025-05-20");
    expect(valueOf("The strike ends a day after the talks resume on May 26.", "a day after", day)).toBe("2025-05-27");
    // "Thursday" dates the strikes, which fall 13 days after the bombings: not 13 days after Thursday
    const text = "Retaliating 13 days after the bombings, the navy on Thursday shelled the coast.";
    expect(valueOf(text, "13 days after", day)).toBeUndefined();
    expect(valueOf(text, "Thursday", day)).toBe("2025-05-15");
  });

  it("puts a clock time without a day on the day told last before it, else on the publication day", () => {
    const day = on("2025-03-11");
    const text = "The warehouse burned down on Sunday, March 9. Firefighters were called at 4:10 a.m. and fought the blaze for hours.";
    expect(valueOf(text, "4:10", day)).toBe("2025-03-09T04:10");
    expect(valueOf("The exhibition opens at 10 a.m., the museum said.", "10 a.m.", day)).toBe("2025-03-11T10:00");
  });

  it("reads 'Tuesday evening' as the evening of that day, and files its event under the day", () => {
    const text = "Protesters gathered in Lisbon on Tuesday evening.";
    const m = mentions(text, on("2025-09-12"));
    expect(m[0]).toMatchObject({ value: "2025-09-09TEV", precision: "time" });
    expect(extractEvents(text, analyse(text), m)[0]?.date).toBe("2025-09-09");
  });

  it("gives parts of the day TIMEX3 values: last night, tonight, this morning", () => {
    const monday = on("2024-11-04");
    expect(valueOf("Rescue teams reached the village last night.", "last night", monday)).toBe("2024-11-03TNI");
    expect(valueOf("The minister will address parliament tonight.", "tonight", monday)).toBe("2024-11-04TNI");
    expect(valueOf("Shares in Oslo opened lower this morning.", "this morning", monday)).toBe("2024-11-04TMO");
    expect(valueOf("Ferries stopped running Saturday afternoon.", "Saturday afternoon", monday)).toBe("2024-11-02TAF");
  });

  it("does not read names as dates: a company called Sun, a programme called This Week", () => {
    expect(mentions("Sun, a maker of servers, said demand was weak.", on("2024-11-04"))).toEqual([]);
    expect(mentions('The senator spoke on NBC\'s "This Week" about the budget.', on("2024-11-04"))).toEqual([]);
    expect(mentions("Her column appeared in USA Today last spring.", on("2024-11-04")).map((x) => x.text)).not.toContain("Today");
  });

  it("without a publication date resolves only what needs none", () => {
    const m = mentions("The treaty signed on June 4, 2019 expired on Friday; talks resume on May 3.", { date: null, dateTime: null, timezone: null });
    expect(m.map((x) => x.value)).toEqual(["2019-06-04"]);
  });

  it("converts a printed time zone to the publisher's (ahead of UTC)", () => {
    const m = mentions("The launch is set for 9 p.m. EDT on Friday, July 11, 2025.", on("2025-07-10", "Asia/Tokyo"));
    const time = m.find((x) => x.precision === "time");
    expect(time?.value).toBe("2025-07-12T10:00");
    expect(time?.rule).toContain("Asia/Tokyo");
  });

  it("takes the publication day in the publisher's zone (behind UTC)", () => {
    // 01:30 UTC on the 24th is still the evening of the 23rd in Chicago
    const ref = { date: "2025-08-24", dateTime: "2025-08-24T01:30:00Z", timezone: "America/Chicago" };
    expect(valueOf("The storm made landfall yesterday near Galveston.", "yesterday", ref)).toBe("2025-08-22");
  });
});

describe("events", () => {
  it("makes events of sentences that report something at a date, not of durations", () => {
    const text = "A 60-day truce was agreed.\n\nThe ministers signed the deal in Oslo on Wednesday, officials said.";
    const a = analyse(text);
    const events = extractEvents(text, a, extractDateMentions(text, a, on("2025-06-06")));
    expect(events.map((e) => e.date)).toEqual(["2025-06-04"]);
    expect(events[0]!.text).toContain("Oslo");
  });
});

describe("publication-date inference", () => {
  const article = (id: string, date: string | null, text: string, storyId = "s") => {
    const analysis = analyse(text);
    return { id, date, text, analysis, dateCandidates: findDateCandidates(text, analysis), storyId };
  };

  it("dates an undated report by the weekdays it shares with dated coverage", () => {
    const dated = article("a", "2025-11-05", "Negotiators in Geneva reached a draft on Tuesday. A final vote will take place on Friday.");
    const undated = article("b", null, "The draft agreed in Geneva on Tuesday is welcome, the ministry said. Delegates will vote on Friday.");
    const result = inferPublicationDates([dated, undated]);
    const date = result.get("b")?.date;
    expect(date).toBeDefined();
    expect(date! >= "2025-11-04" && date! <= "2025-11-07").toBe(true);
    expect(result.get("b")!.evidence).toMatch(/inferred/);
    expect(result.has("a")).toBe(false);
  });

  it("invents nothing without evidence", () => {
    const lone = article("c", null, "Officials discussed the budget on Thursday and will meet again soon.", "other");
    expect(inferPublicationDates([lone]).size).toBe(0);
  });

  it("takes no date from the days an article prints alone: a look-back would be dated years off; the latest is kept as a bound", () => {
    const lone = article("d", null, "The court ruled on September 9, 2024 that the merger could proceed.", "alone");
    expect(inferPublicationDates([lone]).has("d")).toBe(false);
    expect(latestPrintedDay(lone.dateCandidates)).toBe("2024-09-09");
    const lookBack = article("e", null, "The theatre opened on 5 April 1920. It was rebuilt on 2 May 1961, and a new play will open there on 3 June 2031.", "alone");
    expect(inferPublicationDates([lookBack]).has("e")).toBe(false);
    // what it announces is no bound on when it was written
    expect(latestPrintedDay(lookBack.dateCandidates)).toBe("1961-05-02");
  });
});

describe("timeline", () => {
  const input = (id: string, date: string, text: string, actors: { start: number; end: number; actor: string }[]) => {
    const analysis = analyse(text);
    const dateMentions = extractDateMentions(text, analysis, on(date));
    return { id, date, events: extractEvents(text, analysis, dateMentions), dateMentions, actorSpans: actors };
  };
  const span = (text: string, name: string, actor: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, actor });

  it("merges the same happening across sources and keeps each source's phrase", () => {
    const t1 = "The Bank of Canada raised interest rates on Wednesday, its governor said.";
    const t2 = "Canada's central bank raised its key interest rate by half a point on October 8.";
    const events = buildTimeline([
      input("x", "2025-10-09", t1, [span(t1, "Bank of Canada", "boc")]),
      input("y", "2025-10-10", t2, [span(t2, "Canada", "canada")]),
    ]);
    const merged = events.filter((e) => e.date === "2025-10-08");
    expect(merged).toHaveLength(1);
    expect(merged[0]!.articles.sort()).toEqual(["x", "y"]);
    expect(merged[0]!.sources.map((s) => s.phrase).sort()).toEqual(["October 8", "on Wednesday"]);
    expect(merged[0]!.id).toBe(buildTimeline([input("x", "2025-10-09", t1, []), input("y", "2025-10-10", t2, [])]).find((e) => e.date === "2025-10-08")!.id);
  });

  it("says so when sources put the same happening on different dates", () => {
    const t1 = "Rebels seized the airport in Goma on Saturday, residents said.";
    const t2 = "Rebels seized the airport in Goma on Sunday, residents said.";
    const events = buildTimeline([
      input("p", "2025-01-28", t1, [span(t1, "Goma", "goma")]),
      input("q", "2025-01-28", t2, [span(t2, "Goma", "goma")]),
    ]);
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.conflict !== null)).toBe(true);
  });

  it("lists every other date in order, and never a date of another precision or a report that says something else", () => {
    const told = (day: string) => `Striking dockers blockaded the grain terminal at Varnhold harbour on ${day}, union officials said.`;
    const month = "Striking dockers blockaded the grain terminal at Varnhold harbour in March, union officials said.";
    const other = "The ferry operator cancelled its evening crossings to Varnhold harbour on Friday, officials said.";
    const harbour = (text: string) => [span(text, "Varnhold", "varnhold")];
    const events = buildTimeline([
      input("a", "2026-03-14", told("Tuesday"), harbour(told("Tuesday"))),
      input("b", "2026-03-14", told("Wednesday"), harbour(told("Wednesday"))),
      input("c", "2026-03-14", told("Thursday"), harbour(told("Thursday"))),
      input("d", "2026-04-02", month, harbour(month)),
      input("e", "2026-03-14", other, harbour(other)),
    ]);
    const on = (date: string) => events.find((e) => e.date === date && e.articles.length === 1 && e.articles[0] !== "e")!;
    expect(on("2026-03-10").conflict).toBe('sources differ on the date: b puts this on 2026-03-11 ("on Wednesday"); c puts this on 2026-03-12 ("on Thursday")');
    expect(on("2026-03-12").conflict).toBe('sources differ on the date: a puts this on 2026-03-10 ("on Tuesday"); b puts this on 2026-03-11 ("on Wednesday")');
    // a month is another precision than a day, and the ferry's cancellation is another happening
    expect(events.find((e) => e.date === "2026-03")!.conflict).toBeNull();
    expect(events.find((e) => e.articles.includes("e"))!.conflict).toBeNull();
  });
});

describe("TimeML values for quarterly reports", () => {
  function timeml(text: string, day: string): { text: string; value: string }[] {
    const analysis = analyse(text);
    const candidates = findDateCandidates(text, analysis);
    const values = resolveAll(candidates, analysis, text, { day, zone: null, timeml: true });
    return candidates.flatMap((c, i) => (values[i] ? [{ text: c.text, value: values[i]!.value }] : []));
  }
  const valueFor = (found: { text: string; value: string }[], phrase: string) => found.find((f) => f.text === phrase)?.value;

  it("reads 'the quarter', 'a year earlier' and 'the year-ago period' from the quarter the report names", () => {
    const found = timeml(
      "Nordwind Freight posted second-quarter profit of 40 million euros, against 31 million euros a year earlier. " +
        "In the year-ago period, fuel costs were lower. Revenue in the quarter rose 8%. Nordwind's 2023 period included a sale.",
      "2024-08-09",
    );
    expect(valueFor(found, "second-quarter")).toBe("2024-Q2");
    expect(valueFor(found, "a year earlier")).toBe("2023-Q2");
    expect(valueFor(found, "the year-ago period")).toBe("2023-Q2");
    expect(valueFor(found, "the quarter")).toBe("2024-Q2");
    expect(valueFor(found, "2023 period")).toBe("2023-Q2");
  });

  it("keeps a year for 'a year earlier' over several months, and a forecast quarter does not become the reported one", () => {
    const found = timeml(
      "The brewer expects the fourth quarter to be weak. In the first nine months, sales were flat compared with a year earlier.",
      "2024-10-20",
    );
    expect(valueFor(found, "the fourth quarter")).toBe("2024-Q4");
    expect(valueFor(found, "a year earlier")).toBe("2023");
  });

  it("keeps the reported quarter past a quarter named for comparison, but a quarter reported later takes over", () => {
    const found = timeml(
      "Harbor Mills posted a 12% rise in third-quarter profit. After a weak second quarter, the company credited cost cuts. " +
        "Charges in the year-earlier period were small.",
      "2024-10-25",
    );
    expect(valueFor(found, "the year-earlier period")).toBe("2023-Q3");
    const next = timeml("Orchard Foods reported higher third-quarter sales. Separately, Delmar Steel posted second-quarter profit, and revenue in the quarter rose.", "2024-10-25");
    expect(valueFor(next, "the quarter")).toBe("2024-Q2");
  });

  it("takes a quarter whose results are told in the past for the reported one, though the calendar quarter runs on (a fiscal quarter)", () => {
    const found = timeml("Pinecrest Foods reported a 9% decline in fourth-quarter profit. Revenue in the latest period rose from a year earlier.", "2024-11-05");
    expect(valueFor(found, "the latest period")).toBe("2024-Q4");
    expect(valueFor(found, "a year earlier")).toBe("2023-Q4");
    // told as a forecast, it is no report: "a year earlier" stays the year
    const forecast = timeml("Pinecrest Foods said it expected fourth-quarter profit to fall. Sales in the first nine months were flat from a year earlier.", "2024-11-05");
    expect(valueFor(forecast, "a year earlier")).toBe("2023");
  });

  it("reads 'the corresponding period last year' as the reported quarter a year before", () => {
    const found = timeml("Vela Shipping lost $4 million in the third quarter, against a profit in the same period a year earlier.", "2024-11-05");
    expect(valueFor(found, "the same period a year earlier")).toBe("2023-Q3");
    // without "same", "corresponding" or "comparable" the year is a year
    expect(valueFor(timeml("Vela Shipping lost $4 million in the third quarter; it made a profit last year.", "2024-11-05"), "last year")).toBe("2023");
  });

  it("reads 'compared with $X last year' in a quarterly report as the same quarter a year before", () => {
    const found = timeml("Corran Mutual posted higher third-quarter profit. On home policies it earned $18 million, compared with a loss of $2 million last year.", "2024-11-05");
    expect(valueFor(found, "last year")).toBe("2023-Q3");
    // "last year" that compares no amount, or a year with a year, stays a year
    expect(valueFor(timeml("Corran Mutual posted higher third-quarter profit. Last year, it sold its car insurer.", "2024-11-05"), "Last year")).toBe("2023");
    expect(valueFor(timeml("Corran Mutual posted higher third-quarter profit; this year's dividend is up from last year.", "2024-11-05"), "last year")).toBe("2023");
  });

  it("reads 'the first two quarters of 1990' as its first half, and the last two as its second", () => {
    const found = timeml("Margins shrank in the first two quarters of 2022 and recovered in the last two quarters of 2023.", "2024-11-05");
    expect(valueFor(found, "the first two quarters of 2022")).toBe("2022-H1");
    expect(valueFor(found, "the last two quarters of 2023")).toBe("2023-H2");
  });

  it("reads 'this year's third quarter' as one quarter", () => {
    expect(timeml("Margins in this year's third quarter narrowed, the insurer said.", "2024-11-02")).toEqual([{ text: "this year's third quarter", value: "2024-Q3" }]);
  });
});

describe("words around a date that point its way", () => {
  // Monday 14 October 2024
  const monday = on("2024-10-14");
  it("reads 'ahead of the weekend' and 'postponed until Thursday' forward", () => {
    expect(valueOf("Dealers in Zurich sold bonds ahead of the weekend.", "weekend", monday)).toBe("2024-W42-WE");
    expect(valueOf("The court postponed the hearing until Thursday.", "Thursday", monday)).toBe("2024-10-17");
  });
  it("reads a deadline or an effective date as the nearest such day, whatever the verb's tense", () => {
    expect(valueOf("The bank extended its offer to Oct. 25.", "Oct. 25", monday)).toBe("2024-10-25");
    expect(valueOf("The board named a new chief executive, effective Jan. 2.", "Jan. 2", monday)).toBe("2025-01-02");
    expect(valueOf("The regulator gave no reason for the Oct. 30 deadline.", "Oct. 30", monday)).toBe("2024-10-30");
  });
  it("reads a day after 'since' as a day gone by, whatever the noun after it", () => {
    // Monday 7 July 2025: the November 14 ahead is four months off, the one gone by eight
    expect(valueOf("Divers have searched the lake since soon after the Nov. 14 crash.", "Nov. 14", on("2025-07-07"))).toBe("2024-11-14");
    expect(valueOf("Divers will search the lake before the Nov. 14 deadline.", "Nov. 14", on("2025-07-07"))).toBe("2025-11-14");
  });
  it("reads a day a verb names 'as the deadline' by its nearness to the writing, not by the verb's tense", () => {
    // Monday 14 October 2024: 18 October is four days ahead
    expect(valueOf("The port authority has set Oct. 18 as the deadline for bids.", "Oct. 18", monday)).toBe("2024-10-18");
    // a day that is the verb's time keeps the verb's tense, "as" after it or not
    expect(valueOf("The port authority closed Oct. 18, a year before the strike.", "Oct. 18", monday)).toBe("2023-10-18");
    expect(valueOf("She was elected Oct. 18 as the union's leader.", "Oct. 18", monday)).toBe("2023-10-18");
  });
  it("reads a possessive weekday as a day gone by", () => {
    expect(valueOf("The price is a premium over Friday's close, brokers will say.", "Friday", monday)).toBe("2024-10-11");
  });
  it("reads 'is to resume on Wednesday' forward and 'the record set on Aug. 6' back", () => {
    expect(valueOf("Trading in the shares is to resume on Wednesday.", "Wednesday", monday)).toBe("2024-10-16");
    expect(valueOf("The index stayed below the record set on Aug. 6.", "Aug. 6", monday)).toBe("2024-08-06");
  });
  it("reads 'its record high set on Aug. 9' back even when the tagger calls 'set' a noun, but not 'a new set'", () => {
    const march = on("2024-03-06");
    expect(valueOf("Copper ended the day well below its record high set on Aug. 9.", "Aug. 9", march)).toBe("2023-08-09");
    expect(valueOf("The quiz show will move to a new set in March.", "March", march)).toBe("2024-03");
  });
  it("does not take a trailing 'X said' for the tense of a date, but a date opening its clause takes the verb after it", () => {
    expect(valueOf("Bus drivers will strike on Thursday, their union said.", "Thursday", monday)).toBe("2024-10-17");
    expect(valueOf("On Thursday, the union said the strike was over.", "Thursday", monday)).toBe("2024-10-10");
  });
  it("reads spelled-out years in transcripts", () => {
    expect(valueOf("In nineteen eighty-four the mine closed.", "nineteen", monday)).toBe("1984");
    expect(valueOf("The plant opened in January nineteen ninety-two.", "January", monday)).toBe("1992-01");
    expect(mentions("The family kept the craft secret for two thousand years.", monday)).toEqual([]);
  });
  it("gives an infinitive or an -ing form the time of the verb it hangs on", () => {
    // Saturday 19 October 2024
    const saturday = on("2024-10-19");
    expect(valueOf("Crowds gathered in the square to celebrate the treaty on Friday.", "Friday", saturday)).toBe("2024-10-18");
    expect(valueOf("Shares fell sharply, dragging the index to a low on Thursday.", "Thursday", saturday)).toBe("2024-10-17");
    expect(valueOf("The brewer bought a bottling plant in August.", "August", monday)).toBe("2024-08");
    // a present or future verb still looks ahead through its infinitive
    expect(valueOf("The council plans to vote on the budget on Friday.", "Friday", saturday)).toBe("2024-10-25");
    expect(valueOf("The ministers will travel to Oslo to sign the pact on Tuesday.", "Tuesday", saturday)).toBe("2024-10-22");
  });
  it("does not take 'to' before a noun phrase into the verb group: 'rising to a peak' hangs on the verb before it", () => {
    expect(valueOf("Copper has climbed steadily, rising to a peak in July from a trough in March.", "March", monday)).toBe("2024-03");
    // "to" before a verb is still an infinitive that looks ahead
    expect(valueOf("The insurer is going to sell the unit in March.", "March", monday)).toBe("2025-03");
  });
  it("does not take a capitalised word of a name that the tagger calls a verb for the verb of the sentence", () => {
    expect(valueOf("In March, a week after the Hale vs. Pierce Appeals Court ruling, a warehouse in Leeds was sold.", "March", monday)).toBe("2024-03");
    // in a headline in title case every word is capitalised: the verb still counts
    expect(valueOf("Warehouse Owner Drew Fire In March", "March", monday)).toBe("2024-03");
  });
  it("reads a group of verbs without an auxiliary by its first verb, the finite one", () => {
    // Wednesday 16 October 2024
    expect(valueOf("The volunteers helped build the footbridge on Friday.", "Friday", on("2024-10-16"))).toBe("2024-10-11");
    // after "to" the verb is an infinitive: "agreed to buy in February" may lie either side, the nearest February
    expect(valueOf("The grocer agreed to buy the bakery chain in February.", "February", on("2024-10-16"))).toBe("2025-02");
  });
  it("does not read an infinitive after a ranked noun as a plan ahead", () => {
    expect(valueOf("Ana Ruiz the third rider to crash on the descent at the weekend", "weekend", monday)).toBe("2024-W41-WE");
    // a headline's bare infinitive still looks ahead
    expect(valueOf("Rail workers to strike at the weekend", "weekend", monday)).toBe("2024-W42-WE");
  });
  it("does not take an -ing word inside a noun phrase for a verb", () => {
    // "holding" in "a holding company" says nothing of the time: "to buy" after a past verb is the nearest January
    expect(valueOf("The bank agreed to buy the Ohio savings holding company in January.", "January", on("1989-11-02"))).toBe("1990-01");
  });
  it("picks the year of 'last March' and 'this December' by the word, not the verb", () => {
    expect(valueOf("The company was founded last March.", "March", monday)).toBe("2024-03");
    expect(valueOf("Elections are held this December.", "December", monday)).toBe("2024-12");
  });
});

describe("event quality", () => {
  const eventsOf = (text: string, date: string) => {
    const analysis = analyse(text);
    return extractEvents(text, analysis, extractDateMentions(text, analysis, on(date)));
  };

  it("drops a 'today' said inside a quotation, and 'now', when the article reports that day otherwise", () => {
    const text =
      "The port of Gdansk reopened on Friday after a two-day strike.\n\n" +
      "“What we decide today will shape the coast for years,” the union leader told reporters.\n\n" +
      "Dockers are now back at work across the northern terminals.";
    const events = eventsOf(text, "2024-05-17");
    expect(events.map((e) => e.date)).toEqual(["2024-05-17"]);
    expect(events[0]!.text).toContain("reopened");
  });

  it("keeps a weak date when it is the only one the article gives that day", () => {
    const events = eventsOf("Inspectors are currently examining the hull of the damaged ferry in Piraeus.", "2024-05-17");
    expect(events.map((e) => e.date)).toEqual(["2024-05-17"]);
  });

  const timelineInput = (id: string, date: string, text: string, actors: { name: string; actor: string; kind: "person" | "organization" | "place" }[]) => {
    const analysis = analyse(text);
    const dateMentions = extractDateMentions(text, analysis, on(date));
    const actorSpans = actors.map((a) => ({ start: text.indexOf(a.name), end: text.indexOf(a.name) + a.name.length, actor: a.actor, kind: a.kind }));
    return { id, date, events: extractEvents(text, analysis, dateMentions), dateMentions, actorSpans };
  };

  it("does not merge two happenings that share only the city they took place in", () => {
    const t1 = "Talks between Chile and Peru on fishing rights opened in Geneva on Monday.";
    const t2 = "Talks between Kenya and Somalia on the maritime border opened in Geneva on Monday.";
    const events = buildTimeline([
      timelineInput("a", "2024-06-11", t1, [
        { name: "Chile", actor: "chile", kind: "place" },
        { name: "Peru", actor: "peru", kind: "place" },
        { name: "Geneva", actor: "geneva", kind: "place" },
      ]),
      timelineInput("b", "2024-06-11", t2, [
        { name: "Kenya", actor: "kenya", kind: "place" },
        { name: "Somalia", actor: "somalia", kind: "place" },
        { name: "Geneva", actor: "geneva", kind: "place" },
      ]),
    ]);
    expect(events.filter((e) => e.date === "2024-06-10")).toHaveLength(2);
  });

  it("tells a merged happening by a sentence whose first date is its own", () => {
    const t1 = "The strike at the Antwerp terminal ended on Sunday, and dockers will vote on new pay terms on Tuesday.";
    const t2 = "Dockers in Antwerp will vote on the new pay terms on Tuesday, their union said in a statement to members and to port employers across the region.";
    const actors = (t: string) => [{ name: "Antwerp", actor: "antwerp", kind: "place" as const }].filter((a) => t.includes(a.name));
    const events = buildTimeline([timelineInput("a", "2024-06-03", t1, actors(t1)), timelineInput("b", "2024-06-03", t2, actors(t2))]);
    const tuesday = events.find((e) => e.date === "2024-06-04");
    expect(tuesday?.articles.sort()).toEqual(["a", "b"]);
    expect(tuesday?.text).toBe(t2);
  });
  it("merges one summit told in different words by three outlets, and keeps other happenings that day apart", () => {
    const place = (name: string, actor: string) => ({ name, actor, kind: "place" as const });
    const t1 = "Leaders of India and Brazil met in Lisbon on Tuesday to discuss trade tariffs.";
    const t2 = "On Tuesday, New Delhi and Brasília held a round of negotiations in Portugal, aides said.";
    const t3 = "Indian and Brazilian officials engaged in summit talks on Tuesday, with a joint statement expected later.";
    const t4 = "Officials from Argentina and Brazil also held talks in Lisbon on Tuesday over energy exports.";
    const t5 = "A bomb attack on a market in Lisbon killed two people on Tuesday.";
    const events = buildTimeline([
      timelineInput("a", "2025-09-10", t1, [place("India", "india"), place("Brazil", "brazil"), place("Lisbon", "lisbon")]),
      timelineInput("b", "2025-09-10", t2, [place("New Delhi", "new-delhi"), place("Brasília", "brasilia"), place("Portugal", "portugal")]),
      timelineInput("c", "2025-09-10", t3, []),
      timelineInput("d", "2025-09-10", t4, [place("Argentina", "argentina"), place("Brazil", "brazil"), place("Lisbon", "lisbon")]),
      timelineInput("e", "2025-09-10", t5, [place("Lisbon", "lisbon")]),
    ]);
    const tuesday = events.filter((e) => e.date === "2025-09-09");
    expect(tuesday.find((e) => e.articles.includes("a"))?.articles.sort()).toEqual(["a", "b", "c"]);
    expect(tuesday.find((e) => e.articles.includes("d"))?.articles).toEqual(["d"]);
    expect(tuesday.find((e) => e.articles.includes("e"))?.articles).toEqual(["e"]);
    expect(tuesday).toHaveLength(3);
  });
});
