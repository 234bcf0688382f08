import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer } from "../../testSupport.ts"

PackTester.make(fireworksPack).run("fireworks/licence-misuse", {
  violation: [
    {
      name: "the licence was rented out and lent",
      asOf,
      enterprise: producer({ licenceMisuse: ["rented-out", "lent"] }),
      evidence: [{ path: "facts.licenceMisuse", value: ["rented-out", "lent"] }],
      details: { "zh-CN": "许可证存在出租、出借行为", en: "the licence was rented out, lent" }
    },
    { name: "a retail point uses a forged licence", asOf, enterprise: retailer({ licenceMisuse: ["forged"] }), details: { "zh-CN": "伪造" } }
  ],
  compliant: [{ name: "none found", asOf, enterprise: producer({ licenceMisuse: [] }) }],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.licenceMisuse"] },
    { name: "not recorded", asOf, enterprise: retailer({}), missing: ["facts.licenceMisuse"] }
  ]
})
