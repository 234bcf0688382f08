import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/toxic-gas-pipeline-public-area", {
  violation: [
    {
      name: "a chlorine pipeline crossing a public area",
      asOf,
      enterprise: hazchem({ toxicGasPipelines: [{ id: "P-CL2-01", medium: "chlorine", areasCrossedOutsidePlant: ["chemical-park", "public-area"] }] }),
      evidence: [
        { path: "facts.toxicGasPipelines[0].medium", value: "chlorine" },
        { path: "facts.toxicGasPipelines[0].areasCrossedOutsidePlant", value: ["chemical-park", "public-area"] }
      ],
      details: { "zh-CN": "氯气管道P-CL2-01" },
      severity: "major"
    },
    {
      name: "hydrogen sulfide counts too",
      asOf,
      enterprise: hazchem({ toxicGasPipelines: [{ medium: "hydrogen-sulfide", areasCrossedOutsidePlant: ["public-area"] }] })
    }
  ],
  compliant: [
    {
      name: "chemical and industrial parks count as inside the plant",
      asOf,
      enterprise: hazchem({ toxicGasPipelines: [{ medium: "phosgene", areasCrossedOutsidePlant: ["chemical-park", "industrial-park"] }] })
    },
    { name: "stays inside the plant", asOf, enterprise: hazchem({ toxicGasPipelines: [{ medium: "chlorine", areasCrossedOutsidePlant: [] }] }) }
  ],
  notApplicable: [
    { name: "no such pipeline", asOf, enterprise: hazchem({ toxicGasPipelines: [] }) }
  ],
  indeterminate: [
    { name: "pipelines not recorded", asOf, enterprise: hazchem({}), missing: ["facts.toxicGasPipelines"] },
    {
      name: "route unknown",
      asOf,
      enterprise: hazchem({ toxicGasPipelines: [{ medium: "chlorine" }] }),
      missing: ["facts.toxicGasPipelines[0].areasCrossedOutsidePlant"]
    }
  ]
})
