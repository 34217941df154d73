// The site's global data: the view model of the Briefing that renderSite handed over.
import { getCurrentBriefing } from "../../../../dist/site/state.js";
import { buildSiteModel } from "../../../../dist/site/view.js";

export default function () {
  const briefing = getCurrentBriefing();
  if (!briefing) {
    throw new Error("No briefing to render: build the site with `briefing build` (renderSite), not with Eleventy alone.");
  }
  return buildSiteModel(briefing);
}
