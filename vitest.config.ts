import { defineConfig } from "vitest/config"
import projects from "./vitest.workspace.ts"

// The workers' settings (how many, and isolation) are given on the command line by scripts/test.sh: the projects of
// this list are folders without a config of their own, and do not take them from here.
export default defineConfig({
  test: { projects, experimental: { diagnostics: false } }
})
