// The pages being rendered, handed from renderSite to the Eleventy data file (pages/_data/site.js).
// Kept on globalThis under a registered symbol because Eleventy loads its data files from dist/
// while tests may load this module from src/: two module instances must still see one value.
import type { SiteModel } from "./view.js";

const SITE_KEY = Symbol.for("briefing.site.current");

type StateHolder = { [SITE_KEY]?: SiteModel };

export function setCurrentSite(site: SiteModel | undefined): void {
  (globalThis as StateHolder)[SITE_KEY] = site;
}

export function getCurrentSite(): SiteModel | undefined {
  return (globalThis as StateHolder)[SITE_KEY];
}

const THEME_KEY = Symbol.for("briefing.site.theme");

type ThemeHolder = { [THEME_KEY]?: string | null };

/** The folder whose `_includes/` templates replace ours of the same name while a site renders; null: none. */
export function setCurrentTheme(includes: string | null): void {
  (globalThis as ThemeHolder)[THEME_KEY] = includes;
}

export function getCurrentTheme(): string | null {
  return (globalThis as ThemeHolder)[THEME_KEY] ?? null;
}
