/**
 * 安全生产教育和培训档案 — 安全生产法 (2021) 第二十八条 (training file).
 *
 * 生产经营单位应当建立安全生产教育和培训档案，如实记录安全生产教育和培训的时间、内容、参加人员
 * 以及考核结果等情况。
 *
 * Reads `facts.training.file`: kept, which of the four items the records state, and whether they
 * are truthful (an inspection finding; it must be known for a compliant answer).
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import type { Outcome, RuleContext } from "@anquan/core"
import type { TrainingRecordItem } from "../../src/facts/WorkSafetyFacts.ts"
import { factSlice, findings } from "./shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const TrainingRecordsFacts = factSlice([], ["training"])

type Facts = typeof TrainingRecordsFacts.Type

const items: ReadonlyArray<{ readonly key: TrainingRecordItem; readonly zh: string; readonly en: string }> = [
  { key: "time", zh: "时间", en: "time" },
  { key: "content", zh: "内容", en: "content" },
  { key: "attendees", zh: "参加人员", en: "attendees" },
  { key: "results", zh: "考核结果", en: "results" }
]

/** Whether the records state every item. */
const statesEveryItem = (recorded: ReadonlyArray<TrainingRecordItem>): boolean => {
  for (let i = 0; i < items.length; i++) if (!recorded.includes(items[i]!.key)) return false
  return true
}

/** The items the records do not state. */
const absentFrom = (recorded: ReadonlyArray<TrainingRecordItem>) => items.filter((i) => !recorded.includes(i.key))

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const out = findings(ctx)
  const training = subject.facts?.training
  if (training === undefined) return out.need("facts.training.file").outcome()
  const file = training.file
  if (file === undefined) return out.need("facts.training.file").outcome()
  out.duty("facts.training.file.kept", file.kept, "未建立安全生产教育和培训档案", "No safety training file is kept")
  if (file.kept === false) return out.outcome()
  const recorded = file.recordedItems
  if (recorded === undefined) out.need("facts.training.file.recordedItems")
  else {
    out.see("facts.training.file.recordedItems", recorded)
    if (!statesEveryItem(recorded)) {
      const absent = absentFrom(recorded)
      out.problem(
        `培训档案未记录${absent.map((i) => i.zh).join("、")}`,
        `The training records do not state the ${absent.map((i) => i.en).join(", ")}`
      )
    }
  }
  out.duty("facts.training.file.truthful", file.truthful, "培训档案未如实记录", "The training records are not truthful")
  return out.outcome()
}

/**
 * 第二十八条 (training file), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const trainingRecords = Rule.define({
  id: "work-safety-law/training-records",
  title: { "zh-CN": "安全生产教育和培训档案", en: "Safety training file" },
  message: {
    "zh-CN": "未建立安全生产教育和培训档案，或者未如实记录培训的时间、内容、参加人员以及考核结果",
    en: "No safety training file, or the file does not truthfully record the time, content, attendees and results of the training"
  },
  remediation: {
    "zh-CN": "建立安全生产教育和培训档案，如实记录每次培训的时间、内容、参加人员以及考核结果。",
    en: "Keep a safety training file that truthfully records the time, content, attendees and assessment results of every training."
  },
  citation: { document: "work-safety-law-2021", article: 28, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 97, item: 4, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  facts: TrainingRecordsFacts,
  reads: ["facts.training.file.kept", "facts.training.file.recordedItems", "facts.training.file.truthful"],
  evaluate
})
