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
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { specialOperationPermitsFact } from "../../facts/labels.ts"
import { isKind, PERMITS, permitRule, permitsOfKind, sectionFacts, under2022Standard } from "../meta.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitHotWorkUpgradedManagementFacts = sectionFacts(["specialOperationPermits"])

/** 五级风以上 includes force 5. @since 0.1.0 */
export const WIND_FORCE_LIMIT = 5

const hotWork = permitsOfKind("hot-work")

/** Outdoor 动火 in wind of force 5 or more (§5.2.15). */
const outdoorsInStrongWind = Condition.all(Condition.eq("outdoor", true), Condition.gte("windForce", WIND_FORCE_LIMIT))

/**
 * A permit that certainly needs no upgrade: under GB 30871-2014 (started before 2022-10-01), or no
 * special circumstance and not outdoors in strong wind — every fact known (two-valued).
 */
const certainlyOrdinary = Condition.any(
  Condition.all(Condition.any(Condition.present("validFrom"), Condition.present("workStartedAt")), Condition.not(under2022Standard)),
  Condition.all(
    Condition.present("circumstances"),
    Condition.not(Condition.nonEmpty("circumstances")),
    Condition.any(
      Condition.all(Condition.present("outdoor"), Condition.eq("outdoor", false)),
      Condition.all(Condition.present("windForce"), Condition.lt("windForce", WIND_FORCE_LIMIT))
    )
  )
)

/** A hot-work permit under GB 30871-2022 in `circumstance` (and the facts `shown`), not managed one grade up. */
const notUpgraded = (circumstance: Condition.Condition, shown: Condition.Condition, zh: string, en: string): Condition.Condition =>
  Condition.because(
    Condition.all(Condition.show("id"), isKind("hot-work"), under2022Standard, circumstance, shown, Condition.eq("upgradedManagement", false)),
    `动火安全作业票{id|$entry}（${zh}）未升级管理`,
    `hot-work permit {id|$entry} (${en}) was not managed one grade up`
  )

/** Strong wind outdoors, as evidence beside the special circumstances when it is known to hold (never unknown). */
const strongWindShown = Condition.any(
  Condition.all(Condition.present("outdoor"), Condition.present("windForce"), outdoorsInStrongWind),
  Condition.show("id")
)

/**
 * 特殊情况下动火升级管理.
 *
 * @since 0.1.0
 */
export const permitHotWorkUpgradedManagement: Rule.Rule<typeof PermitHotWorkUpgradedManagementFacts.Type> = permitRule({
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
  schema: PermitHotWorkUpgradedManagementFacts,
  facts: specialOperationPermitsFact,
  notApplicableWhen: Condition.none(PERMITS, Condition.all(isKind("hot-work"), Condition.not(certainlyOrdinary)), { asOf: hotWork.asOf }),
  notApplicableReason: "no hot work on holidays, at night, in special circumstances or in force-5 wind",
  violationWhen: Condition.some(
    PERMITS,
    Condition.any(
      notUpgraded(Condition.nonEmpty("circumstances"), strongWindShown, "{circumstances:label}", "{circumstances}"),
      // strong wind alone (with special circumstances it is the breach above)
      Condition.unless(
        Condition.nonEmpty("circumstances"),
        notUpgraded(outdoorsInStrongWind, Condition.show("id"), "{windForce}级风室外动火", "outdoors in wind force {windForce}"),
        { guardEvidence: false }
      )
    ),
    { asOf: hotWork.asOf, heading: false }
  )
})
