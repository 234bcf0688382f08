/**
 * Regulatory-change impact with the `Impact` API of `@anquan/core`: the same records on two sides.
 */
// #region edition-switch
import { readFileSync } from "node:fs"
import { Engine, Impact } from "@anquan/core"
import { constructionPack } from "@anquan/pack-construction"

/** What the 2024 edition of the construction criteria (in force 2024-12-13) changes for these projects. */
export const editionSwitch = (records: ReadonlyArray<unknown>): Impact.ImpactReport => {
  const engine = Engine.make({ packs: [constructionPack] })
  return Impact.compare(records, {
    from: { engine, asOf: "2024-12-12" },
    to: { engine, asOf: "2024-12-13" }
  })
}
// #endregion edition-switch

// #region proposed-threshold
import { workSafetyLaw } from "@anquan/pack-work-safety-law"

/**
 * A province weighs raising the staffing threshold of 安全生产法 第二十四条 from 100 to 200 staff in a
 * local config: which enterprises would no longer need a safety department or full-time staff?
 */
export const proposedThreshold = (records: ReadonlyArray<unknown>, asOf: string): Impact.ImpactReport =>
  Impact.compare(records, {
    from: { engine: Engine.make({ packs: [workSafetyLaw] }), asOf, label: "national" },
    to: {
      engine: Engine.make({
        packs: [workSafetyLaw],
        config: [
          { name: "国家", level: "national" },
          { name: "某省（草案）", level: "province", rules: { "work-safety-law/safety-management-staffing": { params: { threshold: 200 } } } }
        ]
      }),
      asOf,
      label: "proposed"
    }
  })
// #endregion proposed-threshold

/** The construction sample shipped with the pack. */
export const constructionSample = (): ReadonlyArray<unknown> =>
  JSON.parse(readFileSync(new URL("../../../packages/pack-construction/sample/construction-projects.json", import.meta.url), "utf8"))

/** The lines `main.ts` prints for a comparison. */
export const summary = (report: Impact.ImpactReport): Array<string> => [
  `${report.from.label} → ${report.to.label}: ${report.totals.records} records`,
  `gained ${report.totals.findings.gained}, lost ${report.totals.findings.lost}, changed ${report.totals.findings.changed}, verdicts changed ${report.totals.verdictChanges}`,
  ...report.gained.map((c) => `  + ${c.name}: ${c.ruleId}`),
  ...report.lost.map((c) => `  − ${c.name}: ${c.ruleId}`),
  ...report.changed.map((c) => `  ~ ${c.name}: ${c.ruleId} (${c.fields.join(", ")})`)
]
