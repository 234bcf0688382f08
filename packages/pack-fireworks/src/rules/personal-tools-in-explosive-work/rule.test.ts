import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer, wholesaler } from "../../testSupport.ts"

PackTester.make(fireworksPack).run("fireworks/personal-tools-in-explosive-work", {
  violation: [
    {
      name: "workers brought their own tools into the plant for explosive work",
      asOf,
      enterprise: producer({ personalToolsInExplosiveWork: true }),
      evidence: [{ path: "facts.personalToolsInExplosiveWork", value: true }],
      details: { "zh-CN": "职工自行携带工器具、机器设备进厂进行涉药作业" }
    }
  ],
  compliant: [
    { name: "producer: none found", asOf, enterprise: producer({ personalToolsInExplosiveWork: false }) },
    { name: "wholesaler: none found", asOf, enterprise: wholesaler({ personalToolsInExplosiveWork: false }) },
    { name: "retail point: none found", asOf, enterprise: retailer({ personalToolsInExplosiveWork: false }) }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.personalToolsInExplosiveWork"] },
    { name: "the fact is not recorded", asOf, enterprise: producer({}), missing: ["facts.personalToolsInExplosiveWork"] }
  ]
})
