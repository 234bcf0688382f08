// Seed 000's eight basic systems, safety-cost extraction, risk deposit and work-injury insurance: the
// template `annual-plan-basic-systems` (docs/investigation.md maps each to its rule or checklist item).
import { describe, expect, it } from "vitest"
import { getTemplate, instantiate } from "../src/index.ts"

describe("annual-plan-basic-systems (seed 000)", () => {
  const t = getTemplate("annual-plan-basic-systems")

  it("has the eleven items, in the plan's order, with the plan's references", () => {
    expect(t.checklist.map((i) => `${i.ref} ${i.id}`)).toEqual([
      "三、(三)1 report-meeting",
      "三、(三)2 archives",
      "三、(三)3 emergency-plans-drills",
      "三、(三)4 licensing",
      "三、(三)5 monthly-information-report",
      "三、(三)6 three-simultaneities",
      "三、(三)7 principal-qualification",
      "三、(三)8 high-risk-safety-evaluation",
      "四、(三) safety-cost-extraction",
      "四、(四) risk-deposit",
      "四、(六) work-injury-insurance"
    ])
  })

  it("instantiates for a year: the window is the year, the annual plan is due at the end of March", () => {
    const c = instantiate(t, { jurisdictions: ["441302"], year: 2024 })
    expect(c.window).toMatchObject({ from: new Date("2024-01-01"), to: new Date("2024-12-31") })
    expect(c.reporting.find((r) => r.kind === "once")).toMatchObject({ id: "annual-plan", due: new Date("2024-03-31") })
    expect(c.checklist.find((i) => i.id === "risk-deposit")!.sectors).toEqual(["coal-mine", "non-coal-mine", "transport", "construction", "hazardous-chemicals", "fireworks"])
  })
})
