/**
 * 第六条 “煤(岩)与瓦斯(二氧化碳)突出矿井未按照规定实施防突措施”重大事故隐患，是指有下列情形之一的： — 6 情形.
 *
 * Applies to 突出矿井 (`facts.gasClass` `outburst`); not applicable to other gas classes or to 露天煤矿.
 * 表4–7 (`table4`–`table7`) give the critical values of (四)2; “达到…临界值以上” is reached or more (≥).
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { table4, table5, table6, table7 } from "../facts/tables.ts"
import { common2026, openPit, text } from "./shared.ts"

const { all, any, eq, ne, gte, lt, some, present, because } = Condition

/** Not a 突出矿井, or 露天. */
const notOutburstMine = any(openPit, ne("facts.gasClass", "outburst"))

/** `field` was not done (false). */
const breached = (path: string, zh: string, en: string) => because(eq(path, false), zh, en)

/** An indicator that was measured (present) and reached `critical`. */
const reached = (field: string, critical: number) => all(present(field), gte(field, critical))

/**
 * 第六条(一): “存在未按照下列规定开展区域或者工作面突出危险性预测进行采掘作业情形之一(直接认定为突出危险区域或者直接采取防治突出措施的除外)的：
 * 1.煤(岩)与瓦斯(二氧化碳)突出矿井应当主要依据煤层瓦斯的井下实测资料，并结合地质勘查资料、上水平及邻近区域的实测和生产资料等对开采的突出煤层进行区域突出危险性预测(以下简称区域预测)，未进行区域预测的区域视为突出危险区。
 * 2.突出煤层区域预测的范围根据煤(岩)与瓦斯(二氧化碳)突出矿井的开拓方式、巷道布置、地质构造分布、测试点布置等情况划定，区域预测范围最大不得超过1个采(盘)区，一般不小于1个区段；若1个区段预测为突出危险区的，不得在该区段内划分无突出危险区，若预测为无突出危险区的，可根据区段内测定的煤层瓦斯参数、煤层赋存、地质构造等逐块段进行区域预测。
 * 3.对已确切掌握煤层突出危险区域的分布规律，并有可靠的煤层赋存条件、地质构造、瓦斯参数等预测资料的煤矿，区域预测工作由煤矿总工程师组织实施；对不掌握分布规律和预测资料的煤矿，应当委托具备相应能力的机构进行区域预测。区域预测结果为无突出危险区的应当经煤矿企业技术负责人批准。”
 *
 * One fact per numbered rule (whether the mine's prediction met it); the exception lifts the whole 情形.
 *
 * @since 0.2.0
 */
export const outburstPredictionMissing = Rule.fromCondition({
  id: "coal-mine/outburst-prediction-missing",
  title: text("未按规定开展突出危险性预测进行采掘作业", "Mining without the required outburst prediction"),
  message: text("未按照规定开展区域或者工作面突出危险性预测进行采掘作业", "Mining went on without regional or face outburst prediction as the rules require"),
  remediation: text("按规定开展区域预测和工作面预测，或者直接认定为突出危险区域并采取防治突出措施。", "Predict as required, or treat the area as dangerous and take outburst measures."),
  ...common2026(6, 1),
  notApplicableWhen: notOutburstMine,
  violationWhen: all(
    eq("facts.outburst.treatedAsDangerousDirectly", false),
    any(
      breached("facts.outburst.predictionBasedOnMeasuredData", "区域预测未主要依据煤层瓦斯的井下实测资料", "regional prediction not based mainly on underground measured gas data"),
      breached("facts.outburst.predictionScopeCompliant", "区域预测范围不符合规定", "prediction units outside the prescribed range"),
      breached("facts.outburst.predictionOrganisedAndApproved", "区域预测组织实施或者无突出危险区结果批准不符合规定", "prediction not organised, or a no-danger result not approved, as required")
    )
  )
})

/**
 * 第六条(二): “存在下列未按照规定采取区域防治突出措施情形之一的：
 * 1.具备开采保护层条件的突出危险区未开采保护层。
 * 2.开采保护层时未同时抽采被保护层和邻近层卸压瓦斯，或者没有受保护层保护的范围未采取补充区域措施消突而进行采掘作业。
 * 3.区域预抽钻孔评价单元控制范围不符合下列规定之一的：(1)…(7)” — the seven coverage rules (20 m / 10 m / 15 m
 * beyond the roadway outline; the whole 回采区域; 揭煤 holes before 7 m, 12 m (6 m) beyond the outline, edge ≥ 5 m;
 * 煤巷条带 60 m and 300 m ahead; adjacent seams < 5 m away and > 0.3 m thick) are one fact, as inspected.
 *
 * @since 0.2.0
 */
export const regionalOutburstMeasuresMissing = Rule.fromCondition({
  id: "coal-mine/regional-outburst-measures-missing",
  title: text("未按规定采取区域防治突出措施", "Regional outburst measures missing"),
  message: text("未按照规定采取区域防治突出措施(保护层、卸压瓦斯抽采、区域预抽钻孔控制范围)", "Regional outburst measures are not taken as required (protective seams, relief-gas drainage, pre-drainage borehole coverage)"),
  remediation: text("开采保护层并同时抽采卸压瓦斯，区域预抽钻孔控制范围达到规定。", "Mine protective seams and drain relief gas; extend pre-drainage boreholes to the required ranges."),
  ...common2026(6, 2),
  notApplicableWhen: notOutburstMine,
  violationWhen: any(
    breached("facts.outburst.protectiveSeamMinedWhereFeasible", "具备开采保护层条件的突出危险区未开采保护层", "a dangerous area where a protective seam could be mined was not protected"),
    breached("facts.outburst.reliefGasDrainedAndUnprotectedAreasTreated", "未同时抽采卸压瓦斯，或者未受保护范围未采取补充区域措施消突", "relief gas not drained, or unprotected areas not de-stressed"),
    breached("facts.outburst.preDrainageCoverageCompliant", "区域预抽钻孔评价单元控制范围不符合规定", "pre-drainage boreholes do not cover the required ranges")
  )
})

/**
 * 第六条(三): “存在下列未按照规定采取工作面防治突出措施情形之一的：
 * 1.预测为突出危险工作面未采取工作面防突措施。
 * 2.揭煤作业不符合下列规定之一的：(1)…5m…2m…远距离爆破。(2)…专项设计并经煤矿企业技术负责人批准。(3)…程序…
 * 3.采掘作业进入最小防突措施超前距(煤巷掘进工作面5m，采煤工作面3m；在地质构造破坏严重地带煤巷掘进工作面不小于7m，采煤工作面不小于5m)以内。”
 *
 * 3 is judged per face: the remaining advance distance below the minimum (5 m / 3 m; 7 m / 5 m in badly
 * faulted ground) is “进入…以内”; at exactly the minimum the face has not entered it.
 *
 * @since 0.2.0
 */
export const faceOutburstMeasuresMissing = Rule.fromCondition({
  id: "coal-mine/face-outburst-measures-missing",
  title: text("未按规定采取工作面防治突出措施", "Face outburst measures missing"),
  message: text("未按照规定采取工作面防治突出措施(突出危险工作面、揭煤作业、最小防突措施超前距)", "Face outburst measures are not taken as required (dangerous faces, seam crossings, minimum advance distance)"),
  remediation: text("对突出危险工作面采取防突措施，揭煤作业按规定进行，保留最小防突措施超前距。", "Take face measures at dangerous faces, cross seams as prescribed and keep the minimum advance distance."),
  ...common2026(6, 3),
  notApplicableWhen: notOutburstMine,
  violationWhen: any(
    breached("facts.outburst.faceMeasuresWhereDangerous", "预测为突出危险工作面未采取工作面防突措施", "a face predicted dangerous has no face measures"),
    breached("facts.outburst.seamCrossingCompliant", "揭煤作业不符合规定", "a seam crossing breaks the rules"),
    some(
      "facts.outburstFaces",
      any(
        all(eq("kind", "heading"), eq("severelyFaulted", false), lt("remainingAdvanceM", 5)),
        all(eq("kind", "longwall"), eq("severelyFaulted", false), lt("remainingAdvanceM", 3)),
        all(eq("kind", "heading"), eq("severelyFaulted", true), lt("remainingAdvanceM", 7)),
        all(eq("kind", "longwall"), eq("severelyFaulted", true), lt("remainingAdvanceM", 5))
      ),
      "name"
    )
  )
})

/**
 * 第六条(四): “存在下列未按照规定进行防突措施效果检验和验证情形之一的：
 * 1.未按照《煤矿安全规程》规定进行防突措施效果检验和验证。
 * 2.防突措施效果检验和验证任一指标达到表4至表7规定的临界值以上或者达到实际考察的临界值以上，未采取防突措施。
 * 3.残余瓦斯含量、残余瓦斯压力、钻屑量、钻屑瓦斯解吸指标、钻孔瓦斯涌出初速度数据人为造假。”
 *
 * 2 per check, by its method: 表4 (p ≥ 0.74 MPa, or W ≥ 8 m³/t, in a 构造带 W ≥ 6), 表5 (干煤样 Δh₂ ≥ 200 Pa or
 * K₁ ≥ 0.5; 湿煤样 160 / 0.4), 表6 (Δh₂ ≥ 200, K₁ ≥ 0.5, S ≥ 6 kg/m or 5.4 L/m), 表7 (q ≥ 5 L/min, S ≥ 6 kg/m or
 * 5.4 L/m), or a site-determined critical value reached. An indicator a check does not give was not
 * measured by it (each method measures some of them).
 *
 * @since 0.2.0
 */
export const outburstEffectChecksFailed = Rule.fromCondition({
  id: "coal-mine/outburst-effect-checks-failed",
  title: text("未按规定进行防突措施效果检验和验证", "Outburst effect checks missing, ignored or falsified"),
  message: text(
    "未按照规定进行防突措施效果检验和验证，或者指标达到表4至表7规定的临界值以上未采取防突措施，或者检验数据人为造假",
    "Effect checks are not done as required, an indicator at or above the critical value of tables 4–7 went without measures, or check data were falsified"
  ),
  remediation: text("按规定进行效果检验和验证；指标达到临界值时采取防突措施；如实记录数据。", "Check and verify as required; take measures when an indicator reaches its critical value; record data truthfully."),
  ...common2026(6, 4),
  notApplicableWhen: notOutburstMine,
  violationWhen: any(
    breached("facts.outburst.effectChecksDone", "未按照《煤矿安全规程》规定进行防突措施效果检验和验证", "effect checks not done as the Coal Mine Safety Regulations require"),
    some(
      "facts.outburstIndicatorReadings",
      all(
        eq("measuresTaken", false),
        any(
          all(present("siteCriticalReached"), eq("siteCriticalReached", true)),
          all(
            eq("method", "gas-pressure-and-content"),
            any(
              reached("gasPressureMPa", table4.pressureMPa),
              all(eq("structuralZone", false), reached("gasContent", table4.contentM3PerT)),
              all(eq("structuralZone", true), reached("gasContent", table4.contentInStructuralZoneM3PerT))
            )
          ),
          all(
            eq("method", "seam-crossing-desorption"),
            any(
              all(eq("coalSample", "dry"), any(reached("deltaH2", table5.dry.deltaH2Pa), reached("k1", table5.dry.k1))),
              all(eq("coalSample", "wet"), any(reached("deltaH2", table5.wet.deltaH2Pa), reached("k1", table5.wet.k1)))
            )
          ),
          all(
            eq("method", "heading-drill-cuttings"),
            any(
              reached("deltaH2", table6.deltaH2Pa),
              reached("k1", table6.k1),
              reached("drillCuttingsKgPerM", table6.drillCuttingsKgPerM),
              reached("drillCuttingsLPerM", table6.drillCuttingsLPerM)
            )
          ),
          all(
            eq("method", "heading-composite"),
            any(
              reached("initialEmission", table7.initialEmissionLPerMin),
              reached("drillCuttingsKgPerM", table7.drillCuttingsKgPerM),
              reached("drillCuttingsLPerM", table7.drillCuttingsLPerM)
            )
          )
        )
      ),
      "name"
    ),
    because(eq("facts.outburst.checkDataFalsified", true), "防突检验数据人为造假", "outburst check data falsified")
  )
})

/**
 * 第六条(五): “在采掘生产、实施防突措施、防突措施效果检验和验证过程中，发现有喷孔、顶钻等明显突出预兆时，未补充采取防突措施继续作业。”
 *
 * @since 0.2.0
 */
export const outburstPrecursorsIgnored = Rule.fromCondition({
  id: "coal-mine/outburst-precursors-ignored",
  title: text("出现明显突出预兆未补充措施继续作业", "Work continued after outburst precursors"),
  message: text("发现有喷孔、顶钻等明显突出预兆时，未补充采取防突措施继续作业", "Clear outburst precursors (hole blow-outs, drill jamming) were seen and work went on without extra measures"),
  remediation: text("出现突出预兆立即停止作业，补充采取防突措施。", "Stop work at outburst precursors and take extra measures."),
  ...common2026(6, 5),
  notApplicableWhen: notOutburstMine,
  violationWhen: all(eq("facts.outburst.precursorsObserved", true), eq("facts.outburst.extraMeasuresBeforeContinuing", false))
})

/**
 * 第六条(六): “井巷揭穿突出煤层和在突出煤层中进行采掘作业时，未采取避难硐室、反向风门、压风自救装置、隔绝式自救器、远距离爆破安全防护措施。”
 *
 * @since 0.2.0
 */
export const outburstSafetyProtectionMissing = Rule.fromCondition({
  id: "coal-mine/outburst-safety-protection-missing",
  title: text("突出煤层采掘未采取安全防护措施", "Outburst-seam work without safety protection"),
  message: text(
    "井巷揭穿突出煤层和在突出煤层中进行采掘作业时，未采取避难硐室、反向风门、压风自救装置、隔绝式自救器、远距离爆破安全防护措施",
    "Crossing or mining an outburst seam without refuge chambers, reverse air doors, compressed-air self-rescue, closed-circuit self-rescuers or remote blasting"
  ),
  remediation: text("设置避难硐室、反向风门、压风自救装置，配备隔绝式自救器，采用远距离爆破。", "Provide refuge chambers, reverse air doors, compressed-air self-rescue and closed-circuit self-rescuers; blast remotely."),
  ...common2026(6, 6),
  notApplicableWhen: notOutburstMine,
  violationWhen: any(
    eq("facts.outburst.protection.refugeChambers", false),
    eq("facts.outburst.protection.reverseAirDoors", false),
    eq("facts.outburst.protection.compressedAirSelfRescue", false),
    eq("facts.outburst.protection.closedCircuitSelfRescuers", false),
    eq("facts.outburst.protection.remoteBlasting", false)
  )
})

/** 第六条, in the order of its 情形. @since 0.2.0 */
export const article06 = [
  outburstPredictionMissing,
  regionalOutburstMeasuresMissing,
  faceOutburstMeasuresMissing,
  outburstEffectChecksFailed,
  outburstPrecursorsIgnored,
  outburstSafetyProtectionMissing
] as const
