/**
 * 第7项 — 防静电、防火、防雷设备设施缺失或者失效.
 *
 * For every 工房 and 库房, each of `antiStatic` (防静电), `fireProtection` (防火) and
 * `lightningProtection` (防雷): `missing` or `failed` is a violation; `effective` and `not-required`
 * (as the design records it) are not. Facilities outside the 工(库)房 are not modelled. A unit known
 * to have no 工(库)房 is not concerned.
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import { Schema } from "effect"
import { buildings, citation, collector, effective, everyFireworksUnit, factsSlice, noBuildings, penalty102 } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const ProtectionFacilityFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores"]) })

const facilities = [
  { key: "antiStatic", zh: "防静电设备设施", en: "anti-static facilities" },
  { key: "fireProtection", zh: "防火设备设施", en: "fire protection facilities" },
  { key: "lightningProtection", zh: "防雷设备设施", en: "lightning protection facilities" }
] as const

/**
 * @since 0.1.0
 */
export const antiStaticFireLightningProtection = Rule.define({
  id: "fireworks/anti-static-fire-lightning-protection",
  title: { "zh-CN": "防静电、防火、防雷设备设施有效", en: "Anti-static, fire and lightning protection in place" },
  message: {
    "zh-CN": "防静电、防火、防雷设备设施缺失或者失效",
    en: "Anti-static, fire protection or lightning protection facilities are missing or have failed"
  },
  remediation: {
    "zh-CN": "按标准补设缺失的防静电、防火、防雷设备设施，修复或更换失效设施，定期检测并保存记录；整改完成前停止相关工(库)房涉药作业。",
    en: "Install the missing anti-static, fire and lightning protection facilities, repair or replace failed ones, test them periodically and keep the records; stop explosive work in the building until they are fixed."
  },
  citation: citation(7),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  facts: ProtectionFacilityFacts,
  reads: [
    "facts.workshops[].antiStatic",
    "facts.workshops[].fireProtection",
    "facts.workshops[].lightningProtection",
    "facts.stores[].antiStatic",
    "facts.stores[].fireProtection",
    "facts.stores[].lightningProtection"
  ],
  evaluate: ({ facts }) => {
    const c = collector()
    const { list, known } = buildings(c, facts)
    if (known && list.length === 0) return noBuildings()
    for (const b of list) {
      for (const f of facilities) {
        const status = b.building[f.key]
        const path = `${b.path}.${f.key}`
        if (status === undefined) c.missing(path)
        else if (status === "missing") c.violation([{ path, value: status }], `${b.zh}${f.zh}缺失`, `${b.en}: ${f.en} missing`)
        else if (status === "failed") c.violation([{ path, value: status }], `${b.zh}${f.zh}失效`, `${b.en}: ${f.en} failed`)
        else c.seen({ path, value: status })
      }
    }
    return c.outcome()
  }
})
