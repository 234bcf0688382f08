import { fixtures, PackTester } from "@anquan/testing"
import { person } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const { enterprise } = fixtures
const RULE = "work-safety-law/principal-safety-staff-assessment"
const asOf = "2026-11-23"
const passed = (date = "2024-03-12") => ({ assessment: { passed: true, date } })
const principalOk = person("陈建国", ["principal"], passed())
const officerOk = person("周晓敏", ["safety-officer"], passed())

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a mine whose safety officer failed the assessment",
      asOf,
      enterprise: enterprise({
        sectors: ["non-coal-mine"],
        keyPeople: [principalOk, person("吴海峰", ["safety-officer"], { assessment: { passed: false } })]
      }),
      evidence: [{ path: "enterprise.keyPeople[1].assessment.passed", value: false }],
      details: { "zh-CN": "安全生产管理人员吴海峰未经考核合格", en: "safety officer 吴海峰" }
    },
    {
      name: "a dangerous-goods trading unit (经营 is on the 考核 list) whose principal is not assessed",
      asOf,
      enterprise: enterprise({
        dangerousGoodsActivities: ["trading"],
        keyPeople: [person("林志强", ["principal"], { assessment: { passed: false } }), officerOk]
      }),
      details: { "zh-CN": "主要负责人林志强" }
    },
    {
      name: "a road transport unit: transport is on the list",
      asOf,
      enterprise: enterprise({ sectors: ["transport"], transportModes: ["road"], keyPeople: [person("沈国平", ["principal"], { assessment: { passed: false } })] })
    },
    {
      name: "boundary: a pass dated the day after the as-of date does not count yet",
      asOf,
      enterprise: enterprise({ sectors: ["construction"], keyPeople: [person("徐卫东", ["principal"], passed("2026-11-24")), officerOk] }),
      evidence: [{ path: "enterprise.keyPeople[0].assessment.date", value: "2026-11-24" }],
      details: { en: "after the as-of date" }
    },
    {
      name: "a failure is reported even when another person's assessment is unknown",
      asOf,
      enterprise: enterprise({
        sectors: ["metal-smelting"],
        keyPeople: [person("朱宏", ["principal"]), person("钱伟", ["safety-officer"], { assessment: { passed: false } })]
      })
    }
  ],
  compliant: [
    {
      name: "a mine whose principal and safety officer both passed",
      asOf,
      enterprise: enterprise({ sectors: ["coal-mine"], keyPeople: [principalOk, officerOk] })
    },
    {
      name: "boundary: a pass dated on the as-of date counts",
      asOf,
      enterprise: enterprise({ sectors: ["construction"], keyPeople: [person("徐卫东", ["principal"], passed(asOf)), officerOk] })
    },
    {
      name: "other roles are not assessed under this article",
      asOf,
      enterprise: enterprise({
        dangerousGoodsActivities: ["loading"],
        keyPeople: [principalOk, person("电工甲", ["special-operator"]), person("分管乙", ["charge-leader"])]
      })
    }
  ],
  notApplicable: [
    { name: "an ordinary manufacturer is not on the high-risk list", asOf, enterprise: enterprise() },
    {
      name: "dangerous-goods use alone is not on the list (使用 is not named)",
      asOf,
      enterprise: enterprise({ dangerousGoodsActivities: ["use"], keyPeople: [person("张主要", ["principal"], { assessment: { passed: false } })] })
    }
  ],
  indeterminate: [
    {
      name: "the principal's assessment is unknown",
      asOf,
      enterprise: enterprise({ sectors: ["construction"], keyPeople: [person("徐卫东", ["principal"]), officerOk] }),
      missing: ["enterprise.keyPeople[0].assessment"]
    },
    {
      name: "no principal listed",
      asOf,
      enterprise: enterprise({ sectors: ["construction"], keyPeople: [officerOk] }),
      missing: ["enterprise.keyPeople[principal]"]
    },
    {
      name: "key people unknown",
      asOf,
      enterprise: enterprise({ sectors: ["construction"], keyPeople: undefined }),
      missing: ["enterprise.keyPeople"]
    },
    {
      name: "dangerous-goods activities unknown for an industry-and-trade unit",
      asOf,
      enterprise: enterprise({ dangerousGoodsActivities: undefined, keyPeople: [person("张主要", ["principal"], { assessment: { passed: false } })] }),
      missing: ["enterprise.dangerousGoodsActivities"]
    }
  ],
  notSelected: [{ name: "before the 2021 text took effect", asOf: "2021-08-31", enterprise: enterprise({ sectors: ["coal-mine"] }) }]
})
