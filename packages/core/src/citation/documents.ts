/**
 * 法规目录 — the national documents that rule citations may name.
 *
 * The ids and dates are those of the project's regulation facts (`regulations.md`, "Citation ids").
 * A pack may add documents of its own (a local regulation, a sector standard) when it registers;
 * a citation naming a document that is in neither list fails registration.
 *
 * @since 0.1.0
 */
import { make } from "../calendar/CalendarDate.ts"
import type { CitationDocument } from "./Citation.ts"

const doc = (
  id: string,
  title: string,
  titleEn: string,
  from: string | undefined,
  to: string | undefined,
  verified: boolean,
  issuedAs?: string,
  numbering?: "parts"
): CitationDocument => ({
  id,
  title,
  titleEn,
  verified,
  ...(issuedAs !== undefined ? { issuedAs } : {}),
  ...(numbering !== undefined ? { numbering } : {}),
  ...(from !== undefined ? { inForceFrom: make(from) } : {}),
  ...(to !== undefined ? { inForceTo: make(to) } : {})
})

/**
 * The national catalogue. `inForceTo` is the last day a text applies (the day before its replacement).
 *
 * @since 0.1.0
 */
export const nationalDocuments: ReadonlyArray<CitationDocument> = [
  doc("work-safety-law-2021", "中华人民共和国安全生产法(2021修正)", "Work Safety Law of the PRC (2021 amendment)", "2021-09-01", undefined, true),
  doc("work-safety-law-2014", "中华人民共和国安全生产法(2014修正)", "Work Safety Law of the PRC (2014 amendment)", "2014-12-01", "2021-08-31", false),
  doc("work-safety-law-2002", "中华人民共和国安全生产法(2002)", "Work Safety Law of the PRC (2002)", "2002-11-01", "2014-11-30", false),
  doc("accident-reporting-2007", "生产安全事故报告和调查处理条例", "Regulation on the Reporting, Investigation and Handling of Production Safety Accidents", "2007-06-01", undefined, true, "国务院令第493号"),
  doc("hazchem-major-hazard-2017", "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准(试行)", "Criteria for Major Accident Hazards in Chemical and Hazardous-Chemical Units (trial)", "2017-11-13", undefined, true, "安监总管三〔2017〕121号"),
  doc("fireworks-major-hazard-2017", "烟花爆竹生产经营单位重大生产安全事故隐患判定标准(试行)", "Criteria for Major Accident Hazards in Fireworks Units (trial)", "2017-11-13", undefined, true, "安监总管三〔2017〕121号"),
  doc("hazchem-safety-law-2026", "中华人民共和国危险化学品安全法", "Hazardous Chemicals Safety Law of the PRC", "2026-05-01", undefined, false, "主席令第六十四号"),
  doc("construction-major-hazard-2022", "房屋市政工程生产安全重大事故隐患判定标准(2022版)", "Criteria for Major Accident Hazards in Building and Municipal Works (2022)", "2022-04-19", "2024-12-12", true, "建质规〔2022〕2号"),
  doc("construction-major-hazard-2024", "房屋市政工程生产安全重大事故隐患判定标准(2024版)", "Criteria for Major Accident Hazards in Building and Municipal Works (2024)", "2024-12-13", undefined, true, "建质规〔2024〕5号"),
  doc("coal-major-hazard-2020", "煤矿重大事故隐患判定标准", "Criteria for Major Accident Hazards in Coal Mines (2020)", "2021-01-01", "2026-06-30", true, "应急管理部令第4号"),
  doc("coal-major-hazard-2026", "煤矿重大事故隐患判定标准(2026修订)", "Criteria for Major Accident Hazards in Coal Mines (2026 revision)", "2026-07-01", undefined, true, "应急管理部令第21号"),
  doc("coal-safety-regulation-2024", "煤矿安全生产条例", "Regulation on Coal Mine Work Safety", "2024-05-01", undefined, true),
  doc("noncoal-major-hazard-2022", "金属非金属矿山重大事故隐患判定标准", "Criteria for Major Accident Hazards in Metal and Non-metal Mines", "2022-09-01", undefined, true, "矿安〔2022〕88号", "parts"),
  // 矿安〔2024〕41号 states no in-force date: 2024-04-23 is the date of its notice, the earliest it can apply (an inference, hence unverified)
  doc("noncoal-major-hazard-supplement-2024", "金属非金属矿山重大事故隐患判定标准补充情形", "Supplementary situations to the Criteria for Major Accident Hazards in Metal and Non-metal Mines", "2024-04-23", undefined, false, "矿安〔2024〕41号", "parts"),
  doc("industry-trade-major-hazard-2023", "工贸企业重大事故隐患判定标准", "Criteria for Major Accident Hazards in Industry and Trade Enterprises", "2023-05-15", undefined, true, "应急管理部令第10号"),
  // in force 2024-12-01 [secondary] (sector-criteria.md §15): the document is marked unverified; its 47 items are verified
  doc("special-equipment-major-hazard-gb45067-2024", "GB 45067-2024 特种设备重大事故隐患判定准则", "GB 45067-2024 Criteria for determining major accident hazards of special equipment", "2024-12-01", undefined, false),
  // 第十一条 "自发布之日起执行" [verified]; the issue date 2023-09-21 is [secondary] only, hence `verified: false`
  doc("city-gas-major-hazard-2023", "城镇燃气经营安全重大隐患判定标准", "Criteria for Major Safety Hazards in Town Gas Operation", "2023-09-21", undefined, false, "建城规〔2023〕4号"),
  doc("special-operations-gb30871-2022", "GB 30871-2022 危险化学品企业特殊作业安全规范", "GB 30871-2022 Safety code for special operations in hazardous chemicals enterprises", "2022-10-01", undefined, true),
  doc("key-hazardous-processes", "重点监管危险化工工艺目录", "Catalogue of key-supervision hazardous chemical processes", undefined, undefined, true),
  doc("major-hazard-installation-gb18218-2018", "GB 18218-2018 危险化学品重大危险源辨识", "GB 18218-2018 Identification of major hazard installations for hazardous chemicals", "2019-03-01", undefined, true),
  doc("standardization-gbt33000-2016", "GB/T 33000-2016 企业安全生产标准化基本规范", "GB/T 33000-2016 Basic specification of enterprise work-safety standardization", "2017-04-01", "2025-10-30", false),
  doc("standardization-gbt33000-2025", "GB/T 33000-2025 大中型企业安全生产标准化管理体系要求", "GB/T 33000-2025 Work-safety standardization management system for large and medium enterprises", "2025-10-31", undefined, false),
  doc("standardization-grading-2021", "企业安全生产标准化建设定级办法", "Measures for grading enterprise work-safety standardization", "2021-10-27", undefined, true, "应急〔2021〕83号")
]
