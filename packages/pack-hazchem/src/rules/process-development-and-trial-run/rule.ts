/**
 * 第19项 — 新开发的危险化学品生产工艺未经小试、中试、工业化试验直接进行工业化生产；国内首次使用的
 * 化工工艺未经过省级人民政府有关部门组织的安全可靠性论证；新建装置未制定试生产方案投料开车；精细化工
 * 企业未按规范性文件要求开展反应安全风险评估 (hazchem-major-hazard-2017 item 19; wording secondary
 * only: `verified: false`).
 *
 * Any one of the four is a breach:
 * 1. a `newProcesses[]` entry newly developed and in industrial production that skipped any of the
 *    三步 (小试, 中试, 工业化试验: `labScaleTest`, `pilotScaleTest`, `industrialTrial` — each `false`
 *    counts);
 * 2. a `newProcesses[]` entry used for the first time in China without the provincial
 *    安全可靠性论证;
 * 3. a `newUnits[]` entry charged and started without a 试生产方案;
 * 4. a 精细化工 enterprise without the 反应安全风险评估.
 *
 * Empty `newProcesses` / `newUnits` are known "none"; `isFineChemicalEnterprise` is always needed.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { all, and3, any, Assessment, defineItemRule, entryAt, eq, is, or3, sectionFacts } from "../support.ts"

/** The facts item 19 reads. @since 0.1.0 */
export const ProcessDevelopmentAndTrialRunFacts = sectionFacts(["processDevelopment"])

const P = "facts.processDevelopment"

const PROCESSES = `${P}.newProcesses`
const UNITS = `${P}.newUnits`

/**
 * 工艺开发与试生产.
 *
 * @since 0.1.0
 */
export const processDevelopmentAndTrialRun: Rule.Rule<typeof ProcessDevelopmentAndTrialRunFacts.Type> = defineItemRule({
  item: 19,
  slug: "process-development-and-trial-run",
  title: {
    "zh-CN": "新工艺经试验和论证、新装置有试生产方案、精细化工开展反应安全风险评估",
    en: "New processes tested and assessed, new units started under a trial-run plan, fine chemicals with a reaction risk assessment"
  },
  message: {
    "zh-CN": "新开发的危险化学品生产工艺未经小试、中试、工业化试验直接进行工业化生产，国内首次使用的化工工艺未经过省级人民政府有关部门组织的安全可靠性论证，新建装置未制定试生产方案投料开车，或者精细化工企业未按规范性文件要求开展反应安全风险评估",
    en: "A newly developed process went into industrial production without lab, pilot and industrial trials; a process new to China had no provincially organised safety reliability assessment; a new unit was started without a trial-run plan; or a fine-chemicals enterprise has not carried out the required reaction safety risk assessment"
  },
  remediation: {
    "zh-CN": "对新开发工艺补做小试、中试、工业化试验，未完成前停止工业化生产；国内首次使用的工艺报请省级有关部门组织安全可靠性论证；新建装置制定试生产方案后方可投料；精细化工企业按要求开展反应安全风险评估并落实评估结论。",
    en: "Stop industrial production of a new process until its lab, pilot and industrial trials are done; have a process new to China assessed by the provincial authorities; charge a new unit only under a trial-run plan; carry out the reaction safety risk assessment of fine-chemical processes and apply its conclusions."
  },
  facts: ProcessDevelopmentAndTrialRunFacts,
  reads: [
    `${P}.newProcesses[].newlyDeveloped`,
    `${P}.newProcesses[].inIndustrialProduction`,
    `${P}.newProcesses[].labScaleTest`,
    `${P}.newProcesses[].pilotScaleTest`,
    `${P}.newProcesses[].industrialTrial`,
    `${P}.newProcesses[].firstUseInChina`,
    `${P}.newProcesses[].provincialSafetyReliabilityDemonstration`,
    `${P}.newUnits[].chargedAndStarted`,
    `${P}.newUnits[].trialRunPlan`,
    `${P}.isFineChemicalEnterprise`,
    `${P}.reactionSafetyRiskAssessmentDone`
  ],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const pd = facts?.processDevelopment
    if (pd === undefined) return a.missing(P).outcome()
    const processes = a.list(PROCESSES, pd.newProcesses)
    for (let i = 0; i < processes.length && !a.done; i++) {
      const p = processes[i]!
      const newInProduction = and3(eq(p.newlyDeveloped, true), eq(p.inIndustrialProduction, true))
      const trialSkipped = or3(or3(eq(p.labScaleTest, false), eq(p.pilotScaleTest, false)), eq(p.industrialTrial, false))
      if (a.entry(newInProduction, trialSkipped)) {
        const { path, at } = entryAt(PROCESSES, i)
        const name = p.name ?? path
        const skipped = [
          ...(p.labScaleTest === false ? ["小试"] : []),
          ...(p.pilotScaleTest === false ? ["中试"] : []),
          ...(p.industrialTrial === false ? ["工业化试验"] : [])
        ]
        a.check({
          scope: all(is(at("newlyDeveloped"), p.newlyDeveloped, true), is(at("inIndustrialProduction"), p.inIndustrialProduction, true)),
          breach: any(
            is(at("labScaleTest"), p.labScaleTest, false),
            is(at("pilotScaleTest"), p.pilotScaleTest, false),
            is(at("industrialTrial"), p.industrialTrial, false)
          ),
          zh: `新开发工艺${name}未经${skipped.join("、")}直接进行工业化生产`,
          en: `newly developed process ${name} went into industrial production without ${skipped.length} of the three trials`
        })
      }
      if (a.entry(eq(p.firstUseInChina, true), eq(p.provincialSafetyReliabilityDemonstration, false))) {
        const { path, at } = entryAt(PROCESSES, i)
        const name = p.name ?? path
        a.check({
          scope: is(at("firstUseInChina"), p.firstUseInChina, true),
          breach: is(at("provincialSafetyReliabilityDemonstration"), p.provincialSafetyReliabilityDemonstration, false),
          zh: `国内首次使用的化工工艺${name}未经省级有关部门组织的安全可靠性论证`,
          en: `process ${name}, first used in China, had no provincially organised safety reliability assessment`
        })
      }
    }
    const units = a.list(UNITS, pd.newUnits)
    for (let i = 0; i < units.length && !a.done; i++) {
      const u = units[i]!
      if (!a.entry(eq(u.chargedAndStarted, true), eq(u.trialRunPlan, false))) continue
      const { path, at } = entryAt(UNITS, i)
      a.check({
        scope: is(at("chargedAndStarted"), u.chargedAndStarted, true),
        breach: is(at("trialRunPlan"), u.trialRunPlan, false),
        context: u.id === undefined ? [] : [{ path: at("id"), value: u.id }],
        zh: `新建装置${u.id ?? path}未制定试生产方案投料开车`,
        en: `new unit ${u.id ?? path} was charged and started without a trial-run plan`
      })
    }
    if (a.entry(eq(pd.isFineChemicalEnterprise, true), eq(pd.reactionSafetyRiskAssessmentDone, false))) {
      a.check({
        scope: is(`${P}.isFineChemicalEnterprise`, pd.isFineChemicalEnterprise, true),
        breach: is(`${P}.reactionSafetyRiskAssessmentDone`, pd.reactionSafetyRiskAssessmentDone, false),
        zh: "精细化工企业未按规范性文件要求开展反应安全风险评估",
        en: "a fine-chemicals enterprise without the required reaction safety risk assessment"
      })
    }
    return a.outcome()
  }
})
