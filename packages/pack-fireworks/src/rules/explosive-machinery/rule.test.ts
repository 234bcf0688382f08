import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, wholesaler } from "../../testSupport.ts"

const RULE = "fireworks/explosive-machinery"
const machine = (facts: Record<string, unknown>) => ({ id: "M2", name: "自动装药机", ...facts })
const sound = { inUse: true, safetyDemonstrated: true, unapprovedModification: false, unapprovedUseChange: false }

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "a machine in use without a safety demonstration",
      asOf,
      enterprise: producer({ explosiveMachinery: [machine({ ...sound, safetyDemonstrated: false })] }),
      evidence: [{ path: "facts.explosiveMachinery[0].safetyDemonstrated", value: false }],
      details: { "zh-CN": "涉药机械设备「M2 自动装药机」在用但未经安全性论证", en: "in use without a safety demonstration" }
    },
    {
      name: "a machine altered and repurposed without approval",
      asOf,
      enterprise: producer({ explosiveMachinery: [machine({ ...sound, unapprovedModification: true, unapprovedUseChange: true })] }),
      details: { "zh-CN": "被擅自更改；涉药机械设备「M2 自动装药机」被擅自改变用途" }
    }
  ],
  compliant: [
    { name: "a sound machine in use", asOf, enterprise: producer({ explosiveMachinery: [machine(sound)] }) },
    {
      name: "a machine out of use is not concerned (在用 only)",
      asOf,
      enterprise: producer({ explosiveMachinery: [machine(sound), { name: "旧混药机", inUse: false, safetyDemonstrated: false }] })
    }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.explosiveMachinery"] },
    { name: "whether a machine is in use is unknown", asOf, enterprise: producer({ explosiveMachinery: [{ name: "压药机" }] }), missing: ["facts.explosiveMachinery[0].inUse"] },
    {
      name: "a machine in use, its demonstration unknown",
      asOf,
      enterprise: producer({ explosiveMachinery: [machine({ inUse: true, unapprovedModification: false, unapprovedUseChange: false })] }),
      missing: ["facts.explosiveMachinery[0].safetyDemonstrated"]
    }
  ],
  notApplicable: [
    { name: "no explosive-handling machinery", asOf, enterprise: producer({ explosiveMachinery: [] }) },
    { name: "a wholesaler does not produce", asOf, enterprise: wholesaler({}) }
  ]
})
