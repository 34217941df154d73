// The one table of evidence that decides what kind of actor a name is. Each feature is something seen in
// or around one mention (a title, a head noun, a gazetteer hit, the word before it); a candidate's score
// for a kind is the sum of the weights of the features that fired on it, then evidence is pooled over
// the article (src/extract/actors.ts, decide) and over the collection (src/relate/actors.ts). Keeping
// the weights here, by name, lets a test check each feature on text of its own and lets the CoNLL
// evaluation switch features off one at a time (`eval conll FILE --ablate`) to see what each is worth.
import type { ActorKind } from "../types.js";

export interface KindFeature {
  kind: ActorKind;
  /** added to the kind's score when the feature fires (negative: evidence against) */
  weight: number;
  /**
   * "name": a property of the words themselves (a gazetteer, a head word), the same on every mention of
   * the name, so counted once for it; "context": what surrounds one mention (a title, a verb, a
   * preposition), which adds up over the mentions of the name
   */
  source: "name" | "context";
  /** what fires it, with an example */
  why: string;
}

export const KIND_EVIDENCE = {
  title: { kind: "person", weight: 4, source: "context", why: "a title printed with the name: 'Defence Minister Ana Ruiz', 'Ruiz, the bank's chief economist,'" },
  honorific: { kind: "person", weight: 5, source: "context", why: "an honorific before the name: 'Mr. Okafor', 'Dr Lindqvist'" },
  givenNameFirst: { kind: "person", weight: 2.5, source: "name", why: "several words, the first a given name, the last no organisation head word: 'Maria Lindqvist'" },
  initialFirst: { kind: "person", weight: 2.5, source: "name", why: "several words opening on an initial: 'J. Okafor'" },
  surnameLast: { kind: "person", weight: 1, source: "name", why: "several words ending on a word the people-names list knows: 'Tomas Halloran'" },
  placeInsideName: { kind: "organization", weight: 0.6, source: "name", why: "several words, one a place, none a given name: 'Lisbon Port Works'" },
  cityAndPlural: { kind: "organization", weight: 2, source: "name", why: "a place followed by a plural: a team ('Denver Falcons')" },
  thingAfterArticle: { kind: "other", weight: 1, source: "context", why: "several words after an article, no given name among them: 'the Lantern Chronicles'" },
  severalWords: { kind: "person", weight: 0.5, source: "name", why: "several capitalised words with no other sign: most often a person's name" },
  commonWordLast: { kind: "person", weight: -2, source: "name", why: "several words ending on one the article prints in lower case elsewhere, no known surname: 'Quarvel Fire' beside 'the fire'" },
  commonWordsOnly: { kind: "other", weight: 1, source: "name", why: "several words, all common English words, none a given name or a place, and one printed in lower case in the article or none a surname: 'Silver Harbour Cup' is a thing, not a person (and shows no person's shape)" },
  knownNameAlone: { kind: "person", weight: 0.8, source: "name", why: "one word, a given name or a word of the people-names list: 'Okafor'" },
  quotedTitle: { kind: "other", weight: 5, source: "context", why: "a name that alone fills quotation marks is a title: '“Silver Harbour”'" },
  orgTail: { kind: "organization", weight: 5, source: "name", why: "several words ending on an organisation head word ('Harbour Trust Bank'), or a lone body word ('Parliament')" },
  legalFormLast: { kind: "organization", weight: 6, source: "name", why: "several words ending on a firm's legal form that no person's name ends on ('Quarvel Freight Corp', 'Harlan Foods Ltd'): it outweighs a title printed before the firm ('lead manager Quarvel Freight Corp said')" },
  ampersand: { kind: "organization", weight: 3, source: "name", why: "names joined by '&' are a firm's: 'Harrow & Vane', 'Quarvel & Sons'" },
  orgHeadOf: { kind: "organization", weight: 4, source: "name", why: "an organisation head word before 'of', 'for' or 'on' inside the name: 'Ministry of Fisheries', 'Council for Harbour Safety', 'National League for Reform'" },
  placeHeadOf: { kind: "place", weight: 4.5, source: "name", why: "'X of Y' opening on a geographic head word: 'Gulf of Zerat'" },
  placeHead: { kind: "place", weight: 4, source: "name", why: "a geographic head word first: 'Mount Arvel', 'Lake Senna'" },
  placeTail: { kind: "place", weight: 3.5, source: "name", why: "a geographic head word last: 'Arvel River', 'Senna Valley'" },
  gazetteerPlace: { kind: "place", weight: 3, source: "name", why: "the place gazetteer knows the name: 'Lisbon'" },
  institutionHouse: { kind: "organization", weight: 5, source: "name", why: "several words ending on 'House' or 'Hall' after no given name: 'Chatham House' (not 'Gregory House')" },
  gazetteerPlaceOverHead: { kind: "place", weight: 2.5, source: "name", why: "the gazetteer holds a name of several words that ends on an organisation head word: 'Soviet Union' (with gazetteerPlace it outweighs orgTail)" },
  gazetteerPlaceAlsoGivenName: { kind: "place", weight: 2, source: "name", why: "the place gazetteer knows a one-word name that is also a given name: 'Florence'" },
  acronym: { kind: "organization", weight: 2.5, source: "name", why: "one word of 2-6 capitals that is no known place: 'WFTU'" },
  dottedAcronym: { kind: "organization", weight: 0.6, source: "name", why: "capitals each with its full stop, no known place: 'U.N.'; weak, as many are a state's or a city's ('N.J.', 'L.A.'), which a preposition of place outweighs" },
  namesAfterArticle: { kind: "person", weight: -1.5, source: "context", why: "several names taking 'the', with no title between: a team, body or thing ('the Harbour Kings')" },
  singleAfterArticle: { kind: "organization", weight: 2, source: "context", why: "one name taking 'the' that is no place, people or plural: an institution ('the Kremlin')" },
  hometown: { kind: "place", weight: 2.5, source: "context", why: "', of X,' or ', from X,' set off by commas after a person: 'Ana Ruiz, of Quarvel, said'" },
  pluralAfterArticle: { kind: "organization", weight: 1.5, source: "context", why: "one plural name, no known place, taking 'the': a team or group ('the Harriers')" },
  versus: { kind: "organization", weight: 2, source: "context", why: "either side of the sports page's 'v': a side ('Quarvel v Zerat')" },
  afterPlaceIn: { kind: "place", weight: 1.5, source: "context", why: "right after 'in', 'near', 'outside', 'across'..., not owning what follows: 'in Quarvel' (not 'in Okafor's view')" },
  afterPlacePreposition: { kind: "place", weight: 0.75, source: "context", why: "right after 'at', 'from', 'to', 'into'... (or 'in' before a possessive): 'from Quarvel'" },
  orgNounNext: { kind: "organization", weight: 2.5, source: "context", why: "a lower-case noun for a body right before or after the name, which is no known place: 'the news agency Quarvel', 'the Quarvel newspaper', 'the firm, Quarvel,'" },
  thingNounNext: { kind: "other", weight: 2.5, source: "context", why: "a lower-case noun for a work, vessel or award right before or after the name, which is no known place: 'the frigate Quarvel', 'the Quarvel films'" },
  placeNounNext: { kind: "place", weight: 2.5, source: "context", why: "a lower-case noun for a place, or for its people, right after the name: 'Quarvel island', 'Quarvel county', 'Quarvel police'" },
  placeNounOf: { kind: "place", weight: 3.5, source: "context", why: "a lower-case noun for a place and 'of' right before the name: 'the village of Quarvel'" },
  ageGiven: { kind: "person", weight: 3, source: "context", why: "an age printed with the name: 'Veltkamp, 34, said', '34-year-old Jorund Veltkamp'" },
  spokenTo: { kind: "place", weight: -0.75, source: "context", why: "'to' after a verb of saying or a message names who heard it, no place: 'confirmed to Quarvel', 'a statement to Quarvel'" },
  cityAsOpponent: { kind: "organization", weight: 2, source: "context", why: "a known city or region that is no country right after 'against' is its side: 'the game against Lyon'" },
  speechVerb: { kind: "person", weight: 1.5, source: "context", why: "next to a verb of saying, not after 'the': 'Okafor said', 'said Okafor'" },
  scoreboardTeam: { kind: "organization", weight: 3, source: "context", why: "a name followed by a score on a line of scores is a team: 'Arvel 3 Senna 1'" },
  scoreboardPlaceClub: { kind: "organization", weight: 4.5, source: "context", why: "a place that is no country followed by a score is a club, not the place ('Lisbon 2 Porto 1')" },
} as const satisfies Record<string, KindFeature>;

export type KindFeatureName = keyof typeof KIND_EVIDENCE;

/**
 * How evidence is pooled and turned into a decision: the share of the article's other mentions of the
 * same name that counts towards each one, what a person's full name lends its bare surname, and the
 * score given to a name typed by default.
 */
export const KIND_POOLING = {
  /** weight of the other mentions of the same name in the article */
  articleShare: 0.5,
  /** a full name must score at least this as a person to lend its kind to its bare surname */
  surnameMinScore: 2,
  /** at most this much of the full name's person score is lent to the surname */
  surnameMaxLent: 3.5,
  /** an organisation's head word alone ("the Times" after "The New York Times") */
  shortNameOrganization: 2,
  /** at most this much of a longer name's score goes to its leading words ("Betty Ford" of "the Betty Ford Center") */
  shortFormMaxScore: 4,
  /** score of a kind the name's shape decides ("the President's Office" is an organisation) */
  forcedScore: 4,
  /** score of a kind given with no evidence at all (several words: a person; one word: an organisation) */
  defaultScore: 0.3,
  /** confidence = base + score / perScore, at most 1 */
  confidenceBase: 0.3,
  confidencePerScore: 6,
} as const;

// features switched off for an ablation run of the evaluation; empty in every build
const disabled = new Set<KindFeatureName>();

/** Switches features off (for the evaluation's ablation only); call with no names to switch all back on. */
export function disableKindFeatures(...names: KindFeatureName[]): void {
  disabled.clear();
  for (const n of names) disabled.add(n);
}

/** The scores the fired features add up to (only those from one source, when given). */
export function scoreFeatures(fired: readonly KindFeatureName[], source?: KindFeature["source"]): Record<ActorKind, number> {
  const scores: Record<ActorKind, number> = { person: 0, organization: 0, place: 0, other: 0 };
  for (const name of fired) {
    const f: KindFeature = KIND_EVIDENCE[name];
    if (disabled.has(name) || (source !== undefined && f.source !== source)) continue;
    scores[f.kind] += f.weight;
  }
  return scores;
}
