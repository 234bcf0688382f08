import { FIRST_2024, IN_2022, IN_2024, LAST_2022, project, sides, tester, V2022, V2024 } from "../testkit.ts"

/** An area where every environment fact of both editions is known to be absent. */
const plain = {
  name: "地下室",
  tunnel: false,
  civilAirDefence: false,
  damp: false,
  poorVentilation: false,
  highTemperature: false,
  conductiveDust: false,
  longTermRelativeHumidityPercent: 60,
  muddy: false,
  standingWaterOrConductiveLiquid: false,
  otherSpecialEnvironment: false,
  safetyVoltageLighting: false
}
const area = (over: Record<string, unknown>) => project({ lightingAreas: [{ ...plain, ...over }] })

tester.run("construction/special-environment-lighting-voltage", {
  violation: [
    ...sides.map((s) => ({
      name: `${s.asOf}: conductive dust (both editions), 220 V lighting`,
      ...s,
      enterprise: area({ conductiveDust: true }),
      evidence: [{ path: "facts.lightingAreas[0].conductiveDust", value: true }, { path: "facts.lightingAreas[0].safetyVoltageLighting", value: false }],
      details: { "zh-CN": "照明作业区域「地下室」：有导电灰尘；照明未使用安全电压" }
    })),
    { name: "2022: a tunnel (named in 2022)", asOf: LAST_2022, version: V2022, enterprise: area({ tunnel: true }), details: { "zh-CN": "隧道" } },
    { name: "2022: damp (比较潮湿)", asOf: IN_2022, enterprise: area({ damp: true }) },
    {
      name: "2024: humidity 76% (长期超过75%)",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: area({ longTermRelativeHumidityPercent: 76 }),
      evidence: [{ path: "facts.lightingAreas[0].longTermRelativeHumidityPercent", value: 76 }],
      details: { "zh-CN": "相对湿度长期76%，超过75%" }
    },
    { name: "2024: standing water", asOf: IN_2024, enterprise: area({ standingWaterOrConductiveLiquid: true }) },
    { name: "2024: another special environment (等)", asOf: IN_2024, enterprise: area({ otherSpecialEnvironment: true }) }
  ],
  compliant: [
    { name: "2024: exactly 75% is not over 75%", asOf: IN_2024, enterprise: area({ longTermRelativeHumidityPercent: 75 }) },
    { name: "2024: a tunnel is not named by the 2024 list", asOf: FIRST_2024, version: V2024, enterprise: area({ tunnel: true }) },
    { name: "2022: mud is not named by the 2022 list", asOf: LAST_2022, version: V2022, enterprise: area({ muddy: true }) },
    { name: "special environment on safety voltage", asOf: IN_2022, enterprise: area({ tunnel: true, safetyVoltageLighting: true }) },
    { name: "no such areas", asOf: IN_2024, enterprise: project({ lightingAreas: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2022, enterprise: project(), missing: ["facts.lightingAreas"] },
    {
      name: "2024: humidity unknown, 220 V lighting",
      asOf: IN_2024,
      enterprise: area({ longTermRelativeHumidityPercent: undefined }),
      missing: ["facts.lightingAreas[0].longTermRelativeHumidityPercent"]
    },
    {
      name: "2022: whether it is a civil air-defence work is unknown",
      asOf: IN_2022,
      enterprise: area({ civilAirDefence: undefined }),
      missing: ["facts.lightingAreas[0].civilAirDefence"]
    }
  ]
})

tester.run("construction/overhead-line-clearance", {
  violation: [
    {
      name: "2024: too close and unprotected",
      asOf: FIRST_2024,
      version: V2024,
      enterprise: project({ overheadLines: [{ name: "10kV线路", clearanceMeetsCode: false, protectiveMeasures: false }] }),
      evidence: [{ path: "facts.overheadLines[0].clearanceMeetsCode", value: false }, { path: "facts.overheadLines[0].protectiveMeasures", value: false }],
      details: { "zh-CN": "外电架空线路「10kV线路」" }
    }
  ],
  compliant: [
    { name: "too close but protected (且: both needed)", asOf: IN_2024, enterprise: project({ overheadLines: [{ clearanceMeetsCode: false, protectiveMeasures: true }] }) },
    { name: "no overhead lines", asOf: IN_2024, enterprise: project({ overheadLines: [] }) }
  ],
  indeterminate: [
    { name: "no construction facts", asOf: IN_2024, enterprise: project(), missing: ["facts.overheadLines"] },
    { name: "too close, protection unknown", asOf: IN_2024, enterprise: project({ overheadLines: [{ clearanceMeetsCode: false }] }), missing: ["facts.overheadLines[0].protectiveMeasures"] }
  ],
  notSelected: [{ name: "not in the 2022 edition", asOf: LAST_2022, enterprise: project({ overheadLines: [{ clearanceMeetsCode: false, protectiveMeasures: false }] }) }]
})
