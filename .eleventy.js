// Eleventy configuration for the briefing site: a table of contents, the work is elsewhere.
//   templates   src/site/pages/*.njk            (pages; _includes/layouts for the page frame)
//   theme       a user's _includes/ (--theme DIR or the content folder's), searched first
//   data        src/site/pages/_data/site.js     (the view model built from the Briefing)
//   filters     src/site/filters.ts              (compiled to dist/site/filters.js)
//   assets      src/site/pages/assets/           (stylesheet, filter-box and search scripts, copied by renderSite)
//   search      src/site/search.ts               (the search documents, written by renderSite)
// renderSite (src/site/render.ts) hands Eleventy only the pages whose data changed since the last build.
import { countOf, filterText, kindLabel, machineDate, readableDate, readableRange, isCurrentSection } from "./dist/site/filters.js";
import { relativeLink } from "./dist/site/links.js";
import { getCurrentTheme } from "./dist/site/state.js";
import { clearEleventyAdditions, firstAmendment, getCurrentTemplates, keepEnvironment, keptEnvironment } from "./dist/site/nunjucks-env.js";

/** @param {import("@11ty/eleventy/UserConfig").default} eleventyConfig */
export default function (eleventyConfig) {
  // Article text is untrusted: everything printed is escaped unless a template says otherwise,
  // and only the output of our own escaping renderer ever does.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });

  // Our filters are pure functions of their arguments: they go straight onto the Nunjucks environment.
  // (eleventyConfig.addFilter would wrap every call to copy page data onto `this`, and time it: several
  // microseconds a call, on pages that make hundreds.) `rel` is given the page's path from its data
  // (item.path), not page.url, which goes through Eleventy's data proxies on every read.
  const filters = { rel: relativeLink, readableDate, machineDate, readableRange, countOf, kindLabel, filterText, isCurrentSection };
  // The environment of the last run on this thread, while the templates are the same: its loader
  // holds every include compiled (dist/site/nunjucks-env.js). The first run keeps the one Eleventy makes.
  const templates = getCurrentTemplates();
  const kept = keptEnvironment(templates);
  if (kept) {
    // what Eleventy added to it last run, it adds again
    clearEleventyAdditions(kept);
    eleventyConfig.setLibrary("njk", kept);
  }
  eleventyConfig.amendLibrary("njk", (env) => {
    if (env !== kept) keepEnvironment(templates, env);
    // Eleventy amends an environment again when it is first handed back to it
    if (!firstAmendment(env)) return;
    for (const [name, filter] of Object.entries(filters)) env.addFilter(name, filter);
    // a theme's _includes/ (--theme DIR, or the content folder's own) is searched before ours: a file
    // of the same name there replaces the one here
    const theme = getCurrentTheme();
    if (theme) for (const loader of env.loaders) if (Array.isArray(loader.searchPaths)) loader.searchPaths.unshift(theme);
  });

  return {
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    // input and output folders are given by renderSite (src/site/render.ts); these are relative to the input
    dir: {
      includes: "_includes",
      data: "_data",
    },
  };
}
