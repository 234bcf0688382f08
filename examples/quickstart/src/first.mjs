// first.mjs — a complete first program: two records checked against the Work Safety Law (安全生产法).
import { Engine, localize, verdictLabels } from "@anquan/core"
import { workSafetyLaw } from "@anquan/pack-work-safety-law"

// Packs (and config) are validated once, here.
const engine = Engine.make({ packs: [workSafetyLaw] })

// Unknown JSON in: each record is decoded (with the path of every problem) before any rule runs.
const records = [
  {
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
  },
  { creditCode: "91330106MA2H7Q0X1", employees: "many" }
]

// The law in force on the as-of date applies.
const report = engine.evaluate(records, { asOf: "2026-11-23" })

for (const result of report.enterprises) {
  console.log(`${result.subject.name}: ${localize(verdictLabels[result.verdict], "en")}`)
  for (const f of result.findings) {
    if (f.outcome === "violation") console.log(`  ✗ ${f.ruleId}: ${localize(f.details ?? f.message, "en")}`)
  }
}
for (const r of report.rejected) {
  console.log(`record ${r.index} rejected: ${r.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`)
}
