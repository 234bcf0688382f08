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
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { dangerousOperationFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.1.0 */
export const DangerousOperationsFacts = factSlice([], ["dangerousOperations"])

const OPERATIONS = "facts.dangerousOperations"
/** An operation dated after the as-of day had not happened yet; an undated one counts. */
const held = { asOf: "date" } as const

/**
 * 第四十三条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const dangerousOperationsSupervision = Rule.fromCondition({
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
  schema: DangerousOperationsFacts,
  facts: dangerousOperationFacts,
  evidence: "read",
  notApplicableWhen: Condition.none(OPERATIONS, undefined, held),
  notApplicableReason: "no dangerous operation",
  violationWhen: Condition.some(
    OPERATIONS,
    Condition.all(
      Condition.show("kind"),
      Condition.because(
        Condition.eq("onSiteSafetyManager", false),
        "{kind:label}作业{(description)}未安排专门人员进行现场安全管理",
        "{kind:label} operation{(description)} without a dedicated on-site safety manager"
      )
    ),
    { ...held, heading: false }
  )
})
