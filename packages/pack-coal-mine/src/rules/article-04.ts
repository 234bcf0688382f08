/**
 * 第四条 “超能力、超强度或者超定员组织生产”重大事故隐患，是指有下列情形之一的： — 3 情形.
 *
 * Boundaries: “超过” is strictly more (110 % of capacity is not over it; 30 %, 2 levels, the 规程's face
 * count and 120 % of the headcount limit likewise).
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, openPit, text } from "./shared.ts"

const { all, any, eq, gt, some, fact, value, because, when } = Condition

/**
 * 第四条(一): “煤矿全年原煤产量超过煤矿核定(设计)生产能力的110%，或者井工煤矿季度原煤产量超过煤矿核定(设计)生产能力的30%。”
 *
 * Reads `facts.ratedCapacity` (万t/a), `facts.annualOutputs` and, for 井工煤矿, `facts.quarterlyOutputs`
 * (万t). Applies to both 井工 and 露天 (the annual limit names “煤矿”); the quarterly limit only to 井工煤矿.
 *
 * @since 0.2.0
 */
export const outputOverCapacity = Rule.fromCondition({
  id: "coal-mine/output-over-capacity",
  title: text("超能力组织生产(全年110%、季度30%)", "Output over capacity (110 % a year, 30 % a quarter)"),
  message: text(
    "煤矿全年原煤产量超过煤矿核定(设计)生产能力的110%，或者井工煤矿季度原煤产量超过煤矿核定(设计)生产能力的30%",
    "The mine's annual raw-coal output exceeds 110 % of its rated (design) capacity, or an underground mine's quarterly output exceeds 30 % of it"
  ),
  remediation: text("按核定(设计)生产能力组织生产，调整年度和季度生产计划。", "Produce within the rated (design) capacity; revise the annual and quarterly plans."),
  ...common2026(4, 1),
  violationWhen: any(
    some("facts.annualOutputs", gt("rawCoal", { multiply: [fact("facts.ratedCapacity"), value(1.1)] }), "year"),
    when(eq("facts.mineType", "underground"), some("facts.quarterlyOutputs", gt("rawCoal", { multiply: [fact("facts.ratedCapacity"), value(0.3)] }), "quarter"), { scope: true })
  )
})

/**
 * 第四条(二): “矿井同时生产的水平超过2个，或者一个采(盘)区内同时生产的采煤、煤(半煤岩)巷掘进工作面(安装、回撤工作面除外)个数超过《煤矿安全规程》规定。”
 *
 * The 规程's face count is a fact of each 采(盘)区 (`faceLimit`); the pack does not encode the 规程.
 * 矿井 and 采(盘)区 are of 井工煤矿: not applicable to 露天煤矿.
 *
 * @since 0.2.0
 */
export const levelsAndFacesOverLimit = Rule.fromCondition({
  id: "coal-mine/levels-and-faces-over-limit",
  title: text("超强度组织生产(生产水平、采掘工作面个数)", "Too many producing levels or faces"),
  message: text(
    "矿井同时生产的水平超过2个，或者一个采(盘)区内同时生产的采煤、煤(半煤岩)巷掘进工作面个数超过《煤矿安全规程》规定",
    "More than 2 levels produce at the same time, or a district has more longwall and coal headings producing at once than the Coal Mine Safety Regulations allow"
  ),
  remediation: text("减少同时生产的水平和采掘工作面，符合《煤矿安全规程》规定。", "Reduce the producing levels and faces to what the Coal Mine Safety Regulations allow."),
  ...common2026(4, 2),
  notApplicableWhen: openPit,
  violationWhen: any(
    gt("facts.producingLevels", 2),
    some("facts.districts", gt("producingFaces", fact("faceLimit")), "name")
  )
})

/**
 * 第四条(三): “矿井采掘作业地点单班作业人数(不含交接班期间)超过国家有关限员规定20%(经省级煤矿安全监管部门批准增加的人员不计入)，或者违反《煤矿安全规程》关于开采冲击地压煤层限员管理规定。”
 *
 * Per working place: (单班作业人数 − 经批准增加的人员) > 1.2 × 限员. The headcount limit is a fact of the
 * place; the rock-burst headcount rule a fact of the mine, read only when it mines rock-burst seams.
 * Not applicable to 露天煤矿 (矿井采掘作业地点).
 *
 * @since 0.2.0
 */
export const headcountOverLimit = Rule.fromCondition({
  id: "coal-mine/headcount-over-limit",
  title: text("超定员组织生产", "Over-manned working places"),
  message: text(
    "矿井采掘作业地点单班作业人数超过国家有关限员规定20%，或者违反《煤矿安全规程》关于开采冲击地压煤层限员管理规定",
    "A working place has more than 120 % of the national headcount limit on a shift, or the rock-burst seam headcount rules are breached"
  ),
  remediation: text("按限员规定安排单班作业人数，落实冲击地压煤层限员管理。", "Keep each shift within the headcount limit and enforce the rock-burst headcount rules."),
  ...common2026(4, 3),
  notApplicableWhen: openPit,
  violationWhen: any(
    some(
      "facts.workplaces",
      all(
        gt("shiftHeadcount", { multiply: [fact("headcountLimit"), value(1.2)] }),
        gt({ subtract: [fact("shiftHeadcount"), fact("approvedExtra")] }, { multiply: [fact("headcountLimit"), value(1.2)] })
      ),
      "name"
    ),
    all(
      eq("facts.minesRockBurstSeams", true),
      because(eq("facts.rockBurstHeadcountRulesBreached", true), "违反《煤矿安全规程》关于开采冲击地压煤层限员管理规定", "the rock-burst seam headcount rules are breached")
    )
  )
})

/** 第四条, in the order of its 情形. @since 0.2.0 */
export const article04 = [outputOverCapacity, levelsAndFacesOverLimit, headcountOverLimit] as const
