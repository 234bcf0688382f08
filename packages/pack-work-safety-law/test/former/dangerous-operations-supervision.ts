/**
 * 危险作业现场安全管理 — 安全生产法 (2021) 第四十三条.
 *
 * 生产经营单位进行爆破、吊装、动火、临时用电以及国务院应急管理部门会同国务院有关部门规定的其他危险
 * 作业，应当安排专门人员进行现场安全管理，确保操作规程的遵守和安全措施的落实。
 *
 * Reads `facts.dangerousOperations` (current or recent operations; those dated after the as-of day
 * are ignored). Each needs `onSiteSafetyManager: true`. Use `kind: "other"` only for operations the
 * 应急管理部 has designated; that list is not part of this pack.
 *
 * @since 0.1.0
 */
import { isDatedAfterAsOf, Rule } from "@anquan/core"
import type { Outcome, RuleContext } from "@anquan/core"
import { factSlice, findings, notApplicable } from "./shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const DangerousOperationsFacts = factSlice([], ["dangerousOperations"])

type Facts = typeof DangerousOperationsFacts.Type

const kindLabel = {
  blasting: { zh: "爆破", en: "blasting" },
  hoisting: { zh: "吊装", en: "hoisting" },
  "hot-work": { zh: "动火", en: "hot work" },
  "temporary-electricity": { zh: "临时用电", en: "temporary electricity" },
  other: { zh: "危险", en: "dangerous" }
} as const

const NO_OPERATION = notApplicable("no dangerous operation")

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const out = findings(ctx)
  const ops = subject.facts?.dangerousOperations
  if (ops === undefined) return out.need("facts.dangerousOperations").outcome()
  let counted = 0
  for (let i = 0; i < ops.length && !out.done; i++) {
    const op = ops[i]!
    if (isDatedAfterAsOf(op.date, ctx.asOf)) continue
    counted++
    if (out.quick(op.onSiteSafetyManager)) continue
    const path = `facts.dangerousOperations[${i}]`
    const label = kindLabel[op.kind]
    const what = op.description === undefined ? "" : `（${op.description}）`
    const whatEn = op.description === undefined ? "" : ` (${op.description})`
    out.see(`${path}.kind`, op.kind)
    out.duty(`${path}.onSiteSafetyManager`, op.onSiteSafetyManager,
      `${label.zh}作业${what}未安排专门人员进行现场安全管理`, `${label.en} operation${whatEn} without a dedicated on-site safety manager`)
  }
  if (counted === 0) return NO_OPERATION
  return out.outcome()
}

/**
 * 第四十三条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const dangerousOperationsSupervision = Rule.define({
  id: "work-safety-law/dangerous-operations-supervision",
  title: { "zh-CN": "危险作业安排专门人员现场安全管理", en: "On-site safety manager for dangerous operations" },
  message: {
    "zh-CN": "进行爆破、吊装、动火、临时用电等危险作业，未安排专门人员进行现场安全管理",
    en: "Blasting, hoisting, hot work, temporary electricity or another dangerous operation without a dedicated on-site safety manager"
  },
  remediation: {
    "zh-CN": "进行危险作业时安排专门人员进行现场安全管理，确保操作规程的遵守和安全措施的落实。",
    en: "Assign a dedicated person to manage safety on site during every dangerous operation, making sure procedures are followed and safety measures applied."
  },
  citation: { document: "work-safety-law-2021", article: 43, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 101, item: 3, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  facts: DangerousOperationsFacts,
  reads: ["facts.dangerousOperations[].kind", "facts.dangerousOperations[].date", "facts.dangerousOperations[].onSiteSafetyManager"],
  evaluate
})
