/**
 * 判定项 — how one lettered item of GB 45067-2024 becomes a rule in core's rule language. Every item
 * is read over the equipment register (`facts.equipment`): the item concerns the entries its clause
 * names (`subject`: a kind, and where the text says so a sub-type); it is `not-applicable` when the
 * register has none of them, and a `violation` when one of them shows the item's situation (`breach`)
 * **and** is still in use (仍继续使用), which every clause except 4.5 requires. The finding names the
 * entry by its name or registration code. Citation `{ document, clause, letter }`, severity
 * `major`, in force from 2024-12-01. `Rule.fromCondition` does the rest; nothing here evaluates.
 *
 * Who is judged: every unit, whatever its sectors (GB 45067-2024 binds every user of special
 * equipment). A unit that gives a register is judged by it; without one, {@link registerMissing}
 * says which single item (4.1 a)) names the missing register, and only for a unit known or expected
 * to use special equipment ({@link usesEquipment}).
 *
 * @since 0.2.0
 */
import { Condition as C, Rule } from "@anquan/core"
import type { Localized } from "@anquan/core"
import type { EquipmentKind } from "../facts/register.ts"
import { EQUIPMENT, KINDS_IN_USE, kindNames, registerFacts, usageFacts } from "../facts/register.ts"

/** The citation document of every item. @since 0.2.0 */
export const DOCUMENT = "special-equipment-major-hazard-gb45067-2024"

/** The first day GB 45067-2024 is in force ([secondary] in the fact base). @since 0.2.0 */
export const IN_FORCE_FROM = "2024-12-01"

/** Bilingual text. @since 0.2.0 */
export const text = (zh: string, en: string): Localized => ({ "zh-CN": zh, en })

/** What one lettered item states. @since 0.2.0 */
export interface ItemSpec {
  /** The rule id's slug: `special-equipment/<slug>`. */
  readonly slug: string
  /** The clause, `"4.2"`. */
  readonly clause: string
  /** The item's letter, `"c"`. */
  readonly letter: string
  readonly title: Localized
  /** The item's text, quoted (zh-CN), and its English gloss. */
  readonly message: Localized
  readonly remediation: Localized
  /** The entries the item concerns (entry-relative paths), e.g. `kind = boiler`. */
  readonly subject: C.Condition
  /** "The register has none of them", the not-applicable reason: `登记的特种设备中无锅炉`. */
  readonly none: Localized
  /** The noun that heads an entry's reasons in a finding: `锅炉「1号锅炉」：…`. */
  readonly entry: Localized
  /** The item's situation, on one entry (entry-relative paths). */
  readonly breach: C.Condition
  /** Whether the item requires 仍继续使用 (default `true`; 4.5 a) and b) do not). */
  readonly continuedUse?: boolean
  /** Notes on how the item is read (REFERENCE.md shows them). */
  readonly notes?: ReadonlyArray<Rule.RuleNote>
  /**
   * Whether this item names a missing register (4.1 a) only): with no register, the unit's one
   * indeterminate finding when it is known or expected to use special equipment. Every other item
   * is not applicable without a register. See {@link registerMissing}.
   */
  readonly namesMissingRegister?: true
}

/** 仍继续使用 — the entry is still in use. @since 0.2.0 */
export const stillInUse: C.Condition = C.because(C.eq("inUse", true), "仍继续使用", "still in use")

/** The entries of one kind (entry-relative). @since 0.2.0 */
export const ofKind = (kind: EquipmentKind): C.Condition => C.eq("kind", kind)

/** The entries of several kinds (entry-relative). @since 0.2.0 */
export const ofKinds = (kinds: ReadonlyArray<EquipmentKind>): C.Condition => C.oneOf("kind", kinds)

/** "The register has no `kind`": `登记的特种设备中无锅炉`. @since 0.2.0 */
export const noneOf = (kind: EquipmentKind): Localized => text(`登记的特种设备中无${kindNames[kind]["zh-CN"]}`, `no ${kindNames[kind].en} in the register`)

/**
 * The safety device at `field` is 缺失或失效 (missing or failed); the reason names the device and
 * its state from the declaration's value labels (`安全阀(爆破片装置)失效`).
 *
 * @since 0.2.0
 */
export const missingOrFailed = (field: string, zh: string, en: string): C.Condition =>
  C.because(C.oneOf(field, ["missing", "failed"]), `${zh}{${field}:label}`, `${en} {${field}:label}`)

/** The yes/no fact at `field` is `true`, with its reason. @since 0.2.0 */
export const yes = (field: string, zh: string, en: string): C.Condition => C.because(C.eq(field, true), zh, en)

/** The yes/no fact at `field` is `false`, with its reason. @since 0.2.0 */
export const no = (field: string, zh: string, en: string): C.Condition => C.because(C.eq(field, false), zh, en)

/**
 * The periodic inspection's conclusion is one of `conclusions`, each with the words the item quotes
 * for it (`fail` is 不符合要求 for a boiler, 不合格 for a lift).
 *
 * @since 0.2.0
 */
export const inspectionConcluded = (conclusions: Readonly<Record<string, Localized>>): C.Condition =>
  C.any(
    ...Object.entries(conclusions).map(([value, words]) =>
      C.because(C.eq("periodicInspection", value), `定期检验结论为“${words["zh-CN"]}”`, `periodic inspection concluded "${words.en}"`)
    )
  )

/** 不符合要求 — the negative conclusion of boilers, pressure vessels and piping. @since 0.2.0 */
export const doesNotMeet: Readonly<Record<string, Localized>> = { fail: text("不符合要求", "does not meet requirements") }

/** 不合格 — the negative conclusion of lifts, cranes, ropeways, rides and vehicles. @since 0.2.0 */
export const unqualified: Readonly<Record<string, Localized>> = { fail: text("不合格", "unqualified") }

/** The register is given (an empty one, `[]`, is a known "none"). @since 0.2.0 */
export const registerGiven: C.Condition = C.present(EQUIPMENT)

/** The name of 4.1 a)'s parameter: every unit is expected to keep a register. @since 0.2.0 */
export const REGISTER_EXPECTED = "registerExpected"

/**
 * 4.1 a)'s parameter: `true` in a deployment (or a jurisdiction's config layer) where every unit
 * judged is expected to keep a special-equipment register — a unit without one then gets the one
 * indeterminate finding whatever its sectors. Default `false`.
 *
 * @since 0.2.0
 */
export const registerExpectedParam = {
  [REGISTER_EXPECTED]: {
    type: "boolean",
    default: false,
    laxerWhen: false,
    description: text(
      "每个受检单位均应提供特种设备台账：未提供台账的单位，不论其行业领域，均得出一项“无法判定”的发现",
      "Every unit judged is expected to keep a special-equipment register: a unit without one gets one indeterminate finding, whatever its sectors"
    )
  }
} as const

/**
 * The unit is known or expected to use special equipment: it lists `special-equipment`
 * (特种设备使用单位) among its sectors, or its section records kinds of equipment in use
 * (`facts.kindsInUse`), or the config expects a register of every unit (`registerExpected`).
 *
 * @since 0.2.0
 */
export const usesEquipment: C.Condition = C.any(
  C.because(C.oneOf("enterprise.sectors", ["special-equipment"]), "特种设备使用单位", "a user of special equipment (sector)"),
  C.because(C.all(C.present(KINDS_IN_USE), C.nonEmpty(KINDS_IN_USE)), "记载有在用特种设备种类", "kinds of special equipment in use are recorded"),
  C.because(C.eq(C.param(REGISTER_EXPECTED), true), "配置要求提供特种设备台账", "the config expects a register")
)

/**
 * When an item is not applicable for want of a register. 4.1 a) (`namesMissingRegister`): no
 * register and the unit is not known to use special equipment — so a unit that is gets one
 * indeterminate finding naming `facts.equipment`. Every other item: no register at all, so the
 * missing register is never named 47 times.
 *
 * @since 0.2.0
 */
export const registerMissing = (namesIt: boolean): C.Condition =>
  namesIt
    ? C.because(
        C.all(C.not(registerGiven), C.not(usesEquipment)),
        "未提供特种设备台账，且无使用特种设备的记载",
        "no special-equipment register, and nothing records that the unit uses special equipment"
      )
    : C.because(C.not(registerGiven), "未提供特种设备台账（台账缺失由4.1 a)指出）", "no special-equipment register (4.1 a) names it when it is missing)")

/** The rule of one item. @since 0.2.0 */
export const item = (spec: ItemSpec): Rule.Rule<any> => {
  const hazard = spec.continuedUse === false ? spec.breach : C.all(spec.breach, stillInUse)
  const namesIt = spec.namesMissingRegister === true
  return Rule.fromCondition({
    id: `special-equipment/${spec.slug}`,
    title: spec.title,
    message: spec.message,
    remediation: spec.remediation,
    citation: { document: DOCUMENT, clause: spec.clause, letter: spec.letter, verified: true },
    severity: "major",
    effective: { from: IN_FORCE_FROM },
    facts: namesIt ? { ...registerFacts, ...usageFacts } : registerFacts,
    ...(namesIt ? { params: registerExpectedParam } : {}),
    ...(spec.notes === undefined ? {} : { notes: spec.notes }),
    notApplicableWhen: C.any(registerMissing(namesIt), C.because(C.none(EQUIPMENT, spec.subject), spec.none["zh-CN"], spec.none.en)),
    violationWhen: C.some(EQUIPMENT, C.when(spec.subject, hazard, { scope: true }), { label: ["name", "registrationCode"], entry: spec.entry })
  })
}
