// How ordinary a word is in everyday English, from a general frequency list: a phrase made of
// ordinary words ("good time") says less about a corpus than one made of rare ones ("ceasefire").
import { BACKGROUND_WORDS_BY_FREQUENCY } from "../../data/topics-background.js";

let ranks: Map<string, number> | null = null;

function rankTable(): Map<string, number> {
  if (!ranks) {
    ranks = new Map();
    const words = BACKGROUND_WORDS_BY_FREQUENCY.split(" ");
    for (let i = 0; i < words.length; i++) if (!ranks.has(words[i]!)) ranks.set(words[i]!, i + 1);
  }
  return ranks;
}

const COMMON = Math.log(200);
const RARE = Math.log(16000);

const memo = new Map<string, number>();

/** 0.05 for the commonest words of English, 1 for words outside the 16,000 commonest. */
export function rarity(word: string): number {
  let value = memo.get(word);
  if (value === undefined) {
    value = computeRarity(word);
    // words come from article text: bound the memo so a long-running process does not grow it forever
    if (memo.size > 200_000) memo.clear();
    memo.set(word, value);
  }
  return value;
}

function computeRarity(word: string): number {
  const table = rankTable();
  const parts = word.toLowerCase().split(/[-' ]/).filter((p) => /^[a-z]+$/.test(p));
  if (parts.length === 0) return 0.5;
  // a compound is as rare as its rarest part ("large-scale" is not "large")
  let best = 0;
  for (const part of parts) {
    const rank = table.get(part);
    const value = rank === undefined ? 1 : Math.min(1, Math.max(0.05, (Math.log(rank) - COMMON) / (RARE - COMMON)));
    best = Math.max(best, value);
  }
  return best;
}
