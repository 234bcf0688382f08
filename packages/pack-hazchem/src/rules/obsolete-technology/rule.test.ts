import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/obsolete-technology", {
  violation: [
    {
      name: "a listed obsolete process in use",
      asOf,
      enterprise: hazchem({ obsoleteTechnologyInUse: [{ kind: "process", name: "间歇釜式硝化", catalogueEntry: "淘汰落后安全技术工艺、设备目录 第X项" }] }),
      evidence: [
        { path: "facts.obsoleteTechnologyInUse[0].kind", value: "process" },
        { path: "facts.obsoleteTechnologyInUse[0].name", value: "间歇釜式硝化" }
      ],
      details: { "zh-CN": "使用淘汰落后工艺间歇釜式硝化" },
      severity: "major"
    },
    { name: "listed equipment", asOf, enterprise: hazchem({ obsoleteTechnologyInUse: [{ kind: "equipment" }] }) }
  ],
  compliant: [
    { name: "none in use", asOf, enterprise: hazchem({ obsoleteTechnologyInUse: [] }) }
  ],
  indeterminate: [
    { name: "not recorded", asOf, enterprise: hazchem({}), missing: ["facts.obsoleteTechnologyInUse"] }
  ]
})
