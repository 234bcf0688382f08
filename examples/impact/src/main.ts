import { computeCheckCharacter } from "@anquan/core"
import { constructionSample, editionSwitch, proposedThreshold, summary } from "./impact.ts"

for (const line of summary(editionSwitch(constructionSample()))) console.log(line)

const code = (n: number) => `91330102${String(n).padStart(9, "0")}`
const units = [150, 250, 80].map((employees, i) => ({
  creditCode: code(i + 1) + computeCheckCharacter(code(i + 1)),
  name: `示例企业${i + 1}`,
  jurisdiction: "330102",
  sectors: ["industry-trade"],
  employees,
  dangerousGoodsActivities: [],
  safetyDepartment: false,
  keyPeople: [{ name: "王安", roles: ["safety-officer"], employment: "part-time" }]
}))
for (const line of summary(proposedThreshold(units, "2026-11-23"))) console.log(line)
