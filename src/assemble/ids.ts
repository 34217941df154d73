// Stable ids now live below every stage (src/model/ids.ts); this name stays for the site's imports.
export * from "../model/ids.js";
