// Editorial overrides from briefing.yaml, applied after actors are resolved: the editor's word
// beats the extractor's, and every value set this way is marked as edited on the page.
import type { Message } from "../types.js";
import type { BriefingActor, BriefingQuote } from "../model/briefing.js";
import type { ActorOverride, BriefingConfig } from "../config.js";

export interface OverrideResult {
  actors: BriefingActor[];
  mentionActor: Map<string, (string | null)[]>;
  quotes: BriefingQuote[];
  messages: Message[];
}

const key = (s: string) => s.normalize("NFKC").replace(/[’']/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

/** Finds an actor by id, name or any spelling seen. */
function findActor(actors: BriefingActor[], name: string): BriefingActor | undefined {
  const wanted = key(name);
  return (
    actors.find((a) => a.id === name) ??
    actors.find((a) => key(a.name) === wanted) ??
    actors.find((a) => a.aliases.some((alias) => key(alias) === wanted))
  );
}

function absorb(target: BriefingActor, other: BriefingActor): void {
  const union = <T>(a: T[], b: T[]) => [...new Set([...a, ...b])];
  target.aliases = union(target.aliases, [other.name, ...other.aliases]).filter((a) => a !== target.name);
  for (const spelling of other.spellings) {
    const mine = target.spellings.find((s) => s.text === spelling.text);
    if (mine) mine.articles = union(mine.articles, spelling.articles);
    else target.spellings.push({ ...spelling });
  }
  target.articles = union(target.articles, other.articles);
  target.roles.push(...other.roles);
  target.mentions.push(...other.mentions);
  target.mentionCount += other.mentionCount;
  target.weight += other.weight;
}

export function applyOverrides(
  actorsIn: BriefingActor[],
  mentionActorIn: Map<string, (string | null)[]>,
  quotesIn: BriefingQuote[],
  config: BriefingConfig,
): OverrideResult {
  const messages: Message[] = [];
  let actors = actorsIn.map((a) => ({ ...a, edited: [...a.edited] }));
  const replaced = new Map<string, string | null>();
  const configFile = "briefing.yaml";
  const warn = (message: string) => messages.push({ file: configFile, message, source: "relate:overrides", severity: "warning" });

  for (const override of config.actors ?? []) {
    const actor = findActor(actors, override.match);
    if (!actor) {
      warn(`actors: no actor matches "${override.match}"; the override was not applied`);
      continue;
    }
    applyActorOverride(actor, override, actors, replaced, warn);
    actors = actors.filter((a) => !replaced.has(a.id));
  }

  const follow = (id: string | null): string | null => {
    let current = id;
    const seen = new Set<string>();
    while (current !== null && replaced.has(current) && !seen.has(current)) {
      seen.add(current);
      current = replaced.get(current) ?? null;
    }
    return current;
  };
  const mentionActor = new Map([...mentionActorIn].map(([article, ids]) => [article, ids.map(follow)]));
  let quotes = quotesIn.map((q) => ({ ...q, speaker: follow(q.speaker) }));

  for (const fix of config.quotes ?? []) {
    const wanted = key(fix.text);
    const quote = quotes.find((q) => key(q.text).startsWith(wanted));
    if (!quote) {
      warn(`quotes: no quote starts with "${fix.text}"; the speaker fix was not applied`);
      continue;
    }
    const speaker = fix.speaker === null ? null : findActor(actors, fix.speaker);
    if (fix.speaker !== null && !speaker) {
      warn(`quotes: no actor matches speaker "${fix.speaker}"; the speaker fix was not applied`);
      continue;
    }
    quotes = quotes.map((q) => (q === quote ? { ...q, speaker: speaker?.id ?? null, edited: ["speaker"] } : q));
  }
  return { actors, mentionActor, quotes, messages };
}

function applyActorOverride(
  actor: BriefingActor,
  override: ActorOverride,
  actors: BriefingActor[],
  replaced: Map<string, string | null>,
  warn: (message: string) => void,
): void {
  for (const name of override.merge ?? []) {
    const other = findActor(actors, name);
    if (!other) warn(`actors: "${override.match}" merge: no actor matches "${name}"`);
    else if (other !== actor) {
      absorb(actor, other);
      actor.mergedBecause.push(...other.mergedBecause, { spelling: other.name, reason: "editor", article: null });
      replaced.set(other.id, actor.id);
      mark(actor, "merged");
    }
  }
  if (override.name && override.name !== actor.name) {
    actor.aliases = [...new Set([actor.name, ...actor.aliases])].filter((a) => a !== override.name);
    actor.name = override.name;
    mark(actor, "name");
  }
  if (override.kind && override.kind !== actor.kind) {
    actor.kind = override.kind;
    mark(actor, "kind");
  }
  if (override.description !== undefined) {
    actor.description = override.description;
    mark(actor, "description");
  }
  if (override.wikidata !== undefined) {
    actor.wikidata = override.wikidata;
    mark(actor, "wikidata");
  }
  if (override.hide) replaced.set(actor.id, null);
}

function mark(actor: BriefingActor, field: string): void {
  if (!actor.edited.includes(field)) actor.edited.push(field);
}
