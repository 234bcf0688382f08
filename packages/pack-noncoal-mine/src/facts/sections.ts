/**
 * 事实分组 — the three parts of the standard a mine falls under (地下矿山, 露天矿山, 尾矿库), each a section of the facts,
 * and their sub-sections (`facts.underground.ventilation` 地下矿山通风系统, …), each named by its topic.
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declarations, FactDeclarations, Localized } from "@anquan/core"

type FactDeclaration = Declarations.FactDeclaration

/** The label of each section, by path. @since 0.2.0 */
export const sectionLabels: Readonly<Record<string, Localized>> = {
  "facts.underground": { "zh-CN": "地下矿山", en: "underground mine" },
  "facts.openPit": { "zh-CN": "露天矿山", en: "open-pit mine" },
  "facts.tailingsPond": { "zh-CN": "尾矿库", en: "tailings pond" },
  // the sub-sections, each the topic of the item that reads it
  "facts.underground.safetyExits": { "zh-CN": "地下矿山安全出口", en: "underground mine: safety exits" },
  "facts.underground.plans": { "zh-CN": "地下矿山现状图纸", en: "underground mine: mine plans" },
  "facts.underground.transition": { "zh-CN": "露天转地下开采", en: "underground mine: open-pit-to-underground transition" },
  "facts.underground.surfaceWater": { "zh-CN": "地下矿山地表水防治", en: "underground mine: surface water" },
  "facts.underground.pumping": { "zh-CN": "井下主要排水系统", en: "underground mine: main pumping" },
  "facts.underground.flood": { "zh-CN": "井口标高与防洪", en: "underground mine: shaft collars and floods" },
  "facts.underground.water": { "zh-CN": "地下矿山防治水", en: "underground mine: water control" },
  "facts.underground.inrush": { "zh-CN": "突水威胁区域采掘", en: "underground mine: inrush areas" },
  "facts.underground.surfaceInflow": { "zh-CN": "地表水倒灌", en: "underground mine: surface-water inflow" },
  "facts.underground.spontaneousCombustion": { "zh-CN": "自然发火防治", en: "underground mine: spontaneous combustion" },
  "facts.underground.surface": { "zh-CN": "地表设施与地质灾害", en: "underground mine: surface facilities" },
  "facts.underground.pillars": { "zh-CN": "矿柱", en: "underground mine: pillars" },
  "facts.underground.groundPressure": { "zh-CN": "地压防治", en: "underground mine: ground pressure" },
  "facts.underground.ventilation": { "zh-CN": "地下矿山通风系统", en: "underground mine: ventilation" },
  "facts.underground.hoisting": { "zh-CN": "提升系统", en: "underground mine: hoisting" },
  "facts.underground.power": { "zh-CN": "地下矿山供电", en: "underground mine: power supply" },
  "facts.underground.construction": { "zh-CN": "井巷工程施工", en: "underground mine: shaft and drift construction" },
  "facts.underground.project": { "zh-CN": "建设项目安全设施", en: "underground mine: construction project" },
  "facts.underground.contracting": { "zh-CN": "工程项目发包", en: "underground mine: contracting" },
  "facts.underground.systems": { "zh-CN": "监测监控、人员定位、通信联络系统", en: "underground mine: monitoring, locating and communication systems" },
  "facts.underground.staff": { "zh-CN": "地下矿山管理和技术人员", en: "underground mine: managers and technicians" },
  "facts.underground.hiddenHazards": { "zh-CN": "隐蔽致灾因素", en: "underground mine: hidden hazards" },
  "facts.openPit.slide": { "zh-CN": "露天矿山边坡滑移", en: "open-pit mine: slope sliding" },
  "facts.tailingsPond.dam": { "zh-CN": "尾矿库坝体", en: "tailings pond: dam" },
  "facts.tailingsPond.decant": { "zh-CN": "尾矿库排洪系统", en: "tailings pond: decant system" },
  "facts.tailingsPond.monitoring": { "zh-CN": "尾矿库安全监测系统", en: "tailings pond: safety monitoring" },
  "facts.tailingsPond.dry": { "zh-CN": "干式尾矿库堆存", en: "tailings pond: dry stacking" },
  "facts.tailingsPond.staff": { "zh-CN": "尾矿库管理和技术人员", en: "tailings pond: staff" }
}

/**
 * The declarations with the sections they reach into declared as `object` (only a label): a rule that
 * reads `facts.SECTION.x` carries the section's words, so a record without the whole section names it
 * (安全管理, not `management`) in findings, reports and checklist topics.
 *
 * @since 0.2.0
 */
export const withSections = (facts: FactDeclarations): FactDeclarations => {
  const out: Record<string, FactDeclaration> = {}
  for (const [path, label] of Object.entries(sectionLabels)) {
    if (Object.keys(facts).some((k) => k.startsWith(path + ".") && facts[k]!.type !== "object")) out[path] = { type: "object", label }
  }
  return { ...out, ...facts }
}
