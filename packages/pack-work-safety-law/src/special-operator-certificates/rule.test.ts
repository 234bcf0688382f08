import { fixtures, PackTester } from "@anquan/testing"
import { person, withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/special-operator-certificates"
const asOf = "2026-11-23"
const principal = person("张主要", ["principal"])
const electrician = (validUntil: string, issuedOn = "2020-12-01") =>
  person("李电工", ["special-operator"], { certificates: [{ kind: "special-operation:electrician", number: "T330102198001010011", issuedOn, validUntil }] })
const listed = { specialOperatorsListed: true }

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a special operator with no certificate at all",
      asOf,
      enterprise: withFacts(listed, { keyPeople: [principal, person("王焊工", ["special-operator"], { certificates: [] })] }),
      evidence: [{ path: "enterprise.keyPeople[1].certificates", value: [] }],
      details: { "zh-CN": "特种作业人员王焊工未取得特种作业操作证" }
    },
    {
      name: "boundary: a certificate that expired the day before the as-of date",
      asOf,
      enterprise: withFacts(listed, { keyPeople: [principal, electrician("2026-11-22")] }),
      details: { "zh-CN": "已于2026-11-22过期", en: "expired on 2026-11-22" }
    },
    {
      name: "a certificate issued after the as-of date",
      asOf,
      enterprise: withFacts(listed, { keyPeople: [principal, electrician("2032-12-01", "2026-12-01")] }),
      details: { en: "issued after the as-of date" }
    },
    {
      name: "a certificate of another kind is not a special-operation certificate",
      asOf,
      enterprise: withFacts(listed, {
        keyPeople: [principal, person("赵司机", ["special-operator"], { certificates: [{ kind: "driving-licence", validUntil: "2030-01-01" }] })]
      })
    },
    {
      name: "a violation stands even when the list may be incomplete",
      asOf,
      enterprise: fixtures.enterprise({ keyPeople: [principal, electrician("2025-01-01")] })
    }
  ],
  compliant: [
    {
      name: "boundary: a certificate valid until the as-of date",
      asOf,
      enterprise: withFacts(listed, { keyPeople: [principal, electrician(asOf)] }),
      version: "2021-09-01"
    },
    {
      name: "an expired and a renewed certificate",
      asOf,
      enterprise: withFacts(listed, {
        keyPeople: [principal, person("李电工", ["special-operator"], {
          certificates: [
            { kind: "special-operation:electrician", issuedOn: "2014-01-01", validUntil: "2020-01-01" },
            { kind: "special-operation:electrician", issuedOn: "2020-01-01", validUntil: "2026-12-31" }
          ]
        })]
      })
    },
    { name: "the unit has no special operators", asOf, enterprise: withFacts(listed, { keyPeople: [principal] }) }
  ],
  indeterminate: [
    {
      name: "whether every special operator is listed is unknown",
      asOf,
      enterprise: fixtures.enterprise({ keyPeople: [principal, electrician("2028-01-01")] }),
      missing: ["facts.specialOperatorsListed"]
    },
    {
      name: "some special operators are not listed",
      asOf,
      enterprise: withFacts({ specialOperatorsListed: false }, { keyPeople: [principal] }),
      missing: ["enterprise.keyPeople[special-operator]"]
    },
    {
      name: "a special operator's certificates are unknown",
      asOf,
      enterprise: withFacts(listed, { keyPeople: [principal, person("王焊工", ["special-operator"])] }),
      missing: ["enterprise.keyPeople[1].certificates"]
    },
    { name: "key people unknown", asOf, enterprise: withFacts(listed, { keyPeople: undefined }), missing: ["enterprise.keyPeople"] }
  ]
})
