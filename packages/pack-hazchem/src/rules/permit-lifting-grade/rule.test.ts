import { asOf, hazchem, tester } from "../testkit.ts"

const P = "facts.specialOperationPermits[0]"
const lift = (permit: object) =>
  hazchem({ specialOperationPermits: [{ kind: "lifting", validFrom: "2026-06-01T08:00:00+08:00", ...permit } as never] })

tester.run("hazchem/permit-lifting-grade", {
  violation: [
    {
      name: "100.5 t is 一级, permit says 二级",
      asOf,
      enterprise: lift({ id: "DZ-1", massTonnes: 100.5, grade: "level-2" }),
      evidence: [
        { path: `${P}.grade`, value: "level-2" },
        { path: `${P}.massTonnes`, value: 100.5 }
      ],
      details: { "zh-CN": "应为一级" },
      severity: "general"
    },
    { name: "40 t is 二级, permit says 三级", asOf, enterprise: lift({ massTonnes: 40, grade: "level-3" }) }
  ],
  compliant: [
    { name: "exactly 100 t is 二级", asOf, enterprise: lift({ massTonnes: 100, grade: "level-2" }) },
    { name: "39.9 t is 三级", asOf, enterprise: lift({ massTonnes: 39.9, grade: "level-3" }) },
    { name: "一级 is always enough", asOf, enterprise: lift({ grade: "level-1" }) },
    { name: "a load under 40 t needs no more than 三级: its permit's grade does not matter", asOf, enterprise: lift({ massTonnes: 12 }) }
  ],
  notApplicable: [
    { name: "no lifting permit", asOf, enterprise: hazchem({ specialOperationPermits: [] }) }
  ],
  indeterminate: [
    { name: "mass unknown", asOf, enterprise: lift({ grade: "level-3" }), missing: [`${P}.massTonnes`] }
  ]
})
