// Three costs of Nunjucks 3's runtime, each replaced on the Nunjucks Eleventy loads by a function that
// does the same work once:
//   Template#_compile  Eleventy makes a new Template of a paginated page's source for every page it
//                      renders (pages/*.njk: a front matter and one include), and each compiled it:
//                      the compiled functions are kept per environment and source, as Nunjucks' own
//                      precompiled templates share theirs
//   Frame#set          split the variable's name at its dots on every call: a for loop sets seven
//                      loop.* variables an item, millions at 10,000 articles; the parts are kept by name
//   memberLookup       read `obj[val]` twice (once to see whether it is a function)
//   lib.escape         every value printed goes through a global replace with a callback, which costs
//                      its set-up even when nothing is replaced (nearly always: names, titles, paths);
//                      a test of the same characters first leaves such a string as it is, as replace does
// Only a Nunjucks of major version 3 is patched, and only a function whose source is still the one these
// replacements were written against: anything else is left as it is (and the pages render as before).
// test/site/nunjucks-runtime.test.ts renders the site with and without the patch and compares it.
import { createRequire } from "node:module";

/** The parts of Nunjucks 3 patched here. */
interface NunjucksTemplate {
  tmplProps?: unknown;
  tmplStr: string;
  path?: string | null;
  env?: { asyncFilters: string[]; extensionsList: { __name?: string }[] };
  blocks: Record<string, unknown>;
  rootRenderFunc: unknown;
  compiled: boolean;
}
interface NunjucksFrame {
  variables: Record<string, unknown>;
  resolve(name: string, forWrite: boolean): NunjucksFrame | undefined;
  set(name: string, val: unknown, resolveUp?: boolean): void;
}
interface NunjucksModule {
  Template: { prototype: { _compile(this: NunjucksTemplate): void } };
  runtime: { Frame: { prototype: NunjucksFrame }; memberLookup(obj: unknown, val: string): unknown };
  /** runtime.suppressValue and the escape filter call lib.escape through this object, at each call */
  lib: { escape(val: string): string };
}

/** Names whose split parts are kept, at most (loop variables and a template's `set` targets: a few hundred). */
const SPLIT_NAMES_KEPT = 10_000;
/** Compiled sources kept per environment, at most (one per page template: a dozen). */
const COMPILED_KEPT = 1_000;

/** A fragment of each original's source that the replacement reproduces: a different source, no patch. */
const EXPECTED_SOURCE = {
  compile: "compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts)",
  set: "name.split('.')",
  memberLookup: "obj[val].apply(obj, args)",
  escape: "val.replace(escapeRegex, lookupEscape)",
} as const;

/** The characters lib.escape replaces (its escapeRegex, without the g), and what it gives for them all: checked before patching. */
const ESCAPED = /[&"'<>\\]/;
const ESCAPE_PROBE = { text: `a&"'<>\\b`, escaped: "a&amp;&quot;&#39;&lt;&gt;&#92;b" } as const;

type PatchName = keyof typeof EXPECTED_SOURCE;

interface Installed {
  nunjucks: NunjucksModule;
  originals: Partial<Record<PatchName, (...args: never[]) => unknown>>;
}

const INSTALLED_KEY = Symbol.for("briefing.site.nunjucks.patches");
const WANTED_KEY = Symbol.for("briefing.site.nunjucks.patches.wanted");
const holder = globalThis as { [INSTALLED_KEY]?: Installed | null; [WANTED_KEY]?: boolean };

/** Whether Eleventy runs on this thread patch Nunjucks (the default) or leave it as it is (tests). */
export function setNunjucksPatched(wanted: boolean): void {
  holder[WANTED_KEY] = wanted;
}

/** Before an Eleventy run: Nunjucks patched, or as it was when a test asked for it unpatched. */
export function prepareNunjucks(): void {
  if (holder[WANTED_KEY] === false) unpatchNunjucks();
  else patchNunjucks();
}

/** The Nunjucks Eleventy loads (its own resolution), if it is version 3; null otherwise. */
export function eleventysNunjucks(): NunjucksModule | null {
  try {
    // Eleventy's entry for require() sits by the one for import (src/): nunjucks resolves the same from both
    const fromEleventy = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));
    const version = (fromEleventy("nunjucks/package.json") as { version?: string }).version ?? "";
    if (!/^3\./.test(version)) return null;
    return fromEleventy("nunjucks") as NunjucksModule;
  } catch {
    return null;
  }
}

const hasSource = (fn: unknown, fragment: string) => typeof fn === "function" && fn.toString().includes(fragment);

/** Template#_compile, the compiled functions kept per environment and source. */
function keptCompile(original: (this: NunjucksTemplate) => void): (this: NunjucksTemplate) => void {
  const byEnv = new WeakMap<object, Map<string, { blocks: Record<string, unknown>; root: unknown }>>();
  return function _compile(this: NunjucksTemplate) {
    const env = this.env;
    if (this.tmplProps || !env || typeof this.tmplStr !== "string") return original.call(this);
    // what compiler.compile reads besides the source: the async filters, the extensions, the path (env.opts is the environment's own)
    const key = `${this.path ?? ""}\u0000${env.asyncFilters.join(",")}\u0000${env.extensionsList.map((e) => e.__name ?? "?").join(",")}\u0000${this.tmplStr}`;
    let kept = byEnv.get(env);
    if (!kept) byEnv.set(env, (kept = new Map()));
    const known = kept.get(key);
    if (known) {
      // each template its own map of blocks, as _getBlocks makes it
      this.blocks = { ...known.blocks };
      this.rootRenderFunc = known.root;
      this.compiled = true;
      return;
    }
    original.call(this);
    if (kept.size < COMPILED_KEPT) kept.set(key, { blocks: { ...this.blocks }, root: this.rootRenderFunc });
  };
}

/** Frame#set with the name's parts kept: otherwise the same steps as Nunjucks 3.2-3.3's. */
function splitKeptSet(): NunjucksFrame["set"] {
  const partsOf = new Map<string, string[]>();
  return function set(this: NunjucksFrame, name: string, val: unknown, resolveUp?: boolean) {
    let parts = partsOf.get(name);
    if (!parts) {
      parts = name.split(".");
      if (partsOf.size < SPLIT_NAMES_KEPT) partsOf.set(name, parts);
    }
    let obj = this.variables;
    if (resolveUp) {
      const frame = this.resolve(parts[0]!, true);
      if (frame) {
        frame.set(name, val);
        return;
      }
    }
    for (let i = 0; i < parts.length - 1; i++) {
      const id = parts[i]!;
      if (!obj[id]) obj[id] = {};
      obj = obj[id] as Record<string, unknown>;
    }
    obj[parts[parts.length - 1]!] = val;
  };
}

/** memberLookup reading the member once. */
function memberLookupOnce(obj: unknown, val: string): unknown {
  if (obj === undefined || obj === null) return undefined;
  const member = (obj as Record<string, unknown>)[val];
  if (typeof member === "function") return (...args: unknown[]) => (obj as Record<string, (...a: unknown[]) => unknown>)[val]!.apply(obj, args);
  return member;
}

/** lib.escape, its replace made only when the string holds a character it replaces (replace gives the string itself otherwise). */
function escapeWhenNeeded(original: (val: string) => string): (val: string) => string {
  return function escape(val: string) {
    return ESCAPED.test(val) ? original(val) : val;
  };
}

/** Whether the original escape replaces exactly the characters ESCAPED matches, as expected. */
function escapesAsExpected(escape: (val: string) => string): boolean {
  if (escape(ESCAPE_PROBE.text) !== ESCAPE_PROBE.escaped) return false;
  // every other printable ASCII character is left as it is
  for (let code = 0x20; code < 0x7f; code++) {
    const char = String.fromCharCode(code);
    if (!ESCAPED.test(char) && escape(char) !== char) return false;
  }
  return true;
}

/** The patches in place on Eleventy's Nunjucks (once per thread); which were made, by name. */
export function patchNunjucks(): PatchName[] {
  let installed = holder[INSTALLED_KEY];
  if (installed === undefined) {
    const nunjucks = eleventysNunjucks();
    installed = holder[INSTALLED_KEY] = nunjucks ? { nunjucks, originals: {} } : null;
  }
  if (!installed) return [];
  const { nunjucks, originals } = installed;
  const template = nunjucks.Template.prototype;
  const frame = nunjucks.runtime.Frame.prototype;
  const runtime = nunjucks.runtime;
  if (!originals.compile && hasSource(template._compile, EXPECTED_SOURCE.compile)) {
    originals.compile = template._compile;
    template._compile = keptCompile(template._compile);
  }
  if (!originals.set && hasSource(frame.set, EXPECTED_SOURCE.set)) {
    originals.set = frame.set;
    frame.set = splitKeptSet();
  }
  if (!originals.memberLookup && hasSource(runtime.memberLookup, EXPECTED_SOURCE.memberLookup)) {
    originals.memberLookup = runtime.memberLookup;
    runtime.memberLookup = memberLookupOnce;
  }
  const lib = nunjucks.lib;
  if (!originals.escape && hasSource(lib?.escape, EXPECTED_SOURCE.escape) && escapesAsExpected(lib.escape)) {
    originals.escape = lib.escape;
    lib.escape = escapeWhenNeeded(lib.escape);
  }
  return Object.keys(originals) as PatchName[];
}

/** Nunjucks as it was (tests: rendering without the patches). */
export function unpatchNunjucks(): void {
  const installed = holder[INSTALLED_KEY];
  if (!installed) return;
  const { nunjucks, originals } = installed;
  if (originals.compile) nunjucks.Template.prototype._compile = originals.compile as NunjucksModule["Template"]["prototype"]["_compile"];
  if (originals.set) nunjucks.runtime.Frame.prototype.set = originals.set as NunjucksFrame["set"];
  if (originals.memberLookup) nunjucks.runtime.memberLookup = originals.memberLookup as NunjucksModule["runtime"]["memberLookup"];
  if (originals.escape) nunjucks.lib.escape = originals.escape as NunjucksModule["lib"]["escape"];
  installed.originals = {};
}
