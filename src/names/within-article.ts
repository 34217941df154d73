// Each article's mentions grouped within the article: full names first, then short forms join the
// full name they shorten. Nothing outside the article bears on it, so it is worked out with the
// per-article work (work/file-work.ts), cached with it, and relate's two passes of actor naming
// start from it (relate/actors.ts).
import type { ActorKind, MergeReason, Mention, NameGroups } from "../types.js";
import { lexicon } from "../data/lexicon.js";
import { foldName, GENERIC_HEADS, initialsOf, isAbbreviation, isEverydayWord, isGivenNameAlone, isMultiword, opensSentence, surface, wordCount } from "./fold.js";
import { kindOf, newCluster, noteMention, surnameIsNoEverydayWord, type ActorInput, type Cluster } from "./cluster.js";

/**
 * Each article's mentions grouped within the article, with why each joined its group: full names
 * first, then short forms join the full name they shorten (a surname, a given name, a short form, the
 * leading words of a longer name, an abbreviation the article defines). Nothing outside the article
 * bears on it, so both passes of resolveActors (before the stories are known and after) take the same.
 */
export interface WithinArticles {
  /** each mention's surface (resolveActors' `surface`) and its folded form */
  surfaces: string[][];
  names: string[][];
  /** the order the mentions were grouped in: most words first */
  order: number[][];
  /** each mention's group, numbered by first use within its article */
  group: number[][];
  because: (MergeReason | null)[][];
}

/** Every article's grouping worked out here (tests, and articles that were not analysed with one). */
export function groupWithinArticles(articles: readonly ActorInput[]): WithinArticles {
  return withinArticles(articles, articles.map((article) => nameGroupsOf(article)));
}

/** One article's grouping: what the per-article work hands on with the article (extract/index.ts). */
export function nameGroupsOf(article: ActorInput): NameGroups {
  const surfaces = article.mentions.map(surface);
  return groupArticle(article, surfaces, surfaces.map(foldName));
}

/** The articles' groupings, as worked out with each article, with each mention's surface and folded name. */
export function withinArticles(articles: readonly ActorInput[], groups: readonly NameGroups[]): WithinArticles {
  const surfaces = articles.map((a) => a.mentions.map(surface));
  const names = surfaces.map((texts) => texts.map(foldName));
  return { surfaces, names, order: groups.map((g) => g.order), group: groups.map((g) => g.group), because: groups.map((g) => g.because) };
}

/** The grouping's clusters hold the mentions of one article, numbered 0 among them. */
const THE_ARTICLE = 0;

function groupArticle(article: ActorInput, surfaces: string[], names: string[]): NameGroups {
  const local = new Map<string, Cluster>();
  const numberOf = new Map<Cluster, number>();
  const group: number[] = new Array(article.mentions.length).fill(-1);
  const because: (MergeReason | null)[] = new Array(article.mentions.length).fill(null);
  const words = article.mentions.map(wordCount);
  const order = article.mentions.map((_, k) => k).sort((x, y) => words[y]! - words[x]! || x - y);
  const defined = definedAbbreviations(article.text);
  for (const k of order) {
    const m = article.mentions[k]!;
    const text = surfaces[k]!;
    const folded = names[k]!;
    let target = local.get(folded);
    let reason: MergeReason | null = null;
    // a bare word the article types as a place stays the place, even where a person's (or a firm's
    // mistyped) name ends on it ("Karel Houston" and prices in Houston); a person's bare surname is lent
    // the full name's kind before this (extract/actors.ts), so it reads as a person here
    if (!target && !isMultiword(folded) && !GENERIC_HEADS.has(folded) && m.kind !== "place") {
      target = surnameOwnerInArticle(local, folded, m);
      if (target) reason = "surname-in-article";
    }
    if (!target && m.kind === "person" && isGluedToSurname(text, article.text, m.start)) {
      target = surnameOwnerInArticle(local, folded.split(" ").pop()!, m);
      if (target) reason = "surname-in-article";
    }
    if (!target && !isMultiword(folded) && m.kind === "person" && isGivenNameAlone(text)) {
      target = firstNameOwnerInArticle(local, folded);
      if (target) reason = "first-name-in-article";
    }
    if (!target && !isMultiword(folded) && m.kind !== "person" && !GENERIC_HEADS.has(folded) && !lexicon().places.has(text)) {
      target = shortFormOwnerInArticle(local, folded, m.kind);
      if (target) reason = "short-form-in-article";
    }
    if (!target && m.kind !== "person" && !GENERIC_HEADS.has(folded) && !lexicon().places.has(text) && !lexicon().firstNames.has(text)) {
      target = leadingWordsOwnerInArticle(local, folded, m.kind, article.mentions, k);
      if (target) reason = "leading-words-in-article";
    }
    if (!target && isAbbreviation(text)) {
      target = abbreviationOwnerInArticle(local, text.replace(/\./g, ""), defined);
      if (target) reason = "abbreviation-in-article";
    }
    if (!target) {
      target = newCluster();
      numberOf.set(target, numberOf.size);
    }
    local.set(folded, target);
    noteMention(target, article, THE_ARTICLE, k, text, folded, reason);
    group[k] = numberOf.get(target)!;
    because[k] = reason;
  }
  return { order, group, because };
}

/**
 * The person in this article whose full name ends in this surname. When several do (a family, a
 * couple), the bare name is the one a role it carries agrees with, or else the article's main person of
 * that name: named first and at least as often as any other (news style names relatives in full). When
 * neither holds, it stays a name of its own.
 */
function surnameOwnerInArticle(local: Map<string, Cluster>, folded: string, m: Mention): Cluster | undefined {
  const owners = [...new Set(local.values())].filter((c) => kindOf(c) === "person" && c.surnames.has(folded));
  if (owners.length <= 1) return owners[0];
  if (m.role) {
    const byRole = owners.filter((c) => c.roles.has(m.role!.toLowerCase()));
    if (byRole.length === 1) return byRole[0];
  }
  // every ref of the article's own clusters is in this article
  const presence = owners.map((c) => ({ c, count: c.refs.length, first: Math.min(...c.refs.map((r) => r.mention)) }));
  const first = presence.reduce((p, q) => (q.first < p.first ? q : p));
  return presence.every((p) => p === first || p.count <= first.count) ? first.c : undefined;
}

/**
 * The one person in this article whose full name opens with this given name ("Lindsay" after "Lindsay
 * Quarles"), unless the word is also the surname of a person here (then it could be either). The caller
 * asks for a given name the gazetteer knows, and the full name must end in a word that is no everyday
 * English word: "Palmer" of "Palmer Fire" (a body mistyped as a person) stays apart, as, at that price,
 * "Rosa" of "Rosa Brown" does.
 */
function firstNameOwnerInArticle(local: Map<string, Cluster>, folded: string): Cluster | undefined {
  const people = [...new Set(local.values())].filter((c) => kindOf(c) === "person");
  if (people.some((c) => c.surnames.has(folded))) return undefined;
  const owners = people.filter((c) => [...c.folded].some((name) => isMultiword(name) && name.startsWith(`${folded} `)));
  return owners.length === 1 && surnameIsNoEverydayWord(owners[0]!) ? owners[0] : undefined;
}

/**
 * The one body or place of this article, of the same kind, whose longer name opens with these words
 * and was printed before them (a town is not its church, a firm not its building): "Betty Ford" after "the Betty Ford Center", "Promises" after "Promises Treatment
 * Center". One word stands for the longer name only when the rest is a body's or a place's generic
 * head ("Center", "Magazine"), or, for a place, everyday words only ("Larkmoor" of "Larkmoor
 * Recovery"), so "Toyota" is not taken for "Toyota Camry"; the caller keeps out
 * places the gazetteer knows (Boston is not "Boston Red Sox") and given names.
 */
function leadingWordsOwnerInArticle(local: Map<string, Cluster>, folded: string, kind: ActorKind, mentions: readonly Mention[], k: number): Cluster | undefined {
  const owners = new Set<Cluster>();
  for (const [name, c] of local) {
    if (kindOf(c) !== kind || !name.startsWith(`${folded} `)) continue;
    const rest = name.slice(folded.length + 1);
    if (/^(?:of|de|du|la|and|&) /.test(rest)) continue;
    if (!isMultiword(folded) && !GENERIC_HEADS.has(rest.split(" ").pop()!) && !(kind === "place" && rest.split(" ").every(isEverydayWord))) continue;
    const printedBefore = c.refs.some((r) => mentions[r.mention]!.start < mentions[k]!.start);
    if (printedBefore) owners.add(c);
  }
  return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * The one organisation or place of the same kind in this article whose multi-word name ends in this
 * word ("Yankees" -> "New York Yankees"); never the far end of an "X of Y" name (a country is not its
 * election commission), and never a place the gazetteer knows (the caller checks).
 */
function shortFormOwnerInArticle(local: Map<string, Cluster>, folded: string, kind: ActorKind): Cluster | undefined {
  const owners = new Set<Cluster>();
  for (const [name, c] of local)
    if (isMultiword(name) && kindOf(c) === kind && name.endsWith(` ${folded}`) && !/ (?:of|de|du|la) /.test(name)) owners.add(c);
  return owners.size === 1 ? [...owners][0] : undefined;
}

/** Abbreviations an article defines: "the Harbour Workers Union (HWU)" -> HWU: harbour workers union. */
function definedAbbreviations(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  const pattern = /((?:\p{Lu}[\p{L}’'&-]*\s+(?:(?:of|the|and|for|de|la|du|&)\s+)*){1,8})\(((?:\p{Lu}\.?){2,8})\)/gu;
  for (const match of text.matchAll(pattern)) {
    const abbreviation = match[2]!.replace(/\./g, "");
    const words = match[1]!.trim().split(/\s+/);
    // the full name is the shortest run of words, ending before the bracket, whose initials spell the abbreviation
    for (let from = words.length - 1; from >= 0; from--) {
      const name = words.slice(from).join(" ");
      if (initialsOf(name) === abbreviation) {
        defined.set(abbreviation, foldName(name));
        break;
      }
    }
  }
  return defined;
}

/**
 * The organisation or place in this article that an abbreviation stands for: the one the article
 * defines it as, or else the one full name printed in the article whose initials spell it.
 */
function abbreviationOwnerInArticle(local: Map<string, Cluster>, abbreviation: string, defined: Map<string, string>): Cluster | undefined {
  const definition = defined.get(abbreviation);
  if (definition) return local.get(definition);
  const owners = new Set<Cluster>();
  for (const [folded, c] of local)
    if (isMultiword(folded) && kindOf(c) !== "person")
      for (const spelling of c.spellings.keys()) if (foldName(spelling) === folded && initialsOf(spelling) === abbreviation) owners.add(c);
  return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * A sentence's opening words glued to a surname ("Weary Quist questioned…", "Veteran Record
 * Producer Hale, who…"): a name of several words that opens its sentence and whose every word but the last is an
 * everyday word and no given name. The surname may then be the article's person of that surname.
 */
function isGluedToSurname(spelling: string, text: string, start: number): boolean {
  const words = spelling.split(" ");
  if (words.length < 2 || !opensSentence(text, start)) return false;
  return words.slice(0, -1).every((w) => isEverydayWord(w.toLowerCase()) && !lexicon().firstNames.has(w));
}
