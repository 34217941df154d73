// Dates that chrono leaves out or reads as one phrase: both ends of a range, the month "May",
// years named by their context ("the full year", "later that year").
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/nlp.js";
import { extractDateMentions, findDateCandidates, type DateReference } from "../../src/extract/dates.js";
import { resolveAll } from "../../src/dates/resolve.js";
import { inferPublicationDates, latestPrintedDay } from "../../src/relate/dating.js";

const on = (date: string): DateReference => ({ date, dateTime: null, timezone: null });
function found(text: string, day: string, timeml = false): { text: string; value: string }[] {
  const analysis = analyse(text);
  const candidates = findDateCandidates(text, analysis);
  const values = resolveAll(candidates, analysis, text, { day, zone: null, timeml });
  return candidates.flatMap((c, i) => (values[i] ? [{ text: c.text, value: values[i]!.value }] : []));
}
const valueFor = (text: string, phrase: string, day: string, timeml = false) => found(text, day, timeml).find((f) => f.text === phrase)?.value;

describe("ranges", () => {
  // Tuesday 11 March 2025
  const day = "2025-03-11";
  it("reads both ends of a range joined by a word", () => {
    const got = found("The fund bought 20,000 shares from Jan. 14 to Feb. 3 at prices near $12.", day);
    expect(got).toEqual([
      { text: "Jan. 14", value: "2025-01-14" },
      { text: "Feb. 3", value: "2025-02-03" },
    ]);
    expect(valueFor("Ticket sales run from today through April 2, the theatre said.", "April 2", day)).toBe("2025-04-02");
  });
  it("reads the day after 'and' in 'on April 24 and 25' as a second day of that month and year", () => {
    expect(found("The summit will be held in Quito on April 24 and 25.", day)).toEqual([
      { text: "April 24", value: "2025-04-24" },
      { text: "25", value: "2025-04-25" },
    ]);
    // a count after "and", or a smaller number, is no day
    expect(found("On March 3 and 40 people were hurt in the blast.", day)).toEqual([{ text: "March 3", value: "2025-03-03" }]);
    expect(found("The index rose on March 3 and 2 others fell.", day)).toEqual([{ text: "March 3", value: "2025-03-03" }]);
  });
  it("keeps a range joined by a dash as one phrase of one month", () => {
    expect(found("The festival ran Feb. 6-9 in Ghent.", day)).toEqual([{ text: "Feb. 6-9", value: "2025-02-06" }]);
  });
});

describe("the month May", () => {
  const day = "2025-10-08";
  it("reads 'May' after a word that takes a month", () => {
    expect(valueFor("The ferry line was sold last May to a Danish group.", "last May", day)).toBe("2025-05");
    expect(valueFor("Rents have risen since May, the agency said.", "May", day)).toBe("2025-05");
  });
  it("does not read the verb, or a person called May, as the month", () => {
    expect(found("Shareholders may vote by post. The essay was edited by May Okafor.", day)).toEqual([]);
    expect(found("May the best team win, the coach said.", day)).toEqual([]);
  });
});

describe("a count of days from a day told in the same phrase", () => {
  it("keeps the day that 'a day after Sept. 12' and 'the day before last Tuesday' count from", () => {
    // Monday 1 October 2001
    const day = "2001-10-01";
    expect(found("The convoy left a day after Sept. 12, officials said.", day)).toEqual([
      { text: "a day after", value: "2001-09-13" },
      { text: "Sept. 12", value: "2001-09-12" },
    ]);
    expect(valueFor("The day before last Tuesday's vote, the mayor resigned.", "The day before", day)).toBe("2001-09-24");
    // with no day after it, the count is from nothing told: no date
    expect(found("The convoy had left three days before.", day)).toEqual([]);
  });
});

describe("a count of days from a day told before", () => {
  const day = "2025-07-30";
  it("counts 'two days later' from a day told a sentence or two before", () => {
    expect(valueFor("The dam burst on July 3. Two days later, the army arrived.", "Two days later", day)).toBe("2025-07-05");
  });
  it("gives no date when the last day told is paragraphs back", () => {
    const text =
      "The dam burst on July 3. Villagers fled to the hills. Aid groups sent tents and water. " +
      "The provincial council met to discuss the cost. If the council fails to agree within ten days, the money would come seven days later.";
    expect(valueFor(text, "seven days later", day)).toBeUndefined();
  });
});

describe("the week of a day", () => {
  it("reads 'the week of March 9' as the ISO week holding that day, and a day after 'week' otherwise as the day", () => {
    const day = "2026-02-24";
    expect(valueFor("The hearing may be held the week of March 9, lawyers said.", "the week of March 9", day)).toBe("2026-W11");
    expect(valueFor("The ferry ran all week. On March 9, it stopped.", "March 9", day)).toBe("2026-03-09");
  });
});

describe("today and tomorrow as eras", () => {
  const day = "2025-07-30";
  it("gives 'today's youth' and 'the leaders of tomorrow' no day, and PRESENT_REF or FUTURE_REF in TimeML", () => {
    const text = "Phones shape today's youth, the survey found. Schools must train the leaders of tomorrow.";
    expect(found(text, day)).toEqual([]);
    expect(valueFor(text, "today", day, true)).toBe("PRESENT_REF");
    expect(valueFor(text, "tomorrow", day, true)).toBe("FUTURE_REF");
  });
  it("keeps 'today's meeting' and 'the events of today' the day of writing", () => {
    expect(valueFor("Today's meeting was short.", "Today", day)).toBe("2025-07-30");
    expect(valueFor("The events of today shocked the town.", "today", day)).toBe("2025-07-30");
  });
});

describe("rough counts of time ahead", () => {
  const day = "2025-07-30";
  it("gives 'in a year or two' no date in the briefing and FUTURE_REF in TimeML; 'in a year' stays a year", () => {
    const text = "The mine could reopen in a year or two, the minister said. The bridge opens in a year.";
    expect(valueFor(text, "in a year or two", day)).toBeUndefined();
    expect(valueFor(text, "in a year or two", day, true)).toBe("FUTURE_REF");
    expect(valueFor(text, "in a year", day)).toBe("2026");
  });
});

describe("years named by their context", () => {
  const day = "2025-07-30";
  it("reads 'the current year', 'by year-end' and 'for the full year' as the year of writing", () => {
    expect(valueFor("The miner expects output to grow in the current year.", "the current year", day)).toBe("2025");
    expect(valueFor("The railway hopes to finish the tunnel by year-end.", "year-end", day)).toBe("2025");
    expect(valueFor("Margins should improve for the full year, the retailer said.", "the full year", day)).toBe("2025");
  });
  it("reads 'For the year' and 'The full year' opening a sentence, but not an award's title", () => {
    expect(valueFor("Freight rates fell in the quarter. For the year, volumes were flat, the port said.", "the year", day)).toBe("2025");
    expect(valueFor("The full year should be better, the chain said.", "The full year", day)).toBe("2025");
    expect(found("Sam Osei was named Player of the Year by the league.", day)).toEqual([]);
  });
  it("counts 'later that year' and 'the following month' from the date told before", () => {
    expect(valueFor("She left Lagos in March 2011 and came back later that year.", "later that year", day)).toBe("2011");
    expect(valueFor("The mill closed in October 2019. The following month, its owner sold the site.", "The following month", day)).toBe("2019-11");
  });
  it("leaves 'that year' unknown when no date is told before it", () => {
    expect(valueFor("That year was the wettest anyone remembered.", "That year", day)).toBeUndefined();
  });
  it("does not give the year of writing when the sentence prints another year, nor to a span", () => {
    expect(valueFor("In 1987 the club was nearly bankrupt; for the full year it lost money.", "the full year", day)).toBeUndefined();
    expect(found("Profit for the year ended March 31 doubled.", day)).toEqual([{ text: "March 31", value: "2025-03-31" }]);
    expect(found("Rainfall was twice that of the year before.", day)).toEqual([]);
  });
  it("shows these years in the briefing too", () => {
    const text = "The council plans to open the library before the end of the year.";
    expect(extractDateMentions(text, analyse(text), on(day))).toMatchObject([{ text: "the end of the year", value: "2025", precision: "year" }]);
  });
});

describe("holidays", () => {
  // Tuesday 2 December 2025
  const day = "2025-12-02";
  it("reads a holiday by its rule and the tense: fixed, nth weekday, from Easter", () => {
    expect(valueFor("The ferry sank off Crete on Thanksgiving Day.", "Thanksgiving Day", day)).toBe("2025-11-27");
    expect(valueFor("The bakery will close on Christmas Eve.", "Christmas Eve", day)).toBe("2025-12-24");
    expect(valueFor("Pilgrims filled the square on Good Friday 2019.", "Good Friday 2019", day)).toBe("2019-04-19");
    expect(valueFor("The union marched on Memorial Day last spring.", "Memorial Day", day)).toBe("2025-05-26");
    expect(valueFor("Prices rose after last Christmas, the chamber said.", "last Christmas", day)).toBe("2024-12-25");
  });
  it("does not read a march named 'the March of …' as the month, also when the parser takes in the 'of'", () => {
    expect(found("Mothers led the ``March of the Silent Mothers'' through the capital.", "2025-06-02")).toEqual([]);
  });
  it("reads 'March of last year' and 'July last year' as the month in the year counted, not this year's", () => {
    expect(valueFor("Sales fell in March of last year.", "March of last year", "2025-06-02")).toBe("2024-03");
    expect(valueFor("The pier reopened in July last year.", "July last year", "2025-06-02")).toBe("2024-07");
    expect(valueFor("The loan falls due on Jan. 5 next year.", "Jan. 5 next year", "2025-06-02")).toBe("2026-01-05");
    // "last year's" belongs to a noun, and a comma parts the month from it
    expect(valueFor("In March, last year's champion lost.", "March", "2025-06-02")).toBe("2025-03");
  });
  it("does not read a place, a greeting, a season or every such day as the day", () => {
    const text =
      "Easter Island lies far out in the Pacific. \"Merry Christmas,\" she wrote. Christmas shopping slowed. " +
      "He went home every Thanksgiving. It was a good friday for the brokers.";
    expect(found(text, day)).toEqual([]);
  });
});

describe("a quarterly report that keeps speaking of its quarter", () => {
  it("compares 'a year earlier' with the quarter 'the latest quarter' names, many sentences after the first", () => {
    const text =
      "Harbor Mills posted second-quarter profit of $12 million. Its chairman spoke of new looms. The plant in Ohio was idle. " +
      "Cotton prices were high. Workers struck in June. The union settled. Analysts were calm. " +
      "Sales in the latest quarter were $90 million, up from $81 million a year earlier.";
    const got = found(text, "2025-08-14", true);
    expect(got.find((f) => f.text === "the latest quarter")?.value).toBe("2025-Q2");
    expect(got.find((f) => f.text === "a year earlier")?.value).toBe("2024-Q2");
  });
  it("without a later mention of the quarter, 'a year earlier' far from it stays a year", () => {
    const text =
      "Harbor Mills posted second-quarter profit of $12 million. Its chairman spoke of new looms. The plant in Ohio was idle. " +
      "Cotton prices were high. Workers struck in June. The union settled. Analysts were calm. " +
      "The mill employed 400 people, up from 350 a year earlier.";
    expect(found(text, "2025-08-14", true).find((f) => f.text === "a year earlier")?.value).toBe("2024");
  });
});

describe("decades, centuries and years with a prefix", () => {
  const day = "2025-06-18";
  it("reads 'the eighties' and 'the '90s' as the latest such decade begun, and ordinal centuries", () => {
    expect(valueFor("Wages stagnated in the eighties, the study found.", "the eighties", day, true)).toBe("198");
    expect(valueFor("Rents doubled during the '90s in Dublin.", "the '90s", day, true)).toBe("199");
    expect(valueFor("Sales rose in the twenties so far.", "the twenties", day, true)).toBe("202");
    expect(valueFor("The abbey is a 12th-century building.", "12th-century", day, true)).toBe("11");
  });
  it("does not read a capitalised name as a decade", () => {
    expect(found("The Roaring Twenties reopened as a bar.", day, true)).toEqual([]);
  });
  it("reads 'mid-1996' and 'post-2008' as years, not a code joined by a dash", () => {
    expect(valueFor("Exports recovered in mid-2011.", "mid-2011", day)).toBe("2011");
    expect(valueFor("The post-2008 rules were strict.", "2008", day)).toBe("2008");
    expect(found("The firm sells the Turbo X-2000 blender.", day)).toEqual([]);
  });
  it("reads 'the current fiscal year' before a relative clause", () => {
    expect(valueFor("It expects sales in the current fiscal year that beat forecasts.", "the current fiscal year", day)).toBe("2025");
  });
});

describe("weekdays told from another day", () => {
  // Wednesday 18 June 2025
  const day = "2025-06-18";
  it("counts 'the previous Friday' from the day told before it", () => {
    const got = found("The index closed at 812 on June 5. That was 3% below the previous Friday.", day);
    expect(got).toEqual([
      { text: "June 5", value: "2025-06-05" },
      { text: "the previous Friday", value: "2025-05-30" },
    ]);
  });
  it("without a day told before, 'the previous Friday' is the Friday before the reference day", () => {
    expect(valueFor("Stocks were 3% below the previous Friday.", "the previous Friday", day)).toBe("2025-06-13");
    const told = found("Talks stalled on Tuesday. The parties met again the following Monday.", day);
    expect(told.find((f) => f.text === "the following Monday")?.value).toBe("2025-06-23");
  });
});

describe("vague references to the time of writing", () => {
  const day = "2025-09-09";
  it("reads 'current' before a noun as the present, but gives the briefing no day for it", () => {
    const text = "The current levy on imported steel will stay, the ministry said.";
    expect(valueFor(text, "current", day, true)).toBe("PRESENT_REF");
    expect(extractDateMentions(text, analyse(text), on(day))).toEqual([]);
  });
  it("does not read 'current' in accounting or physics, or 'the then current' price", () => {
    const text = "The current account deficit grew. Current assets fell. An electric current ran. Shares went at the then current price.";
    expect(found(text, day, true)).toEqual([]);
  });
  it("reads 'soon', 'in coming months' and 'the near term' ahead, but not 'as soon as' or a past 'soon'", () => {
    expect(valueFor("The port will soon reopen to ferries.", "soon", day, true)).toBe("FUTURE_REF");
    expect(valueFor("Fares should rise in coming months, the operator said.", "in coming months", day, true)).toBe("FUTURE_REF");
    expect(valueFor("Growth will be slow in the near term.", "the near term", day, true)).toBe("FUTURE_REF");
    const counter = "They will leave as soon as the roads open. The driver was soon released. The bridge opened soon after the storm.";
    expect(found(counter, day, true)).toEqual([]);
  });
});

describe("publication dates and weekdays told from another day", () => {
  it("does not date an article by 'the previous Friday', which is counted from a day it tells", () => {
    const text = "The museum reopened on Thursday, June 5, 2025. Visitors were fewer than on the previous Friday.";
    const analysis = analyse(text);
    const input = { id: "m", date: null, text, analysis, dateCandidates: findDateCandidates(text, analysis), storyId: "alone" };
    // with no dated coverage nothing dates it: the printed day is only a bound, and "the previous Friday",
    // read from the writing, would have pushed a date past June 6
    expect(inferPublicationDates([input]).has("m")).toBe(false);
    expect(latestPrintedDay(input.dateCandidates)).toBe("2025-06-05");
  });
});

describe("marches and parades named after a month", () => {
  const day = "2025-03-03";
  it("does not read 'the annual March for Life' or 'the March on Rome' as the month", () => {
    expect(found("Thousands joined the annual March for Life in the capital. He wrote a history of the March on Rome.", day)).toEqual([]);
  });
  it("still reads 'the March figures', 'the March of 2020' and 'in March in Ohio' as months", () => {
    expect(valueFor("The March figures were weak.", "March", day)).toBe("2025-03");
    expect(valueFor("Prices rose in the March of 2020.", "March of 2020", day)).toBe("2020-03");
    expect(valueFor("The vote is due in March in Ohio.", "March", day)).toBe("2025-03");
  });
});

describe("a month printed without a year near the writing", () => {
  // Tuesday 12 August 2025
  const day = "2025-08-12";
  it("is the one within a month of the writing when the tense comes from a verb further off", () => {
    expect(valueFor("The ministry told refiners of a cut in crude deliveries in September.", "September", day)).toBe("2025-09");
    expect(valueFor("The judge kept him in custody pending a hearing Aug. 28.", "Aug. 28", day)).toBe("2025-08-28");
  });
  it("keeps the tense when a verb governs the date directly, and a month far off by the tense", () => {
    // "dismissed on Aug. 30" is a past happening: the Aug. 30 before the writing
    expect(valueFor("The coach, dismissed on Aug. 30, is suing the club.", "Aug. 30", day)).toBe("2024-08-30");
    expect(valueFor("The ministry told refiners of a cut in crude deliveries in December.", "December", day)).toBe("2024-12");
  });
});

describe("seasons and times of day in TimeML values", () => {
  it("reads 'this past spring' as the last spring begun before the writing", () => {
    expect(valueFor("Sales slowed this past spring.", "this past spring", "2025-10-20", true)).toBe("2025-SP");
    expect(valueFor("Heating bills soared this past winter.", "this past winter", "2025-02-14", true)).toBe("2024-WI");
    // "this spring" without "past" stays the spring of the year of writing
    expect(valueFor("Sales slowed this spring.", "this spring", "2025-10-20", true)).toBe("2025-SP");
  });
  it("reads 'at midday' as noon, but not 'the midday sun'", () => {
    expect(valueFor("The court will sit again at midday.", "midday", "2025-06-02")).toBe("2025-06-02T12:00");
    expect(found("Workers rested out of the midday sun.", "2025-06-02")).toEqual([]);
  });
});

describe("an hour of a part of the day, a half year, a possessive day under a verb ahead", () => {
  it("reads 'at 4 in the morning' as 4 a.m. and 'at 9 in the evening' as 9 p.m., not a count of four", () => {
    expect(valueFor("The convoy will set off at 4 in the morning.", "at 4 in the morning", "2025-06-02")).toBe("2025-06-02T04:00");
    expect(valueFor("The polls closed at 9 in the evening.", "at 9 in the evening", "2025-06-02")).toBe("2025-06-02T21:00");
    expect(found("She came 4th in the morning race.", "2025-06-02")).toEqual([]);
  });
  it("gives 'the first half of 1990' the TimeML value 1990-H1, and the briefing the year", () => {
    expect(valueFor("Output fell in the first half of 1990.", "the first half of 1990", "1990-10-01", true)).toBe("1990-H1");
    expect(valueFor("Output fell in the latter half of 1990.", "the latter half of 1990", "1990-10-01", true)).toBe("1990-H2");
    expect(valueFor("Output fell in the first half of 1990.", "the first half of 1990", "1990-10-01")).toBe("1990");
  });
  it("reads a possessive weekday under a verb ahead as the nearest such day", () => {
    // Friday 17 January 2025: the ruling was Wednesday's, the election Sunday's
    const day = "2025-01-17";
    expect(valueFor("Lawyers said they would try to overturn Wednesday's ruling.", "Wednesday", day)).toBe("2025-01-15");
    expect(valueFor("Voters will choose a mayor in Sunday's election.", "Sunday", day)).toBe("2025-01-19");
  });
});

describe("verbs spelled alike in present and past, and the last few months", () => {
  // Monday 28 November 2005
  const day = "2005-11-28";
  it("reads 'a quake hit the town in February' as past: a present would be 'hits'", () => {
    expect(valueFor("A strong quake hit the town in February.", "February", day)).toBe("2005-02");
    expect(valueFor("He put the question to the minister on Thursday.", "on Thursday", day)).toBe("2005-11-24");
  });
  it("keeps a present reading where the verb is no lone past ('They will cut', 'to set')", () => {
    expect(valueFor("Unions will cut the working week in February.", "February", day)).toBe("2006-02");
  });
  it("gives 'the last few months' the TimeML value PAST_REF and the briefing no date", () => {
    expect(valueFor("Prices rose in the last few months.", "in the last few months", day, true)).toBe("PAST_REF");
    expect(found("Prices rose in the last few months.", day)).toEqual([]);
  });
});
