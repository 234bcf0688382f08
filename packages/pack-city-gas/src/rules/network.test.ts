import { PackTester } from "@anquan/testing"
import { cityGasPack } from "../pack.ts"
import { asOf, operator, user } from "../testSupport.ts"

const tester = PackTester.make(cityGasPack)
const network = (facts: Record<string, unknown>) => operator({ network: facts })

tester.run("city-gas/mains-encroachment", {
  violation: [
    {
      name: "a building over a medium-pressure main",
      asOf,
      enterprise: network({ operatesMains: true, encroachments: [{ name: "建设路88号商铺", pressureClass: "low" }, { name: "东环路临时板房", pressureClass: "medium" }] }),
      evidence: [{ path: "facts.network.encroachments[1].pressureClass", value: "medium" }],
      details: { "zh-CN": "占压「东环路临时板房」：占压中压地下燃气管线（中压及以上）", en: "encroachment \"东环路临时板房\": over a buried medium pressure gas main (medium pressure or above)" }
    },
    { name: "over a high-pressure main", asOf, enterprise: network({ operatesMains: true, encroachments: [{ name: "厂房", pressureClass: "high" }] }) },
    { name: "over a sub-high-pressure main", asOf, enterprise: network({ operatesMains: true, encroachments: [{ name: "围墙", pressureClass: "sub-high" }] }) }
  ],
  compliant: [
    { name: "over a low-pressure main only: below 中压, outside this item", asOf, enterprise: network({ operatesMains: true, encroachments: [{ name: "车棚", pressureClass: "low" }] }) },
    { name: "no encroachment found", asOf, enterprise: network({ operatesMains: true, encroachments: [] }) }
  ],
  notApplicable: [
    { name: "operates no mains", asOf, enterprise: network({ operatesMains: false }) },
    { name: "not a gas supplier", asOf, enterprise: user({ network: { operatesMains: true, encroachments: [{ name: "厂房", pressureClass: "high" }] } }) }
  ],
  indeterminate: [
    { asOf, enterprise: network({ operatesMains: true }), missing: ["facts.network.encroachments"] },
    { name: "the pressure class is not recorded", asOf, enterprise: network({ operatesMains: true, encroachments: [{ name: "厂房" }] }), missing: ["facts.network.encroachments[0].pressureClass"] },
    { name: "whether it operates mains is not recorded", asOf, enterprise: network({ encroachments: [] }), missing: ["facts.network.operatesMains"] }
  ]
})

const inStructures = (...list: ReadonlyArray<Record<string, unknown>>) => network({ operatesMains: true, mainsInUndergroundStructures: list })

tester.run("city-gas/mains-in-underground-structures", {
  violation: [
    {
      name: "laid along a cable trench, not a crossing",
      asOf,
      enterprise: inStructures({ name: "北街DN200", structure: "cable-trench", necessaryCrossing: false, effectiveProtection: true }),
      evidence: [{ path: "facts.network.mainsInUndergroundStructures[0].structure", value: "cable-trench" }, { path: "facts.network.mainsInUndergroundStructures[0].necessaryCrossing", value: false }],
      details: { "zh-CN": "管段「北街DN200」：电缆沟内敷设输配管道，并非确需穿过", en: "stretch \"北街DN200\": the main is laid along the cable trench, not an unavoidable crossing" }
    },
    {
      name: "an unavoidable crossing without effective protection: the exception needs both",
      asOf,
      enterprise: inStructures({ name: "地铁2号线下穿段", structure: "rail-transit-tunnel", necessaryCrossing: true, effectiveProtection: false }),
      details: { "zh-CN": "管段「地铁2号线下穿段」：穿过城市轨道交通隧道的输配管道未采取有效防护措施" }
    },
    { name: "not a crossing decides, protection unknown", asOf, enterprise: inStructures({ name: "排水沟段", structure: "drain", necessaryCrossing: false }) }
  ],
  compliant: [
    { name: "an unavoidable crossing with effective protection", asOf, enterprise: inStructures({ name: "热力沟穿越", structure: "heating-trench", necessaryCrossing: true, effectiveProtection: true }) },
    { name: "no main inside an underground structure", asOf, enterprise: inStructures() }
  ],
  notApplicable: [{ name: "operates no mains", asOf, enterprise: network({ operatesMains: false }) }],
  indeterminate: [
    { asOf, enterprise: inStructures({ name: "人行通道段", structure: "pedestrian-underpass", necessaryCrossing: true }), missing: ["facts.network.mainsInUndergroundStructures[0].effectiveProtection"] },
    { asOf, enterprise: network({ operatesMains: true }), missing: ["facts.network.mainsInUndergroundStructures"] }
  ]
})

tester.run("city-gas/regulator-overpressure-protection", {
  violation: [{
    asOf,
    enterprise: network({ regulators: [{ name: "RTU-01", outletOverpressureProtection: true }, { name: "RTU-02", outletOverpressureProtection: false }] }),
    evidence: [{ path: "facts.network.regulators[1].outletOverpressureProtection", value: false }],
    details: { "zh-CN": "调压装置「RTU-02」：未设置防止燃气出口压力超过下游压力允许值的安全保护措施" }
  }],
  compliant: [{ asOf, enterprise: network({ regulators: [{ name: "RTU-01", outletOverpressureProtection: true }] }) }],
  notApplicable: [{ name: "no regulators", asOf, enterprise: network({ regulators: [] }) }],
  indeterminate: [
    { asOf, enterprise: network({}), missing: ["facts.network.regulators"] },
    { asOf, enterprise: network({ regulators: [{ name: "RTU-01" }] }), missing: ["facts.network.regulators[0].outletOverpressureProtection"] }
  ]
})
