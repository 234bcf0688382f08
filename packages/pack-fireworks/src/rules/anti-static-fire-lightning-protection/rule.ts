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
import type { FacilityStatus, Store, Workshop } from "../../facts/FireworksFacts.ts"
import { buildingRef, citation, effective, everyFireworksUnit, factsSlice, judgeBuildings, penalty102 } from "../shared.ts"
import type { BuildingKind, BuildingRef, Collector } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const ProtectionFacilityFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores"]) })

const antiStatic = { key: "antiStatic", zh: "防静电设备设施", en: "anti-static facilities" } as const
const fireProtection = { key: "fireProtection", zh: "防火设备设施", en: "fire protection facilities" } as const
const lightningProtection = { key: "lightningProtection", zh: "防雷设备设施", en: "lightning protection facilities" } as const

/** Checks one facility of a building (`r` is its reference when explaining). */
const checkFacility = (
  c: Collector,
  r: BuildingRef | undefined,
  f: { readonly key: string; readonly zh: string; readonly en: string },
  status: FacilityStatus | undefined
): void => {
  if (status === undefined) {
    if (c.unknown()) c.missing(`${r!.path}.${f.key}`)
  } else if (status === "missing") {
    if (c.breach()) c.violation([{ path: `${r!.path}.${f.key}`, value: status }], `${r!.zh}${f.zh}缺失`, `${r!.en}: ${f.en} missing`)
  } else if (status === "failed") {
    if (c.breach()) c.violation([{ path: `${r!.path}.${f.key}`, value: status }], `${r!.zh}${f.zh}失效`, `${r!.en}: ${f.en} failed`)
  } else if (c.explain) c.see(`${r!.path}.${f.key}`, status)
}

/** Checks building `i` of `kind`: its three facilities, in order. */
const check = (c: Collector, kind: BuildingKind, b: Workshop | Store, i: number): void => {
  const r = c.explain ? buildingRef(kind, b, i) : undefined
  checkFacility(c, r, antiStatic, b.antiStatic)
  checkFacility(c, r, fireProtection, b.fireProtection)
  checkFacility(c, r, lightningProtection, b.lightningProtection)
}

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
  evaluate: ({ facts }, context) => judgeBuildings(context, facts, check)
})
