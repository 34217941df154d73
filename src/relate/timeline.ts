// The timeline: events from all articles, merged when they report the same happening (same date,
// shared actors and words), each keeping every source with the sentence and date phrase it used.
// Sources that tell the same happening on different dates are not merged (each date stays visible)
// but both entries say so in `conflict`.
import type { ActorKind, DateMention, EventCandidate } from "../types.js";
import type { BriefingEvent } from "../model/briefing.js";
import { CAPITALS } from "../data/gazetteer.js";
import { slugify, stableHash } from "../model/ids.js";
import { lexicon } from "../data/lexicon.js";
import { addToList, addToSet } from "../collections.js";

export interface TimelineInput {
  id: string;
  date: string | null;
  events: EventCandidate[];
  dateMentions: DateMention[];
  /** names in the text resolved to actors; `kind` lets a shared place count for less than a shared person */
  actorSpans: { start: number; end: number; actor: string; kind?: ActorKind }[];
}

interface Item {
  article: string;
  date: string;
  sentence: string;
  phrase: string;
  value: string;
  start: number;
  actors: Set<string>;
  places: Set<string>;
  words: Set<string>;
  /** the content words of each actor's name as printed here */
  nameWords: Map<string, Set<string>>;
  /** the sentence dates another happening first: it tells this one only in passing */
  secondary: boolean;
  /** the first two countries taking part (capitals and demonyms read as their country; venues left out) */
  parties: string[];
  /** kinds of happening the sentence names ("meeting" for talks, met, negotiations…) */
  kinds: Set<string>;
}

interface Group {
  date: string;
  items: Item[];
  actors: Set<string>;
  words: Set<string>;
}

const STOPWORDS = new Set(
  ("the a an and or but of to in on at for with from by as is are was were be been being has have had will would could " +
    "should may might can that this these those which who whom whose it its their they them he she his her we our you your " +
    "not no also than then there here after before during while about into over under between said says say told according " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september " +
    "october november december today yesterday tomorrow week weekend month year night evening morning afternoon").split(" "),
);

function contentWords(sentence: string): Set<string> {
  const words = new Set<string>();
  for (const raw of sentence.toLowerCase().match(/[a-z][a-z'’-]+/g) ?? []) {
    const word = raw.replace(/['’]s$/, "");
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    // a crude stem is enough to match "talks"/"talk", "meeting"/"meetings"
    words.add(word.length > 5 ? word.replace(/(ing|ed|es|s)$/, "") : word.replace(/s$/, ""));
  }
  return words;
}

// Reporters name one happening with many words: "talks", "met", "a round of negotiations". Each
// family is one kind of happening, so two reports match on the kind rather than on the word.
const HAPPENING_KINDS: [string, RegExp][] = [
  ["meeting", /\b(talks?|talked|meet|meets|met|meetings?|negotiat\w*|discussions?|discuss(?:es|ed|ing)?|summit\w*|consultations?)\b/i],
  ["call", /\b(calls?|called|phoned|phone call|spoke by phone|conversations?)\b/i],
  ["attack", /\b(attacks?|attacked|strikes?|struck|assaults?|bombing|bombed|shelling|shelled|raids?|missiles?)\b/i],
  ["vote", /\b(votes?|voted|voting|elections?|ballots?|referendums?)\b/i],
];

const kindsIn = (text: string) => new Set(HAPPENING_KINDS.filter(([, re]) => re.test(text)).map(([kind]) => kind));

interface CountryData {
  countries: Set<string>;
  /** capital slug -> country slug: "Washington" in a report of talks stands for the government */
  capitals: Map<string, string>;
  /** demonym -> country slug */
  demonyms: Map<string, string>;
}

let countryData: CountryData | null = null;

// capitals and demonyms from the compiled gazetteer (sovereign states first, so "American" reads
// as the United States and not a territory sharing the word)
function countries(): CountryData {
  if (countryData) return countryData;
  const data: CountryData = { countries: new Set(), capitals: new Map(), demonyms: new Map() };
  for (const country of lexicon().countries) data.countries.add(slugify(country));
  for (const entry of CAPITALS.split("|")) {
    const [capital, country] = entry.split("=") as [string, string];
    data.countries.add(slugify(country));
    const key = slugify(capital);
    if (!data.capitals.has(key)) data.capitals.set(key, slugify(country));
  }
  for (const [demonym, country] of lexicon().demonyms) if (country && !data.demonyms.has(demonym)) data.demonyms.set(demonym, slugify(country));
  countryData = data;
  return data;
}

/**
 * The countries a stretch of text names as taking part, in order: resolved country and capital
 * names and demonyms ("Ukrainian officials"). A place after "in"/"at", or set after such a place
 * ("in Jeddah, Saudi Arabia"), is where it happened, not who took part.
 */
function partiesIn(text: string, offset: number, spans: TimelineInput["actorSpans"]): string[] {
  const data = countries();
  const found: { at: number; end: number; country: string | null }[] = [];
  for (const span of spans) {
    const at = span.start - offset;
    if (at < 0 || span.end - offset > text.length) continue;
    const country = data.countries.has(span.actor) ? span.actor : data.capitals.get(span.actor) ?? null;
    found.push({ at, end: span.end - offset, country: span.kind === "place" || country ? country ?? "" : null });
  }
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b/g)) {
    const at = m.index;
    if (found.some((f) => at < f.end && at + m[0].length > f.at)) continue;
    const two = data.demonyms.get(m[0]);
    const one = data.demonyms.get(m[0].split(" ")[0]!);
    if (two) found.push({ at, end: at + m[0].length, country: two });
    else if (one) found.push({ at, end: at + m[0].split(" ")[0]!.length, country: one });
  }
  found.sort((a, b) => a.at - b.at);
  const parties: string[] = [];
  let venueEnd = -1;
  for (const f of found) {
    if (f.country === null) continue;
    const before = text.slice(Math.max(0, f.at - 8), f.at);
    const isVenue = /\b(in|at)\s+(the\s+)?$/i.test(before) || (venueEnd >= 0 && /^,\s*(the\s+)?$/i.test(text.slice(venueEnd, f.at)));
    if (isVenue) {
      venueEnd = f.end;
      continue;
    }
    if (f.country && !parties.includes(f.country)) parties.push(f.country);
  }
  return parties.slice(0, 2);
}

/** The part of a sentence that tells the happening its date phrase dates: the clause holding the phrase, widened to name a kind of happening. */
function clauseOf(sentence: string, phraseAt: number): string {
  let from = phraseAt;
  while (from > 0) {
    const comma = Math.max(sentence.lastIndexOf(",", from - 1), sentence.lastIndexOf(";", from - 1));
    from = Math.max(comma, 0);
    if (kindsIn(sentence.slice(from, phraseAt)).size > 0) break;
  }
  return sentence.slice(0, from).replace(/./g, " ") + sentence.slice(from, phraseAt);
}

const samePair = (a: string[], b: string[]) => a.length === 2 && b.length === 2 && a.includes(b[0]!) && a.includes(b[1]!);
const shareKind = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.size + b.size - shared);
}

/** Whether two word sets reach Jaccard `t`; sets whose sizes alone rule it out are not compared. */
function reachesJaccard(a: Set<string>, b: Set<string>, t: number): boolean {
  // the shared words are at most the smaller set, so Jaccard is at most small / large
  if (Math.min(a.size, b.size) < t * Math.max(a.size, b.size)) return false;
  return jaccard(a, b) >= t;
}

/**
 * One side of a word-overlap test with the words in `without` taken out: the rest of its words, once
 * for every report of a group it is held against (the group's shared names are the same for all).
 */
interface WordsWithout {
  kept: string[];
  without: Set<string>;
}

function wordsWithout(words: Set<string>, without: Set<string>): WordsWithout {
  const kept: string[] = [];
  for (const x of words) if (!without.has(x)) kept.push(x);
  return { kept, without };
}

/**
 * Whether `a` (the words kept) and `b` reach Jaccard `t` once the words in `a.without` are taken out
 * of both, with no set built: b's size without them is its size less the words of `without` it holds
 * (`without` is a set, each counted once). Sizes alone that rule it out skip the count of shared words.
 */
function reachesJaccardWithout(a: WordsWithout, b: Set<string>, t: number): boolean {
  const sizeA = a.kept.length;
  let sizeB = b.size;
  for (const x of a.without) if (b.has(x)) sizeB--;
  if (sizeA === 0 || sizeB === 0) return false;
  // the shared words are at most the smaller side, so Jaccard is at most small / large
  if (Math.min(sizeA, sizeB) < t * Math.max(sizeA, sizeB)) return false;
  let shared = 0;
  for (const x of a.kept) if (b.has(x)) shared++;
  return shared / (sizeA + sizeB - shared) >= t;
}

/** Whether two sets share a member (sharedCount(a, b) >= 1, stopping at the first). */
function sharesAny(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/**
 * What the kinds of happening say: "other" when a report of the group tells the same kind between
 * another pair of countries, "same" when one tells it between the same pair, null when neither.
 * (Asked hundreds of thousands of times at 10,000 articles: one pass, no arrays.)
 */
function pairVerdict(item: Item, group: Group): "other" | "same" | null {
  if (item.kinds.size === 0) return null;
  let same = false;
  for (const g of group.items) {
    if (!shareKind(item.kinds, g.kinds)) continue;
    if (item.parties.length === 2 && g.parties.length === 2 && !samePair(item.parties, g.parties)) return "other";
    if (samePair(item.parties, g.parties)) same = true;
  }
  return same ? "same" : null;
}

/** The actors an item shares with a group, in the item's order. */
function sharedActors(item: Item, group: Group): string[] {
  const shared: string[] = [];
  for (const a of item.actors) if (group.actors.has(a)) shared.push(a);
  return shared;
}

/** The least word overlap a report must reach with the item, given the actors (places counting half) they share. */
function wordsNeeded(actors: number): number {
  let needed = Infinity;
  for (const rule of WORDS_NEEDED) if (actors >= rule.actors) needed = Math.min(needed, rule.words);
  return needed;
}

function sameHappening(item: Item, group: Group): boolean {
  // one kind of happening between the same two countries is one happening, however it is worded;
  // the same kind between another pair ("talks with Moscow" beside "talks with Kyiv") is another
  const verdict = pairVerdict(item, group);
  if (verdict !== null) return verdict === "same";
  // people and organisations tie two reports to one happening; a shared place (the city where
  // talks were held) is half as telling, as many different happenings share it
  const shared = sharedActors(item, group);
  if (shared.length === 0) return group.items.some((g) => reachesJaccard(item.words, g.words, wordsNeeded(0)));
  const isPlace = (a: string) => item.places.has(a) || group.items.some((g) => g.places.has(a));
  const actors = shared.reduce((n, a) => n + (isPlace(a) ? 0.5 : 1), 0);
  // "talks between Chile and Peru in Geneva" and "talks between Kenya and Somalia in Geneva": when
  // each names parties the other does not and they share only the place, they are two happenings
  const own = (x: Set<string>, y: Set<string>) => [...x].some((a) => !y.has(a));
  if (shared.every(isPlace) && own(item.actors, group.actors) && own(group.actors, item.actors)) return false;
  // a name both share counts as a shared actor, not again as shared words ("South", "Africa")
  const sharedNames = new Set<string>();
  for (const a of shared) {
    item.nameWords.get(a)?.forEach((w) => sharedNames.add(w));
    for (const it of group.items) it.nameWords.get(a)?.forEach((w) => sharedNames.add(w));
  }
  const needed = wordsNeeded(actors);
  if (sharedNames.size === 0) return group.items.some((g) => reachesJaccard(item.words, g.words, needed));
  const itemWords = wordsWithout(item.words, sharedNames);
  return group.items.some((g) => reachesJaccardWithout(itemWords, g.words, needed));
}

/** How much two reports' words must overlap (Jaccard, shared names left out) to be one happening, by how many actors they share. */
const WORDS_NEEDED = [
  { actors: 0, words: 0.35 },
  { actors: 0.5, words: 0.25 },
  { actors: 1, words: 0.15 },
  { actors: 2, words: 0.08 },
] as const;

const readable = (iso: string) => iso;

/** A word in more of one day's happenings than this tells none of them apart ("said", "percent"). */
const MAX_DAY_POSTINGS = 40;

/**
 * One day's happenings, indexed by their words and parties. sameHappening needs a shared word
 * (every test but the party pair asks for word overlap) or the same pair of parties, so only
 * groups sharing one of the item's words that is rare that day, or its pair, are tried, in the
 * order they were made. On a day of a few reports every word is rare and every group is tried.
 */
class SameDayIndex {
  private readonly order = new Map<Group, number>();
  private readonly byWord = new Map<string, Set<Group>>();
  private readonly byPair = new Map<string, Set<Group>>();
  constructor(readonly date: string | null = null) {}

  add(group: Group, item: Item): void {
    this.order.set(group, this.order.size);
    this.note(group, item);
  }

  note(group: Group, item: Item): void {
    for (const w of item.words) addToSet(this.byWord, w, group);
    if (item.parties.length === 2) addToSet(this.byPair, pairKey(item.parties), group);
  }

  candidates(item: Item): Group[] {
    const found = new Set<Group>();
    for (const w of item.words) {
      const list = this.byWord.get(w);
      if (list && list.size <= MAX_DAY_POSTINGS) for (const g of list) found.add(g);
    }
    if (item.parties.length === 2) for (const g of this.byPair.get(pairKey(item.parties)) ?? []) found.add(g);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

const pairKey = (parties: string[]) => [...parties].sort().join("|");


/** A word in more event sentences than this is left out of the search for date conflicts. */
const MAX_CONFLICT_POSTINGS = 100;

/** Words shared by half of both word sets (Jaccard 0.5): the least common ones must overlap. */
const CONFLICT_JACCARD = 0.5;

/**
 * Pairs of groups (i < j) with two items whose words may reach Jaccard 0.5. Prefix filtering: with
 * each item's words ordered rarest first, two sets at Jaccard >= t share a word among the first
 * |x| - ceil(t·|x|) + 1 of each, so indexing only those prefixes finds every such pair.
 */
function conflictCandidates(groups: Group[]): [number, number][] {
  const { rankOf, frequency } = rarityRanks(groups);
  // each date as a number: the same-day test is then a comparison of numbers
  const dateIds = new Map<string, number>();
  const dateOf = Int32Array.from(groups, (g) => dateIds.get(g.date) ?? (dateIds.set(g.date, dateIds.size), dateIds.size - 1));
  const postings: number[][] = Array.from({ length: frequency.length }, () => []);
  // the group each other group was last paired with: a pair (other, gi) is only ever met while gi is the group at hand
  const pairedWith = new Int32Array(groups.length).fill(-1);
  // each pair as one number (other * groups + gi): sorted as numbers, they come in (i, j) order
  const found: number[] = [];
  groups.forEach((g, gi) => {
    for (const it of g.items) {
      const words = Int32Array.from(it.words, (w) => rankOf.get(w)!).sort();
      const prefix = words.subarray(0, words.length - Math.ceil(CONFLICT_JACCARD * words.length) + 1);
      for (const w of prefix) {
        // a word in many happenings ties none of them; an item whose rarest words are all this
        // common is not compared (it says too little to be the same happening told elsewhere)
        if (frequency[w]! > MAX_CONFLICT_POSTINGS) continue;
        const list = postings[w]!;
        for (const other of list) {
          // a conflict is the same happening on two dates of one precision: same-day groups never are
          if (dateOf[other] === dateOf[gi] || groups[other]!.date.length !== g.date.length) continue;
          if (other !== gi && pairedWith[other] !== gi) {
            pairedWith[other] = gi;
            found.push(other * groups.length + gi);
          }
        }
        // the groups come in order, so a group already listed under the word is the last one
        if (list[list.length - 1] !== gi) list.push(gi);
      }
    }
  });
  return Array.from(Float64Array.from(found).sort(), (key) => [Math.floor(key / groups.length), key % groups.length] as [number, number]);
}

/**
 * Every word of the groups' reports numbered rarest first (ties in code-unit order), with how many
 * reports hold it: sorting a report's words is then a sort of numbers.
 */
function rarityRanks(groups: Group[]): { rankOf: Map<string, number>; frequency: Int32Array } {
  const count = new Map<string, number>();
  for (const g of groups) for (const it of g.items) for (const w of it.words) count.set(w, (count.get(w) ?? 0) + 1);
  const words = [...count.keys()].sort((x, y) => count.get(x)! - count.get(y)! || (x < y ? -1 : x > y ? 1 : 0));
  const rankOf = new Map(words.map((w, i) => [w, i] as const));
  return { rankOf, frequency: Int32Array.from(words, (w) => count.get(w)!) };
}

export function buildTimeline(articles: TimelineInput[]): BriefingEvent[] {
  const items: Item[] = [];
  for (const article of articles) {
    // where each sentence's first date phrase starts (a sentence holds one event per date it names)
    const firstDated = new Map<number, number>();
    for (const e of article.events) firstDated.set(e.start, Math.min(firstDated.get(e.start) ?? Infinity, article.dateMentions[e.dateMention]?.start ?? Infinity));
    for (const event of article.events) {
      const mention = article.dateMentions[event.dateMention];
      const spans = article.actorSpans.filter((a) => a.start >= event.start && a.end <= event.end);
      const secondary = mention !== undefined && mention.start > firstDated.get(event.start)!;
      items.push({
        article: article.id,
        date: event.date,
        sentence: event.text,
        phrase: mention?.text ?? "",
        value: mention?.value ?? event.date,
        start: event.start,
        actors: new Set(spans.map((a) => a.actor)),
        places: new Set(spans.filter((a) => a.kind === "place").map((a) => a.actor)),
        words: contentWords(event.text),
        nameWords: new Map(spans.map((a) => [a.actor, contentWords(event.text.slice(a.start - event.start, a.end - event.start))])),
        secondary,
        parties: partiesIn(secondary && mention ? clauseOf(event.text, mention.start - event.start) : event.text, event.start, spans),
        kinds: kindsIn(secondary && mention ? clauseOf(event.text, mention.start - event.start) : event.text),
      });
    }
  }
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));

  const groups: Group[] = [];
  // items come sorted by date, so only the groups of the current date are candidates, and of
  // those only the ones sharing a word or the pair of parties with the item (see SameDayIndex)
  let sameDay = new SameDayIndex();
  for (const item of items) {
    if (sameDay.date !== item.date) sameDay = new SameDayIndex(item.date);
    const group = sameDay.candidates(item).find((g) => sameHappening(item, g));
    if (group) {
      group.items.push(item);
      item.actors.forEach((a) => group.actors.add(a));
      item.words.forEach((w) => group.words.add(w));
      sameDay.note(group, item);
    } else {
      const created = { date: item.date, items: [item], actors: new Set(item.actors), words: new Set(item.words) };
      groups.push(created);
      sameDay.add(created, item);
    }
  }
  const groupsOn = new Map<string, Group[]>();
  for (const g of groups) addToList(groupsOn, g.date, g);

  // a report naming one side of a happening ("the Sunday meeting", "Ukraine's delegation") joins
  // the one happening of that kind that day with that side, when there is exactly one
  const absorbed = new Set<Group>();
  for (const lone of groups) {
    if (lone.items.length !== 1) continue;
    const item = lone.items[0]!;
    if (item.parties.length !== 1 || item.kinds.size === 0) continue;
    const fits = (groupsOn.get(item.date) ?? []).filter((g) => g !== lone && g.items.some((x) => shareKind(item.kinds, x.kinds) && x.parties.length === 2 && x.parties.includes(item.parties[0]!)));
    if (fits.length !== 1) continue;
    const host = fits[0]!;
    host.items.push(item);
    item.actors.forEach((a) => host.actors.add(a));
    item.words.forEach((w) => host.words.add(w));
    absorbed.add(lone);
    groupsOn.set(item.date, groupsOn.get(item.date)!.filter((g) => g !== lone));
  }

  if (absorbed.size > 0) groups.splice(0, groups.length, ...groups.filter((g) => !absorbed.has(g)));

  // the same happening put on different dates by different sources
  const conflicts = new Map<Group, string[]>();
  // each group's articles, made once: a group meets hundreds of candidates at 10,000 articles
  const articlesOf = new Map<Group, Set<string>>();
  const articleSet = (g: Group) => articlesOf.get(g) ?? articlesOf.set(g, new Set(g.items.map((x) => x.article))).get(g)!;
  const tell = (g: Group) => {
    const src = g.items[0]!;
    return `${src.article} puts this on ${readable(g.date)} ("${src.phrase}")`;
  };
  for (const [i, j] of conflictCandidates(groups)) {
    const a = groups[i]!;
    const b = groups[j]!;
    if (a.date === b.date || a.date.length !== b.date.length) continue;
    const articlesA = articleSet(a);
    if (b.items.every((x) => articlesA.has(x.article))) continue;
    const close = a.items.some((x) => b.items.some((y) => x.article !== y.article && sharesAny(x.actors, y.actors) && reachesJaccard(x.words, y.words, 0.5)));
    if (!close) continue;
    addToList(conflicts, a, tell(b));
    addToList(conflicts, b, tell(a));
  }

  const usedIds = new Set<string>();
  return groups.map((g) => {
    // the sentence that shares most with the others tells the happening best
    // …among sentences whose first date is this one (a sentence that tells another happening first
    // mentions this one in passing)
    const scoreOf = new Map(g.items.map((it) => [it, sharedCount(it.words, g.words) + it.actors.size] as const));
    const best = [...g.items].sort(
      (x, y) => Number(x.secondary) - Number(y.secondary) || scoreOf.get(y)! - scoreOf.get(x)! || x.sentence.length - y.sentence.length,
    )[0]!;
    const actorCounts = new Map<string, number>();
    for (const it of g.items) for (const a of it.actors) actorCounts.set(a, (actorCounts.get(a) ?? 0) + 1);
    let id = `event-${g.date}-${stableHash(`${g.items[0]!.article}:${g.items[0]!.sentence}`, 8)}`;
    while (usedIds.has(id)) id += "b";
    usedIds.add(id);
    const others = conflicts.get(g);
    return {
      id,
      date: g.date,
      text: best.sentence,
      articles: [...new Set(g.items.map((it) => it.article))],
      sources: g.items.map((it) => ({ article: it.article, sentence: it.sentence, phrase: it.phrase, value: it.value })),
      actors: [...actorCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([a]) => a),
      conflict: others ? `sources differ on the date: ${others.join("; ")}` : null,
    };
  });
}
