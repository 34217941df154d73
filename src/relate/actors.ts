// One actor per person, organisation or place across all articles. Within an article a bare surname
// joins the full name printed before it; across articles names merge when their spellings agree
// after folding transliteration variants (Tchaikovsky / Chaikovskiy, Aleksei / Alexey),
// near-miss spellings (Philips / Phillips), glued typos (Okaforto) and abbreviations (U.S., UN).
// A bare surname crosses articles only when one actor alone carries it. The result is plain data,
// so editorial overrides (merge, rename, retype, hide) can be applied to it afterwards.
import type { ActorKind, Mention, Span } from "../types.js";
import type { ActorAlias, ActorMentionRef, ActorRole, BriefingActor } from "../model/briefing.js";
import { lexicon } from "../data/lexicon.js";
import { slugify } from "../model/ids.js";
import { addToSet } from "../collections.js";

export interface ActorInput {
  id: string;
  date: string | null;
  text: string;
  sentences: Span[];
  mentions: Mention[];
}

// the same few names are folded over and over (every mention, every comparison)
const foldedNames = new Map<string, string>();

/** Folds spellings that transliteration and typing make of one name. */
export function foldName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    if (foldedNames.size > 50_000) foldedNames.clear();
    foldedNames.set(name, (folded = foldSpelling(name)));
  }
  return folded;
}

function foldSpelling(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/[’'.]/g, "")
    .replace(/-/g, " ")
    .replace(/y/g, "i")
    .replace(/kh/g, "h")
    .replace(/ie/g, "i")
    .replace(/(\p{L})\1+/gu, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const GLUED_WORDS = ["to", "and", "in", "of", "on", "at", "for", "the", "as", "is", "was", "with", "said"];

/** The mention text without a possessive, and the place's canonical name where the gazetteer knows it. */
function surface(m: Mention): string {
  const text = m.text.replace(/[’']s$/u, "").replace(/\s+/g, " ").trim();
  if (m.kind !== "place") return text;
  const lex = lexicon();
  return lex.places.get(text) ?? (text === text.toUpperCase() ? lex.placesLower.get(text.toLowerCase()) : undefined) ?? text;
}

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !["Of", "The", "And"].includes(w))
    .map((w) => w[0])
    .join("");

interface Cluster {
  kindVotes: Record<ActorKind, number>;
  /** surface spelling -> articles and count */
  spellings: Map<string, { articles: Set<string>; count: number }>;
  folded: Set<string>;
  /** folded surnames of full person names */
  surnames: Set<string>;
  refs: { article: number; mention: number }[];
  merged: Cluster | null;
}

const root = (c: Cluster): Cluster => (c.merged ? root(c.merged) : c);

function newCluster(): Cluster {
  return { kindVotes: { person: 0, organization: 0, place: 0 }, spellings: new Map(), folded: new Set(), surnames: new Set(), refs: [], merged: null };
}

function absorb(into: Cluster, from: Cluster): void {
  into = root(into);
  from = root(from);
  if (into === from) return;
  for (const k of ["person", "organization", "place"] as const) into.kindVotes[k] += from.kindVotes[k];
  for (const [s, v] of from.spellings) {
    const e = into.spellings.get(s) ?? { articles: new Set<string>(), count: 0 };
    for (const a of v.articles) e.articles.add(a);
    e.count += v.count;
    into.spellings.set(s, e);
  }
  for (const f of from.folded) into.folded.add(f);
  for (const f of from.surnames) into.surnames.add(f);
  into.refs.push(...from.refs);
  from.merged = into;
}

const kindOf = (c: Cluster): ActorKind => {
  let best: ActorKind = "person";
  for (const k of ["organization", "place"] as const) if (c.kindVotes[k] > c.kindVotes[best]) best = k;
  return best;
};

/** One edit apart (insert, delete or substitute), for names long enough that this is a typo, not another name. */
function nearMiss(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

export function resolveActors(articles: ActorInput[]): { actors: BriefingActor[]; mentionActor: Map<string, (string | null)[]> } {
  const clusters: Cluster[] = [];
  const clusterOf: (Cluster | null)[][] = articles.map((a) => a.mentions.map(() => null));
  const note = (c: Cluster, a: number, k: number) => {
    const m = articles[a]!.mentions[k]!;
    const text = surface(m);
    c.kindVotes[m.kind] += m.confidence;
    const e = c.spellings.get(text) ?? { articles: new Set<string>(), count: 0 };
    e.articles.add(articles[a]!.id);
    e.count++;
    c.spellings.set(text, e);
    c.folded.add(foldName(text));
    if (m.kind === "person" && text.includes(" ")) c.surnames.add(foldName(text.split(" ").pop()!));
    c.refs.push({ article: a, mention: k });
    clusterOf[a]![k] = c;
  };

  // 1. within each article: full names first, then short forms join the full name they shorten
  articles.forEach((article, a) => {
    const local = new Map<string, Cluster>();
    const order = article.mentions.map((m, k) => k).sort((x, y) => wordCount(article.mentions[y]!) - wordCount(article.mentions[x]!) || x - y);
    for (const k of order) {
      const m = article.mentions[k]!;
      const text = surface(m);
      const folded = foldName(text);
      let target = local.get(`${folded}`);
      if (!target && !text.includes(" ")) {
        // a surname (or a surname glued to the next word) of a full person name in this article
        const fulls: Cluster[] = [];
        for (const c of local.values()) {
          if (kindOf(c) !== "person") continue;
          for (const s of c.surnames) {
            if (s === folded || nearMiss(s, folded) || gluedTo(s, folded)) {
              fulls.push(c);
              break;
            }
          }
        }
        if (fulls.length === 1 || (fulls.length > 1 && m.kind === "person")) target = nearestBefore(fulls, article, m) ?? fulls[0];
      }
      if (!target) {
        target = newCluster();
        clusters.push(target);
      }
      local.set(folded, target);
      note(target, a, k);
    }
  });

  // 2. across articles: the same folded spelling, near-miss surnames of the same first name, abbreviations
  const byFolded = new Map<string, Cluster>();
  for (const c of clusters) {
    const full = [...c.folded].filter((f) => f.includes(" ") || kindOf(c) !== "person" || c.surnames.size === 0);
    for (const f of full.length ? full : c.folded) {
      const other = byFolded.get(`${kindGroup(c)}:${f}`);
      if (other && root(other) !== root(c)) absorb(other, c);
      else if (!other) byFolded.set(`${kindGroup(c)}:${f}`, root(c));
    }
  }
  let live = clusters.filter((c) => !c.merged);
  // full person names whose parts are each a near miss ("Anne Philips" / "Anne Phillips", "Chidi Okaforto").
  // Near misses and glued words keep every word's first letter, so only names with the same word
  // count and initials need comparing: the blocks keep this linear in practice on large corpora.
  const blocks = new Map<string, Cluster[]>();
  for (const c of live) {
    if (kindOf(c) !== "person") continue;
    for (const key of new Set([...c.folded].filter((f) => f.includes(" ")).map(nameBlock))) {
      const block = blocks.get(key);
      if (block) block.push(c);
      else blocks.set(key, [c]);
    }
  }
  for (const members of blocks.values())
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const a = root(members[x]!);
        const b = root(members[y]!);
        if (a === b || kindOf(a) !== "person" || kindOf(b) !== "person") continue;
        if (sameFullName(a, b)) absorb(a, b);
      }
  live = clusters.filter((c) => !c.merged);
  // bare surnames: join the one person actor who carries that surname, and only then
  // owners indexed by every spelling one edit away from their surnames (symmetric deletion), so a
  // bare name meets only the owners it could match, never every person with its first letter
  const surnameOwners = new Map<string, Set<Cluster>>();
  for (const o of live) {
    if (kindOf(o) !== "person") continue;
    for (const s of o.surnames) for (const key of oneEditKeys(s)) addToSet(surnameOwners, key, o);
  }
  for (const c of live) {
    if (c.merged || kindOf(c) !== "person" || c.surnames.size > 0) continue;
    const names = [...c.folded];
    const candidates = new Set(names.flatMap((n) => [...oneEditKeys(n), ...unglued(n)].flatMap((key) => [...(surnameOwners.get(key) ?? [])])));
    const owners = [...candidates].filter((o) => !o.merged && o !== c && kindOf(o) === "person" && [...o.surnames].some((s) => names.some((n) => s === n || nearMiss(s, n) || gluedTo(s, n))));
    if (owners.length === 1) absorb(owners[0]!, c);
  }
  // a name printed under another kind in one article ("Vatican" as a person in a headline) joins the majority
  live = clusters.filter((c) => !c.merged);
  const byName = new Map<string, Cluster>();
  for (const c of live) for (const f of c.folded) {
    const o = byName.get(f);
    if (o && root(o) !== root(c)) absorb(o, c);
    else byName.set(f, root(c));
  }
  // abbreviations: "UN" joins "United Nations" when the initials agree
  live = clusters.filter((c) => !c.merged);
  const byInitials = new Map<string, Cluster>();
  for (const o of live)
    for (const spelling of o.spellings.keys())
      if (spelling.includes(" ") && !byInitials.has(initialsOf(spelling))) byInitials.set(initialsOf(spelling), o);
  for (const c of live) {
    if (c.merged) continue;
    const short = [...c.spellings.keys()].find((s) => /^[A-Z.]{2,8}$/.test(s));
    if (!short) continue;
    const owner = byInitials.get(short.replace(/\./g, ""));
    if (owner && root(owner) !== root(c)) absorb(owner, c);
  }

  // 3. actors out of clusters
  live = clusters.filter((c) => !c.merged);
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

function wordCount(m: Mention): number {
  return m.text.split(/\s+/).length;
}

const kindGroup = (c: Cluster) => (kindOf(c) === "person" ? "p" : "x");

/** The word and every form of it with one letter left out: two words one edit apart share one of these. */
function oneEditKeys(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** The surnames a word could be glued from ("okaforto" -> "okafor"). */
function unglued(word: string): string[] {
  return GLUED_WORDS.filter((w) => word.length > w.length && word.endsWith(w)).map((w) => word.slice(0, -w.length));
}

/** "Okaforto" is "Okafor" glued to "to". */
function gluedTo(surname: string, word: string): boolean {
  return word.length > surname.length && word.startsWith(surname) && GLUED_WORDS.includes(word.slice(surname.length));
}

/** Word count and initials of a folded full name: "keith kelog" -> "2:kk". */
function nameBlock(folded: string): string {
  const words = folded.split(" ");
  return `${words.length}:${words.map((w) => w[0]).join("")}`;
}

function sameFullName(a: Cluster, b: Cluster): boolean {
  for (const x of a.folded)
    for (const y of b.folded) {
      const p = x.split(" ");
      const q = y.split(" ");
      if (p.length < 2 || p.length !== q.length) continue;
      if (p.every((w, i) => nearMiss(w, q[i]!) || gluedTo(w, q[i]!) || gluedTo(q[i]!, w))) return true;
    }
  return false;
}

function nearestBefore(fulls: Cluster[], article: ActorInput, m: Mention): Cluster | undefined {
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of fulls)
    for (const ref of c.refs) {
      const other = article.mentions[ref.mention];
      if (other && other.start < m.start && other.start > bestAt && ref.article === undefined) continue;
      if (other && other.start < m.start && other.start > bestAt) {
        best = c;
        bestAt = other.start;
      }
    }
  return best;
}

function draftActor(c: Cluster, articles: ActorInput[]): BriefingActor {
  const kind = kindOf(c);
  const spellings = [...c.spellings].map(([text, v]) => ({ text, count: v.count, articles: [...v.articles].sort() }));
  // the canonical name: for people the full name printed most often, else the most frequent spelling
  const ranked = [...spellings].sort(
    (p, q) =>
      (kind === "person" ? Number(q.text.includes(" ")) - Number(p.text.includes(" ")) : 0) ||
      Number(/^[A-Z.]{2,8}$/.test(p.text)) - Number(/^[A-Z.]{2,8}$/.test(q.text)) ||
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
    const sentenceSpan = article.sentences[m.sentence];
    const sentence = sentenceSpan ? article.text.slice(sentenceSpan.start, sentenceSpan.end) : "";
    articleIds.add(article.id);
    mentions.push({ article: article.id, start: m.start, end: m.end, sentence });
    if (m.role) {
      if (!roles.some((r) => r.role === m.role && r.article === article.id)) roles.push({ role: m.role, article: article.id, sentence });
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
    // role groups are summed up once overrides are applied (assemble/roles.ts)
    primaryRole: null,
    roleGroups: [],
    rolesDisagree: false,
    mentions,
    mentionCount: mentions.length,
    weight: +(mentions.length + 3 * articleList.length).toFixed(2),
    // co-actors, first and last appearance are totalled once overrides are applied (assemble/briefing.ts)
    coActors: [],
    firstSeen: null,
    lastSeen: null,
    description: null,
    wikidata: null,
    edited: [],
  };
}
