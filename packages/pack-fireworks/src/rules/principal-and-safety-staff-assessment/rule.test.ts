import { fixtures, PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, notFireworks, producer, retailer } from "../../testSupport.ts"

const RULE = "fireworks/principal-and-safety-staff-assessment"
const passed = { passed: true, date: "2024-03-12" }
const failed = { passed: false, date: "2024-03-12" }
const principal = (assessment?: typeof passed) => ({ ...fixtures.principal(), ...(assessment === undefined ? {} : { assessment }) })
const officer = (assessment?: typeof passed) => ({ ...fixtures.safetyOfficer("full-time"), ...(assessment === undefined ? {} : { assessment }) })

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "the principal failed the assessment",
      asOf,
      enterprise: producer({}, { keyPeople: [principal(failed), officer(passed)] }),
      evidence: [{ path: "enterprise.keyPeople[0].assessment.passed", value: false }],
      details: { "zh-CN": "主要负责人张主要未经考核合格", en: "principal 张主要 has not passed the assessment" }
    },
    {
      name: "a safety officer failed while the principal passed",
      asOf,
      enterprise: producer({}, { keyPeople: [principal(passed), officer(failed)] }),
      evidence: [{ path: "enterprise.keyPeople[1].assessment.passed", value: false }],
      details: { "zh-CN": "安全生产管理人员王专职未经考核合格" }
    },
    {
      name: "one failure decides even when another person's assessment is unknown",
      asOf,
      enterprise: producer({}, { keyPeople: [principal(), officer(failed)] })
    },
    {
      name: "the same principal and officer as of 2023-06-01: their pass of 2024-03-12 had not happened yet",
      asOf: "2023-06-01",
      enterprise: producer({}, { keyPeople: [principal(passed), officer(passed)] }),
      evidence: [{ path: "enterprise.keyPeople[0].assessment.date", value: "2024-03-12" }],
      details: { "zh-CN": "主要负责人张主要至2024-03-12才考核合格", en: "passed the assessment only on 2024-03-12, after the as-of date" }
    },
    {
      name: "a retail point is concerned too (one list for production and sales)",
      asOf,
      enterprise: retailer({}, { keyPeople: [principal(failed)] })
    }
  ],
  compliant: [
    { name: "principal and safety officer both passed", asOf, enterprise: producer({}, { keyPeople: [principal(passed), officer(passed)] }) },
    { name: "a principal who passed and no safety officer listed", asOf, enterprise: retailer({}, { keyPeople: [principal(passed)] }) }
  ],
  indeterminate: [
    { name: "key people unknown", asOf, enterprise: producer({}, { keyPeople: undefined }), missing: ["enterprise.keyPeople"] },
    {
      name: "the principal's assessment unknown",
      asOf,
      enterprise: producer({}, { keyPeople: [principal(), officer(passed)] }),
      missing: ["enterprise.keyPeople[0].assessment"]
    },
    {
      name: "no principal listed",
      asOf,
      enterprise: producer({}, { keyPeople: [officer(passed)] }),
      missing: ["enterprise.keyPeople[principal]"]
    }
  ],
  notSelected: [
    { name: "another sector", asOf, enterprise: notFireworks({}) },
    { name: "before the standard took effect (2017-11-12)", asOf: "2017-11-12", enterprise: producer({}, { keyPeople: [principal(failed)] }) }
  ]
})
