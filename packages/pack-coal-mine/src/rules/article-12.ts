/**
 * 第十二条 “自然发火严重，未采取有效措施”重大事故隐患，是指有下列情形之一的： — 3 情形. Not applicable to 露天煤矿.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, flagRule, openPit, text } from "./shared.ts"

const { all, any, eq } = Condition

/**
 * 第十二条(一): “开采容易自燃和自燃的煤层，采煤工作面(充填开采的除外)未按照工作面防灭火技术措施采取灌浆、注惰性气体或者喷洒阻化剂等防灭火措施，
 * 或者采用灌浆防火时，灌浆管路未直接铺设至灌浆地点，或者采用注惰性气体防火时，释放口未保持在采空区氧化带内。”
 *
 * @since 0.2.0
 */
export const longwallFirePrevention = Rule.fromCondition({
  id: "coal-mine/longwall-fire-prevention",
  title: text("易自燃煤层采煤工作面防灭火措施不落实", "Longwall fire prevention missing in combustion-prone seams"),
  message: text(
    "开采容易自燃和自燃的煤层，采煤工作面未按照防灭火技术措施采取灌浆、注惰性气体或者喷洒阻化剂等措施，或者灌浆管路、注惰性气体释放口不符合规定",
    "A longwall in a combustion-prone seam lacks grouting, inert gas or inhibitor measures, or the grout line or inert-gas outlet is not where it must be"
  ),
  remediation: text("按防灭火技术措施灌浆、注惰性气体或者喷洒阻化剂。", "Grout, inject inert gas or spray inhibitor as the fire-prevention measures require."),
  ...common2026(12, 1),
  notApplicableWhen: any(openPit, eq("facts.combustion.minesProneSeams", false)),
  violationWhen: eq("facts.combustion.longwallMeasuresBreached", true)
})

/**
 * 第十二条(二): “井下出现自然发火征兆，受威胁区域未停止作业并采取措施处理，或者在发火征兆不能得到有效控制时未撤出危险区域人员，或者进行封闭施工作业时未撤出与施工无关的所有人员。”
 *
 * @since 0.2.0
 */
export const heatingSignsIgnored = Rule.fromCondition({
  id: "coal-mine/heating-signs-ignored",
  title: text("自然发火征兆未停工处理或撤人", "Self-heating signs without stop, treatment or withdrawal"),
  message: text("井下出现自然发火征兆，受威胁区域未停止作业并处理，或者未撤出危险区域人员", "Self-heating signs appeared and the threatened area was not stopped and treated, or people were not withdrawn"),
  remediation: text("停止受威胁区域作业并处理，必要时撤出人员。", "Stop work in the threatened area, treat it, and withdraw people when needed."),
  ...common2026(12, 2),
  notApplicableWhen: openPit,
  violationWhen: all(eq("facts.combustion.heatingSigns", true), eq("facts.combustion.heatingResponseBreached", true))
})

/** 第十二条(三): “未按照《煤矿安全规程》规定封闭、启封火区。” @since 0.2.0 */
export const fireZoneHandling = flagRule({
  article: 12, item: 3, slug: "fire-zone-handling",
  title: ["违规封闭、启封火区", "Fire zones sealed or opened against the regulations"],
  message: ["未按照《煤矿安全规程》规定封闭、启封火区", "Fire zones were sealed or opened against the Coal Mine Safety Regulations"],
  remediation: ["按规程封闭、启封火区。", "Seal and open fire zones only as the regulations prescribe."],
  path: "facts.combustion.fireZonesHandledAgainstRules", breach: true
})

/** 第十二条, in the order of its 情形. @since 0.2.0 */
export const article12: ReadonlyArray<Rule.Rule<any>> = [longwallFirePrevention, heatingSignsIgnored, fireZoneHandling]
