// Nouns that may name one subject ("quake", "earthquake", "tremor"), from WordNet's senses
// (src/data/noun-senses.ts). Only candidates: a word has several senses ("pirate" is also a
// plagiarist), so the clustering folds two phrases only where the articles use both.
import { NOUN_SENSES } from "../../data/noun-senses.js";

export type SenseRelation = "synonym" | "broader";

export interface RelatedHeads {
  a: string;
  /** for "broader", the broader word: a is a kind of b */
  b: string;
  relation: SenseRelation;
}

/**
 * The pairs among `heads` that WordNet relates: synonyms in some sense, or one word directly a kind
 * of the other. One pass over the table: a topic run has a few hundred heads, the table 39,000 words.
 */
export function relatedHeads(heads: ReadonlySet<string>): RelatedHeads[] {
  const found: RelatedHeads[] = [];
  for (const entry of NOUN_SENSES.split(" ")) {
    const word = entry.slice(0, entry.search(/[=<]|$/));
    if (!heads.has(word)) continue;
    const same = /=([^<]*)/.exec(entry)?.[1]?.split(",") ?? [];
    const wider = /<(.*)$/.exec(entry)?.[1]?.split(",") ?? [];
    for (const other of same) if (heads.has(other)) found.push({ a: word, b: other, relation: "synonym" });
    for (const other of wider) if (heads.has(other)) found.push({ a: word, b: other, relation: "broader" });
  }
  return found;
}
