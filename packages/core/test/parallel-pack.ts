// A pack for the parallel-evaluation tests, loaded by each worker thread by its URL: the demo pack's
// rules and one that ends its worker thread for a marked record (never on the main thread).
//
// employees 666: the worker exits (code 7) the first time only (a marker file, named by the
// environment variable ANQUAN_PARALLEL_TEST_MARKER, says it happened); 667: every time (code 9).
import { existsSync, writeFileSync } from "node:fs"
import { isMainThread } from "node:worker_threads"
import { Schema } from "effect"
import * as Outcome from "../src/rule/Outcome.ts"
import * as Pack from "../src/pack/Pack.ts"
import * as Rule from "../src/rule/Rule.ts"
import { demoPack, DemoFacts } from "./fixtures.ts"

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })

const exitsItsWorker = Rule.define({
  id: "demo/exits-its-worker",
  title: text("结束线程", "Ends its thread"),
  message: text("结束线程", "Ends its thread"),
  remediation: text("无", "None"),
  citation: { document: "industry-trade-major-hazard-2023", article: 3, item: 1, verified: true },
  severity: "general",
  effective: { from: "2020-01-01" },
  facts: Schema.Struct({ enterprise: Schema.Struct({ employees: Schema.optionalKey(Schema.Int) }) }),
  reads: ["enterprise.employees"],
  evaluate: (f) => {
    const n = f.enterprise.employees
    if (!isMainThread && n === 666) {
      const marker = process.env.ANQUAN_PARALLEL_TEST_MARKER
      if (marker !== undefined && !existsSync(marker)) {
        writeFileSync(marker, "")
        process.exit(7)
      }
    }
    if (!isMainThread && n === 667) process.exit(9)
    return Outcome.compliant()
  }
})

export const parallelTestPack = Pack.define<DemoFacts>({
  id: "demo",
  name: text("并行测试规则包", "Parallel test pack"),
  version: "1.0.0",
  factsKey: "demo",
  facts: DemoFacts,
  rules: [...demoPack.rules, exitsItsWorker as never]
})
