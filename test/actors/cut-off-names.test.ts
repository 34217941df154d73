// A name cut off at its connector ("Bank of", when a title split "Bank of Quarvel Governor …") is the
// opening of many names: within its article it may stand for the one full name it opens, but across
// articles it names no one, so it never joins two banks. Texts written for this test.
import { describe, expect, it } from "vitest";
import { resolveActors, type ActorInput } from "../../src/relate/actors.js";
import type { Mention } from "../../src/types.js";

function article(id: string, text: string, names: string[]): ActorInput {
  const mentions: Mention[] = [];
  let from = 0;
  for (const name of names) {
    const start = text.indexOf(name, from);
    mentions.push({ text: name, start, end: start + name.length, kind: "organization", confidence: 0.8, sentence: 0 });
    from = start + name.length;
  }
  return { id, date: "2025-03-03", text, sentences: [{ start: 0, end: text.length }], mentions };
}

const actorOf = (result: ReturnType<typeof resolveActors>, id: string, k: number) => result.mentionActor.get(id)![k];

describe("a name cut off at its connector", () => {
  it("joins no two full names across articles, and the same full name still joins", () => {
    const a = article("a", "The Bank of Quarvel cut rates. Officials at the Bank of said more cuts could follow.", ["Bank of Quarvel", "Bank of"]);
    const b = article("b", "The Bank of Zerat held rates. Officials at the Bank of said the rate would stay.", ["Bank of Zerat", "Bank of"]);
    const c = article("c", "The Bank of Quarvel met on Monday.", ["Bank of Quarvel"]);
    const result = resolveActors([a, b, c]);
    expect(actorOf(result, "a", 0)).not.toBe(actorOf(result, "b", 0));
    // the counter-example: one full name in two articles is one actor
    expect(actorOf(result, "a", 0)).toBe(actorOf(result, "c", 0));
  });
});
