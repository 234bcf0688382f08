/**
 * 第六条 燃气管道和调压设施 — the three items of mains and pressure regulators.
 *
 * "燃气经营者的燃气管道和调压设施有下列情形之一的，判定为重大隐患：（一）在中压及以上地下燃气管线保护范围内，建有占压
 * 管线的建筑物、构筑物或者其他设施；（二）除确需穿过且已采取有效防护措施外，输配管道在排水管（沟）、供水管渠、热力
 * 管沟、电缆沟、城市交通隧道、城市轨道交通隧道和地下人行通道等地下构筑物内敷设；（三）调压装置未设置防止燃气出口
 * 压力超过下游压力允许值的安全保护措施。"
 *
 * [verified: GAS-text, sector-criteria.md §14]
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import type { FactDeclarations } from "@anquan/core"
import {
  flag,
  MEDIUM_OR_ABOVE,
  name,
  pressureClasses,
  pressureClassLabels,
  text,
  undergroundStructureLabels,
  undergroundStructures
} from "../facts/facts.ts"
import { item, no } from "./item.ts"

const N = "facts.network"

/** `facts.network.operatesMains`: the operator runs distribution mains (输配管道). @since 0.2.0 */
export const OPERATES_MAINS = `${N}.operatesMains`
/** `facts.network.encroachments`: structures found over the operator's buried gas mains (占压). @since 0.2.0 */
export const ENCROACHMENTS = `${N}.encroachments`
/** `facts.network.mainsInUndergroundStructures`: stretches of main laid inside another underground structure. @since 0.2.0 */
export const MAINS_IN_STRUCTURES = `${N}.mainsInUndergroundStructures`
/** `facts.network.regulators`: the operator's pressure regulators (调压装置). @since 0.2.0 */
export const REGULATORS = `${N}.regulators`

const operatesMains: FactDeclarations = { [OPERATES_MAINS]: flag("运营燃气输配管道", "operates gas distribution mains") }
const noMains = C.because(C.eq(OPERATES_MAINS, false), "不运营燃气输配管道", "operates no distribution mains")

/**
 * 第六条(一) 中压及以上地下燃气管线占压. Each structure found over a buried main within its protection zone
 * is an entry with the main's pressure class; one over a medium-pressure or higher main is the breach
 * (over a low-pressure main it is outside this item). Not applicable to an operator with no mains.
 *
 * @since 0.2.0
 */
export const encroachment = item({
  slug: "mains-encroachment",
  article: 6,
  item: 1,
  title: text("中压及以上地下燃气管线占压", "Structures over medium-pressure or higher buried mains"),
  message: text(
    "在中压及以上地下燃气管线保护范围内，建有占压管线的建筑物、构筑物或者其他设施",
    "A building, structure or other installation stands over a medium-pressure or higher buried gas main within its protection zone"
  ),
  remediation: text(
    "清除占压中压及以上地下燃气管线的建筑物、构筑物或者其他设施，或依法迁改管线。",
    "Remove the buildings, structures or installations over the main, or reroute the main lawfully."
  ),
  facts: {
    ...operatesMains,
    [ENCROACHMENTS]: {
      type: "list",
      label: text("地下燃气管线保护范围内占压管线的建筑物、构筑物或者其他设施", "building, structure or installation over a buried gas main within its protection zone"),
      items: {
        name: name("名称或位置", "name or place"),
        pressureClass: {
          type: "string",
          label: text("被占压管线压力级制", "pressure class of the main"),
          values: pressureClasses,
          valueLabels: pressureClassLabels
        }
      }
    }
  },
  absentWhen: noMains,
  violationWhen: C.some(
    ENCROACHMENTS,
    C.because(
      C.oneOf("pressureClass", MEDIUM_OR_ABOVE),
      "占压{pressureClass:label}地下燃气管线（中压及以上）",
      "over a buried {pressureClass:label} gas main (medium pressure or above)"
    ),
    { label: "name", entry: text("占压", "encroachment") }
  )
})

/**
 * 第六条(二) 输配管道在地下构筑物内敷设. "除确需穿过且已采取有效防护措施外": the exception needs both — a
 * stretch that only crosses the structure because it must **and** is effectively protected. Either one
 * not so is the breach.
 *
 * @since 0.2.0
 */
export const mainsInUndergroundStructures = item({
  slug: "mains-in-underground-structures",
  article: 6,
  item: 2,
  title: text("输配管道在地下构筑物内敷设", "Mains laid inside other underground structures"),
  message: text(
    "除确需穿过且已采取有效防护措施外，输配管道在排水管（沟）、供水管渠、热力管沟、电缆沟、城市交通隧道、城市轨道交通隧道和地下人行通道等地下构筑物内敷设",
    "A distribution main is laid inside a drain, water conduit, heating trench, cable trench, traffic or rail tunnel, pedestrian underpass or other underground structure, other than an unavoidable crossing with effective protection"
  ),
  remediation: text(
    "将输配管道迁出地下构筑物；确需穿过的，采取有效防护措施。",
    "Move the main out of the underground structure; where it must cross one, protect it effectively."
  ),
  facts: {
    ...operatesMains,
    [MAINS_IN_STRUCTURES]: {
      type: "list",
      label: text("敷设在地下构筑物内的输配管道", "distribution main inside an underground structure"),
      items: {
        name: name("名称或位置", "name or place"),
        structure: {
          type: "string",
          label: text("地下构筑物", "underground structure"),
          values: undergroundStructures,
          valueLabels: undergroundStructureLabels
        },
        necessaryCrossing: flag("确需穿过（仅为穿过）", "an unavoidable crossing (passes through only)"),
        effectiveProtection: flag("已采取有效防护措施", "effectively protected")
      }
    }
  },
  absentWhen: noMains,
  violationWhen: C.some(
    MAINS_IN_STRUCTURES,
    C.all(
      C.show("structure"),
      C.any(
        no("necessaryCrossing", "{structure:label}内敷设输配管道，并非确需穿过", "the main is laid along the {structure:label}, not an unavoidable crossing"),
        no("effectiveProtection", "穿过{structure:label}的输配管道未采取有效防护措施", "the main crossing the {structure:label} is not effectively protected")
      )
    ),
    { label: "name", entry: text("管段", "stretch") }
  )
})

/**
 * 第六条(三) 调压装置出口超压安全保护措施. Not applicable to an operator with no regulators (`[]`).
 *
 * @since 0.2.0
 */
export const regulatorOverpressureProtection = item({
  slug: "regulator-overpressure-protection",
  article: 6,
  item: 3,
  title: text("调压装置出口超压安全保护措施", "Regulator outlet over-pressure protection"),
  message: text(
    "调压装置未设置防止燃气出口压力超过下游压力允许值的安全保护措施",
    "A pressure regulator has no safety protection against outlet pressure above what downstream allows"
  ),
  remediation: text(
    "为调压装置设置防止燃气出口压力超过下游压力允许值的安全保护措施。",
    "Fit each regulator with protection against outlet pressure above the downstream limit."
  ),
  facts: {
    [REGULATORS]: {
      type: "list",
      label: text("调压装置", "pressure regulator"),
      items: {
        name: name("名称或编号", "name or number"),
        outletOverpressureProtection: flag("设置防止燃气出口压力超过下游压力允许值的安全保护措施", "protected against outlet pressure above the downstream limit")
      }
    }
  },
  absentWhen: C.because(C.none(REGULATORS), "无调压装置", "no pressure regulators"),
  violationWhen: C.some(
    REGULATORS,
    no("outletOverpressureProtection", "未设置防止燃气出口压力超过下游压力允许值的安全保护措施", "no protection against outlet pressure above the downstream limit"),
    { label: "name", entry: text("调压装置", "regulator") }
  )
})

/** The items of 第六条, in order. @since 0.2.0 */
export const networkItems = [encroachment, mainsInUndergroundStructures, regulatorOverpressureProtection]
