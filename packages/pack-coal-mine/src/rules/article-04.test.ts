import { PackTester } from "@anquan/testing"
import { coalMinePack } from "../pack.ts"
import { asOf, mine, openPit, underground } from "../testSupport.ts"

const tester = PackTester.make(coalMinePack)

// 第四条(一): 120 万t/a → 110 % is 132 万t a year, 30 % is 36 万t a quarter; “超过” is strictly more
tester.run("coal-mine/output-over-capacity", {
  violation: [
    {
      name: "a year just over 110 %",
      asOf,
      enterprise: underground({ ratedCapacity: 120, annualOutputs: [{ year: 2026, rawCoal: 132.01 }], quarterlyOutputs: [] }),
      evidence: [{ path: "facts.annualOutputs[0].rawCoal", value: 132.01 }, { path: "facts.ratedCapacity", value: 120 }],
      details: { "zh-CN": "年度原煤产量「2026」" }
    },
    {
      name: "an underground mine's quarter just over 30 %",
      asOf,
      enterprise: underground({ ratedCapacity: 120, annualOutputs: [{ year: 2026, rawCoal: 100 }], quarterlyOutputs: [{ quarter: "2026Q3", rawCoal: 36.1 }] }),
      evidence: [{ path: "facts.mineType", value: "underground" }, { path: "facts.quarterlyOutputs[0].rawCoal", value: 36.1 }, { path: "facts.ratedCapacity", value: 120 }]
    },
    { name: "an open-pit mine over 110 % a year", asOf, enterprise: openPit({ ratedCapacity: 1000, annualOutputs: [{ year: 2026, rawCoal: 1100.5 }] }) }
  ],
  compliant: [
    {
      name: "exactly 110 % a year and exactly 30 % a quarter",
      asOf,
      enterprise: underground({ ratedCapacity: 120, annualOutputs: [{ year: 2026, rawCoal: 132 }], quarterlyOutputs: [{ quarter: "2026Q3", rawCoal: 36 }] })
    },
    { name: "an open-pit mine: a quarter over 30 % is no 情形", asOf, enterprise: openPit({ ratedCapacity: 1000, annualOutputs: [{ year: 2026, rawCoal: 900 }], quarterlyOutputs: [{ quarter: "2026Q3", rawCoal: 400 }] }) }
  ],
  indeterminate: [
    { name: "no facts", asOf, enterprise: mine(undefined), missing: ["facts.annualOutputs", "facts.mineType"] },
    { name: "capacity unknown", asOf, enterprise: underground({ annualOutputs: [{ year: 2026, rawCoal: 100 }], quarterlyOutputs: [] }), missing: ["facts.ratedCapacity"] },
    { name: "quarters unknown", asOf, enterprise: underground({ ratedCapacity: 120, annualOutputs: [{ year: 2026, rawCoal: 100 }] }), missing: ["facts.quarterlyOutputs"] }
  ]
})

// 第四条(二): 2 levels; the 规程's face count per 采(盘)区
tester.run("coal-mine/levels-and-faces-over-limit", {
  violation: [
    { name: "3 levels producing", asOf, enterprise: underground({ producingLevels: 3, districts: [] }), evidence: [{ path: "facts.producingLevels", value: 3 }] },
    {
      name: "one more face than the 规程 allows",
      asOf,
      enterprise: underground({ producingLevels: 2, districts: [{ name: "一采区", producingFaces: 3, faceLimit: 3 }, { name: "二采区", producingFaces: 4, faceLimit: 3 }] }),
      evidence: [{ path: "facts.districts[1].producingFaces", value: 4 }, { path: "facts.districts[1].faceLimit", value: 3 }],
      details: { "zh-CN": "采(盘)区「二采区」" }
    }
  ],
  compliant: [{ name: "2 levels, faces at the limit", asOf, enterprise: underground({ producingLevels: 2, districts: [{ name: "一采区", producingFaces: 3, faceLimit: 3 }] }) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({ producingLevels: 5 }) }],
  indeterminate: [
    { name: "mine type unknown", asOf, enterprise: mine({ producingLevels: 1, districts: [] }), missing: ["facts.mineType"] },
    { name: "a district's limit unknown", asOf, enterprise: underground({ producingLevels: 1, districts: [{ name: "一采区", producingFaces: 2 }] }), missing: ["facts.districts[0].faceLimit"] }
  ]
})

// 第四条(三): limit 25 → 120 % is 30; approved extra people are not counted
const place = (shiftHeadcount: number, approvedExtra = 0) => ({ name: "1301综采工作面", shiftHeadcount, approvedExtra, headcountLimit: 25 })
tester.run("coal-mine/headcount-over-limit", {
  violation: [
    {
      name: "31 on a shift against a limit of 25",
      asOf,
      enterprise: underground({ workplaces: [place(31)], minesRockBurstSeams: false }),
      evidence: [{ path: "facts.workplaces[0].shiftHeadcount", value: 31 }, { path: "facts.workplaces[0].headcountLimit", value: 25 }, { path: "facts.workplaces[0].approvedExtra", value: 0 }]
    },
    {
      name: "rock-burst seam headcount rules breached",
      asOf,
      enterprise: underground({ workplaces: [place(20)], minesRockBurstSeams: true, rockBurstHeadcountRulesBreached: true }),
      details: { "zh-CN": "违反《煤矿安全规程》关于开采冲击地压煤层限员管理规定" }
    }
  ],
  compliant: [
    { name: "exactly 120 %", asOf, enterprise: underground({ workplaces: [place(30)], minesRockBurstSeams: false }) },
    { name: "31 with one approved extra person", asOf, enterprise: underground({ workplaces: [place(31, 1)], minesRockBurstSeams: false }) },
    { name: "no rock-burst seams: the rock-burst rule is not read", asOf, enterprise: underground({ workplaces: [place(10)], minesRockBurstSeams: false }) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({ workplaces: [place(100)] }) }],
  indeterminate: [
    { name: "31 on a shift, approved extra people unknown", asOf, enterprise: underground({ workplaces: [{ name: "1301", shiftHeadcount: 31, headcountLimit: 25 }], minesRockBurstSeams: false }), missing: ["facts.workplaces[0].approvedExtra"] },
    { name: "rock-burst seams mined, the headcount rule unknown", asOf, enterprise: underground({ workplaces: [place(10)], minesRockBurstSeams: true }), missing: ["facts.rockBurstHeadcountRulesBreached"] }
  ]
})
