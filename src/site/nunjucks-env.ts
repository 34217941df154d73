// The Nunjucks environment Eleventy made, kept on this thread for the next Eleventy run while the
// templates are the same (render.ts templatesHash, with the theme's folder and the working folder).
// Each run (a batch of pages: eleventy-run.ts) made a new environment, whose loader compiled every
// include, layout and macro file again: at 10,000 articles a thread ran ten batches. A kept
// environment keeps its loader's compiled templates. .eleventy.js keeps the one Eleventy makes (in
// its amendLibrary callback) and hands it back to the next run (setLibrary), Eleventy's own
// additions taken out first: Eleventy makes them again on it, as on a new one.
// Kept on globalThis under registered symbols, as state.ts is: .eleventy.js loads this module from
// dist/ while tests may load eleventy-run from src/.

/** The part of a Nunjucks Environment this module touches. */
export interface NunjucksEnvironment {
  extensions: Record<string, unknown>;
  extensionsList: unknown[];
  asyncFilters: string[];
}

const TEMPLATES_KEY = Symbol.for("briefing.site.templates");
const KEPT_KEY = Symbol.for("briefing.site.nunjucks");
const AMENDED_KEY = Symbol.for("briefing.site.nunjucks.amended");

type Holder = {
  [TEMPLATES_KEY]?: string | null;
  [KEPT_KEY]?: { key: string; env: NunjucksEnvironment };
  [AMENDED_KEY]?: WeakSet<object>;
};
const holder = globalThis as Holder;

/** What the templates are for the runs to come (null: no environment is kept or reused). */
export function setCurrentTemplates(key: string | null): void {
  holder[TEMPLATES_KEY] = key;
}

export function getCurrentTemplates(): string | null {
  return holder[TEMPLATES_KEY] ?? null;
}

/** The environment kept for these templates, if one is. */
export function keptEnvironment(key: string | null): NunjucksEnvironment | undefined {
  const kept = holder[KEPT_KEY];
  return key !== null && kept?.key === key ? kept.env : undefined;
}

/** Keeps an environment Eleventy made for these templates (the one kept before is let go). */
export function keepEnvironment(key: string | null, env: NunjucksEnvironment): void {
  if (key === null) delete holder[KEPT_KEY];
  else holder[KEPT_KEY] = { key, env };
}

/** The environment kept last, whatever its templates (tests). */
export function lastKeptEnvironment(): NunjucksEnvironment | undefined {
  return holder[KEPT_KEY]?.env;
}

/** Lets go of the kept environment (tests: the next run makes a new one). */
export function forgetEnvironment(): void {
  delete holder[KEPT_KEY];
}

/**
 * A kept environment made ready for Eleventy to set up again: Eleventy adds its shortcodes as
 * extensions and its asynchronous filters to a list on every run, so what it added last run is taken
 * out first (our configuration adds neither); filters and globals it sets again by name.
 */
export function clearEleventyAdditions(env: NunjucksEnvironment): void {
  for (const name of Object.keys(env.extensions)) delete env.extensions[name];
  env.extensionsList.length = 0;
  env.asyncFilters.length = 0;
}

/** True the first time it is asked for an environment: our amendments are made once on each. */
export function firstAmendment(env: object): boolean {
  const amended = (holder[AMENDED_KEY] ??= new WeakSet());
  if (amended.has(env)) return false;
  amended.add(env);
  return true;
}
