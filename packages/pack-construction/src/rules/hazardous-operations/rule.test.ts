import { FIRST_2024, IN_2024, LAST_2022, project, tester, V2024 } from "../testkit.ts"

tester.run("construction/heavy-machinery-ground-bearing", {
  violation: [
    {
      name: "2024: crawler crane on unchecked ground",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ heavyMachines: [{ name: "150t履带吊", kind: "crawler-crane", groundBearingChecked: false }] }),
      evidence: [{ path: "facts.heavyMachines[0].groundBearingChecked", value: false }],
      details: { "zh-CN": "大型机械「150t履带吊」" }
    }
  ],
  compliant: [
    { name: "checked", asOf: IN_2024, enterprise: project({ heavyMachines: [{ kind: "concrete-pump-truck", groundBearingChecked: true }] }) },
    { name: "no heavy machines", asOf: IN_2024, enterprise: project({ heavyMachines: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.heavyMachines"] },
    { name: "check not recorded", asOf: IN_2024, enterprise: project({ heavyMachines: [{ kind: "piling-rig" }] }), missing: ["facts.heavyMachines[0].groundBearingChecked"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: project({ heavyMachines: [{ groundBearingChecked: false }] }) }]
})

tester.run("construction/severe-weather-work", {
  violation: [
    {
      name: "2024: lifting in high wind against the rules",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ severeWeatherWorks: [{ date: "2024-12-10", weather: "high-wind", operation: "lifting", inBreachOfRules: true }] }),
      evidence: [{ path: "facts.severeWeatherWorks[0].inBreachOfRules", value: true }],
      details: { "zh-CN": "2024-12-10大风天气下违规进行吊装", en: "lifting in high wind against the rules on 2024-12-10" }
    },
    {
      name: "the same lifting of 2026-12-01 as of that day",
      asOf: "2026-12-01",
      enterprise: project({ severeWeatherWorks: [{ date: "2026-12-01", weather: "high-wind", operation: "lifting", inBreachOfRules: true }] })
    }
  ],
  compliant: [
    {
      name: "lifting in high wind on 2026-12-01, as of 2026-11-23: it had not happened yet",
      asOf: IN_2024,
      enterprise: project({ severeWeatherWorks: [{ date: "2026-12-01", weather: "high-wind", operation: "lifting", inBreachOfRules: true }] })
    },
    { name: "work in fog within the rules", asOf: IN_2024, enterprise: project({ severeWeatherWorks: [{ weather: "dense-fog", operation: "work-at-height", inBreachOfRules: false }] }) },
    { name: "none", asOf: IN_2024, enterprise: project({ severeWeatherWorks: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.severeWeatherWorks"] },
    { name: "breach not assessed", asOf: IN_2024, enterprise: project({ severeWeatherWorks: [{ weather: "thunderstorm", operation: "lifting" }] }), missing: ["facts.severeWeatherWorks[0].inBreachOfRules"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: project({ severeWeatherWorks: [{ inBreachOfRules: true }] }) }]
})

tester.run("construction/lifting-people", {
  violation: [
    {
      name: "2024: a worker ridden up on a tower-crane hook",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ peopleLifted: [{ date: "2024-12-13", equipment: "tower-crane" }] }),
      evidence: [{ path: "facts.peopleLifted[0].equipment", value: "tower-crane" }],
      details: { "zh-CN": "使用塔式起重机吊运人员" }
    },
    { name: "the same occurrence of 2026-12-01 as of that day", asOf: "2026-12-01", enterprise: project({ peopleLifted: [{ date: "2026-12-01", equipment: "tower-crane" }] }) },
    { name: "2024: equipment not recorded is still non-passenger equipment", asOf: IN_2024, enterprise: project({ peopleLifted: [{}] }), evidence: [{ path: "facts.peopleLifted[0].equipment", value: null }] }
  ],
  compliant: [
    { name: "no such occurrence", asOf: IN_2024, enterprise: project({ peopleLifted: [] }) },
    {
      name: "2024: people lifted on 2026-12-01, as of 2026-11-23: it had not happened yet",
      asOf: IN_2024,
      enterprise: project({ peopleLifted: [{ date: "2026-12-01", equipment: "tower-crane" }] })
    }
  ],
  indeterminate: [{ name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.peopleLifted"] }],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: project({ peopleLifted: [{ equipment: "truck-crane" }] }) }]
})
