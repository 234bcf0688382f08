/**
 * 信用等级 — a credit class per enterprise from its record, with every fact that made it.
 *
 * The score starts at `scoring.base` and each fact in the look-back window (the `lookbackDays`
 * days up to and including the as-of day) adds its points: each accident by its grade (生产安全事故
 * 报告和调查处理条例 第三条, `accidentGradeOf`), each major hazard still open on the day or closed but
 * found in the window, each penalty decision, and the standardization grade valid on the day (or its
 * absence). The class is the first whose `atLeast` the score reaches (the last takes the rest); a cap
 * (`caps`) then keeps the enterprise no better than its class when its fact holds. The explanation
 * lists the base, every contribution with its points and reference, and every cap applied.
 *
 * An accident's day is its Beijing calendar day. Facts after the as-of day count for nothing.
 *
 * @since 0.2.0
 */
import type { Accident, AccidentGrade } from "@anquan/core"
import { accidentGradeOf, CalendarDate, calendarDayOf } from "@anquan/core"
import type { Basis } from "./basis.ts"
import type { ClassCap, CreditConfig } from "./config.ts"
import type { ListEntry } from "./listing.ts"
import { statusOf } from "./listing.ts"
import type { CreditRecord, CreditSubject, MajorHazard, Penalty } from "./record.ts"

/** The accident grades, least serious first. @since 0.2.0 */
export const accidentGradeOrder: ReadonlyArray<AccidentGrade> = ["general", "relatively-serious", "serious", "especially-serious"]

const gradeZh: Record<AccidentGrade, string> = { general: "一般", "relatively-serious": "较大", serious: "重大", "especially-serious": "特别重大" }

/**
 * One fact's part in a score.
 *
 * @since 0.2.0
 */
export type Contribution =
  | { readonly fact: "base"; readonly points: number; readonly detail: string }
  | {
    readonly fact: "accident"
    readonly ref: string
    readonly on: string
    readonly grade: AccidentGrade
    readonly deaths: number
    readonly points: number
    readonly detail: string
  }
  | { readonly fact: "major-hazard"; readonly ref: string; readonly on: string; readonly open: boolean; readonly points: number; readonly detail: string }
  | { readonly fact: "penalty"; readonly ref: string; readonly on: string; readonly points: number; readonly detail: string }
  | { readonly fact: "standardization"; readonly grade: 1 | 2 | 3 | null; readonly points: number; readonly detail: string }

/** A cap that held: the class it allows at best, why, and its basis. @since 0.2.0 */
export interface CapApplied {
  readonly noBetterThan: string
  readonly detail: string
  readonly basis: Basis
  /** Whether it changed the class (the score alone gave a better one). */
  readonly changedClass: boolean
}

/**
 * 信用等级评定结果 — one enterprise's class, its score, and why.
 *
 * @since 0.2.0
 */
export interface CreditClassResult {
  readonly enterprise: string
  readonly name: string
  readonly jurisdiction: string
  readonly scale: CreditSubject["scale"] | null
  readonly asOf: string
  readonly class: string
  readonly classLabel: string
  /** The class the score alone gives, before the caps. */
  readonly scoreClass: string
  readonly score: number
  readonly contributions: ReadonlyArray<Contribution>
  readonly caps: ReadonlyArray<CapApplied>
}

/**
 * The classes of every enterprise of a record, and the facts that name no enterprise of it.
 *
 * @since 0.2.0
 */
export interface CreditClasses {
  readonly asOf: string
  readonly config: { readonly source: string; readonly verified: boolean }
  readonly enterprises: ReadonlyArray<CreditClassResult>
  /** Per class id, how many enterprises. */
  readonly byClass: Readonly<Record<string, number>>
  /** Accidents, hazards and penalties of an enterprise not in the record (or, for accidents, of none). */
  readonly unmatched: {
    readonly accidents: ReadonlyArray<string>
    readonly majorHazards: ReadonlyArray<string>
    readonly penalties: ReadonlyArray<string>
  }
}

const within = (day: Date, asOf: Date, lookbackDays: number): boolean =>
  day.getTime() <= asOf.getTime() && day.getTime() > CalendarDate.addDays(asOf, -lookbackDays).getTime()

const capHolds = (
  cap: ClassCap,
  facts: { readonly accidents: ReadonlyArray<{ grade: AccidentGrade; ref: string }>; readonly openHazards: ReadonlyArray<string>; readonly activeEntries: ReadonlyArray<string> }
): string | undefined => {
  switch (cap.when._tag) {
    case "accident": {
      const min = accidentGradeOrder.indexOf(cap.when.minGrade)
      const hit = facts.accidents.filter((a) => accidentGradeOrder.indexOf(a.grade) >= min)
      return hit.length === 0 ? undefined : `accident ${hit.map((a) => `${a.ref} (${gradeZh[a.grade]})`).join(", ")} of at least ${gradeZh[cap.when.minGrade]} grade in the window`
    }
    case "open-major-hazard":
      return facts.openHazards.length === 0 ? undefined : `major hazard ${facts.openHazards.join(", ")} open on the day`
    case "listed":
      return facts.activeEntries.length === 0 ? undefined : `on the list: ${facts.activeEntries.join(", ")}`
  }
}

/**
 * One enterprise's class as of a day (pure). `accidents`, `hazards`, `penalties` and `entries` may
 * hold other enterprises' facts: only the enterprise's own count.
 *
 * @since 0.2.0
 */
export const classify = (
  subject: CreditSubject,
  facts: {
    readonly accidents?: ReadonlyArray<Accident> | undefined
    readonly majorHazards?: ReadonlyArray<MajorHazard> | undefined
    readonly penalties?: ReadonlyArray<Penalty> | undefined
    readonly entries?: ReadonlyArray<ListEntry> | undefined
  },
  asOf: Date,
  config: CreditConfig
): CreditClassResult => {
  const s = config.scoring
  const own = <T extends { readonly subject?: string | undefined }>(xs: ReadonlyArray<T> | undefined) => (xs ?? []).filter((x) => x.subject === subject.creditCode)
  const contributions: Array<Contribution> = [{ fact: "base", points: s.base, detail: `base score ${s.base}` }]
  const windowAccidents: Array<{ grade: AccidentGrade; ref: string }> = []
  for (const a of own(facts.accidents)) {
    const day = calendarDayOf(a.occurredAt)
    if (!within(day, asOf, s.lookbackDays)) continue
    const grade = accidentGradeOf(a)
    windowAccidents.push({ grade, ref: a.id })
    contributions.push({
      fact: "accident",
      ref: a.id,
      on: CalendarDate.format(day),
      grade,
      deaths: a.deaths,
      points: s.accident[grade],
      detail: `${gradeZh[grade]}事故 ${a.id} on ${CalendarDate.format(day)}: ${a.deaths} deaths, ${a.seriousInjuries} serious injuries`
    })
  }
  const openHazards: Array<string> = []
  for (const h of own(facts.majorHazards)) {
    if (h.discoveredOn.getTime() > asOf.getTime()) continue
    const open = h.closedOn === undefined || h.closedOn.getTime() > asOf.getTime()
    if (open) {
      openHazards.push(h.id)
      contributions.push({ fact: "major-hazard", ref: h.id, on: CalendarDate.format(h.discoveredOn), open, points: s.majorHazard.open, detail: `重大事故隐患 ${h.id} found ${CalendarDate.format(h.discoveredOn)}, open on the day` })
    } else if (within(h.discoveredOn, asOf, s.lookbackDays)) {
      contributions.push({
        fact: "major-hazard",
        ref: h.id,
        on: CalendarDate.format(h.discoveredOn),
        open,
        points: s.majorHazard.closed,
        detail: `重大事故隐患 ${h.id} found ${CalendarDate.format(h.discoveredOn)}, closed ${CalendarDate.format(h.closedOn!)}`
      })
    }
  }
  for (const p of own(facts.penalties)) {
    if (!within(p.decidedOn, asOf, s.lookbackDays)) continue
    contributions.push({
      fact: "penalty",
      ref: p.id,
      on: CalendarDate.format(p.decidedOn),
      points: s.penalty,
      detail: `行政处罚 ${p.id} decided ${CalendarDate.format(p.decidedOn)}${p.article === undefined ? "" : ` (${p.article})`}`
    })
  }
  const st = subject.standardization
  const valid = st !== undefined && st.revoked !== true && (st.validUntil === undefined || st.validUntil.getTime() >= asOf.getTime())
  contributions.push(
    valid
      ? { fact: "standardization", grade: st.grade, points: s.standardization[`${st.grade}`], detail: `安全生产标准化 ${st.grade}级 valid on the day` }
      : {
        fact: "standardization",
        grade: null,
        points: s.standardization.none,
        detail: st === undefined
          ? "no standardization grade on record"
          : st.revoked === true
          ? `standardization ${st.grade}级 revoked`
          : `standardization ${st.grade}级 expired on ${CalendarDate.format(st.validUntil!)}`
      }
  )
  const score = contributions.reduce((sum, c) => sum + c.points, 0)
  const byScore = config.classes.findIndex((k) => k.atLeast === undefined || score >= k.atLeast)
  let index = byScore
  const activeEntries = (facts.entries ?? []).filter((e) => e.enterprise === subject.creditCode && statusOf(e, asOf) === "active").map((e) => e.id as string)
  const caps: Array<CapApplied> = []
  for (const cap of config.caps) {
    const detail = capHolds(cap, { accidents: windowAccidents, openHazards, activeEntries })
    if (detail === undefined) continue
    const capIndex = config.classes.findIndex((k) => k.id === cap.noBetterThan)
    caps.push({ noBetterThan: cap.noBetterThan, detail, basis: cap.basis, changedClass: capIndex > index })
    if (capIndex > index) index = capIndex
  }
  const cls = config.classes[index]!
  return {
    enterprise: subject.creditCode,
    name: subject.name,
    jurisdiction: subject.jurisdiction,
    scale: subject.scale ?? null,
    asOf: CalendarDate.format(asOf),
    class: cls.id,
    classLabel: cls.label,
    scoreClass: config.classes[byScore]!.id,
    score,
    contributions,
    caps
  }
}

/**
 * The classes of every enterprise of a decoded record as of a day (pure), with the entries of the
 * list for the `listed` cap.
 *
 * @since 0.2.0
 */
export const classifyRecord = (
  record: CreditRecord,
  asOf: Date,
  config: CreditConfig,
  entries: ReadonlyArray<ListEntry> = []
): CreditClasses => {
  const codes = new Set<string>(record.enterprises.map((e) => e.creditCode))
  const enterprises = record.enterprises.map((e) => classify(e, { ...record, entries }, asOf, config))
  const byClass: Record<string, number> = Object.fromEntries(config.classes.map((k) => [k.id, 0]))
  for (const r of enterprises) byClass[r.class] = (byClass[r.class] ?? 0) + 1
  return {
    asOf: CalendarDate.format(asOf),
    config: { source: config.source, verified: config.verified },
    enterprises,
    byClass,
    unmatched: {
      accidents: (record.accidents ?? []).filter((a) => a.subject === undefined || !codes.has(a.subject)).map((a) => a.id),
      majorHazards: (record.majorHazards ?? []).filter((h) => !codes.has(h.subject)).map((h) => h.id),
      penalties: (record.penalties ?? []).filter((p) => !codes.has(p.subject)).map((p) => p.id)
    }
  }
}
