/**
 * Inspection checklists with the `InspectionChecklist` API of `@anquan/core`.
 */
// #region checklist
import { computeCheckCharacter, Engine, InspectionChecklist } from "@anquan/core"
import { workSafetyLaw } from "@anquan/pack-work-safety-law"

const engine = Engine.make({ packs: [workSafetyLaw] })

/** A blank form: every fact the work-safety law's rules read for an industry-and-trade unit. */
export const blankForm = (asOf: string): InspectionChecklist.Checklist =>
  InspectionChecklist.make(engine, { asOf, sectors: ["industry-trade"] })

/** What an inspector still has to find out about one unit: the facts its record leaves unknown. */
export const stillToFind = (record: unknown, asOf: string): InspectionChecklist.Checklist =>
  InspectionChecklist.make(engine, { asOf, record, onlyMissing: true })

/** The inspector's answers, by path, back into the record. */
export const withAnswers = (record: unknown, answers: Record<string, string>, checklist: InspectionChecklist.Checklist) =>
  InspectionChecklist.fill(checklist.items.map((i) => ({ path: i.path, type: i.type, value: answers[i.path] })), record)
// #endregion checklist

const body = "91330102000000001"
/** A unit as a registry knows it, before any inspection. */
export const registeredUnit = {
  creditCode: body + computeCheckCharacter(body),
  name: "示例机械厂",
  jurisdiction: "330102",
  sectors: ["industry-trade"],
  employees: 50,
  safetyDepartment: false,
  keyPeople: [{ name: "王安", roles: ["safety-officer"], employment: "part-time" }]
}

/** The verdict and the undecided rules of a record. */
export const judge = (record: unknown, asOf: string) => {
  const r = engine.evaluateRecord(record, 0, engine.plan(asOf))
  if (r._tag === "rejected") return { verdict: "rejected", undecided: [] as Array<string>, violations: [] as Array<string> }
  return {
    verdict: r.verdict,
    undecided: r.findings.filter((f) => f.outcome === "indeterminate").map((f) => f.ruleId),
    violations: r.findings.filter((f) => f.outcome === "violation").map((f) => f.ruleId)
  }
}
