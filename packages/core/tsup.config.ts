import { defineConfig } from "tsup"

export default defineConfig({
  // parallel-worker.js: the worker thread of `@anquan/core/parallel`, which starts it by that name beside itself
  entry: { index: "src/index.ts", parallel: "src/parallel/index.ts", "parallel-worker": "src/parallel/worker.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts", parallel: "src/parallel/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2023"
})
