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
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { trainingFileFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.1.0 */
export const TrainingRecordsFacts = factSlice([], ["training"])

const FILE = "facts.training.file"

/** An item the records must state, absent from them. */
const absent = (item: "time" | "content" | "attendees" | "results", zh: string, en: string) =>
  Condition.because(Condition.not(Condition.oneOf(`${FILE}.recordedItems`, [item])), zh, en)

/**
 * 第二十八条 (training file), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const trainingRecords = Rule.fromCondition({
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
  schema: TrainingRecordsFacts,
  facts: trainingFileFacts,
  evidence: "read",
  violationWhen: Condition.any(
    Condition.because(Condition.eq(`${FILE}.kept`, false), "未建立安全生产教育和培训档案", "No safety training file is kept"),
    // a file that is not kept has no records to look at
    Condition.unless(
      Condition.eq(`${FILE}.kept`, false),
      Condition.any(
        Condition.because(
          Condition.any(absent("time", "时间", "time"), absent("content", "内容", "content"), absent("attendees", "参加人员", "attendees"), absent("results", "考核结果", "results")),
          "培训档案未记录{$reasons、}",
          "The training records do not state the {$reasons、}"
        ),
        Condition.because(Condition.eq(`${FILE}.truthful`, false), "培训档案未如实记录", "The training records are not truthful")
      )
    )
  )
})
