// Holidays a news text names as days. Sources: the fixed dates of the Gregorian calendar's feasts
// (Christmas, New Year), the United States federal holidays as set by 5 U.S.C. 6103 (Thanksgiving
// the fourth Thursday of November, Memorial Day the last Monday of May, Labor Day the first Monday
// of September, Martin Luther King Jr. Day the third Monday of January, Washington's Birthday the
// third Monday of February, Columbus Day the second Monday of October, Veterans Day November 11), and
// Easter by the Gregorian computus (Meeus/Jones/Butcher), with the days counted from it.
// Left out on purpose: names that mean different days in different countries ("Independence Day",
// "Labour Day", "Election Day", "Mother's Day"): a wrong day is worse than none.

/** A day fixed in the calendar: month and day. */
export interface FixedHoliday {
  kind: "fixed";
  month: number;
  day: number;
}
/** The nth weekday (1 = Monday) of a month; n -1 is the last. */
export interface NthWeekdayHoliday {
  kind: "nth";
  month: number;
  weekday: number;
  n: number;
}
/** Days from Easter Sunday. */
export interface EasterHoliday {
  kind: "easter";
  offset: number;
}
export type HolidayRule = FixedHoliday | NthWeekdayHoliday | EasterHoliday;

/** Names as printed (apostrophes straight or curly, "Day" optional where shown), lower case. */
export const HOLIDAYS: Record<string, HolidayRule> = {
  "new year's day": { kind: "fixed", month: 1, day: 1 },
  "new year's eve": { kind: "fixed", month: 12, day: 31 },
  "christmas eve": { kind: "fixed", month: 12, day: 24 },
  "christmas day": { kind: "fixed", month: 12, day: 25 },
  christmas: { kind: "fixed", month: 12, day: 25 },
  "boxing day": { kind: "fixed", month: 12, day: 26 },
  "valentine's day": { kind: "fixed", month: 2, day: 14 },
  "st. patrick's day": { kind: "fixed", month: 3, day: 17 },
  "saint patrick's day": { kind: "fixed", month: 3, day: 17 },
  halloween: { kind: "fixed", month: 10, day: 31 },
  "veterans day": { kind: "fixed", month: 11, day: 11 },
  "veterans' day": { kind: "fixed", month: 11, day: 11 },
  "martin luther king day": { kind: "nth", month: 1, weekday: 1, n: 3 },
  "martin luther king jr. day": { kind: "nth", month: 1, weekday: 1, n: 3 },
  "presidents day": { kind: "nth", month: 2, weekday: 1, n: 3 },
  "presidents' day": { kind: "nth", month: 2, weekday: 1, n: 3 },
  "memorial day": { kind: "nth", month: 5, weekday: 1, n: -1 },
  "labor day": { kind: "nth", month: 9, weekday: 1, n: 1 },
  "columbus day": { kind: "nth", month: 10, weekday: 1, n: 2 },
  thanksgiving: { kind: "nth", month: 11, weekday: 4, n: 4 },
  "thanksgiving day": { kind: "nth", month: 11, weekday: 4, n: 4 },
  "ash wednesday": { kind: "easter", offset: -46 },
  "palm sunday": { kind: "easter", offset: -7 },
  "good friday": { kind: "easter", offset: -2 },
  easter: { kind: "easter", offset: 0 },
  "easter sunday": { kind: "easter", offset: 0 },
  "easter monday": { kind: "easter", offset: 1 },
  pentecost: { kind: "easter", offset: 49 },
};
