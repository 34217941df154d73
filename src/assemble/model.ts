// The Briefing model now lives below every stage (src/model/briefing.ts); this name stays for the site's imports.
export * from "../model/briefing.js";
