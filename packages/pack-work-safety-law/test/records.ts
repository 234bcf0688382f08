/**
 * Random enterprise records (wire shape) for the work-safety-law pack: every fact of its rules
 * present, absent or varied, dates either side of the as-of day. Shared by the equivalence test and
 * the per-rule speed script.
 */
import { fixtures } from "@anquan/testing"

/** A small deterministic generator (mulberry32). */
export const rng = (seed: number) => {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  const pick = <A>(xs: ReadonlyArray<A>): A => xs[int(0, xs.length - 1)]!
  const chance = (p: number) => next() < p
  const subset = <A>(xs: ReadonlyArray<A>): Array<A> => xs.filter(() => chance(0.3))
  return { next, int, pick, chance, subset }
}
type Rng = ReturnType<typeof rng>

export const AS_OFS = ["2026-11-23", "2026-02-28", "2024-03-31", "2019-06-15", "2010-05-01"]
const day = (asOf: string, offset: number): string => {
  const d = new Date(`${asOf}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + offset)
  return d.toISOString().slice(0, 10)
}

/** A value, or absent (`undefined`) with probability `p`. */
const opt = <A>(r: Rng, value: () => A, p = 0.2): A | undefined => (r.chance(p) ? undefined : value())
const bool = (r: Rng) => opt(r, () => r.chance(0.75))
const list = <A>(r: Rng, n: number, f: (i: number) => A) => Array.from({ length: r.int(0, n) }, (_, i) => f(i))
/** Drops the keys whose value is `undefined` (the wire shape has no undefined). */
const clean = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))

const SECTORS = ["industry-trade", "hazardous-chemicals", "coal-mine", "non-coal-mine", "metal-smelting", "construction", "transport", "fireworks", "civil-explosives"] as const
const ACTIVITIES = ["production", "trading", "storage", "loading", "use", "transport"] as const
const ROLES = ["principal", "charge-leader", "safety-officer", "special-operator", "registered-safety-engineer"] as const

export const record = (r: Rng, asOf: string, i: number) => {
  const d = (lo: number, hi: number) => day(asOf, r.int(lo, hi))
  const person = (k: number) =>
    clean({
      name: `人员${k}`,
      roles: r.chance(0.5) ? [r.pick(ROLES)] : [r.pick(ROLES), r.pick(ROLES)].filter((x, j, a) => a.indexOf(x) === j),
      employment: opt(r, () => r.pick(["full-time", "part-time"])),
      assessment: opt(r, () => clean({ passed: r.chance(0.8), date: opt(r, () => d(-900, 5), 0.4) }), 0.3),
      certificates: opt(r, () =>
        list(r, 2, () => {
          const until = r.int(-30, 600)
          return clean({ kind: r.chance(0.8) ? "special-operation:electrician" : "other", issuedOn: opt(r, () => day(asOf, until - r.int(0, 900)), 0.5), validUntil: day(asOf, until) })
        }), 0.3)
    })
  const installations = list(r, 3, (k) => clean({ id: `I-${k}`, name: `装置${k}`, kind: "tank", majorHazardGrade: r.chance(0.5) ? r.int(1, 4) : undefined }))
  const group = () => opt(r, () => {
    const count = r.chance(0.3) ? 0 : r.int(1, 20)
    return clean({ count: opt(r, () => count), untrainedAtWork: opt(r, () => (count === 0 ? 0 : r.chance(0.7) ? 0 : r.int(1, count))) })
  })
  const project = (k: number) =>
    clean({
      id: opt(r, () => `P-${k}`, 0.5),
      name: opt(r, () => `项目${k}`, 0.5),
      kind: opt(r, () => r.pick(["mine", "metal-smelting", "dangerous-goods", "other"])),
      stage: opt(r, () => r.pick(["design", "construction", "in-use"])),
      safetyFacilitiesDesignedConcurrently: bool(r),
      safetyFacilitiesBuiltConcurrently: bool(r),
      safetyFacilitiesInUseConcurrently: bool(r),
      safetyInvestmentInBudget: bool(r),
      safetyEvaluation: bool(r)
    })
  const facts = clean({
    training: opt(r, () =>
      clean({
        staff: group(),
        dispatchedWorkers: group(),
        interns: group(),
        file: opt(r, () => clean({ kept: bool(r), recordedItems: opt(r, () => r.chance(0.6) ? ["time", "content", "attendees", "results"] : r.subset(["time", "content", "attendees", "results"])), truthful: bool(r) }))
      })),
    constructionProjects: opt(r, () => list(r, 3, project)),
    hasMajorHazardInstallations: bool(r),
    majorHazardInstallations: opt(r, () =>
      list(r, 3, (k) => clean({ installation: `I-${r.chance(0.8) ? k : 9}`, registered: bool(r), tested: bool(r), assessed: bool(r), monitored: bool(r), emergencyPlan: bool(r), measuresCommunicated: bool(r), filed: bool(r) }))),
    dualPrevention: opt(r, () =>
      clean({
        riskControlSystem: bool(r),
        controlsByRiskLevel: bool(r),
        hazardInvestigationSystem: bool(r),
        hazardRecordsTruthful: bool(r),
        hazardRecordsNotified: bool(r),
        majorAccidentHazards: opt(r, () =>
          list(r, 2, (k) => clean({ id: opt(r, () => `H-${k}`), description: opt(r, () => `隐患${k}`), identifiedOn: opt(r, () => d(-300, 10)), reportedToDepartment: bool(r), reportedToWorkersCongress: bool(r) })))
      })),
    staffDormitory: bool(r),
    dangerousGoodsPremises: opt(r, () =>
      list(r, 2, (k) => clean({ id: opt(r, () => `D-${k}`), name: opt(r, () => `场所${k}`), kind: opt(r, () => r.pick(["workshop", "shop", "warehouse"])), sameBuildingAsDormitory: bool(r), safeDistanceFromDormitory: bool(r) }))),
    evacuation: opt(r, () => clean({ exitsCompliant: bool(r), exitsObstructed: bool(r) })),
    dangerousOperations: opt(r, () =>
      list(r, 3, () => clean({ kind: r.pick(["blasting", "hoisting", "hot-work", "temporary-electricity", "other"]), description: opt(r, () => "检修"), date: opt(r, () => d(-60, 10)), onSiteSafetyManager: bool(r) }))),
    liabilityInsurancePolicies: opt(r, () =>
      list(r, 2, () => {
        const from = r.int(-800, 30)
        return { from: day(asOf, from), to: day(asOf, from + r.pick([0, 1, 364, 365, 400])) }
      })),
    specialOperatorsListed: bool(r),
    emergencyPlan: opt(r, () =>
      clean({
        established: bool(r),
        adoptedOn: opt(r, () => d(-1500, 10)),
        linkedWithLocalGovernmentPlan: bool(r),
        onSitePlans: opt(r, () => r.chance(0.3) ? 0 : r.int(1, 5)),
        drills: opt(r, () => list(r, 3, () => ({ plan: r.pick(["comprehensive", "special", "on-site"]), date: d(-700, 10) })))
      }))
  })
  return fixtures.enterprise({
    creditCode: fixtures.creditCode(i),
    sectors: r.chance(0.6) ? [r.pick(SECTORS)] : [r.pick(SECTORS), r.pick(SECTORS)].filter((x, j, a) => a.indexOf(x) === j),
    employees: opt(r, () => r.pick([50, 99, 100, 101, 150, 300, 301, 500])),
    dangerousGoodsActivities: opt(r, () => r.subset(ACTIVITIES)),
    transportModes: opt(r, () => r.subset(["road", "waterway", "railway"])),
    safetyDepartment: bool(r),
    contractedSafetyEngineer: bool(r),
    keyPeople: opt(r, () => list(r, 4, person)),
    installations: opt(r, () => installations, 0.3),
    facts: r.chance(0.1) ? undefined : { workSafety: facts }
  } as never)
}

