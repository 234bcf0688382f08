import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/safety-equipment-in-service"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      // the published case: an ammonia detector removed while the plant ran
      name: "an ammonia detector removed while the refrigeration plant ran",
      asOf,
      enterprise: withFacts({
        safetyEquipment: [
          { name: "可燃气体报警器", kind: "alarm", place: "锅炉房", state: "in-service" },
          { name: "氨气检测报警器", kind: "alarm", place: "液氨制冷车间", state: "removed", placeInOperation: true }
        ]
      }),
      evidence: [
        { path: "facts.safetyEquipment[1].state", value: "removed" },
        { path: "facts.safetyEquipment[1].placeInOperation", value: true },
        { path: "facts.safetyEquipment[1].place", value: "液氨制冷车间" }
      ],
      details: { "zh-CN": "安全设备「液氨制冷车间 氨气检测报警器」：在生产运行期间拆除", en: "removed while the place it guards was operating" }
    },
    { name: "a damaged fire shutter", asOf, enterprise: withFacts({ safetyEquipment: [{ name: "防火卷帘", kind: "protective", state: "damaged" }] }), details: { "zh-CN": "被破坏" } },
    {
      name: "video records deleted",
      asOf,
      enterprise: withFacts({ safetyEquipment: [{ name: "视频监控", kind: "monitoring", state: "in-service", dataTampered: true }] }),
      details: { en: "its data tampered with" }
    }
  ],
  compliant: [
    { name: "all in service", asOf, enterprise: withFacts({ safetyEquipment: [{ name: "氨气检测报警器", state: "in-service" }] }) },
    {
      name: "a detector taken down during a shutdown",
      asOf,
      enterprise: withFacts({ safetyEquipment: [{ name: "氨气检测报警器", state: "removed", placeInOperation: false }] })
    }
  ],
  notApplicable: [{ name: "no safety equipment listed", asOf, enterprise: withFacts({ safetyEquipment: [] }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.safetyEquipment"] },
    {
      name: "switched off, operation unknown",
      asOf,
      enterprise: withFacts({ safetyEquipment: [{ name: "氨气检测报警器", state: "switched-off" }] }),
      missing: ["facts.safetyEquipment[0].placeInOperation"]
    },
    { name: "state unknown", asOf, enterprise: withFacts({ safetyEquipment: [{ name: "氨气检测报警器" }] }), missing: ["facts.safetyEquipment[0].state", "facts.safetyEquipment[0].placeInOperation"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ safetyEquipment: [{ state: "damaged" }] }) }]
})
