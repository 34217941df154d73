// The page data's faster parts give what their plain forms give: the sentence around a mention found a
// code unit at a time, the related articles kept while scoring, and each share making only its own
// pages of the split indexes.
import { describe, expect, test } from "vitest";
import { buildSiteModel, planSite, sentenceAround, topByScore, TEMPLATES, WHOLE_SITE } from "../../src/site/view.js";
import { LOCAL_SITE } from "../../src/deploy.js";
import { makeBriefing, makeScaledBriefing } from "./fixture.js";

/** sentenceAround as it was written with regular expressions. */
function sentenceAroundByRegex(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1] ?? "")) from--;
  while (from < start && /[\s"'”’»)]/.test(text[from] ?? "")) from++;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to] ?? "")) to++;
  if (to < text.length && text[to] !== "\n") to++;
  return text.slice(from, to).trim();
}

/** A small deterministic random source (the same texts every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("sentenceAround", () => {
  test("every UTF-16 code unit is taken as space, closing mark or sentence end as the regular expressions take it", () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      // the unit opening the sentence (skipped or not), and the unit ending it
      const text = `One. ${c}Two three${c} four.`;
      for (const [start, end] of [[6, 9], [7, 10], [5, 9]] as const) if (sentenceAround(text, start, end) !== sentenceAroundByRegex(text, start, end)) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  test("random texts of punctuation, quotes, spaces and letters, at every span, out of range too", () => {
    const next = random(7);
    const alphabet = ["a", "b", " ", ".", "!", "?", "\n", '"', "'", "”", "’", "»", ")", "\u00a0", "\u2003", "\t", "é", "\ud83d", "\ude00"];
    for (let n = 0; n < 150; n++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      for (let start = -2; start <= text.length + 2; start++) {
        for (let end = start; end <= Math.min(text.length + 3, start + 6); end++) expect(sentenceAround(text, start, end)).toBe(sentenceAroundByRegex(text, start, end));
      }
    }
  });
});

describe("topByScore", () => {
  const sortedTop = (score: Map<string, number>, max: number) =>
    [...score.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, max)
      .map(([id]) => id);

  test("the same ids, in the same order, as sorting every entry", () => {
    const next = random(11);
    for (let n = 0; n < 500; n++) {
      const score = new Map<string, number>();
      const size = Math.floor(next() * 30);
      // few distinct scores: many ties, broken by id
      for (let i = 0; i < size; i++) score.set(`a${Math.floor(next() * 1000)}`, Math.floor(next() * 5) * (next() < 0.2 ? 100 : 1));
      for (const max of [0, 1, 6, 40]) expect(topByScore(score, max)).toEqual(sortedTop(score, max));
    }
  });
});

describe("a share's pages", () => {
  test.each([
    ["the fixture", makeBriefing],
    // indexes of several pages (stories, timeline months, actor letters), dealt out between the shares
    ["a briefing of 107 stories", () => makeScaledBriefing(107)],
  ])("the shares of %s together make every page of the whole site, each once, with the same data", (_, make) => {
    const briefing = make();
    const whole = buildSiteModel(briefing, undefined, LOCAL_SITE, WHOLE_SITE);
    for (const count of [2, 3]) {
      const shares = Array.from({ length: count }, (_, index) => buildSiteModel(briefing, undefined, LOCAL_SITE, { index, count }));
      for (const template of TEMPLATES) {
        const pages = whole.pages[template];
        // page i of each template is share (i mod count)'s
        const dealt = pages.map((_, i) => shares[i % count]!.pages[template][Math.floor(i / count)]);
        expect(JSON.stringify(dealt)).toBe(JSON.stringify(pages));
        expect(shares.reduce((n, share) => n + share.pages[template].length, 0)).toBe(pages.length);
      }
    }
  });
});

describe("bodies given by share 0 of the same build", () => {
  test("are taken as they are, and the pages and bodies are those worked out afresh", () => {
    const briefing = makeScaledBriefing(40);
    const share = { index: 1, count: 2 };
    const plain = planSite(briefing, undefined, LOCAL_SITE, share);
    const given = new Map([...plain.bodies].map(([id, body]) => [id, [body.key, body.anchors] as const]));
    const told = planSite(briefing, undefined, LOCAL_SITE, share, (id) => given.get(id));
    expect([...told.bodies.keys()]).toEqual([...plain.bodies.keys()]);
    for (const [id, body] of plain.bodies) {
      const other = told.bodies.get(id)!;
      expect([other.key, other.anchors, other.html()]).toEqual([body.key, body.anchors, body.html()]);
    }
    for (const template of TEMPLATES) {
      expect(JSON.stringify(told.pages[template].map((make) => make())), template).toBe(JSON.stringify(plain.pages[template].map((make) => make())));
    }
  });
});
