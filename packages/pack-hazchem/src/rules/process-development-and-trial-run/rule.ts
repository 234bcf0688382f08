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
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { processDevelopmentFacts } from "../../facts/labels.ts"
import { itemRule, sectionFacts } from "../meta.ts"

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
export const processDevelopmentAndTrialRun: Rule.Rule<typeof ProcessDevelopmentAndTrialRunFacts.Type> = itemRule({
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
  schema: ProcessDevelopmentAndTrialRunFacts,
  facts: processDevelopmentFacts,
  violationWhen: Condition.any(
    Condition.some(
      PROCESSES,
      Condition.any(
        Condition.because(
          Condition.all(Condition.eq("newlyDeveloped", true), Condition.eq("inIndustrialProduction", true), Condition.eq("labScaleTest", false)),
          "新开发工艺{name|$entry}未经小试直接进行工业化生产",
          "newly developed process {name|$entry} went into industrial production without a lab-scale test"
        ),
        Condition.because(
          Condition.all(Condition.eq("newlyDeveloped", true), Condition.eq("inIndustrialProduction", true), Condition.eq("pilotScaleTest", false)),
          "新开发工艺{name|$entry}未经中试直接进行工业化生产",
          "newly developed process {name|$entry} went into industrial production without a pilot-scale test"
        ),
        Condition.because(
          Condition.all(Condition.eq("newlyDeveloped", true), Condition.eq("inIndustrialProduction", true), Condition.eq("industrialTrial", false)),
          "新开发工艺{name|$entry}未经工业化试验直接进行工业化生产",
          "newly developed process {name|$entry} went into industrial production without an industrial trial"
        ),
        Condition.because(
          Condition.all(Condition.eq("firstUseInChina", true), Condition.eq("provincialSafetyReliabilityDemonstration", false)),
          "国内首次使用的化工工艺{name|$entry}未经省级有关部门组织的安全可靠性论证",
          "process {name|$entry}, first used in China, had no provincially organised safety reliability assessment"
        )
      ),
      { heading: false }
    ),
    Condition.some(
      UNITS,
      Condition.because(
        Condition.all(Condition.show("id"), Condition.eq("chargedAndStarted", true), Condition.eq("trialRunPlan", false)),
        "新建装置{$entry}未制定试生产方案投料开车",
        "new unit {$entry} was charged and started without a trial-run plan"
      ),
      { label: "id", heading: false }
    ),
    Condition.because(
      Condition.all(Condition.eq(`${P}.isFineChemicalEnterprise`, true), Condition.eq(`${P}.reactionSafetyRiskAssessmentDone`, false)),
      "精细化工企业未按规范性文件要求开展反应安全风险评估",
      "a fine-chemicals enterprise without the required reaction safety risk assessment"
    )
  )
})
