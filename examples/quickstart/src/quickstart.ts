/**
 * Quickstart: evaluate one enterprise with the plain API and print its findings.
 */
// #region engine
import { Engine, formatCitation, localize, verdictLabels } from "@anquan/core"
import { workSafetyLaw } from "@anquan/pack-work-safety-law"

// 1. Make an engine once: packs (and config) are validated here, every problem reported at once.
const engine = Engine.make({ packs: [workSafetyLaw] })
// #endregion engine

// 2. Any JSON-shaped record: it is decoded with path-precise errors before any rule runs.
export const enterprise = {
  creditCode: "91330106MA2H7Q0X10",
  name: "杭州恒远机械制造有限公司",
  jurisdiction: "330106",
  sectors: ["industry-trade"],
  employees: 150,
  dangerousGoodsActivities: [],
  safetyDepartment: false,
  keyPeople: [
    { name: "林志强", roles: ["principal"], employment: "full-time" },
    { name: "郑丽", roles: ["safety-officer"], employment: "part-time" }
  ]
}

/** Evaluates the enterprise as of a date and returns printable lines. */
export const quickstart = (asOf: string): Array<string> => {
// #region evaluate
  // 3. Evaluate as of a date: the law in force that day applies.
  const report = engine.evaluate(enterprise, { asOf })
  const result = report.enterprises[0]!
// #endregion evaluate
  const lines = [`${result.subject.name}: ${localize(verdictLabels[result.verdict], "zh-CN")} (as of ${report.asOf})`]
  for (const f of result.findings) {
    lines.push(`  ${f.outcome} ${f.ruleId}@${f.ruleVersion} — ${formatCitation(f.citation, "zh-CN", engine.registry.documents)}`)
    if (f.outcome === "violation") lines.push(`    ${localize(f.details ?? f.message!, "zh-CN")}`)
    if (f.outcome === "indeterminate") lines.push(`    missing: ${f.missing!.join(", ")}`)
  }
  return lines
}
