// The site's global data: the pages renderSite decided to render (only those whose data changed),
// already built. Nothing is computed here: Eleventy may read this once per build, never per page.
import { getCurrentSite } from "../../../../dist/site/state.js";

export default function () {
  const site = getCurrentSite();
  if (!site) {
    throw new Error("No briefing to render: build the site with `briefing build` (renderSite), not with Eleventy alone.");
  }
  return site;
}
