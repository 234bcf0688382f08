import { Engine } from "@anquan/core"
import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { cityGasPack } from "../pack.ts"
import { asOf, defined, operator, user } from "../testSupport.ts"

const tester = PackTester.make(cityGasPack)
const findings = (...list: ReadonlyArray<Record<string, unknown>>) => operator({ userFindings: list.map(defined) })
const finding = (situation: string, over: Record<string, unknown> = {}) =>
  ({ user: "幸福小区3栋201", foundOn: "2026-10-12", situation, measuresTaken: false, ...over })

tester.run("city-gas/user-heavy-gas-underground", {
  violation: [
    {
      name: "relative density 0.75 exactly (\"大于等于\": within) and no written notice",
      asOf,
      enterprise: findings(finding("underground-space", { user: "东风饭店", gasRelativeDensity: 0.75 })),
      evidence: [
        { path: "facts.userFindings[0].situation", value: "underground-space" },
        { path: "facts.userFindings[0].gasRelativeDensity", value: 0.75 },
        { path: "facts.userFindings[0].measuresTaken", value: false }
      ],
      details: { "zh-CN": "燃气用户「东风饭店」：检查发现燃气管道、调压装置或燃具等设置在地下室、半地下室、地下箱体或其他密闭地下空间内；燃气相对密度为0.75，大于等于0.75；未按规定采取书面告知用户整改等措施" }
    },
    { name: "liquefied petroleum gas (about 1.5-2)", asOf, enterprise: findings(finding("underground-space", { gasRelativeDensity: 1.8 })) }
  ],
  compliant: [
    { name: "relative density 0.74: lighter gas, outside the item", asOf, enterprise: findings(finding("underground-space", { gasRelativeDensity: 0.74 })) },
    { name: "the operator notified the user in writing: the user's situation alone is no hazard of the operator", asOf, enterprise: findings(finding("underground-space", { gasRelativeDensity: 1.8, measuresTaken: true })) },
    { name: "the inspections found none of the situations", asOf, enterprise: findings() },
    { name: "a finding of another situation", asOf, enterprise: findings(finding("pipes-in-toilet")) },
    { name: "a finding dated after the as-of day had not been made yet", asOf, enterprise: findings(finding("underground-space", { gasRelativeDensity: 1.8, foundOn: "2026-11-24" })) }
  ],
  notApplicable: [{ name: "not a gas supplier", asOf, enterprise: user({ userFindings: [finding("underground-space", { gasRelativeDensity: 1.8 })] }) }],
  indeterminate: [
    { name: "the density is not recorded", asOf, enterprise: findings(finding("underground-space")), missing: ["facts.userFindings[0].gasRelativeDensity"] },
    { name: "whether the operator acted is not recorded", asOf, enterprise: findings(finding("underground-space", { gasRelativeDensity: 1.8, measuresTaken: undefined })), missing: ["facts.userFindings[0].measuresTaken"] },
    { name: "no findings recorded", asOf, enterprise: operator(), missing: ["facts.userFindings"] }
  ]
})

const simple = [
  ["city-gas/user-pipes-in-toilet", "pipes-in-toilet", "燃气引入管、立管或水平干管设置在卫生间内"],
  ["city-gas/user-gas-in-sleeping-room", "in-sleeping-room", "燃气管道及附件或燃具设置在卧室、旅馆建筑客房等人员居住和休息的房间内"],
  ["city-gas/user-banned-appliances", "banned-appliance", "使用国家明令淘汰的燃气燃烧器具或连接管"]
] as const

for (const [id, situation, words] of simple) {
  tester.run(id, {
    violation: [{
      asOf,
      enterprise: findings(finding("banned-appliance", { measuresTaken: true }), finding(situation, { user: "李某" })),
      evidence: [{ path: "facts.userFindings[1].situation", value: situation }, { path: "facts.userFindings[1].measuresTaken", value: false }],
      details: { "zh-CN": `燃气用户「李某」：检查发现${words}；未按规定采取书面告知用户整改等措施` }
    }],
    compliant: [
      { name: "notified in writing", asOf, enterprise: findings(finding(situation, { measuresTaken: true })) },
      { name: "found before the as-of day only after it", asOf, enterprise: findings(finding(situation, { foundOn: "2026-12-01" })) }
    ],
    notApplicable: [{ name: "not a gas supplier", asOf, enterprise: user({ userFindings: [finding(situation)] }) }],
    indeterminate: [{ asOf, enterprise: findings(finding(situation, { measuresTaken: undefined })), missing: ["facts.userFindings[0].measuresTaken"] }]
  })
}

describe("第九条: the operator's failure to act, not the user's situation", () => {
  const engine = Engine.make({ packs: [cityGasPack] })
  const outcomes = (record: unknown, on = asOf) =>
    engine.evaluate([record], { asOf: on, include: "all" }).enterprises[0]!.findings
      .filter((f) => f.citation.article === 9).map((f) => [f.ruleId, f.outcome])
  it("the same four situations are four hazards while not acted on, none once the user is notified in writing", () => {
    const all = (measuresTaken: boolean) => findings(
      finding("underground-space", { gasRelativeDensity: 1.5, measuresTaken }),
      finding("pipes-in-toilet", { measuresTaken }),
      finding("in-sleeping-room", { measuresTaken }),
      finding("banned-appliance", { measuresTaken })
    )
    expect(outcomes(all(false)).map(([, o]) => o)).toEqual(["violation", "violation", "violation", "violation"])
    expect(outcomes(all(true)).map(([, o]) => o)).toEqual(["compliant", "compliant", "compliant", "compliant"])
  })
  it("as of the day before a finding, it had not been made: compliant; from that day, a violation", () => {
    const record = findings(finding("banned-appliance", { foundOn: "2026-10-12" }))
    expect(outcomes(record, "2026-10-11").find(([id]) => id === "city-gas/user-banned-appliances")![1]).toBe("compliant")
    expect(outcomes(record, "2026-10-12").find(([id]) => id === "city-gas/user-banned-appliances")![1]).toBe("violation")
  })
})
