import { fixtures, PackTester } from "@anquan/testing"
import { industryTradePack } from "../pack.ts"
import { asOf, plant } from "../testSupport.ts"

const tester = PackTester.make(industryTradePack)
const management = (facts: Record<string, unknown>) => plant({ industries: ["machinery"], management: facts })

tester.run("industry-trade/contractors-and-tenants", {
  violation: [
    {
      name: "contractors not coordinated and managed",
      asOf,
      enterprise: management({ hasContractorsOrTenants: true, contractorsCoordinated: false, contractorsInspectedRegularly: true }),
      evidence: [{ path: "facts.management.contractorsCoordinated", value: false }],
      details: { "zh-CN": "未对承包单位、承租单位的安全生产工作统一协调、管理" }
    },
    {
      name: "or not inspected regularly: either part alone",
      asOf,
      enterprise: management({ hasContractorsOrTenants: true, contractorsCoordinated: true, contractorsInspectedRegularly: false }),
      details: { "zh-CN": "未定期对承包单位、承租单位进行安全检查" }
    },
    { name: "one part known to fail decides, the other unknown", asOf, enterprise: management({ hasContractorsOrTenants: true, contractorsInspectedRegularly: false }) }
  ],
  compliant: [{ asOf, enterprise: management({ hasContractorsOrTenants: true, contractorsCoordinated: true, contractorsInspectedRegularly: true }) }],
  notApplicable: [{ name: "no contractors or tenants", asOf, enterprise: management({ hasContractorsOrTenants: false }) }],
  indeterminate: [
    { name: "no facts at all", asOf, enterprise: plant(undefined), missing: ["facts.management"] },
    { asOf, enterprise: management({ hasContractorsOrTenants: true, contractorsCoordinated: true }), missing: ["facts.management.contractorsInspectedRegularly"] }
  ],
  notSelected: [
    { name: "before 2023-05-15 (the 2017 list applied; not in this pack)", asOf: "2023-05-14", enterprise: management({ hasContractorsOrTenants: true, contractorsCoordinated: false }) },
    { name: "not an industry-and-trade enterprise", asOf, enterprise: fixtures.enterprise({ sectors: ["hazardous-chemicals"] }) }
  ]
})

tester.run("industry-trade/special-operator-qualification", {
  violation: [{
    asOf,
    enterprise: management({ unqualifiedSpecialOperatorsAtWork: true }),
    evidence: [{ path: "facts.management.unqualifiedSpecialOperatorsAtWork", value: true }],
    details: { "zh-CN": "特种作业人员未按照规定经专门的安全作业培训并取得相应资格上岗作业" }
  }],
  compliant: [{ asOf, enterprise: management({ unqualifiedSpecialOperatorsAtWork: false }) }, { name: "a 商贸 enterprise too", asOf, enterprise: plant({ industries: ["commerce"], management: { unqualifiedSpecialOperatorsAtWork: false } }) }],
  indeterminate: [{ asOf, enterprise: management({}), missing: ["facts.management.unqualifiedSpecialOperatorsAtWork"] }]
})

tester.run("industry-trade/metal-smelting-managers-assessed", {
  violation: [
    {
      name: "the principal has not passed",
      asOf,
      enterprise: management({ metalSmelting: true, principalAssessed: false, safetyManagersAssessed: true }),
      evidence: [{ path: "facts.management.principalAssessed", value: false }],
      details: { en: "the principal has not passed" }
    },
    { name: "a safety manager has not passed", asOf, enterprise: management({ metalSmelting: true, principalAssessed: true, safetyManagersAssessed: false }) }
  ],
  compliant: [{ asOf, enterprise: management({ metalSmelting: true, principalAssessed: true, safetyManagersAssessed: true }) }],
  notApplicable: [{ name: "not a metal-smelting enterprise", asOf, enterprise: management({ metalSmelting: false, principalAssessed: false }) }],
  indeterminate: [
    { name: "whether it smelts is not recorded", asOf, enterprise: management({ principalAssessed: true, safetyManagersAssessed: true }), missing: ["facts.management.metalSmelting"] },
    { asOf, enterprise: management({ metalSmelting: true, principalAssessed: true }), missing: ["facts.management.safetyManagersAssessed"] }
  ]
})
