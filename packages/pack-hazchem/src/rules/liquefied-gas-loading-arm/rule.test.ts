import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/liquefied-gas-loading-arm", {
  violation: [
    {
      name: "liquid ammonia loaded by hose",
      asOf,
      enterprise: hazchem({
        liquefiedGasLoading: [
          { id: "LD-1", medium: "liquid-chlorine", method: "universal-loading-arm" },
          { id: "LD-2", medium: "liquid-ammonia", method: "other" }
        ]
      }),
      evidence: [
        { path: "facts.liquefiedGasLoading[1].medium", value: "liquid-ammonia" },
        { path: "facts.liquefiedGasLoading[1].method", value: "other" }
      ],
      details: { "zh-CN": "液氨充装点LD-2" },
      severity: "major"
    },
    {
      name: "the medium need not be known: every entry is a loading the item names",
      asOf,
      enterprise: hazchem({ liquefiedGasLoading: [{ method: "other" }] })
    }
  ],
  compliant: [
    { name: "loading arms everywhere", asOf, enterprise: hazchem({ liquefiedGasLoading: [{ medium: "liquefied-hydrocarbon", method: "universal-loading-arm" }] }) }
  ],
  notApplicable: [
    { name: "no such loading", asOf, enterprise: hazchem({ liquefiedGasLoading: [] }) }
  ],
  indeterminate: [
    { name: "loading not recorded", asOf, enterprise: hazchem({}), missing: ["facts.liquefiedGasLoading"] },
    {
      name: "loading method unknown",
      asOf,
      enterprise: hazchem({ liquefiedGasLoading: [{ medium: "liquid-chlorine" }] }),
      missing: ["facts.liquefiedGasLoading[0].method"]
    }
  ]
})
