import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/safety-equipment-standards"
const asOf = "2026-11-23"
const kept = { meetsStandards: true, maintained: true, tested: true, recordsKept: true }

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a detector never tested, its maintenance unrecorded",
      asOf,
      enterprise: withFacts({ safetyEquipment: [{ name: "氨气检测报警器", kind: "alarm", ...kept, tested: false, recordsKept: false }] }),
      evidence: [{ path: "facts.safetyEquipment[0].tested", value: false }],
      details: { "zh-CN": "安全设备「氨气检测报警器」：未定期检测；维护、保养、检测未作好记录", en: "not periodically tested" }
    },
    { name: "not to standard", asOf, enterprise: withFacts({ safetyEquipment: [{ id: "SB-3", ...kept, meetsStandards: false }] }), details: { "zh-CN": "不符合国家标准或者行业标准" } }
  ],
  compliant: [{ name: "to standard, maintained, tested, recorded", asOf, enterprise: withFacts({ safetyEquipment: [{ name: "正压式空气呼吸器", kind: "life-saving", ...kept }] }) }],
  notApplicable: [{ name: "no safety equipment listed", asOf, enterprise: withFacts({ safetyEquipment: [] }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.safetyEquipment"] },
    {
      name: "records unknown",
      asOf,
      enterprise: withFacts({ safetyEquipment: [{ name: "氨气检测报警器", meetsStandards: true, maintained: true, tested: true }] }),
      missing: ["facts.safetyEquipment[0].recordsKept"]
    }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ safetyEquipment: [{ tested: false }] }) }]
})
