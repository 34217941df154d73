// Roles as the sources give them, grouped so that "US President", "U.S. President" and
// "President" count as one role, while "former US President" stands apart: a source that says
// "former" disagrees with one that does not, and a reader should see both.
import type { ActorRole } from "./briefing.js";

export interface RoleGroup {
  /** the spelling most sources use */
  role: string;
  articles: string[];
}

/** Modifiers that change what the role claims, not just how it is spelled. */
const STATUS_WORDS = new Set(["former", "ex", "acting", "interim", "outgoing", "incoming", "late", "then", "deputy", "vice", "assistant", "elect", "designate", "caretaker", "retired"]);
/** Words that only say whose office it is: "US President" and "President" are the same claim. */
const QUALIFIER_WORDS = new Set(["the", "of", "s", "us", "u", "uk", "eu", "un"]);

function words(role: string): string[] {
  return role
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[’']s\b/g, "")
    .replace(/\./g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => (w === "defense" ? "defence" : w));
}

function status(ws: string[]): string {
  return ws.filter((w) => STATUS_WORDS.has(w)).sort().join(" ");
}

/** Same claim: the same status words, and one role's office words contain the other's. */
function sameClaim(a: string[], b: string[]): boolean {
  if (status(a) !== status(b)) return false;
  const core = (ws: string[]) => new Set(ws.filter((w) => !STATUS_WORDS.has(w) && !QUALIFIER_WORDS.has(w)));
  const ca = core(a);
  const cb = core(b);
  if (ca.size === 0 || cb.size === 0) return false;
  const [small, large] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  // demonyms and country names ("Chilean", "Chile's") qualify an office too: allow one extra word
  return [...small].every((w) => large.has(w)) && large.size - small.size <= 2;
}

/** Groups an actor's roles by claim, most supported first. */
export function groupRoles(roles: ActorRole[]): RoleGroup[] {
  const groups: { members: ActorRole[]; words: string[] }[] = [];
  for (const role of roles) {
    const ws = words(role.role);
    const group = groups.find((g) => sameClaim(g.words, ws));
    if (group) group.members.push(role);
    else groups.push({ members: [role], words: ws });
  }
  return groups
    .map((g) => {
      const spellings = new Map<string, number>();
      for (const m of g.members) spellings.set(m.role, (spellings.get(m.role) ?? 0) + 1);
      // most used spelling; among equals the fuller one ("US President" over "President")
      const role = [...spellings].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || x[0].localeCompare(y[0]))[0]![0];
      return { role, articles: [...new Set(g.members.map((m) => m.article))] };
    })
    .sort((a, b) => b.articles.length - a.articles.length || a.role.localeCompare(b.role));
}

/**
 * Whether the sources disagree: two groups differing in status ("former" against none) for the
 * same office. Different offices ("envoy" and "businessman") are not a disagreement.
 */
export function rolesDisagree(groups: RoleGroup[]): boolean {
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) {
      const a = words(groups[i]!.role);
      const b = words(groups[j]!.role);
      if (status(a) === status(b)) continue;
      const strip = (ws: string[]) => ws.filter((w) => !STATUS_WORDS.has(w));
      if (sameClaim(strip(a), strip(b))) return true;
    }
  return false;
}
