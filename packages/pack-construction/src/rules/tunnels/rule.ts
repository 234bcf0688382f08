/**
 * 第十三条 暗挖工程 (2022, 2 items) / 隧道工程 (2024, 7 items). The 2022 article covers 暗挖 works
 * only (`undercut: true`); the 2024 article every tunnel, open-cut ones included.
 *
 * | rule | 2022 第十三条 | 2024 第十三条 |
 * |---|---|---|
 * | `tunnel-groundwater` | (一) 暗挖 | (一) every tunnel |
 * | `tunnel-inrush-and-deformation` | (二) 暗挖; deformation or cracks **且有不断增大趋势** | (二) every tunnel; the trend condition is gone |
 * | `tunnel-methods-and-monitoring` | — | (三) (new) |
 * | `shield-end-reinforcement` | — | (四) (new) |
 * | `shield-seal-and-pressurised-entry` | — | (五) (new) |
 * | `tunnel-adjacent-protection` | — | (六) (new) |
 * | `rail-transit-protection-zone` | — | (七) (new) |
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { defineItem, L, named } from "../item.ts"
import type { Edition } from "../item.ts"

const { all, any, because, eq, one, some } = Condition

/** 2022: 暗挖 works only (a conjunct of the tunnel's condition); 2024: every tunnel (none). */
const inScope = (edition: Edition): ReadonlyArray<Condition.Condition> =>
  edition === "2022" ? [because(eq("undercut", true), "暗挖施工", "undercut works")] : []

// ---------------------------------------------------------------------------------------------
// (一) 地下水
// ---------------------------------------------------------------------------------------------

const groundwater = (edition: Edition) =>
  defineItem({
    slug: "tunnel-groundwater",
    edition,
    article: 13,
    item: 1,
    verified: true,
    title: L("作业面带水施工未采取措施或地下水控制失效仍继续施工", "Working in water without measures, or continuing after groundwater control failed"),
    message: L(
      edition === "2022"
        ? "暗挖工程作业面带水施工未采取相关措施，或地下水控制措施失效且继续施工"
        : "隧道工程作业面带水施工未采取相关措施，或地下水控制措施失效且继续施工",
      "Work at the face proceeds in water without measures, or continues after groundwater control has failed"
    ),
    remediation: L("停止掘进，采取降水、止水、引排等措施，地下水得到有效控制后方可施工。", "Stop excavating; dewater, cut off or drain the water, and resume only when the groundwater is under control."),
    keys: ["tunnels"],
    violationWhen: some(
      "facts.tunnels",
      all(
        ...inScope(edition),
        any(
          all(
            because(eq("waterAtFace", true), "作业面带水施工", "working at the face in water"),
            because(eq("waterMeasures", false), "未采取相关措施", "without measures")
          ),
          all(
            because(eq("groundwaterControlFailed", true), "地下水控制措施失效", "groundwater control failed"),
            because(eq("continuedAfterControlFailure", true), "继续施工", "work continued")
          )
        )
      ),
      named("facts.tunnels")
    )
  })

/** 2022 第十三条(一). @since 0.1.0 */
export const tunnelGroundwater2022 = groundwater("2022")
/** 2024 第十三条(一). @since 0.1.0 */
export const tunnelGroundwater2024 = groundwater("2024")

// ---------------------------------------------------------------------------------------------
// (二) 涌水、涌沙、坍塌、支护变形
// ---------------------------------------------------------------------------------------------

const deformation = (edition: Edition): Condition.Condition => {
  const d = because(eq("supportDeformationOrCracks", true), "支护结构扭曲变形或出现裂缝", "support twisted, deformed or cracked")
  return edition === "2022"
    ? all(d, because(eq("supportDeformationGrowing", true), "且有不断增大趋势", "and still growing"))
    : d
}

const inrush = (edition: Edition) =>
  defineItem({
    slug: "tunnel-inrush-and-deformation",
    edition,
    article: 13,
    item: 2,
    verified: true,
    title: L("涌水、涌沙、局部坍塌或支护结构变形开裂未及时采取措施", "Inrush, local collapse or support deformation without timely measures"),
    message: edition === "2022"
      ? L(
        "施工时出现涌水、涌沙、局部坍塌，支护结构扭曲变形或出现裂缝且有不断增大趋势，未及时采取措施",
        "Water or sand inrush, local collapse, or support deformation or cracks that keep growing, without timely measures"
      )
      : L(
        "施工时出现涌水、涌沙、局部坍塌，或支护结构扭曲变形或出现裂缝，未及时采取措施",
        "Water or sand inrush, local collapse, or support deformation or cracks, without timely measures"
      ),
    remediation: L("立即停止作业、撤离人员，采取加固、封堵、注浆等措施，查明原因并处理后方可恢复。", "Stop work and evacuate at once; reinforce, seal or grout, find and fix the cause before resuming."),
    keys: ["tunnels"],
    violationWhen: some(
      "facts.tunnels",
      all(
        ...inScope(edition),
        any(
          because(eq("inrushWater", true), "出现涌水", "water inrush"),
          because(eq("inrushSand", true), "出现涌沙", "sand inrush"),
          because(eq("localCollapse", true), "出现局部坍塌", "local collapse"),
          deformation(edition)
        ),
        because(eq("timelyMeasures", false), "未及时采取措施", "no timely measures")
      ),
      named("facts.tunnels")
    )
  })

/** 2022 第十三条(二). @since 0.1.0 */
export const tunnelInrushAndDeformation2022 = inrush("2022")
/** 2024 第十三条(二). @since 0.1.0 */
export const tunnelInrushAndDeformation2024 = inrush("2024")

// ---------------------------------------------------------------------------------------------
// 2024 (三)–(七)
// ---------------------------------------------------------------------------------------------

/**
 * 2024 第十三条(三) (new): 开挖、支护方法未按规范或施工方案选择; 或未进行超前地质预报或监控量测; 或监测数据
 * 超过设计控制值且未及时采取措施.
 *
 * @since 0.1.0
 */
export const tunnelMethodsAndMonitoring2024 = defineItem({
  slug: "tunnel-methods-and-monitoring",
  edition: "2024",
  article: 13,
  item: 3,
  verified: true,
  title: L("隧道开挖支护方法、超前地质预报或监控量测不符合要求", "Tunnel methods, advance geological forecasting or monitoring not as required"),
  message: L(
    "隧道开挖、支护方法未按规范或施工方案要求选择，或未进行超前地质预报、监控量测，或监测数据超过设计控制值且未及时采取措施",
    "Excavation and support methods are not chosen by the code or plan, there is no advance geological forecasting or monitoring, or monitoring exceeds the design limits with no timely measures"
  ),
  remediation: L("按规范和施工方案选用开挖支护方法，开展超前地质预报和监控量测，超限时立即采取措施。", "Choose methods by the code and plan, forecast ahead and monitor, and act at once on exceedances."),
  keys: ["tunnels"],
  violationWhen: some(
    "facts.tunnels",
    any(
      because(eq("methodsPerCodeAndPlan", false), "开挖、支护方法未按规范或施工方案要求选择", "methods not chosen by the code or plan"),
      because(eq("advanceGeologicalForecast", false), "未进行超前地质预报", "no advance geological forecasting"),
      because(eq("monitoringMeasurement", false), "未进行监控量测", "no monitoring"),
      all(
        because(eq("monitoringOverDesignLimit", true), "监测数据超过设计控制值", "monitoring over the design limits"),
        because(eq("monitoringExceedanceMeasures", false), "未及时采取措施", "no timely measures")
      )
    ),
    named("facts.tunnels")
  )
})

/**
 * 2024 第十三条(四) (new): 盾构始发、接收端头未按设计进行加固，或加固效果未达到要求且未采取措施即开始始发、接收.
 *
 * @since 0.1.0
 */
export const shieldEndReinforcement2024 = defineItem({
  slug: "shield-end-reinforcement",
  edition: "2024",
  article: 13,
  item: 4,
  verified: true,
  title: L("盾构始发、接收端头加固不符合要求", "Shield launch or reception end not reinforced as required"),
  message: L(
    "盾构始发、接收端头未按设计进行加固，或加固效果未达到要求且未采取措施即开始始发、接收",
    "A shield launch or reception end is not reinforced to the design, or its reinforcement falls short and launch or reception started without measures"
  ),
  remediation: L("按设计加固端头并检测加固效果，达不到要求时采取补强措施后方可始发、接收。", "Reinforce the end to the design and test it; if it falls short, strengthen it before launching or receiving."),
  keys: ["shieldEnds"],
  violationWhen: some(
    "facts.shieldEnds",
    any(
      because(eq("reinforcedPerDesign", false), "未按设计进行加固", "not reinforced to the design"),
      all(
        because(eq("reinforcementEffective", false), "加固效果未达到要求", "reinforcement short of requirement"),
        because(eq("measuresTaken", false), "未采取措施", "no measures"),
        because(eq("started", true), "即开始始发、接收", "launch or reception started")
      )
    ),
    named("facts.shieldEnds")
  )
})

/**
 * 2024 第十三条(五) (new): 盾尾密封失效、铰链部位发生渗漏仍继续掘进作业，或未按规定进行带压开仓检查换刀.
 *
 * @since 0.1.0
 */
export const shieldSealAndPressurisedEntry2024 = defineItem({
  slug: "shield-seal-and-pressurised-entry",
  edition: "2024",
  article: 13,
  item: 5,
  verified: true,
  title: L("盾尾密封失效或铰链渗漏仍掘进，或带压开仓不符合规定", "Boring on with a failed tail seal or leaking articulation, or pressurised entry not by the rules"),
  message: L(
    "盾尾密封失效、铰链部位发生渗漏仍继续掘进作业，或未按规定进行带压开仓检查换刀",
    "Boring continues with a failed tail seal or a leaking articulation, or pressurised entry for inspection and cutter change is not done by the rules"
  ),
  remediation: L("停止掘进，修复盾尾密封和铰接密封；带压开仓严格按规定审批和实施。", "Stop boring and repair the seals; approve and carry out pressurised entry strictly by the rules."),
  keys: ["shieldMachines"],
  violationWhen: some(
    "facts.shieldMachines",
    any(
      all(
        any(
          because(eq("tailSealFailed", true), "盾尾密封失效", "tail seal failed"),
          because(eq("articulationLeaking", true), "铰链部位发生渗漏", "articulation leaking")
        ),
        because(eq("boringContinued", true), "仍继续掘进作业", "boring continued")
      ),
      because(eq("pressurisedEntriesPerRules", false), "未按规定进行带压开仓检查换刀", "pressurised entry not done by the rules")
    ),
    named("facts.shieldMachines")
  )
})

/**
 * 2024 第十三条(六) (new): 对因施工可能造成损害的毗邻建筑物、构筑物和地下管线等，未采取专项防护措施.
 *
 * @since 0.1.0
 */
export const tunnelAdjacentProtection2024 = defineItem({
  slug: "tunnel-adjacent-protection",
  edition: "2024",
  article: 13,
  item: 6,
  verified: true,
  title: L("隧道施工毗邻建(构)筑物、地下管线未采取专项防护措施", "Tunnel works: no protection for neighbouring buildings, structures or pipelines"),
  message: L(
    "对因隧道施工可能造成损害的毗邻建筑物、构筑物和地下管线等，未采取专项防护措施",
    "Neighbouring buildings, structures or underground pipelines the tunnel works may damage have no dedicated protection"
  ),
  remediation: L("对可能受损的毗邻建(构)筑物和地下管线采取专项防护措施并加强监测。", "Protect and monitor the neighbouring buildings, structures and pipelines at risk."),
  keys: ["tunnels"],
  violationWhen: some(
    "facts.tunnels",
    all(
      because(eq("adjacentAtRisk", true), "毗邻建筑物、构筑物或地下管线可能因施工受损", "neighbours may be damaged"),
      because(eq("adjacentProtection", false), "未采取专项防护措施", "no dedicated protective measures")
    ),
    named("facts.tunnels")
  )
})

/**
 * 2024 第十三条(七) (new): 未经批准，在轨道交通工程安全保护区范围内进行新建、改建、扩建建(构)筑物，敷设管线、
 * 架设、挖掘、爆破等作业.
 *
 * @since 0.1.0
 */
export const railTransitProtectionZone2024 = defineItem({
  slug: "rail-transit-protection-zone",
  edition: "2024",
  article: 13,
  item: 7,
  verified: true,
  title: L("未经批准在轨道交通工程安全保护区内作业", "Works inside a rail-transit protection zone without approval"),
  message: L(
    "未经批准，在轨道交通工程安全保护区范围内进行新建、改建、扩建建(构)筑物，敷设管线、架设、挖掘、爆破等作业",
    "Building, pipe-laying, overhead, excavation, blasting or similar work inside a rail-transit protection zone without approval"
  ),
  remediation: L("立即停止保护区内作业，依法办理审批并落实保护措施后方可施工。", "Stop the work in the zone at once; obtain approval and put the protective measures in place before resuming."),
  keys: ["railProtectionZone"],
  violationWhen: one(
    "facts.railProtectionZone",
    all(
      because(eq("worksWithin", true), "在保护区范围内作业", "works inside the zone"),
      because(eq("approved", false), "未经批准", "without approval")
    ),
    { entry: L("轨道交通工程安全保护区", "rail-transit protection zone") }
  )
})

/** Every version of the 第十三条 rules. @since 0.1.0 */
export const tunnelRules = [
  tunnelGroundwater2022,
  tunnelGroundwater2024,
  tunnelInrushAndDeformation2022,
  tunnelInrushAndDeformation2024,
  tunnelMethodsAndMonitoring2024,
  shieldEndReinforcement2024,
  shieldSealAndPressurisedEntry2024,
  tunnelAdjacentProtection2024,
  railTransitProtectionZone2024
] as const
