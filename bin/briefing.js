#!/usr/bin/env node
// The `briefing` command. The TypeScript sources compile to dist/ (npm run compile).
import { main } from "../dist/cli.js";

process.exitCode = await main(process.argv.slice(2));
