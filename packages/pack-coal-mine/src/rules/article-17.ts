/**
 * 第十七条 “新建煤矿边建设边生产，煤矿改扩建期间，在改扩建的区域生产，或者在其他区域的生产超出设计规定的范围和规模”重大事故隐患，是指有下列情形之一的： — 3 情形.
 *
 * Applies to 井工 and 露天煤矿. A registered joint trial run (经备案的联合试运转) is excepted in (一) and (二).
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, text } from "./shared.ts"

const { all, eq, ne } = Condition

/** 第十七条(一): “新建煤矿在建设期间组织采煤(经备案的联合试运转除外)。” @since 0.2.0 */
export const producingWhileBuilding = Rule.fromCondition({
  id: "coal-mine/producing-while-building",
  title: text("新建煤矿边建设边生产", "Producing while under construction"),
  message: text("新建煤矿在建设期间组织采煤", "A new mine produces coal during construction"),
  remediation: text("停止采煤，建成验收后再组织生产。", "Stop producing until the mine is completed and accepted."),
  ...common2026(17, 1),
  notApplicableWhen: ne("facts.stage", "construction"),
  violationWhen: all(eq("facts.construction.coalProduced", true), eq("facts.registeredTrialRun", false))
})

/** 第十七条(二): “改扩建煤矿在改扩建区域组织采煤(经备案的联合试运转除外)。” @since 0.2.0 */
export const producingInExpansionArea = Rule.fromCondition({
  id: "coal-mine/producing-in-expansion-area",
  title: text("在改扩建区域组织采煤", "Producing in the expansion area"),
  message: text("改扩建煤矿在改扩建区域组织采煤", "A mine being expanded produces coal in the expansion area"),
  remediation: text("停止改扩建区域采煤。", "Stop producing in the expansion area."),
  ...common2026(17, 2),
  notApplicableWhen: eq("facts.expansion.underway", false),
  violationWhen: all(eq("facts.expansion.coalProducedInExpansionArea", true), eq("facts.registeredTrialRun", false))
})

/** 第十七条(三): “改扩建煤矿在非改扩建区域超出设计规定范围和规模生产建设。” @since 0.2.0 */
export const expansionBeyondDesign = Rule.fromCondition({
  id: "coal-mine/expansion-beyond-design",
  title: text("改扩建期间非改扩建区域超设计范围和规模", "Beyond the designed scope elsewhere during expansion"),
  message: text("改扩建煤矿在非改扩建区域超出设计规定范围和规模生产建设", "A mine being expanded produces elsewhere beyond the designed scope and scale"),
  remediation: text("按设计规定的范围和规模组织生产建设。", "Keep to the designed scope and scale."),
  ...common2026(17, 3),
  notApplicableWhen: eq("facts.expansion.underway", false),
  violationWhen: eq("facts.expansion.beyondDesignElsewhere", true)
})

/** 第十七条, in the order of its 情形. @since 0.2.0 */
export const article17: ReadonlyArray<Rule.Rule<any>> = [producingWhileBuilding, producingInExpansionArea, expansionBeyondDesign]
