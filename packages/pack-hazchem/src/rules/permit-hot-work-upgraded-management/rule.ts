/**
 * 动火升级管理 — GB 30871-2022 §5.1.1 and §5.2.15 (regulations.md §8, "动火 grades"):
 * - 节假日, 公休日, 夜间 or 其他特殊情况: "动火作业应升级管理" (§5.1.1);
 * - wind of force 5 or more (五级风以上, 含五级): outdoor 动火 is banned; 动火 that production truly
 *   needs is 升级管理 (§5.2.15).
 *
 * A 动火 permit is in scope when any `circumstances` is recorded, or it is outdoor work with
 * `windForce ≥ 5`; it is in breach when `upgradedManagement` is `false`. The standard fixes no
 * number of levels (the step is for the enterprise's 制度), so the rule reads only whether the work
 * was managed one step up. Whether outdoor work in force-5 wind was truly needed by production is
 * not a recorded fact: upgraded management is accepted as the permitted case. Permits starting
 * before 2022-10-01 (UTC+8) are out of scope. No 动火 permit in scope → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import {
  assessPermits,
  isUnder2022Standard,
  permitContext,
  permitLabel,
  type PermitOf,
  PERMITS,
  under2022Standard
} from "../permits.ts"
import { all, and3, any, Assessment, definePermitRule, entryAt, eq, is, known, type Lit, or3, sectionFacts, unknown } from "../support.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitHotWorkUpgradedManagementFacts = sectionFacts(["specialOperationPermits"])

/** 五级风以上 includes force 5. @since 0.1.0 */
export const WIND_FORCE_LIMIT = 5

const circumstanceZh = { "holiday": "节假日", "rest-day": "公休日", "night": "夜间", "other-special": "其他特殊情况" } as const

/** One hot-work permit (entry `i` of the list). */
const assessPermit = (a: Assessment, p: PermitOf<"hot-work">, i: number): void => {
  const specialCircumstances = p.circumstances === undefined ? undefined : p.circumstances.length > 0
  const strongWind = p.windForce === undefined ? undefined : p.windForce >= WIND_FORCE_LIMIT
  const scope = and3(isUnder2022Standard(p), or3(specialCircumstances, and3(eq(p.outdoor, true), strongWind)))
  if (!a.entry(scope, eq(p.upgradedManagement, false))) return
  const { path, at } = entryAt(PERMITS, i)
  const special: Lit = p.circumstances === undefined
    ? unknown([at("circumstances")])
    : known(p.circumstances.length > 0, [{ path: at("circumstances"), value: p.circumstances }])
  const windy: Lit = p.windForce === undefined
    ? unknown([at("windForce")])
    : known(p.windForce >= WIND_FORCE_LIMIT, [{ path: at("windForce"), value: p.windForce }])
  const why = [
    ...(p.circumstances ?? []).map((c) => ({ zh: circumstanceZh[c], en: c })),
    ...(p.outdoor === true && p.windForce !== undefined && p.windForce >= WIND_FORCE_LIMIT
      ? [{ zh: `${p.windForce}级风室外动火`, en: `outdoors in wind force ${p.windForce}` }]
      : [])
  ]
  a.check({
    scope: all(under2022Standard(p, at), any(special, all(is(at("outdoor"), p.outdoor, true), windy))),
    breach: is(at("upgradedManagement"), p.upgradedManagement, false),
    context: permitContext(p, at),
    zh: `动火安全作业票${permitLabel(p, path)}（${why.map((w) => w.zh).join("、")}）未升级管理`,
    en: `hot-work permit ${permitLabel(p, path)} (${why.map((w) => w.en).join(", ")}) was not managed one grade up`
  })
}

/**
 * 特殊情况下动火升级管理.
 *
 * @since 0.1.0
 */
export const permitHotWorkUpgradedManagement: Rule.Rule<typeof PermitHotWorkUpgradedManagementFacts.Type> = definePermitRule({
  slug: "permit-hot-work-upgraded-management",
  title: {
    "zh-CN": "节假日、夜间等特殊情况及五级风以上动火作业升级管理",
    en: "Hot work on holidays, at night, in other special circumstances or in force-5 wind is managed one grade up"
  },
  message: {
    "zh-CN": "节假日、公休日、夜间或其他特殊情况下，或者五级风以上室外动火，动火作业未升级管理",
    en: "Hot work on a holiday, rest day, at night or in another special circumstance, or outdoors in wind of force 5 or more, was not managed one grade up"
  },
  remediation: {
    "zh-CN": "节假日、公休日、夜间或其他特殊情况下的动火作业应按企业制度升级管理；五级风以上（含五级）天气禁止露天动火作业，因生产确需动火的应升级管理。",
    en: "Manage hot work on holidays, rest days, at night or in other special circumstances one grade up under the enterprise's rules; outdoor hot work is banned in wind of force 5 or more, and work production truly needs is managed one grade up."
  },
  facts: PermitHotWorkUpgradedManagementFacts,
  reads: [
    "facts.specialOperationPermits[kind=hot-work].circumstances",
    "facts.specialOperationPermits[kind=hot-work].outdoor",
    "facts.specialOperationPermits[kind=hot-work].windForce",
    "facts.specialOperationPermits[kind=hot-work].upgradedManagement",
    "facts.specialOperationPermits[kind=hot-work].validFrom",
    "facts.specialOperationPermits[kind=hot-work].workStartedAt"
  ],
  evaluate: ({ facts }, context) => assessPermits(context, facts?.specialOperationPermits, "hot-work", "no hot work on holidays, at night, in special circumstances or in force-5 wind", assessPermit)
})
