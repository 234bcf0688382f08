/**
 * 国家矿山安全监察局 clarifications of the 2026 standard (sector-criteria.md §4-add, summarised from the catalog's
 * `applicationNotes`; each cites a chinamine-safety.gov.cn page). Not normative text and only secondary here, so the
 * documents are declared by the pack with `verified: false`, and each reaches the rules it shapes as a rule note.
 *
 * @since 0.2.0
 */
import type { CitationDocument, Rule } from "@anquan/core"

const reply = (id: string, title: string, titleEn: string): CitationDocument => ({ id, title, titleEn, verified: false })

/**
 * The replies, as citation documents the pack declares (`coalMinePack.documents`).
 *
 * @since 0.2.0
 */
export const clarificationDocuments: ReadonlyArray<CitationDocument> = [
  reply("nmsa-coal-2026-closed-list", "国家矿山安全监察局：煤矿重大事故隐患判定标准为封闭列举(2026-06-04)", "NMSA: the coal major-hazard criteria are a closed list (2026-06-04)"),
  reply("nmsa-coal-2026-dual-circuit", "国家矿山安全监察局答复：第十六条适用于井工煤矿(2026-06-02)", "NMSA reply: Art. 16 applies to underground mines (2026-06-02)"),
  reply("nmsa-coal-2026-safety-mark", "国家矿山安全监察局答复：第十三条(二)的电气设备(2026-06-12)", "NMSA reply: the electrical equipment of Art. 13(2) (2026-06-12)"),
  reply("nmsa-coal-2026-battery-vehicles", "国家矿山安全监察局答复：第二十条(十八)与无轨胶轮车启动电池(2026-07-27)", "NMSA reply: Art. 20(18) and diesel-vehicle starting batteries (2026-07-27)"),
  reply("nmsa-coal-2026-battery-backup", "国家矿山安全监察局答复：第二十条(十八)与后备电池(2026-06-06)", "NMSA reply: Art. 20(18) and backup batteries (2026-06-06)"),
  reply("nmsa-coal-2026-belt-sensors-position", "国家矿山安全监察局答复：第二十条(十一)传感器的判定位置(2026-07-23)", "NMSA reply: where Art. 20(11) sensors are judged (2026-07-23)"),
  reply("nmsa-coal-2026-belt-sensors-roadways", "国家矿山安全监察局答复：第二十条(十一)适用的巷道(2026-06-13)", "NMSA reply: the roadways Art. 20(11) applies in (2026-06-13)")
]

const cite = (document: string) => ({ document, verified: false })
const note = (zh: string, en: string, ...documents: ReadonlyArray<string>): Rule.RuleNote => ({ text: { "zh-CN": zh, en }, citations: documents.map(cite) })

/** (a) The list is closed. @since 0.2.0 */
export const closedListNote = note(
  "本标准为封闭列举：本条所列情形以外的违法违规行为不自动认定为重大事故隐患(国家矿山安全监察局，https://www.chinamine-safety.gov.cn/xw/mkaqjcxw/202606/t20260604_606401.shtml)。",
  "The standard is a closed list: a breach outside its situations is not by itself a major accident hazard (NMSA, https://www.chinamine-safety.gov.cn/xw/mkaqjcxw/202606/t20260604_606401.shtml).",
  "nmsa-coal-2026-closed-list"
)

/** (b) 第十六条 for underground mines only. @since 0.2.0 */
export const dualCircuitNote = note(
  "第十六条(双回路供电)适用于井工煤矿，露天煤矿不适用；令第21号施行后矿安〔2023〕125号废止(国家矿山安全监察局答复，https://www.chinamine-safety.gov.cn/hd/lyhf/202606/t20260602_606037.shtml)。",
  "Art. 16 (dual-circuit supply) applies to underground mines, not open-pit ones; 矿安〔2023〕125号 is repealed once Order No. 21 takes effect (NMSA reply, https://www.chinamine-safety.gov.cn/hd/lyhf/202606/t20260602_606037.shtml).",
  "nmsa-coal-2026-dual-circuit"
)

/** (c) 第十三条(二): electrical equipment under the safety-mark scheme only. @since 0.2.0 */
export const safetyMarkNote = note(
  "第十三条(二)的电气设备仅指纳入煤矿矿用产品安全标志管理的电气设备(国家矿山安全监察局答复，https://www.chinamine-safety.gov.cn/hd/lyhf/202606/t20260612_607556.shtml)。",
  "The electrical equipment of Art. 13(2) is only that under coal-mine product safety-mark management (NMSA reply, https://www.chinamine-safety.gov.cn/hd/lyhf/202606/t20260612_607556.shtml).",
  "nmsa-coal-2026-safety-mark"
)

/** (d) 第二十条(十八): the battery exclusions. @since 0.2.0 */
export const batteryNote = note(
  "第二十条(十八)不包括不能外部充电的防爆柴油机无轨胶轮车车载启动电池(https://www.chinamine-safety.gov.cn/hd/lyhf/202607/t20260727_678230.shtml)，也不包括监控、通信、避险设备的后备电池(https://www.chinamine-safety.gov.cn/hd/lyhf/202606/t20260606_606637.shtml)(国家矿山安全监察局答复)。",
  "Art. 20(18) excludes the starting batteries of flameproof diesel trackless vehicles that cannot be charged externally, and the backup batteries of monitoring, communication and refuge equipment (NMSA replies, https://www.chinamine-safety.gov.cn/hd/lyhf/202607/t20260727_678230.shtml, https://www.chinamine-safety.gov.cn/hd/lyhf/202606/t20260606_606637.shtml).",
  "nmsa-coal-2026-battery-vehicles",
  "nmsa-coal-2026-battery-backup"
)

/** (e) 第二十条(十一): where the sensors are judged. @since 0.2.0 */
export const beltSensorNote = note(
  "第二十条(十一)仅判定机头、机尾各一组、滚筒下风侧10m至20m范围内的传感器(https://www.chinamine-safety.gov.cn/hd/lyhf/202607/t20260723_677799.shtml)；进风、回风巷道中的带式输送机均适用(https://www.chinamine-safety.gov.cn/hd/lyhf/202606/t20260613_607598.shtml)(国家矿山安全监察局答复)。",
  "Art. 20(11) is judged only at the head and tail groups, 10–20 m downwind of the drums, in every roadway, intake and return alike (NMSA replies, https://www.chinamine-safety.gov.cn/hd/lyhf/202607/t20260723_677799.shtml, https://www.chinamine-safety.gov.cn/hd/lyhf/202606/t20260613_607598.shtml).",
  "nmsa-coal-2026-belt-sensors-position",
  "nmsa-coal-2026-belt-sensors-roadways"
)

/**
 * The notes of 第`article`条第(`item`)项: (a) on every 情形 of 第二十条 (其他重大事故隐患 is a list of concrete 情形, not a
 * catch-all), (b) on 第十六条, (c) on 第十三条(二), (d) on 第二十条(十八), (e) on 第二十条(十一).
 *
 * @since 0.2.0
 */
export const notesFor = (article: number, item: number): ReadonlyArray<Rule.RuleNote> => [
  ...(article === 20 ? [closedListNote] : []),
  ...(article === 16 ? [dualCircuitNote] : []),
  ...(article === 13 && item === 2 ? [safetyMarkNote] : []),
  ...(article === 20 && item === 18 ? [batteryNote] : []),
  ...(article === 20 && item === 11 ? [beltSensorNote] : [])
]
