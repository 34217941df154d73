// Date candidates resolved to the mentions the briefing shows (calendar values only), against a
// reference day: the printed publication date in the extract stage, a day inferred from related
// coverage in the relate stage. Shared by both, so neither reaches into the other.
import type { Analysis, DateCandidate, DateMention } from "../types.js";
import { resolveAll, type Resolution } from "./resolve.js";

/** Resolves found candidates to mentions the briefing can show (calendar values only). */
export function mentionsFromCandidates(
  candidates: DateCandidate[],
  analysis: Analysis,
  text: string,
  day: string | null,
  zone: string | null,
): DateMention[] {
  const resolutions = resolveAll(candidates, analysis, text, { day, zone, timeml: false });
  const mentions: DateMention[] = [];
  candidates.forEach((c, i) => {
    const r: Resolution | null = resolutions[i] ?? null;
    if (!r || r.precision === null) return;
    mentions.push({
      start: c.start,
      end: c.end,
      text: c.text,
      value: r.value,
      precision: r.precision,
      reference: r.relative ? day : null,
      rule: r.rule,
    });
  });
  return mentions;
}
