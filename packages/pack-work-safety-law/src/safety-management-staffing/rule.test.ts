import { fixtures, PackTester } from "@anquan/testing"
import { workSafetyLaw } from "../index.ts"

const { enterprise, safetyOfficer, principal } = fixtures
const RULE = "work-safety-law/safety-management-staffing"
const partTimeOnly = [principal(), safetyOfficer("part-time")]
const nobody = [principal()]

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "2023: 150 staff (more than 100) with only a part-time officer",
      asOf: "2023-06-01",
      version: "2021-09-01",
      enterprise: enterprise({ employees: 150, keyPeople: partTimeOnly }),
      evidence: [{ path: "enterprise.employees", value: 150 }, { path: "enterprise.keyPeople[safety-officer].fullTime", value: 0 }],
      details: { "zh-CN": "超过100人" }
    },
    {
      name: "2015: the 2014 threshold of 100 already applies",
      asOf: "2015-03-01",
      version: "2014-12-01",
      enterprise: enterprise({ employees: 150, keyPeople: partTimeOnly })
    },
    {
      name: "2023: 101 staff is more than 100 (超过 excludes the number itself)",
      asOf: "2023-06-01",
      enterprise: enterprise({ employees: 101, keyPeople: partTimeOnly })
    },
    {
      name: "2023: a waterway transport unit of 20 staff is on the 2021 always-list",
      asOf: "2023-06-01",
      enterprise: enterprise({ sectors: ["transport"], transportModes: ["waterway"], employees: 20, keyPeople: partTimeOnly }),
      details: { en: "high-risk list" }
    },
    {
      name: "2023: a loading (装卸) unit for dangerous goods is on the 2021 always-list",
      asOf: "2023-06-01",
      enterprise: enterprise({ dangerousGoodsActivities: ["loading"], employees: 30, keyPeople: partTimeOnly })
    },
    {
      name: "2015: a road transport unit is on the 2014 always-list",
      asOf: "2015-03-01",
      enterprise: enterprise({ sectors: ["transport"], transportModes: ["road"], employees: 20, keyPeople: partTimeOnly })
    },
    {
      name: "2010: 301 staff is more than 300",
      asOf: "2010-05-01",
      version: "2002-11-01",
      enterprise: enterprise({ employees: 301, keyPeople: partTimeOnly })
    },
    {
      name: "2023: no safety staff at all in a small unit",
      asOf: "2023-06-01",
      enterprise: enterprise({ employees: 12, keyPeople: nobody }),
      details: { "zh-CN": "未配备任何" }
    },
    {
      name: "2023: a stricter provincial threshold of 80 applies to a unit of 90",
      asOf: "2023-06-01",
      config: [{ name: "某省", level: "province", rules: { [RULE]: { params: { threshold: 80 } } } }],
      enterprise: enterprise({ employees: 90, keyPeople: partTimeOnly })
    }
  ],
  compliant: [
    {
      name: "2010: 150 staff with a part-time officer met the 2002 threshold of 300",
      asOf: "2010-05-01",
      version: "2002-11-01",
      enterprise: enterprise({ employees: 150, keyPeople: partTimeOnly })
    },
    {
      name: "2023: exactly 100 staff may have part-time staff (一百人以下 includes 100)",
      asOf: "2023-06-01",
      enterprise: enterprise({ employees: 100, keyPeople: partTimeOnly })
    },
    {
      name: "2023: a safety body satisfies the stricter requirement",
      asOf: "2023-06-01",
      enterprise: enterprise({ employees: 500, safetyDepartment: true, keyPeople: nobody })
    },
    {
      name: "2015: a waterway transport unit was not on the 2014 list (道路运输 only)",
      asOf: "2015-03-01",
      enterprise: enterprise({ sectors: ["transport"], transportModes: ["waterway"], employees: 20, keyPeople: partTimeOnly })
    },
    {
      name: "2015: a loading unit was not on the 2014 list (装卸 was added in 2021)",
      asOf: "2015-03-01",
      enterprise: enterprise({ dangerousGoodsActivities: ["loading"], employees: 30, keyPeople: partTimeOnly })
    },
    {
      name: "2010: a small unit could contract a qualified engineer under the 2002 law",
      asOf: "2010-05-01",
      enterprise: enterprise({ employees: 40, keyPeople: nobody, contractedSafetyEngineer: true })
    },
    {
      name: "2023: a full-time officer in a mine",
      asOf: "2023-06-01",
      enterprise: enterprise({ sectors: ["non-coal-mine"], employees: 30, keyPeople: [principal(), safetyOfficer("full-time")] })
    }
  ],
  indeterminate: [
    {
      name: "head-count unknown and only part-time staff",
      asOf: "2023-06-01",
      enterprise: enterprise({ employees: undefined, keyPeople: partTimeOnly }),
      missing: ["enterprise.employees"]
    },
    {
      name: "dangerous-goods activities unknown for a small unit with part-time staff",
      asOf: "2023-06-01",
      enterprise: enterprise({ employees: 30, dangerousGoodsActivities: undefined, keyPeople: partTimeOnly }),
      missing: ["enterprise.dangerousGoodsActivities"]
    },
    {
      name: "2015: transport modes unknown for a transport unit",
      asOf: "2015-03-01",
      enterprise: enterprise({ sectors: ["transport"], transportModes: undefined, employees: 20, keyPeople: partTimeOnly }),
      missing: ["enterprise.transportModes"]
    },
    {
      name: "2015: a transport unit's modes are not asked for when its dangerous-goods trading already puts it on the list",
      asOf: "2015-03-01",
      enterprise: enterprise({ sectors: ["transport"], transportModes: undefined, dangerousGoodsActivities: ["trading"], employees: 300, keyPeople: undefined }),
      missing: ["enterprise.keyPeople"]
    },
    {
      name: "staff and safety body unknown for a large unit",
      asOf: "2023-06-01",
      enterprise: enterprise({ employees: 300, keyPeople: undefined, safetyDepartment: undefined }),
      missing: ["enterprise.keyPeople", "enterprise.safetyDepartment"]
    }
  ],
  notSelected: [
    { name: "before the 2002 law took effect", asOf: "2002-10-31", enterprise: enterprise() }
  ]
})
