import { fixtures, PackTester } from "@anquan/testing"
import { person } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const { enterprise } = fixtures
const RULE = "work-safety-law/registered-safety-engineer"
const asOf = "2026-11-23"
const principal = person("陈建国", ["principal"])
const engineer = person("周晓敏", ["safety-officer", "registered-safety-engineer"])

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a chemical producer without a registered safety engineer",
      asOf,
      enterprise: enterprise({ sectors: ["hazardous-chemicals"], dangerousGoodsActivities: ["production", "storage"], keyPeople: [principal, person("吴海峰", ["safety-officer"])] }),
      evidence: [{ path: "enterprise.keyPeople[registered-safety-engineer]", value: 0 }],
      details: { en: "registered safety engineer" }
    },
    {
      name: "a coal mine without one",
      asOf,
      enterprise: enterprise({ sectors: ["coal-mine"], keyPeople: [principal] })
    },
    {
      name: "a dangerous-goods loading unit (装卸 is on the list)",
      asOf,
      enterprise: enterprise({ dangerousGoodsActivities: ["loading"], keyPeople: [principal] })
    }
  ],
  compliant: [
    { name: "a metal smelter with a registered safety engineer", asOf, enterprise: enterprise({ sectors: ["metal-smelting"], keyPeople: [principal, engineer] }) },
    {
      name: "a storage unit whose engineer holds only that role",
      asOf,
      enterprise: enterprise({ dangerousGoodsActivities: ["storage"], keyPeople: [principal, person("周工", ["registered-safety-engineer"])] })
    }
  ],
  notApplicable: [
    { name: "dangerous-goods trading alone (经营 is not on this list)", asOf, enterprise: enterprise({ dangerousGoodsActivities: ["trading"], keyPeople: [principal] }) },
    { name: "construction is on the 考核 list but not on this one", asOf, enterprise: enterprise({ sectors: ["construction"], keyPeople: [principal] }) },
    { name: "transport likewise", asOf, enterprise: enterprise({ sectors: ["transport"], transportModes: ["road"], keyPeople: [principal] }) },
    { name: "an ordinary manufacturer", asOf, enterprise: enterprise() }
  ],
  indeterminate: [
    {
      name: "dangerous-goods activities unknown",
      asOf,
      enterprise: enterprise({ dangerousGoodsActivities: undefined }),
      missing: ["enterprise.dangerousGoodsActivities"]
    },
    { name: "key people unknown in a mine", asOf, enterprise: enterprise({ sectors: ["non-coal-mine"], keyPeople: undefined }), missing: ["enterprise.keyPeople"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: enterprise({ sectors: ["coal-mine"] }) }]
})
