// Words that end in a full stop without ending a sentence: honorifics and ranks, common business
// and place abbreviations, months. Written for this project from common English newspaper usage
// (the AP Stylebook's abbreviations of titles, months and company forms); a lower-case list, dots left out.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "rev", "fr", "sr", "jr", "st",
  "gov", "sen", "rep", "pres", "amb", "atty", "supt", "det", "insp",
  "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt",
  "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ", "assn",
  "mt", "ft", "ave", "blvd", "rd", "no", "nos", "vs", "etc", "approx",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
