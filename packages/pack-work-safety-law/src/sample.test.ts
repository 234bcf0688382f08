import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { workSafetyLaw } from "./index.ts"

const json: unknown = JSON.parse(readFileSync(new URL("../sample/baseline-enterprises.json", import.meta.url), "utf8"))
const report = Engine.make({ packs: [workSafetyLaw] }).evaluate(json, { asOf: "2026-11-23" })
const R = (slug: string) => `work-safety-law/${slug}`

/** What each finding says: violations with their zh-CN details, indeterminate ones with the missing facts. */
const summary = (name: string) =>
  report.enterprises.find((e) => e.subject.name === name)!.findings.map((f) =>
    f.outcome === "violation"
      ? { rule: f.ruleId, outcome: f.outcome, details: f.details?.["zh-CN"] }
      : { rule: f.ruleId, outcome: f.outcome, missing: f.missing }
  )

describe("sample/baseline-enterprises.json as of 2026-11-23", () => {
  it("evaluates all three records", () => {
    expect(report.totals).toEqual({ records: 3, evaluated: 3, rejected: 0, findings: 126 })
    expect(report.verdicts).toEqual({ "major-hazard": 0, "general-hazard": 3, advisory: 0, "no-violation": 0 })
    expect(report.byOutcome).toEqual({ violation: 19, waived: 0, indeterminate: 27, error: 0, compliant: 52, "not-applicable": 28 })
  })

  it("衢州华岳精细化工: examination, engineer, certificate, filing and hazard reporting", () => {
    expect(summary("衢州华岳精细化工有限公司")).toEqual([
      { rule: R("principal-safety-staff-assessment"), outcome: "violation", details: "安全生产管理人员毛志刚未经考核合格" },
      { rule: R("registered-safety-engineer"), outcome: "violation", details: "属于应当配备注册安全工程师的单位，未有注册安全工程师从事安全生产管理工作" },
      { rule: R("special-operator-certificates"), outcome: "violation", details: "特种作业人员徐国良的特种作业操作证已于2026-03-01过期" },
      { rule: R("major-hazard-installations"), outcome: "violation", details: "重大危险源液氯储罐区（二级）未报应急管理部门和有关部门备案" },
      {
        rule: R("major-accident-hazard-reporting"),
        outcome: "violation",
        details: "重大事故隐患“液氯储罐区紧急切断阀未投用”的排查治理情况未向职工大会或者职工代表大会报告"
      },
      { rule: R("safety-equipment-in-service"), outcome: "violation", details: "安全设备「液氯储罐区 有毒气体检测报警器」：在生产运行期间关闭、停用" }
    ])
  })

  it("温州瓯越建设工程: dispatched workers, training file, exits, hoisting, insurance, drills", () => {
    expect(summary("温州瓯越建设工程有限公司")).toEqual([
      { rule: R("safety-training"), outcome: "violation", details: "6名被派遣劳动者未经安全生产教育和培训合格即上岗作业" },
      { rule: R("training-records"), outcome: "violation", details: "培训档案未记录考核结果" },
      { rule: R("evacuation-exits"), outcome: "violation", details: "占用、锁闭、封堵出口、疏散通道" },
      { rule: R("dangerous-operations-supervision"), outcome: "violation", details: "吊装作业（3号楼钢结构吊装）未安排专门人员进行现场安全管理" },
      { rule: R("liability-insurance"), outcome: "violation", details: "安全生产责任保险已于2026-06-30到期，未续保" },
      {
        rule: R("emergency-plan-drills"),
        outcome: "violation",
        details: "综合应急预案或者专项应急预案演练最近一次为2025-05-10，已超过12个月（应于2026-05-10前再次演练）"
      },
      { rule: R("contracting-safety-management"), outcome: "violation", details: "3号楼劳务作业发包给某劳务公司：未统一协调、管理" },
      { rule: R("safety-warning-signs"), outcome: "violation", details: "场所2号楼基坑未设置明显的安全警示标志" }
    ])
  })

  it("嘉兴禾丰涂料: a small dangerous-goods shop, with the facts it did not give reported as missing", () => {
    expect(summary("嘉兴禾丰涂料有限公司")).toEqual([
      {
        rule: R("safety-management-staffing"),
        outcome: "violation",
        details: "属于高危行业或危险物品单位，应当设置安全生产管理机构或者配备专职安全生产管理人员；现无机构且专职人员为0"
      },
      { rule: R("principal-safety-staff-assessment"), outcome: "indeterminate", missing: ["enterprise.keyPeople[0].assessment"] },
      { rule: R("registered-safety-engineer"), outcome: "violation", details: "属于应当配备注册安全工程师的单位，未有注册安全工程师从事安全生产管理工作" },
      { rule: R("training-records"), outcome: "indeterminate", missing: ["facts.training.file"] },
      { rule: R("dual-prevention"), outcome: "indeterminate", missing: ["facts.dualPrevention"] },
      { rule: R("major-accident-hazard-reporting"), outcome: "indeterminate", missing: ["facts.dualPrevention.majorAccidentHazards"] },
      { rule: R("dormitory-separation"), outcome: "violation", details: "危险物品场所门市部及楼上仓库与员工宿舍在同一座建筑物内" },
      { rule: R("liability-insurance"), outcome: "violation", details: "未投保安全生产责任保险" },
      { rule: R("emergency-plan-drills"), outcome: "indeterminate", missing: ["facts.emergencyPlan"] },
      { rule: R("contracting-qualified-parties"), outcome: "indeterminate", missing: ["facts.contractsAndLeases"] },
      { rule: R("contracting-safety-management"), outcome: "indeterminate", missing: ["facts.contractsAndLeases"] },
      { rule: R("safety-warning-signs"), outcome: "indeterminate", missing: ["facts.hazardousLocations"] },
      { rule: R("safety-equipment-standards"), outcome: "indeterminate", missing: ["facts.safetyEquipment"] },
      { rule: R("safety-equipment-in-service"), outcome: "indeterminate", missing: ["facts.safetyEquipment"] },
      { rule: R("catering-gas-alarm"), outcome: "indeterminate", missing: ["facts.fuelGasUse"] },
      {
        rule: R("dangerous-goods-safety-measures"),
        outcome: "violation",
        details: "危险物品储存场所「楼上仓库」：可燃、有毒气体检测报警装置未通电；未使用防爆照明"
      },
      { rule: R("shared-work-area-coordination"), outcome: "indeterminate", missing: ["facts.sharedWorkAreas"] },
      { rule: R("special-equipment-inspection"), outcome: "indeterminate", missing: ["facts.specialEquipment"] },
      { rule: R("eliminated-processes-equipment"), outcome: "indeterminate", missing: ["facts.eliminatedItemsInUse"] },
      { rule: R("hazard-disclosure"), outcome: "indeterminate", missing: ["facts.hazardsDisclosedToWorkers"] },
      { rule: R("protective-equipment"), outcome: "indeterminate", missing: ["facts.protectiveEquipment"] },
      { rule: R("safety-investment"), outcome: "indeterminate", missing: ["facts.safetyInvestment"] },
      { rule: R("principal-duties"), outcome: "indeterminate", missing: ["facts.principalDuties"] },
      { rule: R("responsibility-system"), outcome: "indeterminate", missing: ["facts.responsibilitySystem"] },
      { rule: R("post-responsibilities"), outcome: "indeterminate", missing: ["facts.responsibilitySystem"] },
      { rule: R("safety-staff-appointment-notice"), outcome: "indeterminate", missing: ["facts.safetyStaffChanges"] },
      { rule: R("new-technology-training"), outcome: "indeterminate", missing: ["facts.newTechnologies"] },
      { rule: R("safety-inspections"), outcome: "indeterminate", missing: ["facts.safetyInspections"] },
      { rule: R("ppe-and-training-funds"), outcome: "indeterminate", missing: ["facts.safetyInvestment.ppeAndTrainingFunded"] },
      { rule: R("work-injury-insurance"), outcome: "indeterminate", missing: ["facts.workInjuryInsurance"] },
      { rule: R("rescue-organisation"), outcome: "indeterminate", missing: ["facts.rescueOrganisation"] },
      { rule: R("accident-reporting"), outcome: "indeterminate", missing: ["facts.accidents"] }
    ])
  })

  it("every violation cites the 2021 law and names its penalty article", () => {
    const engine = Engine.make({ packs: [workSafetyLaw] })
    for (const e of report.enterprises) {
      for (const f of e.findings.filter((x) => x.outcome === "violation")) {
        expect(f.citation.document).toBe("work-safety-law-2021")
        const rule = engine.registry.versionsOf(f.ruleId).find((v) => v.version === f.ruleVersion)!.rule
        expect(rule.penalties.length, f.ruleId).toBeGreaterThan(0)
      }
    }
  })
})
