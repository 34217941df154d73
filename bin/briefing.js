#!/usr/bin/env node
// The `briefing` command. The TypeScript sources compile to dist/ (npm run compile).
// A build runs in a child Node whose heap limit fits the collection (dist/heap.js says why).
import { fileURLToPath } from "node:url";
import { rerunWithHeapLimit } from "../dist/heap.js";

const argv = process.argv.slice(2);
const code = rerunWithHeapLimit(fileURLToPath(import.meta.url), argv);
if (code !== null) process.exitCode = code;
else {
  const { main } = await import("../dist/cli.js");
  process.exitCode = await main(argv);
}
