/**
 * 第十六条 “未按照规定采用双回路供电系统”重大事故隐患，是指有下列情形之一的： — 3 情形.
 *
 * Applies to 井工煤矿 only: the 国家矿山安全监察局 reply (clarification (b), chinamine-safety.gov.cn
 * …/hd/lyhf/202606/t20260602_606037.shtml, secondary) reads 第十六条 as for underground mines, 矿安〔2023〕125号
 * repealed once 令第21号 took effect. Not applicable to 露天煤矿.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, openPit, text } from "./shared.ts"

const { any, eq, ne } = Condition

/** 第十六条(一): “生产矿井单回路供电。” @since 0.2.0 */
export const singleCircuitSupply = Rule.fromCondition({
  id: "coal-mine/single-circuit-supply",
  title: text("生产矿井单回路供电", "Producing mine on a single circuit"),
  message: text("生产矿井单回路供电", "A producing mine is supplied by a single circuit"),
  remediation: text("建成双回路供电系统。", "Build a dual-circuit supply."),
  ...common2026(16, 1),
  notApplicableWhen: any(openPit, ne("facts.stage", "production")),
  violationWhen: eq("facts.power.singleCircuit", true)
})

/** 第十六条(二): “建井期间矿井短路贯通后进入巷道和硐室施工时，未形成双回路供电系统。” @since 0.2.0 */
export const constructionDualCircuit = Rule.fromCondition({
  id: "coal-mine/construction-dual-circuit",
  title: text("建井期间短路贯通后未形成双回路供电", "Construction mine without dual circuits after shaft connection"),
  message: text("建井期间矿井短路贯通后进入巷道和硐室施工时，未形成双回路供电系统", "Once the shafts were connected and roadway work began, the construction mine had no dual-circuit supply"),
  remediation: text("形成双回路供电系统后再进入巷道和硐室施工。", "Form the dual-circuit supply before roadway and chamber work."),
  ...common2026(16, 2),
  notApplicableWhen: any(openPit, ne("facts.stage", "construction")),
  violationWhen: eq("facts.power.dualCircuitAfterShaftConnection", false)
})

/** 第十六条(三): “矿井有双回路电源线路但取自同一变电站同一母线段或者矿井有双回路电源线路但其中一回路因故障、检修不能正常运行时，仍然组织生产。” @since 0.2.0 */
export const compromisedDualCircuit = Rule.fromCondition({
  id: "coal-mine/compromised-dual-circuit",
  title: text("双回路同一母线段或一回路停运仍生产", "Producing on a compromised dual circuit"),
  message: text("矿井双回路电源线路取自同一变电站同一母线段，或者其中一回路不能正常运行时，仍然组织生产", "Both circuits come from one busbar section, or one is out, and the mine still produces"),
  remediation: text("双回路分别取自不同母线段；一回路停运时停止生产。", "Take the circuits from separate busbar sections; stop production while one is out."),
  ...common2026(16, 3),
  notApplicableWhen: openPit,
  violationWhen: eq("facts.power.producingOnCompromisedDualCircuit", true)
})

/** 第十六条, in the order of its 情形. @since 0.2.0 */
export const article16: ReadonlyArray<Rule.Rule<any>> = [singleCircuitSupply, constructionDualCircuit, compromisedDualCircuit]
