// `npm run eval -- <benchmark> PATH`: scores extraction against public data given by path.
// The data is read where it lies and is never copied into this repository.
const benchmarks: Record<string, { describe: string; load: () => Promise<{ main(args: string[]): Promise<number> }> }> = {
  conll: { describe: "CoNLL-2003 file (e.g. ../shared/benchmarks/conll2003/eng.testa): people, organisations, places", load: () => import("./conll.js") },
  polnear: { describe: "PolNeAR folder (e.g. ../shared/benchmarks/polnear/dev): direct quotes and speakers", load: () => import("./polnear.js") },
  clean: { describe: "folders of articles (e.g. ../shared/benchmarks/ecbplus/content): lines each cleaning rule removes, with a sample", load: () => import("./clean.js") },
  ecbplus: { describe: "ECB+ folder (e.g. ../shared/benchmarks/ecbplus): stories, actor identity and kinds, key points, topics (--floors: fail below the recorded floors)", load: () => import("./ecbplus.js") },
  extraction: { describe: "article extraction benchmark folder (e.g. ../shared/benchmarks/article-extraction-benchmark): bodies of saved HTML pages (--floors: fail below the recorded floors)", load: () => import("./extraction.js") },
  timeml: { describe: "TimeML folder (e.g. ../shared/benchmarks/tempeval3/TBAQ-cleaned): DATE and TIME expressions", load: () => import("./timeml.js") },
};

const usage = `usage: npm run eval -- <benchmark> PATH\n\n${Object.entries(benchmarks)
  .map(([name, b]) => `  ${name.padEnd(10)} ${b.describe}`)
  .join("\n")}\n`;

async function run(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const benchmark = name ? benchmarks[name] : undefined;
  if (!benchmark || rest.length === 0) {
    console.error(usage);
    return 2;
  }
  const module = await benchmark.load();
  return module.main(rest);
}

process.exitCode = await run(process.argv.slice(2));
