/**
 * 事实分组 — the sections of the pack's facts, named by the 方面 of 煤矿重大事故隐患判定标准 第三条 they serve (第二十条's other hazards by their subject).
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declarations, FactDeclarations, Localized } from "@anquan/core"

type FactDeclaration = Declarations.FactDeclaration

/** The label of each section, by path. @since 0.2.0 */
export const sectionLabels: Readonly<Record<string, Localized>> = {
  "facts.outburst": { "zh-CN": "防突措施", en: "outburst prevention" },
  "facts.outburst.protection": { "zh-CN": "防突安全防护措施", en: "outburst safety protection" },
  "facts.drainageSystem": { "zh-CN": "瓦斯抽采系统", en: "gas drainage system" },
  "facts.ventilation": { "zh-CN": "通风系统", en: "ventilation system" },
  "facts.licence": { "zh-CN": "超层、越界开采", en: "mining beyond the licensed seams or boundary" },
  "facts.water": { "zh-CN": "水害防治", en: "water-hazard prevention" },
  "facts.rockBurst": { "zh-CN": "冲击地压防治", en: "rock-burst prevention" },
  "facts.combustion": { "zh-CN": "自然发火防治", en: "spontaneous-combustion prevention" },
  "facts.equipment": { "zh-CN": "淘汰的设备、工艺", en: "equipment and processes to be eliminated" },
  "facts.monitoring": { "zh-CN": "监控与通讯系统", en: "monitoring and communication systems" },
  "facts.slope": { "zh-CN": "露天煤矿边坡", en: "open-pit slope" },
  "facts.power": { "zh-CN": "双回路供电", en: "dual-circuit power supply" },
  "facts.construction": { "zh-CN": "新建煤矿建设", en: "new-mine construction" },
  "facts.expansion": { "zh-CN": "改扩建", en: "reconstruction and expansion" },
  "facts.contracting": { "zh-CN": "承包、转包、外包", en: "contracting out" },
  "facts.restructuring": { "zh-CN": "改制、合并、分立", en: "restructuring, merger or division" },
  "facts.gasChecks": { "zh-CN": "瓦斯检查", en: "gas checks" },
  "facts.gasGrade": { "zh-CN": "瓦斯等级鉴定", en: "gas-class appraisal" },
  "facts.stripping": { "zh-CN": "剥离工程", en: "stripping works" },
  "facts.headcount": { "zh-CN": "采掘工作面和下井人数", en: "faces and people underground" },
  "facts.hoisting": { "zh-CN": "提升装置", en: "hoisting" },
  "facts.belts": { "zh-CN": "输送带", en: "conveyor belts" },
  "facts.drivage": { "zh-CN": "掘进工作面", en: "drivage faces" },
  "facts.selfRescue": { "zh-CN": "自救器", en: "self-rescuers" },
  "facts.hotWork": { "zh-CN": "井下电焊、气焊、喷灯焊接", en: "underground welding and cutting" },
  "facts.roof": { "zh-CN": "顶板", en: "roof control" },
  "facts.regulation36": { "zh-CN": "《煤矿安全生产条例》第三十六条重大事故隐患", en: "major hazards of Article 36, Coal Mine Work Safety Regulations" }
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
