import { asOf, hazchem, tester } from "../testkit.ts"

const P = "facts.specialOperationPermits[0]"
const h = (permit: object) =>
  hazchem({ specialOperationPermits: [{ kind: "work-at-height", validFrom: "2026-06-01T08:00:00+08:00", ...permit } as never] })

tester.run("hazchem/permit-work-at-height-grade", {
  violation: [
    {
      name: "4 m in force-5 gusts is Ⅱ, permit says Ⅰ (§8's example)",
      asOf,
      enterprise: h({ id: "GC-3", heightMetres: 4, hazardFactors: ["gusts-force-5-or-more"], grade: "I" }),
      evidence: [
        { path: `${P}.grade`, value: "I" },
        { path: `${P}.hazardFactors`, value: ["gusts-force-5-or-more"] }
      ],
      details: { "zh-CN": "应为Ⅱ级", en: "requires grade II" },
      severity: "general"
    },
    { name: "5.01 m is the second band: Ⅱ without factors", asOf, enterprise: h({ heightMetres: 5.01, hazardFactors: [], grade: "I" }) },
    { name: "30 m with a factor is Ⅳ", asOf, enterprise: h({ heightMetres: 30, hazardFactors: ["toxic-gas-or-low-oxygen"], grade: "III" }) },
    { name: "below the method-A grade, factors unknown", asOf, enterprise: h({ heightMetres: 31, grade: "III" }), details: { en: "requires grade IV" } }
  ],
  compliant: [
    { name: "exactly 5 m without factors is Ⅰ", asOf, enterprise: h({ heightMetres: 5, hazardFactors: [], grade: "I" }) },
    { name: "a higher grade than needed", asOf, enterprise: h({ heightMetres: 3, hazardFactors: [], grade: "II" }) },
    { name: "at the method-B grade, factors unknown", asOf, enterprise: h({ heightMetres: 10, grade: "III" }) },
    { name: "Ⅳ is always enough", asOf, enterprise: h({ grade: "IV" }) }
  ],
  notApplicable: [
    { name: "1.9 m is below the 2 m band", asOf, enterprise: h({ heightMetres: 1.9, hazardFactors: [], grade: "I" }) },
    { name: "no work-at-height permit", asOf, enterprise: hazchem({ specialOperationPermits: [] }) }
  ],
  indeterminate: [
    {
      name: "between the method-A and method-B grades, factors unknown",
      asOf,
      enterprise: h({ heightMetres: 10, grade: "II" }),
      missing: [`${P}.hazardFactors`]
    },
    { name: "height unknown", asOf, enterprise: h({ grade: "II", hazardFactors: [] }), missing: [`${P}.heightMetres`] },
    { name: "grade unknown", asOf, enterprise: h({ heightMetres: 10, hazardFactors: [] }), missing: [`${P}.grade`] }
  ]
})
