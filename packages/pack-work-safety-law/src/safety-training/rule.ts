/**
 * 安全生产教育和培训 — 安全生产法 (2021) 第二十八条 (training before work).
 *
 * 未经安全生产教育和培训合格的从业人员，不得上岗作业。被派遣劳动者纳入本单位从业人员统一管理，
 * 进行岗位安全操作规程和安全操作技能的教育和培训；接收实习学生的，应当对实习学生进行相应的安全
 * 生产教育和培训。
 *
 * Reads `facts.training.{staff,dispatchedWorkers,interns}`: for each group, how many there are and
 * how many started work untrained. A group with `count: 0` needs nothing more.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { trainingGroupFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SafetyTrainingFacts = factSlice([], ["training"])

/**
 * A group the article names: none at work untrained. A group with `count: 0` needs nothing more;
 * otherwise `untrainedAtWork` decides, even when `count` is not given.
 */
const group = (key: "staff" | "dispatchedWorkers" | "interns", zh: string, en: string) => {
  const untrained = `facts.training.${key}.untrainedAtWork`
  return Condition.unless(
    Condition.eq(`facts.training.${key}.count`, 0),
    Condition.because(Condition.gt(untrained, 0), `{${untrained}}名${zh}未经安全生产教育和培训合格即上岗作业`, `{${untrained}} ${en} started work without passing safety training`)
  )
}

/**
 * 第二十八条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const safetyTraining = Rule.fromCondition({
  id: "work-safety-law/safety-training",
  title: { "zh-CN": "从业人员、被派遣劳动者和实习学生经培训合格上岗", en: "Staff, dispatched workers and interns trained before work" },
  message: {
    "zh-CN": "有从业人员、被派遣劳动者或者实习学生未经安全生产教育和培训合格即上岗作业",
    en: "Staff, dispatched workers or interns work without having passed safety training"
  },
  remediation: {
    "zh-CN": "立即停止未经培训合格人员的上岗作业；对从业人员、被派遣劳动者和实习学生进行安全生产教育和培训，保证其具备必要的安全生产知识、熟悉规章制度和操作规程、掌握本岗位的安全操作技能，考核合格后方可上岗。",
    en: "Take untrained people off the job; train staff, dispatched workers and interns in safety knowledge, the rules, operating procedures and the safe skills of their post, and let them work only once they have passed."
  },
  citation: { document: "work-safety-law-2021", article: 28, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 97, item: 3, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: SafetyTrainingFacts,
  facts: trainingGroupFacts,
  evidence: "read",
  violationWhen: Condition.any(
    group("staff", "从业人员", "staff"),
    group("dispatchedWorkers", "被派遣劳动者", "dispatched workers"),
    group("interns", "实习学生", "interns")
  )
})
