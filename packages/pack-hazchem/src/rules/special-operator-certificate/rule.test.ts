import { asOf, hazchem, tester } from "../testkit.ts"

const RULE = "hazchem/special-operator-certificate"

tester.run(RULE, {
  violation: [
    {
      name: "an operator without a certificate",
      asOf,
      enterprise: hazchem({
        specialOperators: [
          { name: "赵六", operationType: "氯化工艺作业", holdsCertificate: true, certificateValidUntil: "2028-03-01" },
          { name: "钱七", operationType: "化工自动化控制仪表作业", holdsCertificate: false }
        ]
      }),
      evidence: [
        { path: "facts.specialOperators[1].holdsCertificate", value: false },
        { path: "facts.specialOperators[1].operationType", value: "化工自动化控制仪表作业" }
      ],
      details: { "zh-CN": "未持证上岗" },
      severity: "major"
    },
    {
      name: "a certificate that expired the day before the as-of date",
      asOf,
      enterprise: hazchem({ specialOperators: [{ holdsCertificate: true, certificateValidUntil: "2026-11-22" }] }),
      evidence: [{ path: "facts.specialOperators[0].certificateValidUntil", value: "2026-11-22" }],
      details: { "zh-CN": "2026-11-22过期", en: "expired on 2026-11-22" }
    },
    {
      name: "an expiry date before the as-of date decides even without holdsCertificate",
      asOf,
      enterprise: hazchem({ specialOperators: [{ certificateValidUntil: "2025-01-31" }] })
    }
  ],
  compliant: [
    {
      name: "the certificate is still valid on its expiry day",
      asOf,
      enterprise: hazchem({ specialOperators: [{ holdsCertificate: true, certificateValidUntil: "2026-11-23" }] })
    },
    {
      name: "a certificate held, no expiry date recorded",
      asOf,
      enterprise: hazchem({ specialOperators: [{ holdsCertificate: true }] })
    }
  ],
  notApplicable: [
    { name: "no special operators", asOf, enterprise: hazchem({ specialOperators: [] }) }
  ],
  indeterminate: [
    { name: "operators not recorded", asOf, enterprise: hazchem({}), missing: ["facts.specialOperators"] },
    { name: "no hazchem section at all", asOf, enterprise: hazchem(undefined), missing: ["facts.specialOperators"] },
    {
      name: "certificate status unknown",
      asOf,
      enterprise: hazchem({ specialOperators: [{ holdsCertificate: true }, { name: "孙八" }] }),
      missing: ["facts.specialOperators[1].holdsCertificate"]
    }
  ]
})
