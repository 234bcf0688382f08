import { configDefaults, defineConfig } from "vitest/config"

/**
 * The guides' tests. `docs/api/` is typedoc's output: typedoc copies files the README links to (such as an
 * example's `contract.test.ts`) into `docs/api/media/`, where they are copies, not tests of this folder.
 */
export default defineConfig({
  test: {
    name: "@anquan/docs",
    exclude: [...configDefaults.exclude, "api/**"]
  }
})
