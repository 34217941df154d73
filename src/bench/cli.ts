// `npm run bench`: the in-process per-stage micro bench (default, or `--micro`), or, with
// `--articles N[,M...]` or `--scale`, whole builds of scale corpora against plain Eleventy.
// Each is imported only when chosen: the micro bench loads the NLP model at import.
const argv = process.argv.slice(2);
const isScale = argv.some((a) => a === "--scale" || a === "--articles" || a.startsWith("--articles="));

async function main(): Promise<number> {
  if (isScale && !argv.includes("--micro")) return (await import("./scale.js")).runScale(argv);
  return (await import("./micro.js")).runMicro(argv.filter((a) => a !== "--micro"));
}

process.exitCode = await main();
