/**
 * What the 20 rules share besides the language: their fixed metadata (citation, penalty, window,
 * applicability) and the Schemas of their slices of the facts. Domain constants only; the
 * conditions are written in the core rule language (`Rule.fromCondition`).
 *
 * @since 0.2.0
 */
import { Enterprise } from "@anquan/core"
import type { Applicability, Citation } from "@anquan/core"
import { Schema, Struct } from "effect"
import { FireworksFacts } from "../facts/FireworksFacts.ts"

/** The document every rule of the pack cites. @since 0.1.0 */
export const DOCUMENT = "fireworks-major-hazard-2017"

/**
 * The primary citation of item `item`. Items 1–2 are verified verbatim against the official text
 * (regulations.md §2: yhbz.com.cn); items 3–20 come from two independent secondary copies only, so
 * they are `verified: false`.
 *
 * @since 0.1.0
 */
export const citation = (item: number): Citation => ({ document: DOCUMENT, item, verified: item <= 2 })

/** 安全生产法(2021) 第一百零二条 — 未采取措施消除事故隐患. @since 0.1.0 */
export const penalty102: Citation = { document: "work-safety-law-2021", article: 102, verified: true }

/** In force since the notice took effect; no end (still in force, regulations.md alert C). @since 0.1.0 */
export const effective = { from: "2017-11-13" } as const

/** Items 1–8, 13–19: every fireworks unit, production and sales alike (§2: one list). @since 0.1.0 */
export const everyFireworksUnit: Applicability = { sectors: ["fireworks"] }

/** Items whose wording concerns production only (工厂, 氧化剂/还原剂, 涉药机械设备, 设计产能). @since 0.1.0 */
export const fireworksProducers: Applicability = { sectors: ["fireworks"], unitKinds: ["production"] }

/** Item 20: retail points. @since 0.1.0 */
export const fireworksRetailPoints: Applicability = { sectors: ["fireworks"], unitKinds: ["retail-point"] }

type FactKey = keyof typeof FireworksFacts.fields

/**
 * The Schema of a rule's slice of the pack facts: `facts` is `undefined` when the record has no
 * fireworks section (every fact unknown).
 *
 * @since 0.1.0
 */
export const factsSlice = <const K extends ReadonlyArray<FactKey>>(keys: K) =>
  Schema.UndefinedOr(Schema.Struct(Struct.pick(FireworksFacts.fields, keys)))

type EnterpriseKey = keyof typeof Enterprise.fields

/** The Schema of a rule's slice of the core enterprise profile. @since 0.1.0 */
export const enterpriseSlice = <const K extends ReadonlyArray<EnterpriseKey>>(keys: K) =>
  Schema.Struct(Struct.pick(Enterprise.fields, keys))
