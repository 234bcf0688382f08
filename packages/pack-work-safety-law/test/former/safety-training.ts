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
import { Rule } from "@anquan/core"
import type { Outcome, RuleContext } from "@anquan/core"
import type { TrainingGroup } from "../../src/facts/WorkSafetyFacts.ts"
import { factSlice, findings } from "./shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SafetyTrainingFacts = factSlice([], ["training"])

type Facts = typeof SafetyTrainingFacts.Type

/** A group the article names, with the paths of its facts (built once). */
const defineGroup = (key: "staff" | "dispatchedWorkers" | "interns", zh: string, en: string) => ({
  key,
  zh,
  en,
  path: `facts.training.${key}`,
  count: `facts.training.${key}.count`,
  untrained: `facts.training.${key}.untrainedAtWork`
})

const groups = [
  defineGroup("staff", "从业人员", "staff"),
  defineGroup("dispatchedWorkers", "被派遣劳动者", "dispatched workers"),
  defineGroup("interns", "实习学生", "interns")
]

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const out = findings(ctx)
  const training = subject.facts?.training
  if (training === undefined) return out.need("facts.training").outcome()
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!
    const group: TrainingGroup | undefined = training[g.key]
    if (group === undefined) {
      out.need(g.path)
      continue
    }
    if (group.count === 0) {
      out.see(g.count, 0)
      continue
    }
    if (group.untrainedAtWork === undefined) {
      out.need(g.untrained)
      continue
    }
    out.see(g.untrained, group.untrainedAtWork)
    if (group.untrainedAtWork > 0) {
      out.problem(
        `${group.untrainedAtWork}名${g.zh}未经安全生产教育和培训合格即上岗作业`,
        `${group.untrainedAtWork} ${g.en} started work without passing safety training`
      )
    }
  }
  return out.outcome()
}

/**
 * 第二十八条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const safetyTraining = Rule.define({
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
  facts: SafetyTrainingFacts,
  reads: [
    "facts.training.staff.count",
    "facts.training.staff.untrainedAtWork",
    "facts.training.dispatchedWorkers.count",
    "facts.training.dispatchedWorkers.untrainedAtWork",
    "facts.training.interns.count",
    "facts.training.interns.untrainedAtWork"
  ],
  evaluate
})
