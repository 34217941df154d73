// The patches of Nunjucks 3's runtime (src/site/nunjucks-runtime.ts) change what it costs, never what
// it renders: the site and a template using loops, dotted sets, macros, blocks and method calls come out
// the same with and without them, and a function whose source is not the expected one is left alone.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { renderSite } from "../../src/site/render.js";
import { forgetEnvironment } from "../../src/site/nunjucks-env.js";
import { eleventysNunjucks, patchNunjucks, setNunjucksPatched, unpatchNunjucks } from "../../src/site/nunjucks-runtime.js";
import { makeBriefing } from "./fixture.js";
import { htmlFiles } from "./site-check.js";

let dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), "briefing-njk-runtime-"));
  dirs.push(dir);
  return dir;
};
beforeEach(() => (dirs = []));
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  setNunjucksPatched(true);
  patchNunjucks();
});

const contents = (root: string) => new Map(htmlFiles(root).map((f) => [f.slice(root.length + 1), readFileSync(f, "utf8")]));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const nunjucks = eleventysNunjucks() as any;

const LAYOUT = `<h1>{% block title %}Base{% endblock %}</h1>{% block body %}{% endblock %}`;
const PAGE = `{% extends "layout.njk" %}{% import "macros.njk" as m %}
{% block title %}{{ page.title | upper }}{% endblock %}
{% block body %}{% set total = 0 %}{% set seen = {} %}
{% for group in page.groups %}{% set label = group.name %}<h2>{{ loop.index }}/{{ loop.length }} {{ label }}{% if loop.first %} first{% endif %}{% if loop.last %} last{% endif %}</h2>
{% for item in group.items %}{% set total = total + item.n %}{{ m.chip(item, loop.revindex) }}{{ item.name.toUpperCase() }} {{ item.tags.length }} {{ item.missing.deeper }}{% endfor %}
{% endfor %}<p>{{ total }} {{ page.list.join("|") }} {{ page.count() }}</p>{% endblock %}`;
const MACROS = `{% macro chip(item, n) %}<b title="{{ item.name }}">{{ n }}{% for t in item.tags %}{{ t }}{% if not loop.last %},{% endif %}{% endfor %}</b>{% endmacro %}`;

function renderSample(): string[] {
  const loader = { getSource: (name: string) => ({ src: { "layout.njk": LAYOUT, "macros.njk": MACROS }[name] ?? "", path: name, noCache: false }) };
  const env = new nunjucks.Environment(loader, { autoescape: true });
  const page = {
    title: "One & <two>",
    groups: [
      { name: "A", items: [{ name: "x", n: 1, tags: ["p", "q"] }, { name: "y<", n: 2, tags: [] }] },
      { name: "B", items: [{ name: "z", n: 3, tags: ["r"] }] },
    ],
    list: ["a", "b"],
    count() {
      return this.list.length;
    },
  };
  // the same source made into a Template twice, as Eleventy does for each page of a paginated template
  return [0, 1].map(() => new nunjucks.Template(PAGE, env, "page.njk", false).render({ page, ns: {} }));
}

describe("the Nunjucks runtime patches", () => {
  test("are made on the Nunjucks Eleventy loads (version 3)", () => {
    expect(nunjucks).not.toBeNull();
    expect(patchNunjucks().sort()).toEqual(["compile", "escape", "memberLookup", "set"]);
  });

  test("the patched escape gives what Nunjucks' own gives, for text with and without characters to escape", () => {
    unpatchNunjucks();
    const plain = nunjucks.lib.escape;
    patchNunjucks();
    expect(nunjucks.lib.escape).not.toBe(plain);
    const samples = ["Harbour strike", "", "’quoted’ — dashes", `a&b<c>d"e'f\\g`, "&amp; already", "<script>x</script>"];
    for (const text of samples) expect(nunjucks.lib.escape(text), text).toBe(plain(text));
  });

  test("a template renders the same with and without them", () => {
    unpatchNunjucks();
    const plain = renderSample();
    expect(patchNunjucks()).toHaveLength(4);
    const patched = renderSample();
    expect(patched[0]).toContain("1/2 A first");
    expect(patched).toEqual(plain);
    expect(patched[1]).toBe(patched[0]);
  });

  test("the site renders the same with and without them", async () => {
    const without = fresh();
    const withPatches = fresh();
    setNunjucksPatched(false);
    forgetEnvironment();
    await renderSite(makeBriefing(), without, { quiet: true, threads: 1, batchPages: 4 });
    const original = nunjucks.runtime.Frame.prototype.set;
    setNunjucksPatched(true);
    forgetEnvironment();
    await renderSite(makeBriefing(), withPatches, { quiet: true, threads: 1, batchPages: 4 });
    // the second site was rendered patched
    expect(nunjucks.runtime.Frame.prototype.set).not.toBe(original);
    const want = contents(without);
    const have = contents(withPatches);
    expect([...have.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [path, html] of want) expect(have.get(path), path).toBe(html);
  }, 90_000);

  test("a function whose source is not the one expected is left alone", () => {
    unpatchNunjucks();
    const frame = nunjucks.runtime.Frame.prototype;
    const original = frame.set;
    const other = function set(this: unknown, ...args: unknown[]) {
      return original.apply(this, args);
    };
    frame.set = other;
    try {
      expect(patchNunjucks().sort()).toEqual(["compile", "escape", "memberLookup"]);
      expect(frame.set).toBe(other);
    } finally {
      unpatchNunjucks();
      frame.set = original;
    }
  });
});
