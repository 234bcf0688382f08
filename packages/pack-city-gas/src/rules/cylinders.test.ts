import { PackTester } from "@anquan/testing"
import { cityGasPack } from "../pack.ts"
import { asOf, operator, user } from "../testSupport.ts"

const tester = PackTester.make(cityGasPack)
const cylinders = (facts: Record<string, unknown>) => operator({ cylinders: facts })

tester.run("city-gas/filling-non-owned-cylinders", {
  violation: [{
    asOf,
    enterprise: cylinders({ fills: true, fillsNonOwnedCylinders: true }),
    evidence: [{ path: "facts.cylinders.fillsNonOwnedCylinders", value: true }],
    details: { "zh-CN": "擅自为非自有气瓶充装燃气" }
  }],
  compliant: [{ asOf, enterprise: cylinders({ fills: true, fillsNonOwnedCylinders: false }) }],
  notApplicable: [
    { name: "fills no cylinders", asOf, enterprise: cylinders({ fills: false, sells: true }) },
    { name: "not a gas supplier", asOf, enterprise: user({ cylinders: { fills: true, fillsNonOwnedCylinders: true } }) }
  ],
  indeterminate: [
    { asOf, enterprise: cylinders({ fills: true }), missing: ["facts.cylinders.fillsNonOwnedCylinders"] },
    { name: "whether it fills is not recorded", asOf, enterprise: cylinders({ fillsNonOwnedCylinders: false }), missing: ["facts.cylinders.fills"] }
  ]
})

tester.run("city-gas/selling-unlicensed-fills", {
  violation: [{
    asOf,
    enterprise: cylinders({ sells: true, sellsUnlicensedFills: true }),
    evidence: [{ path: "facts.cylinders.sellsUnlicensedFills", value: true }],
    details: { "zh-CN": "销售未经许可的充装单位充装的瓶装燃气" }
  }],
  compliant: [{ asOf, enterprise: cylinders({ sells: true, sellsUnlicensedFills: false }) }],
  notApplicable: [{ name: "sells no bottled gas", asOf, enterprise: cylinders({ sells: false, fills: true }) }],
  indeterminate: [{ asOf, enterprise: cylinders({ sells: true }), missing: ["facts.cylinders.sellsUnlicensedFills"] }]
})

tester.run("city-gas/selling-non-owned-cylinder-fills", {
  violation: [{
    asOf,
    enterprise: cylinders({ sells: true, sellsNonOwnedCylinderFills: true }),
    evidence: [{ path: "facts.cylinders.sellsNonOwnedCylinderFills", value: true }],
    details: { "zh-CN": "销售充装单位擅自为非自有气瓶充装的瓶装燃气" }
  }],
  compliant: [{ asOf, enterprise: cylinders({ sells: true, sellsNonOwnedCylinderFills: false }) }],
  notApplicable: [{ name: "sells no bottled gas", asOf, enterprise: cylinders({ sells: false }) }],
  indeterminate: [{ asOf, enterprise: cylinders({ sells: true }), missing: ["facts.cylinders.sellsNonOwnedCylinderFills"] }]
})
