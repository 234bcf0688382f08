/**
 * 第五条 “瓦斯超限作业”重大事故隐患，是指有下列情形之一的： — 9 情形.
 *
 * Boundaries: “达到” is reached or more (≥: CH₄ 1.0 / 1.5 / 2.0 / 3.0 %, CO₂ 1.5 %), “超过” and “大于” strictly
 * more (> 3.0 %, > 1.5 %, > 10 min, > 0.5 m³), “20m以内” within 20 m inclusive. Every 情形 is about the
 * air underground: not applicable to 露天煤矿.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, openPit, text } from "./shared.ts"

const { all, any, eq, gt, gte, lt, lte, oneOf, some, fact, because } = Condition

const notDone = (field: string) => eq(field, false)

/**
 * 第五条(一): “采区回风巷、采掘工作面回风巷风流中甲烷浓度达到1.0%或者二氧化碳浓度达到1.5%时，未停止工作、撤出人员、采取措施、进行处理。”
 *
 * @since 0.2.0
 */
export const returnAirGasNotActedOn = Rule.fromCondition({
  id: "coal-mine/return-air-gas-not-acted-on",
  title: text("回风巷甲烷、二氧化碳超限未处理", "Gas over the limit in return air, not acted on"),
  message: text(
    "采区回风巷、采掘工作面回风巷风流中甲烷浓度达到1.0%或者二氧化碳浓度达到1.5%时，未停止工作、撤出人员、采取措施、进行处理",
    "Methane reached 1.0 % or carbon dioxide 1.5 % in a district or face return, and work was not stopped, people not withdrawn, or it was not dealt with"
  ),
  remediation: text("立即停止工作、撤出人员，采取措施进行处理。", "Stop work, withdraw people and deal with the gas at once."),
  ...common2026(5, 1),
  notApplicableWhen: openPit,
  violationWhen: some(
    "facts.gasReadings",
    all(oneOf("place", ["district-return", "face-return"]), any(gte("ch4", 1.0), gte("co2", 1.5)), any(notDone("workStopped"), notDone("peopleWithdrawn"), notDone("handled"))),
    "location"
  )
})

/**
 * 第五条(二): “采掘工作面及其他作业地点风流中甲烷浓度达到1.0%时，没有停止用电作业。”
 *
 * @since 0.2.0
 */
export const faceMethaneElectricWork = Rule.fromCondition({
  id: "coal-mine/face-methane-electric-work",
  title: text("作业地点甲烷达到1.0%未停止用电作业", "Electric work not stopped at 1.0 % methane"),
  message: text("采掘工作面及其他作业地点风流中甲烷浓度达到1.0%时，没有停止用电作业", "Methane reached 1.0 % at a face or other working place and electrically powered work went on"),
  remediation: text("甲烷浓度达到1.0%时立即停止用电作业。", "Stop electrically powered work as soon as methane reaches 1.0 %."),
  ...common2026(5, 2),
  notApplicableWhen: openPit,
  violationWhen: some("facts.gasReadings", all(oneOf("place", ["face", "other-workplace"]), gte("ch4", 1.0), notDone("electricWorkStopped")), "location")
})

/**
 * 第五条(三): “井下爆破地点附近20m以内风流中甲烷浓度达到1.0%时，仍实施爆破。”
 *
 * @since 0.2.0
 */
export const blastingInMethane = Rule.fromCondition({
  id: "coal-mine/blasting-in-methane",
  title: text("爆破地点附近甲烷达到1.0%仍爆破", "Blasting with 1.0 % methane nearby"),
  message: text("井下爆破地点附近20m以内风流中甲烷浓度达到1.0%时，仍实施爆破", "Blasting went ahead with methane at 1.0 % or more within 20 m of the blasting point"),
  remediation: text("甲烷浓度达到1.0%时严禁爆破，处理后再检查。", "Do not blast at 1.0 % methane; deal with it and check again."),
  ...common2026(5, 3),
  notApplicableWhen: openPit,
  violationWhen: some("facts.gasReadings", all(eq("place", "blasting-site"), lte("distanceM", 20), gte("ch4", 1.0), eq("blasted", true)), "location")
})

/**
 * 第五条(四): “采掘工作面及其他作业地点风流中、电动机或者其开关安设地点附近20m以内风流中的甲烷浓度达到1.5%时，未停止工作、切断电源、撤出人员、进行处理。”
 *
 * @since 0.2.0
 */
export const methaneAt15NotActedOn = Rule.fromCondition({
  id: "coal-mine/methane-1-5-not-acted-on",
  title: text("甲烷达到1.5%未停工断电撤人", "Methane at 1.5 %: no stop, power-off or withdrawal"),
  message: text(
    "采掘工作面及其他作业地点风流中、电动机或者其开关安设地点附近20m以内风流中的甲烷浓度达到1.5%时，未停止工作、切断电源、撤出人员、进行处理",
    "Methane reached 1.5 % at a face or working place, or within 20 m of a motor or its switch, and work was not stopped, power not cut, people not withdrawn, or it was not dealt with"
  ),
  remediation: text("立即停止工作、切断电源、撤出人员、进行处理。", "Stop work, cut the power, withdraw people and deal with the gas at once."),
  ...common2026(5, 4),
  notApplicableWhen: openPit,
  violationWhen: some(
    "facts.gasReadings",
    all(
      any(oneOf("place", ["face", "other-workplace"]), all(eq("place", "motor-or-switch"), lte("distanceM", 20))),
      gte("ch4", 1.5),
      any(notDone("workStopped"), notDone("powerCut"), notDone("peopleWithdrawn"), notDone("handled"))
    ),
    "location"
  )
})

/**
 * 第五条(五): “采掘工作面体积大于0.5m³的空间内积聚的甲烷浓度达到2.0%时，附近20m内未停止工作、撤出人员、切断电源、进行处理。”
 *
 * The response flags of the reading are those taken within 20 m.
 *
 * @since 0.2.0
 */
export const methaneAccumulation = Rule.fromCondition({
  id: "coal-mine/methane-accumulation",
  title: text("局部积聚瓦斯达到2.0%未处理", "Local methane accumulation at 2.0 %, not acted on"),
  message: text(
    "采掘工作面体积大于0.5m³的空间内积聚的甲烷浓度达到2.0%时，附近20m内未停止工作、撤出人员、切断电源、进行处理",
    "Methane accumulated to 2.0 % in a space over 0.5 m³ at a face, and within 20 m work was not stopped, people not withdrawn, power not cut, or it was not dealt with"
  ),
  remediation: text("附近20m内停止工作、撤出人员、切断电源，处理积聚瓦斯。", "Within 20 m stop work, withdraw people, cut the power and clear the accumulation."),
  ...common2026(5, 5),
  notApplicableWhen: openPit,
  violationWhen: some(
    "facts.gasReadings",
    all(
      eq("place", "accumulation"),
      gt("volumeM3", 0.5),
      gte("ch4", 2.0),
      any(notDone("workStopped"), notDone("peopleWithdrawn"), notDone("powerCut"), notDone("handled"))
    ),
    "location"
  )
})

/**
 * 第五条(六): “井下甲烷浓度或者二氧化碳浓度超过3.0%的停风区恢复通风时，未制定安全排放瓦斯措施并经煤矿总工程师批准实施。”
 *
 * @since 0.2.0
 */
export const reventilationWithoutPlan = Rule.fromCondition({
  id: "coal-mine/reventilation-without-plan",
  title: text("停风区恢复通风无批准的排放瓦斯措施", "Stopped area re-ventilated without an approved gas-discharge plan"),
  message: text(
    "井下甲烷浓度或者二氧化碳浓度超过3.0%的停风区恢复通风时，未制定安全排放瓦斯措施并经煤矿总工程师批准实施",
    "A stopped area with methane or carbon dioxide over 3.0 % was re-ventilated without a safe gas-discharge plan approved by the chief engineer"
  ),
  remediation: text("制定安全排放瓦斯措施，经煤矿总工程师批准后实施。", "Make a safe gas-discharge plan and carry it out once the chief engineer approves it."),
  ...common2026(5, 6),
  notApplicableWhen: openPit,
  violationWhen: some("facts.reventilations", all(any(gt("ch4", 3.0), gt("co2", 3.0)), notDone("dischargePlanApproved")), "name")
})

/**
 * 第五条(七): “井下排放瓦斯过程中，混合风流经过的巷道内未停电撤人或者排出的瓦斯与全风压风流混合处的甲烷、二氧化碳浓度超过1.5%。”
 *
 * @since 0.2.0
 */
export const gasDischargeUnsafe = Rule.fromCondition({
  id: "coal-mine/gas-discharge-unsafe",
  title: text("排放瓦斯未停电撤人或混合处超过1.5%", "Gas discharge without power-off and withdrawal, or over 1.5 % where it mixes"),
  message: text(
    "井下排放瓦斯过程中，混合风流经过的巷道内未停电撤人或者排出的瓦斯与全风压风流混合处的甲烷、二氧化碳浓度超过1.5%",
    "While gas was discharged, power was not cut and people not withdrawn along the mixed-air route, or methane or carbon dioxide exceeded 1.5 % where it met the main airflow"
  ),
  remediation: text("排放瓦斯时混合风流经过的巷道停电撤人，控制混合处浓度不超过1.5%。", "Cut power and withdraw people along the mixed-air route, and keep the mixing point at 1.5 % or less."),
  ...common2026(5, 7),
  notApplicableWhen: openPit,
  violationWhen: some("facts.gasDischarges", any(notDone("powerCutAndWithdrawn"), gt("mixingPointCh4", 1.5), gt("mixingPointCo2", 1.5)), "name")
})

/**
 * 第五条(八): “采掘工作面因瓦斯治理不到位造成甲烷浓度达到3.0%以上且持续时长超过10min(停电停风及打钻喷孔除外)。”
 *
 * @since 0.2.0
 */
export const sustainedFaceMethane = Rule.fromCondition({
  id: "coal-mine/sustained-face-methane",
  title: text("工作面甲烷3.0%以上持续超过10min", "Face methane at 3.0 % or more for over 10 min"),
  message: text(
    "采掘工作面因瓦斯治理不到位造成甲烷浓度达到3.0%以上且持续时长超过10min",
    "Poor gas control left methane at a face at 3.0 % or more for over 10 minutes"
  ),
  remediation: text("加强瓦斯治理，查明超限原因并整改。", "Improve gas control; find and remove the cause of the exceedance."),
  ...common2026(5, 8),
  notApplicableWhen: openPit,
  violationWhen: some("facts.faceMethaneExceedances", all(eq("cause", "gas-control"), gte("ch4", 3.0), gt("durationMin", 10)), "face")
})

/**
 * 第五条(九): “存在下列瓦斯抽采不达标情形之一的：
 * 1.瓦斯涌出量主要来自于开采层时，采煤工作面前方20m以上范围内煤的可解吸瓦斯量不符合表1规定。
 * 2.瓦斯涌出量主要来自于邻近层和围岩时，采煤工作面瓦斯抽采率不符合表2规定。
 * 3.矿井瓦斯抽采率不符合表3规定。”
 *
 * 表1–3 are `table1`–`table3` (called as `table1MaxDesorbableGas`, …). 表2 sets nothing below
 * Q = 5 m³/min, so such a face meets it. 抽采达标 presupposes 抽采: a mine that drains no gas
 * (`facts.drainsGas` false) is not judged here (whether it must drain is 第七条(一)) — the pack's reading.
 *
 * @since 0.2.0
 */
export const drainageBelowStandard = Rule.fromCondition({
  id: "coal-mine/drainage-below-standard",
  title: text("瓦斯抽采不达标(表1–表3)", "Gas drainage below standard (tables 1–3)"),
  message: text("存在瓦斯抽采不达标情形(可解吸瓦斯量不符合表1，或者工作面、矿井瓦斯抽采率不符合表2、表3)", "Gas drainage is below standard (desorbable gas against table 1, or face or mine drainage rate against tables 2 and 3)"),
  remediation: text("加强瓦斯抽采，使可解吸瓦斯量、抽采率达到表1–表3规定后再回采。", "Drain more gas until desorbable gas and drainage rates meet tables 1–3 before extraction."),
  ...common2026(5, 9),
  notApplicableWhen: any(openPit, eq("facts.drainsGas", false)),
  violationWhen: any(
    some(
      "facts.longwalls",
      any(
        all(eq("gasMainlyFrom", "mined-seam"), gt("desorbableGas", { call: "table1MaxDesorbableGas", args: [fact("dailyOutputT")] })),
        all(eq("gasMainlyFrom", "adjacent-seams-and-strata"), gte("absoluteEmission", 5), lt("drainageRate", { call: "table2MinFaceDrainageRate", args: [fact("absoluteEmission")] }))
      ),
      "name"
    ),
    because(
      lt("facts.mineDrainageRate", { call: "table3MinMineDrainageRate", args: [fact("facts.mineAbsoluteEmission")] }),
      "矿井瓦斯抽采率不符合表3规定",
      "the mine's gas drainage rate falls short of table 3"
    )
  )
})

/** 第五条, in the order of its 情形. @since 0.2.0 */
export const article05 = [
  returnAirGasNotActedOn,
  faceMethaneElectricWork,
  blastingInMethane,
  methaneAt15NotActedOn,
  methaneAccumulation,
  reventilationWithoutPlan,
  gasDischargeUnsafe,
  sustainedFaceMethane,
  drainageBelowStandard
] as const
