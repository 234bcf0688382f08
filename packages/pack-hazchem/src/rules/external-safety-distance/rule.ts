/**
 * 第3项 — 涉及"两重点一重大"的生产装置、储存设施外部安全防护距离不符合国家标准要求
 * (hazchem-major-hazard-2017 item 3).
 *
 * "两重点一重大" (regulations.md §9) = 重点监管危险化工工艺, 重点监管危险化学品, 重大危险源. An entry
 * of `externalSafetyDistances[]` is in scope when any of the three is true. The flags are read from
 * the entry, and two of them can also be shown by other facts (only ever to `true`):
 * - 重点监管危险化工工艺: a `keyProcesses[]` entry with the same `unitId`;
 * - 重大危险源: a `majorHazardInstallations[]` entry whose `id` is the `unitId` and that has a
 *   recorded grade, or whose inventory makes it one (S ≥ 1, GB 18218-2018).
 *
 * The distance is in breach when `meetsStandard` is `false`, or when both distances are known and
 * `actualMetres < requiredMetres` (either one shows the breach); it is met when `meetsStandard` is
 * `true` or `actualMetres ≥ requiredMetres` (no contrary fact). An empty list → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule, SectorFunctions } from "@anquan/core"
import { externalSafetyDistancesFact, keyProcessesFact, majorHazardInstallationsFact } from "../../facts/labels.ts"
import { isMajorHazard } from "../../major-hazard-installation/quick.ts"
import type { SubstanceEntry, UnitKind } from "../../major-hazard-installation/Unit.ts"
import { itemRule, sectionFacts } from "../meta.ts"

/** The facts item 3 reads. @since 0.1.0 */
export const ExternalSafetyDistanceFacts = sectionFacts(["externalSafetyDistances", "keyProcesses", "majorHazardInstallations"])

const C = Condition
const DISTANCES = "facts.externalSafetyDistances"

/**
 * The sector function of item 3: `majorHazardByInventory(unitKind, substances)` — the inventory makes
 * the unit a 重大危险源 for certain (S ≥ 1, GB 18218-2018); an unknown or open inventory does not.
 *
 * @since 0.2.0
 */
export const externalSafetyDistanceFunctions: SectorFunctions = {
  majorHazardByInventory: {
    returns: "boolean",
    arity: 2,
    label: { "zh-CN": "按GB 18218-2018辨识构成重大危险源", en: "a major hazard installation by GB 18218-2018" },
    evaluate: (kind: UnitKind | undefined, substances: ReadonlyArray<SubstanceEntry> | undefined) =>
      kind !== undefined && substances !== undefined && isMajorHazard(kind, substances) === true
  }
}

/** The entry's own flag; when it is not given, `shown` may show it (only ever to `true`). */
const flag = (field: string, shown?: Condition.Condition): Condition.Condition =>
  shown === undefined
    ? C.eq(field, true)
    : C.any(C.eq(field, true), C.when(C.all(C.not(C.present(field)), C.present("unitId")), shown, { guardEvidence: false }))

/** An entry of `list` whose `key` is this entry's `unitId` and of which `shows` holds. */
const sameUnit = (list: string, key: string, shows?: Condition.Condition): Condition.Condition =>
  C.when(
    C.present(list),
    C.some(list, C.all(C.present(key), C.eq(key, C.outer("unitId")), ...(shows === undefined ? [] : [shows])), { heading: false }),
    { guardEvidence: false }
  )

/** 两重点一重大: a key process (or a keyProcesses entry on the unit), a key chemical, or a major hazard (recorded, or by its inventory). */
const involvesTwoKeyPointsOrMajorHazard = C.any(
  flag("involvesKeyProcess", sameUnit("facts.keyProcesses", "unitId")),
  flag("involvesKeySupervisedChemical"),
  flag(
    "involvesMajorHazard",
    sameUnit(
      "facts.majorHazardInstallations",
      "id",
      C.any(
        C.present("recordedGrade"),
        C.unless(
          C.present("recordedGrade"),
          { call: "majorHazardByInventory", args: [{ fact: "unitKind", evidence: false, optional: true }, { fact: "substances", optional: true }] },
          { guardEvidence: false }
        )
      )
    )
  )
)
/** Not out of scope for certain: a flag not given may be true. */
const mayInvolve = C.any(...["involvesKeyProcess", "involvesKeySupervisedChemical", "involvesMajorHazard"].map((f) => C.eq(C.factOr(f, true), true)))

const name = "{unitName|unitId|$entry}"
/** Both distances known and the actual one short of the required one. */
const short = C.when(C.all(C.present("requiredMetres"), C.present("actualMetres")), C.gt("requiredMetres", C.fact("actualMetres")), { guardEvidence: false })
/** The assessment found the distance not met; an unknown finding is moot when both distances are known. */
const notMet = C.unless(
  C.all(C.not(C.present("meetsStandard")), C.present("requiredMetres"), C.present("actualMetres")),
  C.eq("meetsStandard", false),
  { guardEvidence: false }
)

/**
 * 外部安全防护距离.
 *
 * @since 0.1.0
 */
export const externalSafetyDistance: Rule.Rule<typeof ExternalSafetyDistanceFacts.Type> = itemRule({
  item: 3,
  slug: "external-safety-distance",
  title: {
    "zh-CN": "涉及“两重点一重大”装置、设施的外部安全防护距离符合国家标准",
    en: "External safety distances of units involving the “two key points and one major hazard” meet the national standard"
  },
  message: {
    "zh-CN": "涉及“两重点一重大”的生产装置、储存设施外部安全防护距离不符合国家标准要求",
    en: "A production unit or storage facility involving a key-supervision process, a key-supervision chemical or a major hazard installation does not keep the external safety distance the national standard requires"
  },
  remediation: {
    "zh-CN": "按国家标准核定外部安全防护距离；不满足的，采取降低危险化学品存量、工艺改造、搬迁或者清理防护距离内的敏感目标等措施，整改完成前落实管控措施。",
    en: "Determine the external safety distance by the national standard; where it is not met, reduce inventories, change the process, relocate the unit or clear sensitive targets from the zone, with interim controls until then."
  },
  schema: ExternalSafetyDistanceFacts,
  facts: { ...externalSafetyDistancesFact, ...keyProcessesFact, ...majorHazardInstallationsFact },
  functions: externalSafetyDistanceFunctions,
  notApplicableWhen: C.none(DISTANCES, mayInvolve),
  notApplicableReason: "no production unit or storage facility involving the “two key points and one major hazard”",
  violationWhen: C.some(
    DISTANCES,
    C.any(
      C.because(
        C.all(C.show("unitId"), involvesTwoKeyPointsOrMajorHazard, short),
        `${name}外部安全防护距离{actualMetres}米，小于要求的{requiredMetres}米`,
        `${name}: external safety distance {actualMetres} m, less than the required {requiredMetres} m`
      ),
      C.because(
        C.all(C.show("unitId"), involvesTwoKeyPointsOrMajorHazard, C.unless(short, notMet)),
        `${name}外部安全防护距离不符合国家标准`,
        `${name}: the external safety distance does not meet the national standard`
      )
    ),
    { heading: false }
  )
})
