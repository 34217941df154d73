import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // one temporary folder for the whole run, removed afterwards (test/global-tmp.ts)
    globalSetup: ["test/global-tmp.ts"],
    // whole-site builds and Chromium start-ups take seconds on a two-core machine
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
