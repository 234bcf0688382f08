import { PackTester } from "@anquan/testing"
import { cityGasPack } from "../pack.ts"
import { asOf, operator, user } from "../testSupport.ts"

const tester = PackTester.make(cityGasPack)

tester.run("city-gas/warning-odour", {
  violation: [{
    asOf,
    enterprise: operator({ odorisation: { warningOdourAsRequired: false } }),
    evidence: [{ path: "facts.odorisation.warningOdourAsRequired", value: false }],
    details: { "zh-CN": "供应不具有标准要求警示性臭味的燃气", en: "supplies gas without the required warning odour" }
  }],
  compliant: [{ asOf, enterprise: operator({ odorisation: { warningOdourAsRequired: true } }) }],
  notApplicable: [{ name: "not a gas supplier", asOf, enterprise: user({ odorisation: { warningOdourAsRequired: false } }) }],
  indeterminate: [{ asOf, enterprise: operator(), missing: ["facts.odorisation.warningOdourAsRequired"] }]
})
