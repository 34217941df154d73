// The briefing being rendered, handed from renderSite to the Eleventy data files.
// Kept on globalThis under a registered symbol because Eleventy loads its data files from dist/
// while tests may load this module from src/: two module instances must still see one value.
import type { Briefing } from "../assemble/model.js";

const BRIEFING_KEY = Symbol.for("briefing.site.current");

type StateHolder = { [BRIEFING_KEY]?: Briefing };

export function setCurrentBriefing(briefing: Briefing | undefined): void {
  (globalThis as StateHolder)[BRIEFING_KEY] = briefing;
}

export function getCurrentBriefing(): Briefing | undefined {
  return (globalThis as StateHolder)[BRIEFING_KEY];
}
