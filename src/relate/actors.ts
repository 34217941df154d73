// One actor per person, organisation, place or other named thing across all articles, merged only on
// evidence, and the evidence kept on the actor (`mergedBecause`):
//   - the same name: equal once case, accents, punctuation and a possessive are set aside;
//   - within one article, a surname after the full person name it shortens, and an abbreviation the
//     article defines ("the Harbour Workers Union (HWU)") or whose full name it prints;
//   - across articles, a spelling variant of a full person name (one edit, every word's first letter kept)
//     only when a role or another named actor is shared, and a bare surname only when exactly one person in
//     the whole collection carries it;
//   - once stories are known, a bare name (or a lone word typed a body for want of evidence) that the
//     collection leaves open, when exactly one person of its story carries it.
// Across articles a bare surname, first name, initials or abbreviation is never enough on its own: family
// members and namesakes stay apart. The result is plain data, so editorial overrides (merge, rename,
// retype, hide) can be applied to it afterwards.
import { distance } from "fastest-levenshtein";
import { UNTYPED_CONFIDENCE, type ActorKind, type Mention, type Span } from "../types.js";
import type { ActorAlias, ActorMentionRef, ActorRole, BriefingActor, MergeEvidence, MergeReason } from "../model/briefing.js";
import { GENERATIONAL_SUFFIXES, lexicon, ORG_HEADS, ORG_TAILS, PLACE_TAILS, SHIP_NOUNS, SHIP_PREFIXES, SPELLING_PAIRS, TITLE_HEADS } from "../data/lexicon.js";
import { formalNamesOf } from "../data/nicknames.js";
import { slugify } from "../model/ids.js";
import { addToList, addToSet } from "../collections.js";
import { foldName, GENERIC_HEADS, initialsOf, isAbbreviation, isEverydayWord, isGivenNameAlone, isMultiword, opensSentence, surnameOf, UNINITIALLED, withoutSuffix } from "../names/fold.js";
import { KINDS, kindOf, newCluster, noteMention, type ActorInput, type Cluster } from "../names/cluster.js";
import { groupWithinArticles, type WithinArticles } from "../names/within-article.js";

// what the rest of the pipeline and the tests take from here: the shapes and tests of names, and each article's grouping
export { foldName, opensSentence, surnameOf } from "../names/fold.js";
export type { ActorInput } from "../names/cluster.js";
export { groupWithinArticles, type WithinArticles } from "../names/within-article.js";

/**
 * When two spellings of a full person name are close enough to be one person's, given shared context:
 * edits between the folded full names, by the length of the shortest word that differs (short names a
 * letter apart are other names: Dan / Don, Jon / John).
 */
const SPELLING_VARIANT = {
  edits: [
    { minWordLength: 6, maxEdits: 2 }, // Bettie / Betty, Berdymukhamedov / Berdimuhamedov
    { minWordLength: 5, maxEdits: 1 }, // Oleksiy / Oleksii
  ],
};

/** Endings that make a man's given name a woman's in English and the languages news most often borrows names from (written for this project). */
const FEMININE_ENDINGS = new Set(["e", "a", "le"]);

/**
 * The same for names of bodies and places, once British and American spellings are folded (Centre /
 * Center): long names only, one letter apart ("Central Election(s) Commission of X"), where a letter
 * in a short name is another name (Iran / Iraq, Austrian / Australian).
 */
const NAME_SPELLING_VARIANT = { minWords: 3, minWordLength: 5, maxEdits: 1 };

/**
 * Surnames of this many letters, too short for an edit (Dan / Don), may still differ by a silent final
 * "e" and be one person's in one story (a reporter's "Tosk" for "Toske"); longer ones already get an edit.
 */
const SILENT_E = { surnameLength: 4 };

/**
 * How clearly the company a bare surname keeps must point to one of several people who carry it:
 * named actors shared with that person's articles, at least this many and this many times the runner-up's.
 */
const BARE_SURNAME_CONTEXT = { minShared: 2, overRunnerUp: 2 };

/** A word for a relative right before a name ("her son Paul", "Okafor's daughter, Ada"): words written for this project. */
const AFTER_KIN = /\b(?:son|daughter|brother|sister|wife|husband|mother|father|mom|mum|dad|grandson|granddaughter|grandmother|grandfather|nephew|niece|cousin|uncle|aunt|stepson|stepdaughter|widow|widower|fiancée?|girlfriend|boyfriend|twin)s?,?\s+$/iu;

/** Words that join the parts of a name and never end one (written for this project). */
const NAME_CONNECTORS = new Set(["of", "for", "and", "the", "de", "du", "la", "del", "der", "von", "van", "&"]);

/** A name cut off at its connector ("Bank of") is the opening of many names: across articles it names no one. */
const isCutOff = (folded: string) => isMultiword(folded) && NAME_CONNECTORS.has(folded.slice(folded.lastIndexOf(" ") + 1));

const root = (c: Cluster): Cluster => (c.merged ? root(c.merged) : c);

/** Folds one cluster into another, recording why for every spelling the other brings. */
function absorb(into: Cluster, from: Cluster, reason: MergeReason, article: string | null = null): void {
  into = root(into);
  from = root(from);
  if (into === from) return;
  for (const k of KINDS) into.kindVotes[k] += from.kindVotes[k];
  into.firm ||= from.firm;
  for (const [s, v] of from.spellings) {
    const e = into.spellings.get(s) ?? { articles: new Set<string>(), count: 0 };
    if (!into.spellings.has(s) && !into.because.has(s)) into.because.set(s, from.because.get(s) ?? { spelling: s, reason, article });
    for (const a of v.articles) e.articles.add(a);
    e.count += v.count;
    into.spellings.set(s, e);
  }
  for (const [s, e] of from.because) if (!into.because.has(s)) into.because.set(s, e);
  for (const f of from.folded) into.folded.add(f);
  for (const f of from.surnames) into.surnames.add(f);
  for (const r of from.roles) into.roles.add(r);
  for (const a of from.articles) into.articles.add(a);
  for (const ref of from.refs) into.refs.push(ref);
  from.merged = into;
}

/** The names a cluster is known by across articles: its full names, never a person's bare surname or an abbreviation. */
function crossArticleKeys(c: Cluster): string[] {
  const person = kindOf(c) === "person";
  if (isBarePerson(c)) return [];
  const keys: string[] = [];
  for (const [spelling] of c.spellings) {
    const f = foldName(spelling);
    if (person && c.surnames.size > 0 && !isMultiword(f)) continue;
    if (isCutOff(f)) continue;
    if (isAbbreviation(spelling) && [...c.spellings.keys()].some((s) => !isAbbreviation(s))) continue;
    keys.push(f);
    if (person) {
      const named = withoutLeadingWord(spelling);
      if (named) keys.push(foldName(named));
    }
  }
  return keys;
}

/**
 * "Comedian Ellen DeGeneres" -> "Ellen DeGeneres": a capitalised word before a given name that is not
 * itself a given name (a role printed at the start of a sentence) is not part of the person's name.
 */
function withoutLeadingWord(spelling: string): string | null {
  const words = spelling.split(" ");
  if (words.length < 3) return null;
  const names = lexicon().firstNames;
  return !names.has(words[0]!) && names.has(words[1]!) ? words.slice(1).join(" ") : null;
}

/**
 * `storyOf` (article id -> story id), once stories are known: a bare surname or given name that the
 * collection leaves open may then join the one person of its own story who carries it.
 */
export function resolveActors(
  articles: ActorInput[],
  storyOf?: ReadonlyMap<string, string>,
  within: WithinArticles = groupWithinArticles(articles),
): { actors: BriefingActor[]; mentionActor: Map<string, (string | null)[]> } {
  const clusters: Cluster[] = [];
  const clusterOf: (Cluster | null)[][] = articles.map((a) => a.mentions.map(() => null));
  const { surfaces, names: namesIn } = within;

  // 1. within each article (worked out once for both passes: groupWithinArticles), in the same order
  articles.forEach((article, a) => {
    const made: Cluster[] = [];
    for (const k of within.order[a]!) {
      const g = within.group[a]![k]!;
      let target = made[g];
      if (!target) {
        target = made[g] = newCluster();
        clusters.push(target);
      }
      noteMention(target, article, a, k, surfaces[a]![k]!, namesIn[a]![k]!, within.because[a]![k]!);
      clusterOf[a]![k] = target;
    }
  });

  // 2. across articles: the same full name
  const byName = new Map<string, Cluster>();
  for (const c of clusters) {
    for (const f of crossArticleKeys(c)) {
      const key = `${kindGroup(c)}:${f}`;
      const other = byName.get(key);
      if (other && root(other) !== root(c)) absorb(other, c, "same-name");
      else if (!other) byName.set(key, root(c));
    }
  }
  const storyIndex = articles.map((a) => storyOf?.get(a.id));
  mergeSpellingVariants(clusters.filter((c) => !c.merged), namesIn, storyIndex);
  mergeMiddleNames(clusters.filter((c) => !c.merged));
  mergeGivenNameLeftOut(clusters.filter((c) => !c.merged), namesIn, storyIndex);
  mergeDiminutives(clusters.filter((c) => !c.merged), storyIndex);
  mergeGenerationalSuffixes(clusters.filter((c) => !c.merged), namesIn);
  // whether a cluster is ever named right after a word for a relative ("her son Paul", "Okafor's daughter, Ada")
  const namesKin = (c: Cluster) => c.refs.some((r) => AFTER_KIN.test(articles[r.article]!.text.slice(Math.max(0, articles[r.article]!.mentions[r.mention]!.start - 24), articles[r.article]!.mentions[r.mention]!.start)));
  // a lone word typed an organisation for want of any evidence, every time it is printed ("…rescued Tosk by…")
  const untypedWord = (c: Cluster) => kindOf(c) === "organization" && c.refs.every((r) => articles[r.article]!.mentions[r.mention]!.confidence <= UNTYPED_CONFIDENCE);
  resolveBareSurnames(clusters.filter((c) => !c.merged), namesIn, storyIndex, namesKin, untypedWord);
  mergeShortFormsInStories(clusters.filter((c) => !c.merged), storyIndex);
  mergeBlendedNames(clusters.filter((c) => !c.merged), storyIndex);
  mergeVesselNames(clusters.filter((c) => !c.merged), storyIndex);
  mergeInsertedWords(clusters.filter((c) => !c.merged), storyIndex);
  // a full name printed under another kind in one article ("Vatican" as a person in a headline) joins the majority
  const anyKind = new Map<string, Cluster>();
  for (const c of clusters.filter((x) => !x.merged))
    for (const f of isBarePerson(c) ? [...c.folded] : crossArticleKeys(c)) {
      const o = anyKind.get(f);
      if (o && root(o) !== root(c)) absorb(o, c, "same-name-other-kind");
      else if (!o) anyKind.set(f, root(c));
    }

  // 3. actors out of clusters
  const live = clusters.filter((c) => !c.merged);
  const drafts = live.map((c) => draftActor(c, articles));
  const draftOf = new Map(live.map((c, i) => [c, drafts[i]!] as const));
  const used = new Map<string, number>();
  drafts.sort((p, q) => q.weight - p.weight || p.name.localeCompare(q.name));
  for (const d of drafts) {
    let id = slugify(d.name, "actor");
    const n = used.get(id) ?? 0;
    used.set(id, n + 1);
    if (n > 0) id = `${id}-${d.kind}${n > 1 ? `-${n}` : ""}`;
    d.id = id;
    d.url = `actors/${id}/index.html`;
  }
  const idOf = new Map(live.map((c) => [c, draftOf.get(c)!.id] as const));
  const mentionActor = new Map<string, (string | null)[]>();
  articles.forEach((article, a) => mentionActor.set(article.id, clusterOf[a]!.map((c) => (c ? idOf.get(root(c)) ?? null : null))));

  return { actors: drafts, mentionActor };
}

/**
 * Actors named by one everyday English word ("Full", "Current", "Sales") whose every mention in the
 * collection opens a sentence, a line or a label ("NOTE: Full details…"), which no gazetteer knows as a
 * place (unless it is one of the commonest words: "Most") or given name and no editor touched: the
 * capital is the sentence's, not a name's. A real name
 * of that shape turns up inside a sentence somewhere, or is a place or a first name.
 */
export function sentenceOpenerActors(actors: readonly BriefingActor[], textOf: (article: string) => string): Set<string> {
  const { commonWords, everydayWords, firstNames, places } = lexicon();
  const found = new Set<string>();
  // a place spelt like one of the commonest words ("Most", a Czech town) is no sign of a name either
  const namesAPlace = (w: string) => places.has(w) && !everydayWords.has(w.toLowerCase());
  for (const actor of actors) {
    if (actor.edited.length > 0) continue;
    const spellings = [actor.name, ...actor.aliases];
    if (spellings.some((w) => w.includes(" ") || !commonWords.has(w.toLowerCase()) || firstNames.has(w) || namesAPlace(w))) continue;
    if (actor.mentions.length > 0 && actor.mentions.every((m) => opensSentence(textOf(m.article), m.start))) found.add(actor.id);
  }
  return found;
}

const kindGroup = (c: Cluster) => (kindOf(c) === "person" ? "p" : "x");

/**
 * Full names a letter or two apart with every word's first letter kept (Oleksiy / Oleksii Honcharuk;
 * Central Election(s) Commission), merged only when a role or another named actor of their articles is
 * shared, and names of bodies and places that differ only by British and American spelling (Betty Ford
 * Centre / Center, Mt / Mount Cook) without it; never when an article prints both (an article naming both speaks of two: a brother and a sister).
 * Candidates are blocked by one word kept exactly and the other's first two letters, so a name meets
 * only its likely variants.
 */
function mergeSpellingVariants(live: Cluster[], namesIn: string[][], storyIndex: (string | undefined)[]): void {
  const namesOf = namesIn.map((names) => new Set(names.filter(isMultiword)));
  const blocks = new Map<string, { cluster: Cluster; name: string }[]>();
  for (const c of live) {
    const person = kindOf(c) === "person";
    for (const name of [...c.folded].filter((f) => isMultiword(f) && !isCutOff(f))) {
      const words = (person ? name : britishToAmerican(name)).split(" ");
      const first = words[0]!;
      const last = words[words.length - 1]!;
      const group = `${kindGroup(c)}|${words.length}`;
      addToList(blocks, `${group}|${first}|${last.slice(0, 2)}`, { cluster: c, name });
      addToList(blocks, `${group}|${first.slice(0, 2)}|${last}`, { cluster: c, name });
    }
  }
  for (const members of blocks.values())
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const a = root(members[x]!.cluster);
        const b = root(members[y]!.cluster);
        if (a === b || kindGroup(a) !== kindGroup(b)) continue;
        const [p, q] = [members[x]!.name, members[y]!.name];
        if (kindOf(a) !== "person" && britishToAmerican(p) === britishToAmerican(q)) {
          // one name in two spelling conventions, as accents or case are: no company needed
          if (!sharesArticle(a, b)) absorb(a, b, "spelling-variant");
          continue;
        }
        const variant = kindOf(a) === "person" ? spellingVariant(p, q) : nameSpellingVariant(p, q);
        if (variant && !sharesArticle(a, b) && (sharesContext(a, b, namesOf) || sharesStory(a, b, storyIndex))) absorb(a, b, "spelling-variant");
        // a short surname with and without a silent final "e" is too short for an edit anywhere: only in one story
        else if (kindOf(a) === "person" && silentESurnames(p, q) && !sharesArticle(a, b) && sharesStory(a, b, storyIndex)) absorb(a, b, "spelling-variant");
      }
}

/** A folded name with each British spelling in its American form ("betty ford centre" -> "betty ford center"). */
function britishToAmerican(folded: string): string {
  return folded
    .split(" ")
    .map((w) => SPELLING_PAIRS.get(w) ?? w)
    .join(" ");
}

/** A few letters apart, the same number of words and the same initials, and each word that differs long enough. */
function spellingVariant(x: string, y: string): boolean {
  if (x === y) return false;
  const p = x.split(" ");
  const q = y.split(" ");
  if (p.length !== q.length || p.some((w, i) => w[0] !== q[i]![0])) return false;
  const differing = p.map((w, i) => [w, q[i]!] as const).filter(([w, v]) => w !== v);
  // a given name and its feminine form are two people's, often a brother and a sister (Louis / Louise)
  if (p[0] !== q[0] && isFeminineForm(p[0]!, q[0]!)) return false;
  const shortest = Math.min(...differing.map(([w, v]) => Math.min(w.length, v.length)));
  const allowed = SPELLING_VARIANT.edits.find((rule) => shortest >= rule.minWordLength)?.maxEdits ?? 0;
  return distance(x, y) <= allowed;
}

/**
 * Two short surnames one printing of the other with a silent final "e" ("Tosk" / "Toske"): of the
 * length SILENT_E.surnameLength, where one edit is otherwise never allowed.
 */
function silentE(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length === SILENT_E.surnameLength && long === `${short}e`;
}

/** Full names the same but for a silent final "e" on the surname: the given names and the rest kept exactly (a Louis is no Louise). */
function silentESurnames(x: string, y: string): boolean {
  const p = withoutSuffix(x).split(" ");
  const q = withoutSuffix(y).split(" ");
  if (p.length !== q.length || p.length < 2) return false;
  const last = p.length - 1;
  return p.every((w, i) => (i === last ? silentE(w, q[i]!) : w === q[i])) && x.slice(withoutSuffix(x).length) === y.slice(withoutSuffix(y).length);
}

/** Whether one given name is the other with a feminine ending added (Louis / Louise, Daniel / Danielle, Robert / Roberta). */
function isFeminineForm(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.startsWith(short) && FEMININE_ENDINGS.has(long.slice(short.length));
}

/** Names of bodies or places that are one once British spellings are folded, or one letter apart in a long name no place name tells apart. */
function nameSpellingVariant(x: string, y: string): boolean {
  if (x === y) return false;
  const p = britishToAmerican(x).split(" ");
  const q = britishToAmerican(y).split(" ");
  if (p.length !== q.length || p.some((w, i) => w[0] !== q[i]![0])) return false;
  const differing = p.map((w, i) => [w, q[i]!] as const).filter(([w, v]) => w !== v);
  if (differing.length === 0) return true;
  if (p.length < NAME_SPELLING_VARIANT.minWords || differing.some(([w, v]) => Math.min(w.length, v.length) < NAME_SPELLING_VARIANT.minWordLength)) return false;
  const { placesLower, demonyms } = lexicon();
  const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  if (differing.some((pair) => pair.some((w) => placesLower.has(w) || demonyms.has(capitalised(w))))) return false;
  return distance(p.join(" "), q.join(" ")) <= NAME_SPELLING_VARIANT.maxEdits;
}

/** Whether an article of one and an article of the other are in the same story. */
function sharesStory(a: Cluster, b: Cluster, storyIndex: (string | undefined)[]): boolean {
  const stories = new Set([...a.articles].map((i) => storyIndex[i]));
  stories.delete(undefined);
  return [...b.articles].some((i) => stories.has(storyIndex[i]));
}

/** Whether some article names both (they were not joined there, so the article tells them apart). */
function sharesArticle(a: Cluster, b: Cluster): boolean {
  for (const i of a.articles) if (b.articles.has(i)) return true;
  return false;
}

/** Shared context: a role both are given, or another named actor both are named beside. */
function sharesContext(a: Cluster, b: Cluster, namesOf: Set<string>[]): boolean {
  for (const r of a.roles) if (b.roles.has(r)) return true;
  const own = new Set([...a.folded, ...b.folded]);
  const around = new Set<string>();
  for (const i of a.articles) for (const n of namesOf[i]!) if (!own.has(n)) around.add(n);
  for (const i of b.articles) for (const n of namesOf[i]!) if (around.has(n)) return true;
  return false;
}

/**
 * "Brian Nichols" is "Brian G. Nichols" when the collection holds no other person with that first
 * name and surname and another middle name ("Brian K. Nichols" keeps the two apart).
 */
function mergeMiddleNames(live: Cluster[]): void {
  const longer = new Map<string, Set<Cluster>>();
  const firstLast = (name: string) => {
    const words = withoutSuffix(name).split(" ");
    return `${words[0]} ${words[words.length - 1]}`;
  };
  for (const c of live)
    if (kindOf(c) === "person") for (const name of c.folded) if (withoutSuffix(name).split(" ").length >= 3) addToSet(longer, firstLast(name), c);
  for (const c of live) {
    if (c.merged || kindOf(c) !== "person") continue;
    for (const name of [...c.folded].filter((n) => n.split(" ").length === 2)) {
      const owners = new Set([...(longer.get(name) ?? [])].map(root));
      owners.delete(root(c));
      if (owners.size === 1) absorb([...owners][0]!, c, "middle-name");
    }
  }
}

/**
 * "Boone Quarles" is "Edith Boone Quarles" (a double surname, or a middle name used with the surname) in
 * a story that names exactly one person of three words ending in those two. Never when the two-word name
 * has another full name of its own, when an article prints both, or when its article prints another full
 * name of that surname ("Boone Quarles and his wife, Ida Quarles": the three-word name may be kin).
 */
function mergeGivenNameLeftOut(live: Cluster[], namesIn: string[][], storyIndex: (string | undefined)[]): void {
  const longer = new Map<string, Set<Cluster>>();
  for (const c of live)
    if (kindOf(c) === "person")
      for (const name of c.folded) {
        const words = withoutSuffix(name).split(" ");
        if (words.length === 3) for (const a of c.articles) if (storyIndex[a] !== undefined) addToSet(longer, `${storyIndex[a]}|${words.slice(1).join(" ")}`, c);
      }
  for (const c of live) {
    const full = [...c.folded].filter(isMultiword);
    const story = onlyStoryOf(c, storyIndex);
    if (c.merged || story === undefined || full.length !== 1 || full[0]!.split(" ").length !== 2 || !namedInFull(c)) continue;
    const [name] = full;
    const surname = surnameOf(name!);
    const kin = [...c.articles].some((a) => namesIn[a]!.some((n) => isMultiword(n) && n !== name && surnameOf(n) === surname));
    const owners = new Set([...(longer.get(`${story}|${name}`) ?? [])].map(root));
    owners.delete(root(c));
    const [owner] = owners;
    if (!kin && owners.size === 1 && !sharesArticle(owner!, c)) absorb(owner!, c, "given-name-left-out-in-story");
  }
}

/**
 * "Bill Varga" is "William Varga" when its stories name exactly one person with the formal given name
 * and that surname: a given name that is a known short form of the other's (data/nicknames.ts), the
 * other words kept exactly. Never when an article prints both (father and son), and two Williams of the
 * surname in the story ("William Varga", "William Varga Jr.") leave "Bill" open.
 */
function mergeDiminutives(live: Cluster[], storyIndex: (string | undefined)[]): void {
  // story, given name and surname -> the people of the story with such a full name
  const byName = new Map<string, Set<Cluster>>();
  const keyOf = (story: string, given: string, name: string) => `${story}|${given}|${surnameOf(name)}`;
  for (const c of live)
    if (kindOf(c) === "person")
      for (const name of [...c.folded].filter(isMultiword))
        for (const story of new Set([...c.articles].map((a) => storyIndex[a]))) if (story !== undefined) addToSet(byName, keyOf(story, name.split(" ")[0]!, name), c);
  for (const c of live) {
    // a short form already one actor across stories looks in each of them
    const stories = new Set([...c.articles].map((a) => storyIndex[a]).filter((id): id is string => id !== undefined));
    if (c.merged || kindOf(c) !== "person") continue;
    for (const name of [...c.folded].filter(isMultiword)) {
      const [given, ...rest] = name.split(" ");
      const owners = new Set<Cluster>();
      for (const story of stories)
        for (const formal of formalNamesOf(given!)) for (const o of byName.get(keyOf(story, formal, name)) ?? []) if (root(o) !== root(c)) owners.add(root(o));
      const [owner] = owners;
      const sameRest = owner !== undefined && [...owner.folded].some((n) => n.split(" ").slice(1).join(" ") === rest.join(" "));
      if (owners.size === 1 && sameRest && !sharesArticle(owner!, c)) {
        absorb(owner!, c, "diminutive-in-story");
        break;
      }
    }
  }
}

/**
 * "Arcade Comeaux" is "Arcade Comeaux Jr." when the collection holds one person of that name with a
 * generational suffix and none with another (a Jr. beside a Sr. leaves the bare name unresolved), they
 * share a role or named company, and no article names both (father and son in one report).
 */
function mergeGenerationalSuffixes(live: Cluster[], namesIn: string[][]): void {
  const namesOf = namesIn.map((names) => new Set(names.filter(isMultiword)));
  const suffixed = new Map<string, Set<Cluster>>();
  const suffixes = new Map<string, Set<string>>();
  for (const c of live)
    if (kindOf(c) === "person")
      for (const name of c.folded) {
        const base = withoutSuffix(name);
        if (base === name) continue;
        addToSet(suffixed, base, c);
        addToSet(suffixes, base, name.slice(base.length + 1));
      }
  for (const c of live) {
    if (c.merged || kindOf(c) !== "person") continue;
    for (const name of [...c.folded].filter((n) => isMultiword(n) && suffixed.has(n))) {
      const owners = new Set([...suffixed.get(name)!].map(root));
      owners.delete(root(c));
      const [owner] = owners;
      if (owners.size === 1 && suffixes.get(name)!.size === 1 && !sharesArticle(owner!, c) && sharesContext(owner!, c, namesOf)) absorb(owner!, c, "generational-suffix");
    }
  }
}

/**
 * A person known in one article only by a bare surname joins the person whose full name ends in it:
 * the only one in the collection, or else the one whose articles share named actors with this article
 * clearly more than any other's. Where the article itself names two such people, or no one stands out,
 * the name stays on its own; the bare names left over become one actor per spelling.
 */
function resolveBareSurnames(live: Cluster[], namesIn: string[][], storyIndex: (string | undefined)[], namesKin: (c: Cluster) => boolean, untypedWord: (c: Cluster) => boolean): void {
  const owners = new Map<string, Set<Cluster>>();
  for (const o of live) if (kindOf(o) === "person") for (const s of o.surnames) addToSet(owners, s, o);
  const story = storyScope(live, storyIndex, namesIn, namesKin);
  const contextOf = new Map<Cluster, Set<string>>();
  const context = (c: Cluster) => {
    let names = contextOf.get(c);
    if (!names) {
      names = new Set();
      for (const a of c.articles) for (const name of namesIn[a]!) names.add(name);
      contextOf.set(c, names);
    }
    return names;
  };
  const leftover: Cluster[] = [];
  const ownersOf = (words: Iterable<string>, c: Cluster) => {
    const found = new Set<Cluster>();
    for (const name of words) for (const o of owners.get(name) ?? []) if (root(o) !== c) found.add(root(o));
    return found;
  };
  // the other names the bare surname's articles and a candidate's articles both print
  const sharedNames = (c: Cluster, o: Cluster) => [...context(c)].filter((name) => !c.folded.has(name) && context(o).has(name)).length;
  for (const c of live) {
    // a lone word with no kind of its own may be a person's surname too, but only in its own story
    const untyped = !isBarePerson(c) && isLoneUntypedWord(c, untypedWord);
    if (!isBarePerson(c) && !untyped) continue;
    const candidates = ownersOf(c.folded, c);
    const [only] = candidates;
    // an article that prints one of them in full and still left the surname bare could mean either
    // (the article's own rule joins a surname to the one full name ending in it)
    const namedHere = (o: Cluster) => [...c.articles].some((a) => namesIn[a]!.some((name) => isMultiword(name) && o.folded.has(name) && c.folded.has(surnameOf(name))));
    // no one carries the surname as printed: the story's one person who carries it with or without a silent "e"
    const inStory = story.peopleBeside(c, candidates.size > 0 ? candidates : ownersOf([...c.folded].flatMap(silentEVariants), c));
    // the one person of the whole collection with the surname, and named among the same people: in a
    // collection of many subjects, a surname with nothing else in common is as likely someone else
    // (a company called after its founder, a namesake in another field)
    if (candidates.size === 1 && !untyped && sharedNames(c, only!) >= BARE_SURNAME_CONTEXT.minShared) absorb(only!, c, "only-person-with-surname");
    else if (inStory?.length === 1 && !namedHere(inStory[0]!)) absorb(inStory[0]!, c, "only-person-with-surname-in-story");
    else if (untyped) continue;
    else if (candidates.size === 0 && story.givenNameOwner(c)) absorb(story.givenNameOwner(c)!, c, "first-name-in-story");
    else if (candidates.size > 1 && ![...candidates].some(namedHere)) {
      const shared = [...candidates].map((o) => ({ o, n: sharedNames(c, o) })).sort((p, q) => q.n - p.n);
      const [best, second] = shared;
      if (best!.n >= BARE_SURNAME_CONTEXT.minShared && best!.n >= BARE_SURNAME_CONTEXT.overRunnerUp * second!.n) absorb(best!.o, c, "surname-with-shared-context");
      else leftover.push(c);
    } else leftover.push(c);
  }
  const bySpelling = new Map<string, Cluster>();
  for (const c of leftover)
    for (const name of c.folded) {
      const other = bySpelling.get(name);
      if (other && root(other) !== root(c)) absorb(other, c, "same-name");
      else if (!other) bySpelling.set(name, root(c));
    }
}

/** The other printing of a four-letter surname with or without a silent final "e" ("tosk" -> "toske", "toske" -> "tosk"). */
function silentEVariants(word: string): string[] {
  const other = word.endsWith("e") ? word.slice(0, -1) : `${word}e`;
  return silentE(word, other) ? [other] : [];
}

/**
 * A body's name of one word that the extractor typed for want of evidence (`untypedWord`) and that is no
 * everyday word, generic head or known place: it may be the surname of a person of its story.
 */
function isLoneUntypedWord(c: Cluster, untypedWord: (c: Cluster) => boolean): boolean {
  if (c.merged || c.folded.size !== 1 || [...c.folded].some(isMultiword) || !untypedWord(c)) return false;
  const [word] = c.folded;
  return !isEverydayWord(word!) && !GENERIC_HEADS.has(word!) && ![...c.spellings.keys()].some((t) => lexicon().places.has(t));
}

/**
 * The people named in full in each story, for a bare name whose own story settles what the collection
 * leaves open: `peopleBeside` keeps the candidates named in the bare name's story (undefined when its
 * articles are in no story or in several), `givenNameOwner` finds the one person of that story whose full
 * name opens with a given name the gazetteer knows, as {@link firstNameOwnerInArticle} does in one article
 * (after a word for a relative only when its article prints that person's surname: `namesKin`).
 */
function storyScope(live: Cluster[], storyIndex: (string | undefined)[], namesIn: string[][], namesKin: (c: Cluster) => boolean) {
  const peopleOf = new Map<string, Set<Cluster>>();
  for (const o of live) if (namedInFull(o)) for (const a of o.articles) if (storyIndex[a] !== undefined) addToSet(peopleOf, storyIndex[a]!, o);
  const storyOfCluster = (c: Cluster) => onlyStoryOf(c, storyIndex);
  const peopleBeside = (c: Cluster, candidates: Set<Cluster>): Cluster[] | undefined => {
    const id = storyOfCluster(c);
    if (id === undefined) return undefined;
    const here = new Set([...(peopleOf.get(id) ?? [])].map(root));
    return [...candidates].filter((o) => here.has(root(o)));
  };
  const givenNameOwner = (c: Cluster): Cluster | undefined => {
    const id = storyOfCluster(c);
    const [spelling] = c.spellings.keys();
    if (id === undefined || c.folded.size !== 1 || !isGivenNameAlone(spelling!)) return undefined;
    const [folded] = c.folded;
    const people = [...(peopleOf.get(id) ?? [])].map(root);
    if (people.some((o) => o.surnames.has(folded!))) return undefined;
    const owners = new Set(people.filter((o) => [...o.folded].some((name) => isMultiword(name) && name.startsWith(`${folded} `))));
    const [owner] = owners;
    // across articles the guard is stricter: no everyday word's plural either ("Harwick Advisors"), and a
    // relative's given name ("her son Paul") only with the surname printed beside it in its article
    const surnames = [...(owner?.surnames ?? [])].filter((w) => !isEverydayWord(w) && !isEverydayWord(w.replace(/s$/, "")));
    const printed = (w: string) => [...c.articles].every((a) => namesIn[a]!.some((name) => name === w || name.endsWith(` ${w}`)));
    return owners.size === 1 && surnames.some((w) => !namesKin(c) || printed(w)) ? owner : undefined;
  };
  return { peopleBeside, givenNameOwner };
}

/** The one story all of a cluster's articles are in, or undefined (no stories known, or several). */
function onlyStoryOf(c: Cluster, storyIndex: (string | undefined)[]): string | undefined {
  const stories = new Set([...c.articles].map((a) => storyIndex[a]));
  const [only] = stories;
  return stories.size === 1 ? only : undefined;
}

/**
 * A body or product named by one word, or by an abbreviation, in articles of one story that never print
 * its longer name, joins the one body or product of the same kind named in full in that story that the
 * in-article rules would have given it: the opening word of a name whose rest ends in a body's generic
 * head ("Harwick" of "Harwick Rehab Center"), the last word of a name that is no "X of Y"
 * ("Tessaly" of "Quorvane Tessaly"), or an abbreviation an article of the story tied to the full name it
 * spells ("MVWA" of "Marrow Valley Water Authority (MVWA)"; initials alone never: "UN" is no "University
 * of Nebraska"). Places stay
 * out (a town is not its stadium, its county or its airport), as do the words the in-article rules
 * keep out; an article that prints both names tells them apart.
 */
function mergeShortFormsInStories(live: Cluster[], storyIndex: (string | undefined)[]): void {
  const longOf = new Map<string, Set<Cluster>>();
  for (const c of live)
    if (kindOf(c) === "organization" || kindOf(c) === "other")
      if ([...c.folded].some(isMultiword)) for (const a of c.articles) if (storyIndex[a] !== undefined) addToSet(longOf, storyIndex[a]!, c);
  for (const c of live) {
    const story = onlyStoryOf(c, storyIndex);
    const kind = kindOf(c);
    if (story === undefined || (kind !== "organization" && kind !== "other") || [...c.folded].some(isMultiword)) continue;
    const spellings = [...c.spellings.keys()];
    const abbreviation = spellings.every(isAbbreviation) ? spellings[0]!.replace(/\./g, "") : null;
    const [word] = c.folded;
    if (!abbreviation && (c.folded.size !== 1 || GENERIC_HEADS.has(word!) || spellings.some((t) => lexicon().places.has(t) || lexicon().firstNames.has(t)))) continue;
    const owners = new Set<Cluster>();
    for (const o of longOf.get(story) ?? []) {
      const long = root(o);
      if (long === root(c) || kindOf(long) !== kind || sharesArticle(long, c)) continue;
      // an abbreviation only where an article of the story tied it to the full name ("UN" is no "University of Nebraska")
      const fits = abbreviation ? [...c.folded].some((f) => long.folded.has(f)) && [...long.spellings.keys()].some((t) => initialsOf(t) === abbreviation) : [...long.folded].some((name) => shortens(word!, name));
      if (fits) owners.add(long);
    }
    const [owner] = owners;
    if (owners.size === 1) absorb(owner!, c, abbreviation ? "abbreviation-in-story" : "short-form-in-story");
  }
}

/**
 * A vessel's own name and its fleet prefix in a name printed after a prefix or a noun for a ship, or
 * null: "Warship INS Tarvesh" -> { name: "tarvesh", prefix: "INS" }; "Naval Ship Tarvesh" -> no prefix.
 */
function vesselName(spelling: string): { name: string; prefix: string | null } | null {
  const words = spelling.split(" ");
  let marker = -1;
  for (let k = 0; k < Math.min(words.length - 1, 3); k++) if (SHIP_PREFIXES.has(words[k]!) || SHIP_NOUNS.has(words[k]!.toLowerCase())) marker = k;
  if (marker < 0 || !words.slice(marker + 1).every((w) => /^\p{Lu}/u.test(w))) return null;
  const prefix = words.slice(0, marker + 1).find((w) => SHIP_PREFIXES.has(w)) ?? null;
  return { name: foldName(words.slice(marker + 1).join(" ")), prefix };
}

/**
 * One vessel under its several printings in an article, or in a story once stories are known: names
 * printed after a fleet prefix or a noun for a ship with the same name after it ("INS Tarvesh",
 * "Warship INS Tarvesh", "Naval Ship Tarvesh"), whatever kind each was typed, and the bare name
 * ("Tarvesh") when it is no everyday word. Two fleet prefixes tell two navies' ships apart ("USS Kidd",
 * "HMS Kidd"), so such a name is left alone.
 */
function mergeVesselNames(live: Cluster[], storyIndex: (string | undefined)[]): void {
  const vessels = new Map<string, { clusters: Set<Cluster>; prefixes: Set<string> }>();
  const scopesOf = (c: Cluster) => [...c.articles].map((a) => storyIndex[a] ?? `article:${a}`);
  for (const c of live)
    for (const spelling of c.spellings.keys()) {
      const vessel = vesselName(spelling);
      if (!vessel) continue;
      for (const scope of scopesOf(c)) {
        const key = `${scope}|${vessel.name}`;
        const entry = vessels.get(key) ?? { clusters: new Set<Cluster>(), prefixes: new Set<string>() };
        entry.clusters.add(c);
        if (vessel.prefix) entry.prefixes.add(vessel.prefix);
        vessels.set(key, entry);
      }
    }
  for (const { clusters, prefixes } of vessels.values()) {
    if (prefixes.size > 1) continue;
    const [first, ...rest] = [...clusters];
    for (const c of rest) absorb(first!, c, "vessel-name");
  }
  // a bare word that is also a person's surname may be that person
  const surnames = new Set(live.flatMap((c) => (kindOf(c) === "person" && ![...c.spellings.keys()].some(vesselName) ? [...c.surnames] : [])));
  for (const c of live) {
    if (c.merged || c.folded.size !== 1 || [...c.folded].some(isMultiword)) continue;
    const [word] = c.folded;
    const [spelling] = c.spellings.keys();
    if (isEverydayWord(word!) || GENERIC_HEADS.has(word!) || surnames.has(word!) || lexicon().places.has(spelling!) || lexicon().firstNames.has(spelling!)) continue;
    const scope = onlyStoryOf(c, storyIndex) ?? (c.articles.size === 1 ? `article:${[...c.articles][0]}` : undefined);
    const entry = scope === undefined ? undefined : vessels.get(`${scope}|${word}`);
    const owners = new Set([...(entry?.clusters ?? [])].map(root));
    const [owner] = owners;
    if (entry && entry.prefixes.size <= 1 && owners.size === 1 && owner !== root(c)) absorb(owner!, c, "vessel-name");
  }
}

/**
 * A body's or place's name and the one longer name of a story it is named in that holds all its words in order are one,
 * with the same first and last word and more between ("Harwick Clinic" / "Harwick Memorial
 * Clinic", "Quenby Cemetery" / "Quenby Memorial Cemetery"). The first word must be a name's own (a
 * given name or no everyday word, no people or generic head: "National Gallery" is not "National Portrait Gallery"), no
 * name may join others with "and" or "of" ("Interior Department" is not "Interior and Trade
 * Department"), and an article that prints both tells them apart.
 */
function mergeInsertedWords(live: Cluster[], storyIndex: (string | undefined)[]): void {
  const { demonyms, firstNames } = lexicon();
  const candidate = (name: string) => {
    const words = name.split(" ");
    const first = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
    const ownWord = (!isEverydayWord(words[0]!) || firstNames.has(first)) && !GENERIC_HEADS.has(words[0]!) && !demonyms.has(first);
    return words.length >= 2 && ownWord && !words.some((w) => UNINITIALLED.has(w));
  };
  const longerOf = new Map<string, { cluster: Cluster; words: string[] }[]>();
  const keyOf = (words: string[], story: string) => `${story}|${words[0]}|${words[words.length - 1]}`;
  for (const c of live)
    if (kindOf(c) !== "person")
      for (const name of [...c.folded].filter(candidate))
        for (const a of c.articles) if (storyIndex[a] !== undefined) addToList(longerOf, keyOf(name.split(" "), storyIndex[a]!), { cluster: c, words: name.split(" ") });
  for (const c of live) {
    if (kindOf(c) === "person") continue;
    const stories = new Set([...c.articles].map((a) => storyIndex[a]).filter((id): id is string => id !== undefined));
    for (const name of [...c.folded].filter(candidate))
      for (const story of stories) {
        const words = name.split(" ");
        const longer = (longerOf.get(keyOf(words, story)) ?? []).filter((o) => o.words.length > words.length && holdsInOrder(o.words, words));
        const owners = new Set(longer.map((o) => root(o.cluster)).filter((o) => o !== root(c) && kindGroup(o) === kindGroup(c)));
        const [owner] = owners;
        if (owners.size === 1 && !sharesArticle(owner!, c)) absorb(c, owner!, "words-inserted-in-story");
      }
  }
}

/** Whether `long` holds every word of `short` in the same order. */
function holdsInOrder(long: string[], short: string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/** A name blended from the openings of a given name and a surname: "TaBro", "J.Lo", "A-Rod" (the two openings). */
const BLENDED_NAME = /^(\p{Lu}\p{Ll}{0,3})[.-]?(\p{Lu}\p{Ll}{1,3})$/u;

/**
 * A word blended from the openings of a person's given name and surname ("TaBro" for Talia Brooksmith)
 * joins the one person named in full whose names open so: in its own article, or else in its story.
 * Never a word that is itself a surname in the collection ("DiLeo", "McCain": camel case is common in
 * surnames) or a given name ("DeShawn") or a place.
 */
function mergeBlendedNames(live: Cluster[], storyIndex: (string | undefined)[]): void {
  const surnames = new Set(live.flatMap((c) => (kindOf(c) === "person" ? [...c.surnames] : [])));
  // each full name's given name and surname, folded once and indexed by their first letters: a blended
  // word is compared only with the names it could fit, not with every person of the collection
  const byInitials = new Map<string, { person: Cluster; given: string; family: string }[]>();
  for (const person of live.filter(namedInFull)) {
    for (const spelling of person.spellings.keys()) {
      const words = foldName(spelling).split(" ");
      const family = surnameOf(spelling);
      if (words.length >= 2 && words[0] && family) addToList(byInitials, `${words[0][0]}${family[0]}`, { person, given: words[0], family });
    }
  }
  const fitting = (given: string, family: string) =>
    [...new Set((byInitials.get(`${given[0]}${family[0]}`) ?? []).filter((n) => n.given.startsWith(given) && n.family.startsWith(family)).map((n) => n.person))];
  for (const c of live) {
    const [spelling] = c.spellings.keys();
    const parts = c.spellings.size === 1 ? BLENDED_NAME.exec(spelling!) : null;
    if (!parts || surnames.has(foldName(spelling!)) || lexicon().firstNames.has(spelling!) || lexicon().places.has(spelling!)) continue;
    const [given, family] = [parts[1]!.toLowerCase(), parts[2]!.toLowerCase()];
    const story = onlyStoryOf(c, storyIndex);
    const matching = fitting(given, family).filter((o) => root(o) !== root(c));
    const here = new Set(matching.filter((o) => sharesArticle(o, c)).map(root));
    const inStory = new Set(matching.filter((o) => story !== undefined && [...o.articles].some((a) => storyIndex[a] === story)).map(root));
    const owners = here.size > 0 ? here : inStory;
    const [owner] = owners;
    if (owners.size === 1) absorb(owner!, c, "blended-name");
  }
}

/** Whether one word is the opening word of a name whose rest ends in a generic head, or the last word of a name that is no "X of Y". */
function shortens(word: string, name: string): boolean {
  if (name.startsWith(`${word} `)) {
    const rest = name.slice(word.length + 1);
    return !/^(?:of|de|du|la|and|&) /.test(rest) && GENERIC_HEADS.has(rest.split(" ").pop()!);
  }
  return name.endsWith(` ${word}`) && !/ (?:of|de|du|la) /.test(name);
}

/**
 * A person named in full somewhere: a name of two words or more that opens with a given name or with no
 * everyday word ("Weary Quist", "Veteran Producer Hale" are a sentence's words glued to a surname).
 */
function namedInFull(c: Cluster): boolean {
  if (kindOf(c) !== "person" || c.surnames.size === 0) return false;
  const { firstNames } = lexicon();
  return [...c.spellings.keys()].some((s) => {
    const first = s.split(" ")[0]!;
    return isMultiword(foldName(s)) && (firstNames.has(first) || !isEverydayWord(first.toLowerCase()));
  });
}

/** A person cluster named only by single words (a bare surname), not yet part of a full name's actor. */
const isBarePerson = (c: Cluster) => !c.merged && kindOf(c) === "person" && c.surnames.size === 0 && ![...c.folded].some(isMultiword);

function sentenceOf(article: ActorInput, m: Mention): string {
  const span = article.sentences[m.sentence];
  return span ? article.text.slice(span.start, span.end) : "";
}

function draftActor(c: Cluster, articles: ActorInput[]): BriefingActor {
  const kind = kindOf(c);
  const spellings = [...c.spellings].map(([text, v]) => ({ text, count: v.count, articles: [...v.articles].sort() }));
  // the canonical name: for people the full name printed most often, else the most frequent spelling
  const ranked = [...spellings].sort(
    (p, q) =>
      (kind === "person" ? Number(q.text.includes(" ")) - Number(p.text.includes(" ")) : 0) ||
      Number(isAbbreviation(p.text)) - Number(isAbbreviation(q.text)) ||
      q.articles.length - p.articles.length ||
      q.count - p.count ||
      Number(p.text === p.text.toUpperCase()) - Number(q.text === q.text.toUpperCase()) ||
      q.text.length - p.text.length ||
      p.text.localeCompare(q.text),
  );
  const name = ranked[0]!.text;
  const aliasSpellings: ActorAlias[] = spellings.map(({ text, articles: a }) => ({ text, articles: a }));
  const roles: ActorRole[] = [];
  const mentions: ActorMentionRef[] = [];
  const titled = new Map<string, Set<string>>();
  const articleIds = new Set<string>();
  const refs = [...c.refs].sort((p, q) => p.article - q.article || p.mention - q.mention);
  for (const ref of refs) {
    const article = articles[ref.article]!;
    const m = article.mentions[ref.mention]!;
    articleIds.add(article.id);
    mentions.push({ article: article.id, start: m.start, end: m.end });
    if (m.role) {
      if (!roles.some((r) => r.role === m.role && r.article === article.id)) roles.push({ role: m.role, article: article.id, sentence: sentenceOf(article, m) });
      // the titled form as printed, when the title stands right before the name
      const printed = article.text.slice(Math.max(0, m.start - m.role.length - 1), m.start);
      if (printed.replace(/\s+/g, " ").trim() === m.role && /^\p{Lu}/u.test(m.role)) {
        const form = `${m.role} ${m.text}`;
        const set = titled.get(form) ?? new Set<string>();
        set.add(article.id);
        titled.set(form, set);
      }
    }
  }
  for (const [text, set] of titled) if (!c.spellings.has(text)) aliasSpellings.push({ text, articles: [...set].sort() });
  const articleList = [...articleIds].sort();
  return {
    id: "",
    name,
    kind,
    aliases: aliasSpellings.map((s) => s.text).filter((t) => t !== name),
    spellings: aliasSpellings,
    url: "",
    articles: articleList,
    roles,
    // role groups are summed up once overrides are applied (model/roles.ts)
    primaryRole: null,
    roleGroups: [],
    rolesDisagree: false,
    mentions,
    mentionCount: mentions.length,
    weight: +(mentions.length + 3 * articleList.length).toFixed(2),
    // co-actors, first and last appearance are totalled once overrides are applied (assemble/briefing.ts)
    coActors: [],
    coActorCount: 0,
    firstSeen: null,
    lastSeen: null,
    description: null,
    wikidata: null,
    edited: [],
    mergedBecause: [...c.because.values()].sort((p, q) => p.spelling.localeCompare(q.spelling)),
  };
}
