/**
 * How the standard is read where its text leaves a choice, as rule notes. The 国家矿山安全监察局's 解读 (2023-01-13) and
 * its reply on stand-alone concentrators (2025-09-24) are known here only from secondary summaries
 * (sector-criteria.md §12), so the pack declares them with `verified: false`; a reading of the pack's own cites no
 * document. Notes change no outcome.
 *
 * @since 0.2.0
 */
import type { CitationDocument, Rule } from "@anquan/core"

/** The 解读 of 矿安〔2022〕88号 (secondary summaries only). @since 0.2.0 */
export const INTERPRETATION = "nmsa-noncoal-2022-interpretation"

/** The reply on the tailings of stand-alone concentrators (secondary summary only). @since 0.2.0 */
export const CONCENTRATOR_REPLY = "nmsa-noncoal-2025-concentrator-tailings"

/**
 * The documents the notes cite, declared by the pack (`noncoalMinePack.documents`).
 *
 * @since 0.2.0
 */
export const noteDocuments: ReadonlyArray<CitationDocument> = [
  {
    id: INTERPRETATION,
    title: "国家矿山安全监察局：《金属非金属矿山重大事故隐患判定标准》解读(2023-01-13)",
    titleEn: "NMSA: interpretation of the criteria for major accident hazards in metal and non-metal mines (2023-01-13)",
    verified: false
  },
  {
    id: CONCENTRATOR_REPLY,
    title: "国家矿山安全监察局答复：独立选矿厂的尾矿贮存场所按尾矿库管理(2025-09-24)",
    titleEn: "NMSA reply: a stand-alone concentrator's tailings storage is managed as a tailings pond (2025-09-24)",
    verified: false
  }
]

const note = (zh: string, en: string, ...documents: ReadonlyArray<string>): Rule.RuleNote => ({
  text: { "zh-CN": zh, en },
  ...(documents.length > 0 ? { citations: documents.map((document) => ({ document, verified: false })) } : {})
})

/** The supplement's window: from the date of its notice, as no in-force date is stated. @since 0.2.0 */
export const supplementWindowNote = note(
  "矿安〔2024〕41号通知(2024-04-23)要求“请遵照执行”，未另行规定施行日期；本规则自通知印发之日(2024-04-23)起适用，此日期为推定，未经核实。",
  "The notice 矿安〔2024〕41号 (2024-04-23) says “请遵照执行” and states no in-force date; this rule applies from the date of the notice (2024-04-23), an inferred date, not verified.",
  "noncoal-major-hazard-supplement-2024"
)

/** 地下矿山(二十四): inclined-shaft man-hoisting. @since 0.2.0 */
export const classOneLoadNote = note(
  "据《解读》，斜井提升人员的提升系统在本项中不按一级负荷对待(二手资料，未核实)。",
  "Per the interpretation, inclined-shaft man-hoisting is not treated as a class-1 load in this item (secondary sources, not verified).",
  INTERPRETATION
)

/** 尾矿库(八): freeboard and beach length (or flood width) both below design. @since 0.2.0 */
export const freeboardNote = note(
  "据《解读》，“防洪高度和干滩长度(防洪宽度)小于设计值”指两项同时小于设计值(二手资料，未核实)；本规则按此判定。",
  "Per the interpretation, “freeboard and beach length (flood width) below design” means both below design (secondary sources, not verified); this rule judges so.",
  INTERPRETATION
)

/** 尾矿库(十八): a stand-alone concentrator's tailings storage. @since 0.2.0 */
export const concentratorNote = note(
  "选矿厂本身不属本标准范围，但独立选矿厂贮存尾矿的场所按尾矿库管理(国家矿山安全监察局答复，https://www.chinamine-safety.gov.cn/hd/lyhf/202509/t20250924_559043.shtml，二手摘要，未核实)；本规则不以矿山单元为前提。",
  "A concentrator itself is outside the standard, but the place where a stand-alone concentrator stores its tailings is managed as a tailings pond (NMSA reply, https://www.chinamine-safety.gov.cn/hd/lyhf/202509/t20250924_559043.shtml, secondary summary, not verified); this rule applies whatever the mine's units.",
  CONCENTRATOR_REPLY
)

/** 补充情形 地下矿山(二): “周边”. @since 0.2.0 */
export const surroundingsNote = note(
  "据《解读》，“周边”指矿体边界外200m范围(二手资料，未核实)。",
  "Per the interpretation, “周边” (around the mine) is 200 m beyond the ore-body boundary (secondary sources, not verified).",
  INTERPRETATION
)

/** 补充情形: extreme weather. @since 0.2.0 */
export const extremeWeatherNote = note(
  "据《解读》，极端天气指红色、橙色预警等情形(二手资料，未核实)。",
  "Per the interpretation, extreme weather means red or orange warnings and the like (secondary sources, not verified).",
  INTERPRETATION
)

/** 补充情形 尾矿库(二): patrol and rescue staff. @since 0.2.0 */
export const tailingsWeatherNote = note(
  "据《解读》，尾矿库巡查、抢险人员不在撤出之列(二手资料，未核实)。",
  "Per the interpretation, tailings-pond patrol and rescue staff are not among those to be withdrawn (secondary sources, not verified).",
  INTERPRETATION
)

/** 露天矿山(九): “大于设计坡度10%以上”. @since 0.2.0 */
export const roadGradientNote = note(
  "“运输道路坡度大于设计坡度10%以上”按相对值读：实际坡度达到设计坡度的1.1倍及以上(“以上”含本数)。本包的读法，无官方出处。",
  "“Gradient more than 10 % above the design” is read as relative: the gradient is 1.1 times the design gradient or more (“以上” includes the value). The pack's own reading, no official source."
)
