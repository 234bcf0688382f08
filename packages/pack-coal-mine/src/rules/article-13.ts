/**
 * 第十三条 “使用应当淘汰的危及生产安全的设备、工艺”重大事故隐患，是指有下列情形之一的： — 6 情形.
 *
 * (一) (the 淘汰目录 covers every mine) and (六) (blasting) apply to 井工 and 露天煤矿; (二)–(四) name 井下 or
 * 采(盘)区 and (五) the gas class: not applicable to 露天煤矿. (二) follows the 国家矿山安全监察局 reply that its 电气设备 are only those under
 * 煤矿矿用产品安全标志 management (clarification (c), chinamine-safety.gov.cn …/hd/lyhf/202606/t20260612_607556.shtml,
 * secondary): the fact is asked for those only. (四)1: “超过” 50 mm / 5 mm — strictly more.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, flagRule, openPit, text } from "./shared.ts"

const { any, eq, gt, oneOf, some } = Condition

/** 第十三条(一): “使用禁止井工煤矿使用的设备及工艺目录、矿山安全落后工艺及设备淘汰目录中明确的国家明令禁止的设备或者工艺。” @since 0.2.0 */
export const bannedEquipment = flagRule({
  article: 13, item: 1, slug: "banned-equipment",
  title: ["使用国家明令禁止的设备或工艺", "Banned equipment or processes in use"],
  message: ["使用禁止井工煤矿使用的设备及工艺目录、矿山安全落后工艺及设备淘汰目录中明确的国家明令禁止的设备或者工艺", "Equipment or processes banned by the two national catalogues are in use"],
  remediation: ["停止使用并淘汰目录中明令禁止的设备、工艺。", "Stop using and retire the banned equipment and processes."],
  path: "facts.equipment.bannedInUse", breach: true, notApplicableWhen: null
})

/**
 * 第十三条(二): “井下使用的电气设备、反应型高分子材料、风筒、输送带未取得煤矿矿用产品安全标志。”
 *
 * Clarification (c): 电气设备 here are only those under 煤矿矿用产品安全标志 management.
 *
 * @since 0.2.0
 */
export const safetyMarkMissing = flagRule({
  article: 13, item: 2, slug: "safety-mark-missing",
  title: ["井下设备材料未取得煤矿矿用产品安全标志", "Underground products without the MA safety mark"],
  message: ["井下使用的电气设备、反应型高分子材料、风筒、输送带未取得煤矿矿用产品安全标志", "Electrical equipment, reactive polymers, air ducts or belts used underground lack the coal-mine product safety mark"],
  remediation: ["更换为取得煤矿矿用产品安全标志的产品。", "Replace them with products that hold the safety mark."],
  path: "facts.equipment.safetyMarkMissing", breach: true
})

/** 第十三条(三): “井下电气设备选型与矿井瓦斯等级不符。” @since 0.2.0 */
export const electricalGasClassMismatch = flagRule({
  article: 13, item: 3, slug: "electrical-gas-class-mismatch",
  title: ["电气设备选型与瓦斯等级不符", "Electrical equipment not matched to the gas class"],
  message: ["井下电气设备选型与矿井瓦斯等级不符", "Underground electrical equipment does not match the mine's gas class"],
  remediation: ["按矿井瓦斯等级选用电气设备。", "Choose electrical equipment for the mine's gas class."],
  path: "facts.equipment.electricalMismatchGasClass", breach: true
})

/**
 * 第十三条(四): “采(盘)区内防爆电气设备存在下列失爆情形之一的：1.隔爆外壳有裂纹、开焊、变形长度超过50mm或者凸凹深度超过5mm。2.安装有轴承转轴且穿过隔爆外壳壁的地方未设置隔爆轴承盖。
 * 3.冗余电缆引入口没有进行封堵，或者密封圈的单孔内穿进多根电缆。4.隔爆室(腔)的观察孔(窗)的透明板松动、破裂或者使用普通玻璃替代。5.隔爆设备的隔爆腔之间直接贯通。6.防爆电气设备闭锁装置失效。”
 *
 * @since 0.2.0
 */
export const lossOfExplosionProtection = Rule.fromCondition({
  id: "coal-mine/loss-of-explosion-protection",
  title: text("防爆电气设备失爆", "Loss of explosion protection"),
  message: text("采(盘)区内防爆电气设备存在失爆情形", "Flameproof electrical equipment in a district has lost its explosion protection"),
  remediation: text("立即停用失爆设备，修复或更换。", "Take the equipment out of service and repair or replace it."),
  ...common2026(13, 4),
  notApplicableWhen: openPit,
  violationWhen: some(
    "facts.flameproofEquipment",
    any(
      eq("enclosureCrackedOrOpenWeld", true),
      gt("deformationLengthMm", 50),
      gt("dentDepthMm", 5),
      oneOf("otherLosses", ["no-flameproof-bearing-cap", "cable-entry-unsealed", "window-loose-broken-or-ordinary-glass", "chambers-interconnected", "interlock-failed"])
    ),
    "name"
  )
})

/** 第十三条(五): “未按照矿井瓦斯等级选用相应的煤矿许用炸药或者数码电子雷管。” @since 0.2.0 */
export const explosivesNotMatched = flagRule({
  article: 13, item: 5, slug: "explosives-not-matched",
  title: ["未按瓦斯等级选用许用炸药或数码电子雷管", "Explosives or detonators not matched to the gas class"],
  message: ["未按照矿井瓦斯等级选用相应的煤矿许用炸药或者数码电子雷管", "Permitted explosives or electronic detonators are not chosen for the mine's gas class"],
  remediation: ["按矿井瓦斯等级选用煤矿许用炸药和数码电子雷管。", "Use the permitted explosives and electronic detonators for the gas class."],
  path: "facts.equipment.explosivesNotMatched", breach: true
})

/** 第十三条(六): “未使用专用起爆控制器或者裸露爆破。” @since 0.2.0 */
export const improperBlasting = flagRule({
  article: 13, item: 6, slug: "improper-blasting",
  title: ["未使用专用起爆控制器或裸露爆破", "No dedicated blasting controller, or bare blasting"],
  message: ["未使用专用起爆控制器或者裸露爆破", "Blasting without a dedicated controller, or unconfined blasting"],
  remediation: ["使用专用起爆控制器，禁止裸露爆破。", "Use a dedicated blasting controller; never blast unconfined."],
  path: "facts.equipment.noDedicatedBlasterOrBareBlasting", breach: true, notApplicableWhen: null
})

/** 第十三条, in the order of its 情形. @since 0.2.0 */
export const article13: ReadonlyArray<Rule.Rule<any>> = [bannedEquipment, safetyMarkMissing, electricalGasClassMismatch, lossOfExplosionProtection, explosivesNotMatched, improperBlasting]
