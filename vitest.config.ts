import { availableParallelism } from "node:os"
import { defineConfig } from "vitest/config"
import projects from "./vitest.workspace.ts"

export default defineConfig({
  test: {
    projects,
    // vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, where much of a file's
    // time is spent waiting on a child process, PostgreSQL or Chromium. Test files are independent of each other (each
    // PostgreSQL file has its own schema or table prefix, each file its own temporary folder), so they run side by side.
    maxWorkers: Math.max(2, availableParallelism()),
    // A worker keeps its loaded modules from one test file to the next (effect, the packs, the engine): without
    // isolation the suite ran in 364 s instead of about 945 s, most of which was loading the same modules again for each
    // of 335 files. Test files restore what they change (spies are restored, process.exitCode reset, each file its
    // own temporary folder and PostgreSQL schema); the whole suite passed this way in vitest's own file order, on a
    // warm cache and on a fresh clone.
    isolate: false,
    experimental: { diagnostics: false }
  }
})
