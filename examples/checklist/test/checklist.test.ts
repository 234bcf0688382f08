import { describe, expect, it } from "vitest"
import { blankForm, judge, registeredUnit, stillToFind, withAnswers } from "../src/checklist.ts"

const asOf = "2026-11-23"

describe("the checklist example", () => {
  it("the blank form starts with the enterprise and lists every fact once", () => {
    const form = blankForm(asOf)
    expect(form.items[0]!.path).toBe("creditCode")
    expect(new Set(form.items.map((i) => i.path)).size).toBe(form.items.length)
  })

  it("answering what is still to find decides every rule", () => {
    const todo = stillToFind(registeredUnit, asOf)
    expect(judge(registeredUnit, asOf).undecided.length).toBeGreaterThan(0)
    // what the inspector found, by path: nothing kept in a list, every duty met — except the emergency plan
    const found: Record<string, string> = {
      dangerousGoodsActivities: "[]",
      installations: "[]",
      "facts.workSafety.hasMajorHazardInstallations": "否",
      "facts.workSafety.training.staff.count": "50",
      "facts.workSafety.training.file.recordedItems": "time、content、attendees、results",
      "facts.workSafety.evacuation.exitsObstructed": "否",
      "facts.workSafety.emergencyPlan.established": "否",
      "facts.workSafety.emergencyPlan.adoptedOn": "2025-01-10",
      "facts.workSafety.emergencyPlan.onSitePlans": "1"
    }
    const answers: Record<string, string> = {}
    for (const i of todo.items) {
      answers[i.path] = found[i.path] ?? (i.type === "list" ? "[]" : i.type === "boolean" ? "是" : i.type === "integer" ? "0" : "")
    }
    const after = judge(withAnswers(registeredUnit, answers, todo), asOf)
    expect(after.verdict).not.toBe("rejected")
    expect(after.undecided, JSON.stringify(stillToFind(withAnswers(registeredUnit, answers, todo), asOf).items.map((i) => i.path))).toEqual([])
    expect(after.violations).toContain("work-safety-law/emergency-plan-drills")
  })
})
