// The quote ledger across articles: the same words quoted by several sources are one quote with
// every span where they were printed. Ids hash the normalised text, so they are stable across builds.
import type { QuoteCandidate } from "../types.js";
import type { BriefingQuote } from "../model/briefing.js";
import { stableHash } from "../model/ids.js";

const normalise = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[\s.,;:!?'"-]+$/u, "")
    .trim()
    .toLowerCase();

export function collectQuotes(
  articles: { id: string; quotes: QuoteCandidate[] }[],
  mentionActor: Map<string, (string | null)[]>,
): BriefingQuote[] {
  const byText = new Map<string, BriefingQuote & { votes: Map<string, number> }>();
  for (const article of articles) {
    const actors = mentionActor.get(article.id) ?? [];
    for (const q of article.quotes) {
      const key = normalise(q.text);
      if (!key) continue;
      const speaker = q.speakerMention !== null ? actors[q.speakerMention] ?? null : null;
      let entry = byText.get(key);
      if (!entry) {
        entry = {
          id: `q-${stableHash(key)}`,
          text: q.text,
          speaker: null,
          articles: [],
          spans: [],
          partial: q.partial,
          cue: q.cue,
          votes: new Map(),
        };
        byText.set(key, entry);
      }
      if (!entry.articles.includes(article.id)) entry.articles.push(article.id);
      entry.spans.push({ article: article.id, start: q.start, end: q.end });
      entry.partial = entry.partial && q.partial;
      if (speaker) entry.votes.set(speaker, (entry.votes.get(speaker) ?? 0) + 1);
      if (!entry.cue && q.cue) entry.cue = q.cue;
    }
  }
  return [...byText.values()].map(({ votes, ...quote }) => {
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return { ...quote, speaker: ranked[0]?.[0] ?? null };
  });
}
