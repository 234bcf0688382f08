/**
 * 第八条 起重机械及吊装工程 (2022, 7 items) / 建筑起重机械及吊装工程 (2024, 9 items). The items
 * were renumbered in 2024; a rule keeps its id across the renumbering.
 *
 * | rule | 2022 第八条 | 2024 第八条 |
 * |---|---|---|
 * | `crane-acceptance-registration` | (一) | (一) |
 * | `crane-foundation` | (七) | (二) |
 * | `crane-pre-operation-checks` | (四) 安装、拆卸、顶升加节、附着 | (三) 安装、拆卸、**爬升(降)**、附着 |
 * | `crane-safety-devices` | (五) | (四) |
 * | `crane-structural-defects` | — | (五) (new) |
 * | `hoist-tie-in-geometry` | (三) | (六) |
 * | `tower-crane-geometry` | (二) | (七) |
 * | `tower-crane-clearance` | — | (八) (new) |
 * | `scrapped-lifting-equipment` | — | (九) (new) |
 * | `hoist-fall-arrester-and-mast-bolts` | (六) | — (no item of its own in 2024) |
 *
 * @since 0.1.0
 */
import type { CraneOperationKind } from "../../facts/ConstructionFacts.ts"
import { Condition } from "@anquan/core"
import { defineItem, L, named } from "../item.ts"
import type { Edition } from "../item.ts"

const { all, any, because, eq, one, oneOf, show, some } = Condition

const kindWords = { "tower-crane": ["塔式起重机", "tower crane"], "construction-hoist": ["施工升降机", "construction hoist"] } as const
/** The crane is of the kind (a tower crane, a construction hoist). */
const kindIs = (kind: "tower-crane" | "construction-hoist"): Condition.Condition => because(eq("kind", kind), kindWords[kind][0], kindWords[kind][1])

// ---------------------------------------------------------------------------------------------
// 2022 (一) / 2024 (一) 验收、使用登记
// ---------------------------------------------------------------------------------------------

const acceptance = (edition: Edition) =>
  defineItem({
    slug: "crane-acceptance-registration",
    edition,
    article: 8,
    item: 1,
    verified: true,
    title: L("起重机械未经验收合格即投入使用或未办理使用登记", "Crane in use without acceptance or use registration"),
    message: L(
      "塔式起重机、施工升降机、物料提升机等起重机械设备未经验收合格即投入使用，或未按规定办理使用登记",
      "A tower crane, construction hoist, material hoist or other crane is in use without passing acceptance, or without use registration"
    ),
    remediation: L("停止使用，组织验收，验收合格并办理使用登记后方可使用。", "Stop using it; organise the acceptance and register its use before using it again."),
    keys: ["cranes"],
    violationWhen: some(
      "facts.cranes",
      all(
        because(eq("inUse", true), "已投入使用", "in use"),
        any(
          because(eq("acceptancePassed", false), "未经验收合格", "without passing acceptance"),
          because(eq("useRegistered", false), "未办理使用登记", "without use registration")
        )
      ),
      named("facts.cranes")
    )
  })

/** 2022 第八条(一). @since 0.1.0 */
export const craneAcceptanceRegistration2022 = acceptance("2022")
/** 2024 第八条(一). @since 0.1.0 */
export const craneAcceptanceRegistration2024 = acceptance("2024")

// ---------------------------------------------------------------------------------------------
// 2022 (七) / 2024 (二) 基础
// ---------------------------------------------------------------------------------------------

const foundation = (edition: Edition) =>
  defineItem({
    slug: "crane-foundation",
    edition,
    article: 8,
    item: edition === "2022" ? 7 : 2,
    verified: true,
    title: L("起重机械基础承载力和变形不满足设计要求", "Crane foundation not to design"),
    message: L(
      edition === "2022" ? "起重机械的地基基础承载力和变形不满足设计要求" : "建筑起重机械的基础承载力和变形不满足设计要求",
      "The bearing capacity and deformation of a crane's foundation do not meet the design"
    ),
    remediation: L("停止使用，按设计处理基础并经验收合格。", "Stop using the crane; treat the foundation to the design and have it accepted."),
    keys: ["cranes"],
    violationWhen: some(
      "facts.cranes",
      because(eq("foundationMeetsDesign", false), "基础承载力和变形不满足设计要求", "foundation not to design"),
      named("facts.cranes")
    )
  })

/** 2022 第八条(七). @since 0.1.0 */
export const craneFoundation2022 = foundation("2022")
/** 2024 第八条(二). @since 0.1.0 */
export const craneFoundation2024 = foundation("2024")

// ---------------------------------------------------------------------------------------------
// 2022 (四) / 2024 (三) 作业前检查
// ---------------------------------------------------------------------------------------------


/** The operations each edition names: 2022 安装、拆卸、顶升加节、附着; 2024 安装、拆卸、爬升(降)、附着. */
const checkedOperations: Record<Edition, ReadonlyArray<CraneOperationKind>> = {
  "2022": ["installation", "dismantling", "jacking", "tie-in"],
  "2024": ["installation", "dismantling", "jacking", "climbing", "lowering", "tie-in"]
}

const preChecks = (edition: Edition) =>
  defineItem({
    slug: "crane-pre-operation-checks",
    edition,
    article: 8,
    item: edition === "2022" ? 4 : 3,
    verified: true,
    title: L("起重机械安拆、顶升/爬升、附着作业前未进行检查", "Crane erected, dismantled, climbed or tied in without the prior checks"),
    message: edition === "2022"
      ? L(
        "起重机械安装、拆卸、顶升加节以及附着前，未对结构件、顶升机构和附着装置以及高强度螺栓、销轴、定位板等连接件及安全装置进行检查",
        "Before a crane was installed, dismantled, jacked or tied in, its structure, jacking mechanism, tie-ins, connectors and safety devices were not checked"
      )
      : L(
        "建筑起重机械安装、拆卸、爬升(降)以及附着前，未对结构件、爬升装置和附着装置以及高强度螺栓、销轴、定位板等连接件及安全装置进行检查",
        "Before a crane was installed, dismantled, climbed (up or down) or tied in, its structure, climbing and tie-in devices, connectors and safety devices were not checked"
      ),
    remediation: L(
      "作业前对结构件、爬升(顶升)装置、附着装置、连接件和安全装置逐项检查并记录，检查合格后方可作业。",
      "Check and record the structure, climbing (jacking) and tie-in devices, connectors and safety devices item by item before the operation, and start only when they pass."
    ),
    keys: ["cranes"],
    violationWhen: some(
      "facts.cranes",
      some(
        "operations",
        because(
          all(show("date"), oneOf("kind", checkedOperations[edition]), eq("checkedBeforehand", false)),
          "{kind:label}作业({date})前未进行检查",
          "not checked before {kind:label|=the operation} ({date})"
        ),
        // an operation dated after the as-of day had not happened yet: not read; the crane names the entry
        { asOf: "date", heading: false }
      ),
      named("facts.cranes")
    )
  })

/** 2022 第八条(四). @since 0.1.0 */
export const cranePreOperationChecks2022 = preChecks("2022")
/** 2024 第八条(三). @since 0.1.0 */
export const cranePreOperationChecks2024 = preChecks("2024")

// ---------------------------------------------------------------------------------------------
// 2022 (五) / 2024 (四) 安全装置
// ---------------------------------------------------------------------------------------------

const devices = (edition: Edition) =>
  defineItem({
    slug: "crane-safety-devices",
    edition,
    article: 8,
    item: edition === "2022" ? 5 : 4,
    verified: true,
    title: L("起重机械安全装置不齐全、失效或被违规拆除、破坏", "Crane safety devices incomplete, failed, removed or damaged"),
    message: L(
      "起重机械的安全装置不齐全、失效或者被违规拆除、破坏",
      "A crane's safety devices are incomplete, have failed, or were removed or damaged against the rules"
    ),
    remediation: L("停止使用，补齐、修复安全装置并经检验合格后方可使用。", "Stop using the crane; complete and repair its safety devices and have them tested before use."),
    keys: ["cranes"],
    violationWhen: some(
      "facts.cranes",
      any(
        because(eq("safetyDevicesComplete", false), "安全装置不齐全", "safety devices incomplete"),
        because(eq("safetyDevicesWorking", false), "安全装置失效", "safety devices failed"),
        because(eq("safetyDevicesRemovedOrDamaged", true), "安全装置被违规拆除、破坏", "safety devices removed or damaged")
      ),
      named("facts.cranes")
    )
  })

/** 2022 第八条(五). @since 0.1.0 */
export const craneSafetyDevices2022 = devices("2022")
/** 2024 第八条(四). @since 0.1.0 */
export const craneSafetyDevices2024 = devices("2024")

// ---------------------------------------------------------------------------------------------
// 2024 (五) 主要受力构件
// ---------------------------------------------------------------------------------------------

/**
 * 2024 第八条(五) (new): 主要受力构件有可见裂纹、严重锈蚀、塑性变形、开焊，或其连接螺栓、销轴缺失或失效.
 *
 * @since 0.1.0
 */
export const craneStructuralDefects2024 = defineItem({
  slug: "crane-structural-defects",
  edition: "2024",
  article: 8,
  item: 5,
  verified: true,
  title: L("起重机械主要受力构件缺陷或连接件缺失、失效", "Crane main members defective, or their bolts or pins missing or failed"),
  message: L(
    "建筑起重机械的主要受力构件有可见裂纹、严重锈蚀、塑性变形、开焊，或其连接螺栓、销轴缺失或失效",
    "A crane's main load-bearing members show visible cracks, severe corrosion, plastic deformation or broken welds, or their bolts or pins are missing or failed"
  ),
  remediation: L("立即停止使用，更换或修复缺陷构件和连接件，经检验合格后方可使用。", "Stop using the crane at once; replace or repair the members and connectors and have it tested before use."),
  keys: ["cranes"],
  violationWhen: some(
    "facts.cranes",
    any(
      because(eq("mainMemberDefects", true), "主要受力构件有可见裂纹、严重锈蚀、塑性变形或开焊", "main members cracked, corroded, deformed or with broken welds"),
      because(eq("mainMemberConnectionsMissingOrFailed", true), "主要受力构件连接螺栓、销轴缺失或失效", "main-member bolts or pins missing or failed")
    ),
    named("facts.cranes")
  )
})

// ---------------------------------------------------------------------------------------------
// 施工升降机 2022 (三) / 2024 (六); 塔式起重机 2022 (二) / 2024 (七)
// ---------------------------------------------------------------------------------------------

const tieSpacing = because(eq("tieSpacingMeetsCode", false), "附着间距不符合规范要求", "tie spacing not to code")
const overhang =
  because(eq("overhangAboveTopTieMeetsCode", false), "最高附着点以上的最大悬高不符合规范要求", "overhang above the top tie not to code")
const verticality = because(eq("verticalityMeetsCode", false), "垂直度不符合规范要求", "verticality not to code")

const hoistGeometry = (edition: Edition) =>
  defineItem({
    slug: "hoist-tie-in-geometry",
    edition,
    article: 8,
    item: edition === "2022" ? 3 : 6,
    verified: true,
    title: L("施工升降机附着间距、最大悬高或垂直度不符合规范", "Construction hoist tie spacing, overhang or verticality not to code"),
    message: L(
      "施工升降机附着间距和最高附着以上的最大悬高及垂直度不符合规范要求",
      "A construction hoist's tie spacing, overhang above the top tie or verticality does not meet the code"
    ),
    remediation: L("停止使用，按说明书和规范调整附着间距、悬高和垂直度，经检验合格后方可使用。", "Stop using the hoist; adjust tie spacing, overhang and verticality to the manual and code and have it tested before use."),
    keys: ["cranes"],
    violationWhen: some(
      "facts.cranes",
      all(kindIs("construction-hoist"), any(tieSpacing, overhang, verticality)),
      named("facts.cranes")
    )
  })

/** 2022 第八条(三). @since 0.1.0 */
export const hoistTieInGeometry2022 = hoistGeometry("2022")
/** 2024 第八条(六). @since 0.1.0 */
export const hoistTieInGeometry2024 = hoistGeometry("2024")

const towerGeometry = (edition: Edition) =>
  defineItem({
    slug: "tower-crane-geometry",
    edition,
    article: 8,
    item: edition === "2022" ? 2 : 7,
    verified: true,
    title: L("塔式起重机独立起升高度、附着间距、最大悬高或垂直度不符合规范", "Tower crane height, tie spacing, overhang or verticality not to code"),
    message: L(
      "塔式起重机独立起升高度、附着间距和最高附着以上的最大悬高及垂直度不符合规范要求",
      "A tower crane's free-standing height, tie spacing, overhang above the top tie or verticality does not meet the code"
    ),
    remediation: L("停止使用，按说明书和规范调整，经检验合格后方可使用。", "Stop using the crane; adjust it to the manual and code and have it tested before use."),
    keys: ["cranes"],
    violationWhen: some(
      "facts.cranes",
      all(
        kindIs("tower-crane"),
        any(
          because(eq("freestandingHeightMeetsCode", false), "独立起升高度不符合规范要求", "free-standing height not to code"),
          tieSpacing,
          overhang,
          verticality
        )
      ),
      named("facts.cranes")
    )
  })

/** 2022 第八条(二). @since 0.1.0 */
export const towerCraneGeometry2022 = towerGeometry("2022")
/** 2024 第八条(七). @since 0.1.0 */
export const towerCraneGeometry2024 = towerGeometry("2024")

// ---------------------------------------------------------------------------------------------
// 2024 (八) 安全距离; (九) 报废
// ---------------------------------------------------------------------------------------------

/**
 * 2024 第八条(八) (new): 塔式起重机与周边建(构)筑物或群塔作业未保持安全距离.
 *
 * @since 0.1.0
 */
export const towerCraneClearance2024 = defineItem({
  slug: "tower-crane-clearance",
  edition: "2024",
  article: 8,
  item: 8,
  verified: true,
  title: L("塔式起重机与周边建(构)筑物或群塔作业未保持安全距离", "Tower crane too close to structures or to other cranes"),
  message: L(
    "塔式起重机与周边建(构)筑物或群塔作业未保持安全距离",
    "A tower crane does not keep a safe distance from the surrounding structures, or from other cranes in group operation"
  ),
  remediation: L("调整塔机位置、臂长或作业范围，落实群塔作业防碰撞措施，保持规范要求的安全距离。", "Move the crane or restrict its jib or working range, apply anti-collision measures, and keep the code's safe distances."),
  keys: ["cranes"],
  violationWhen: some(
    "facts.cranes",
    all(
      kindIs("tower-crane"),
      any(
        because(eq("clearanceToStructuresMeetsCode", false), "与周边建(构)筑物未保持安全距离", "too close to surrounding structures"),
        all(
          because(eq("groupOperation", true), "群塔作业", "group operation"),
          because(eq("clearanceToOtherCranesMeetsCode", false), "与其他塔式起重机未保持安全距离", "too close to other tower cranes")
        )
      )
    ),
    named("facts.cranes")
  )
})

/**
 * 2024 第八条(九) (new): 使用达到报废标准的建筑起重机械，或使用达到报废标准的吊索具进行起重吊装作业.
 *
 * @since 0.1.0
 */
export const scrappedLiftingEquipment2024 = defineItem({
  slug: "scrapped-lifting-equipment",
  edition: "2024",
  article: 8,
  item: 9,
  verified: true,
  title: L("使用达到报废标准的起重机械或吊索具", "Crane or rigging at its scrapping standard in use"),
  message: L(
    "使用达到报废标准的建筑起重机械，或使用达到报废标准的吊索具进行起重吊装作业",
    "A crane at its scrapping standard is in use, or rigging at its scrapping standard is used for lifting"
  ),
  remediation: L("立即停止使用并报废处理，更换合格的起重机械和吊索具。", "Stop using it at once, scrap it, and replace it with compliant equipment and rigging."),
  keys: ["cranes", "rigging"],
  violationWhen: any(
    some(
      "facts.cranes",
      all(
        because(eq("atScrapStandard", true), "达到报废标准", "at its scrapping standard"),
        because(eq("inUse", true), "仍在使用", "still in use")
      ),
      named("facts.cranes")
    ),
    one(
      "facts.rigging",
      because(eq("scrappedInUse", true), "使用达到报废标准的吊索具进行起重吊装作业", "rigging at its scrapping standard used for lifting"),
      { entry: L("吊索具", "rigging") }
    )
  )
})

// ---------------------------------------------------------------------------------------------
// 2022 (六) 防坠安全器、标准节
// ---------------------------------------------------------------------------------------------

/**
 * 2022 第八条(六): 施工升降机防坠安全器超过有效标定期限，或标准节连接螺栓缺失、失效. The 2024
 * edition has no item of its own for it (§3b), so this rule has no 2024 version; from 2024-12-13
 * only the facts of 2024 第八条(四)、(五) (`safetyDevices*`, `mainMember*`) are judged.
 *
 * @since 0.1.0
 */
export const hoistFallArresterAndMastBolts2022 = defineItem({
  slug: "hoist-fall-arrester-and-mast-bolts",
  edition: "2022",
  article: 8,
  item: 6,
  verified: true,
  title: L("施工升降机防坠安全器超期或标准节连接螺栓缺失、失效", "Hoist fall arrester out of calibration, or mast bolts missing or failed"),
  message: L(
    "施工升降机防坠安全器超过有效标定期限，或标准节连接螺栓缺失、失效",
    "A construction hoist's fall arrester is past its calibration period, or mast-section bolts are missing or failed"
  ),
  remediation: L("停止使用，送检标定防坠安全器，补齐、紧固标准节连接螺栓后方可使用。", "Stop using the hoist; have the fall arrester calibrated and restore the mast bolts before use."),
  keys: ["cranes"],
  violationWhen: some(
    "facts.cranes",
    all(
      kindIs("construction-hoist"),
      any(
        because(
          { expired: "fallArresterCalibrationValidUntil" },
          "防坠安全器有效标定期限已于{fallArresterCalibrationValidUntil}届满",
          "fall arrester calibration expired on {fallArresterCalibrationValidUntil}"
        ),
        because(eq("mastBoltsMissingOrFailed", true), "标准节连接螺栓缺失、失效", "mast-section bolts missing or failed")
      )
    ),
    named("facts.cranes")
  )
})

/** Every version of the 第八条 rules. @since 0.1.0 */
export const liftingMachineryRules = [
  craneAcceptanceRegistration2022,
  craneAcceptanceRegistration2024,
  craneFoundation2022,
  craneFoundation2024,
  cranePreOperationChecks2022,
  cranePreOperationChecks2024,
  craneSafetyDevices2022,
  craneSafetyDevices2024,
  craneStructuralDefects2024,
  hoistTieInGeometry2022,
  hoistTieInGeometry2024,
  towerCraneGeometry2022,
  towerCraneGeometry2024,
  towerCraneClearance2024,
  scrappedLiftingEquipment2024,
  hoistFallArresterAndMastBolts2022
] as const
