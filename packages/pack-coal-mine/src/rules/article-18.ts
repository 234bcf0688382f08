/**
 * 第十八条 “实行整体承包生产经营后，未重新取得或者及时变更安全生产许可证而从事生产，或者承包方再次转包，以及将井下采掘工作面和井巷维修作业外包”重大事故隐患，是指有下列情形之一的： — 7 情形.
 *
 * (一)–(四) concern a mine that is contracted out (`facts.contracting.contractedOut`), (二)–(四) one under a
 * whole-mine contract; “矿井” there is read as the mine, 井工 or 露天 (the pack's reading). (五) names both;
 * (六) (井下掘进、井巷维修) applies to 井工煤矿; (七) to both.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, flagRule, openPit, text } from "./shared.ts"

const { any, eq } = Condition

const notContracted = eq("facts.contracting.contractedOut", false)
const noWholeMineContract = any(notContracted, eq("facts.contracting.wholeMine", false))

/** 第十八条(一): “矿井未采取整体承包形式进行发包。” @since 0.2.0 */
export const notWholeMineContract = flagRule({
  article: 18, item: 1, slug: "not-whole-mine-contract",
  title: ["未采取整体承包形式发包", "Contracted out other than as a whole mine"],
  message: ["矿井未采取整体承包形式进行发包", "The mine is contracted out other than under a whole-mine contract"],
  remediation: ["改为整体承包形式发包。", "Contract out only as a whole mine."],
  path: "facts.contracting.wholeMine", breach: false, notApplicableWhen: notContracted
})

/** 第十八条(二): “矿井整体发包给不具有法人资格或者未取得合法有效营业执照的单位或者个人。” @since 0.2.0 */
export const unqualifiedContractor = flagRule({
  article: 18, item: 2, slug: "unqualified-contractor",
  title: ["整体发包给无法人资格或无营业执照者", "Whole mine contracted to an unqualified party"],
  message: ["矿井整体发包给不具有法人资格或者未取得合法有效营业执照的单位或者个人", "The whole mine is contracted to a party that is not a legal person or has no valid business licence"],
  remediation: ["发包给具有法人资格和合法有效营业执照的单位。", "Contract only with a legal person holding a valid business licence."],
  path: "facts.contracting.contractorNotQualified", breach: true, notApplicableWhen: noWholeMineContract
})

/** 第十八条(三): “实行整体承包的矿井，未重新取得或者变更安全生产许可证进行生产。” @since 0.2.0 */
export const contractLicenceNotRenewed = flagRule({
  article: 18, item: 3, slug: "contract-licence-not-renewed",
  title: ["整体承包后未重新取得或变更安全生产许可证", "Producing under a whole-mine contract without a renewed licence"],
  message: ["实行整体承包的矿井，未重新取得或者变更安全生产许可证进行生产", "A mine under a whole-mine contract produces without a new or amended work-safety licence"],
  remediation: ["重新取得或者变更安全生产许可证后再生产。", "Obtain or amend the work-safety licence before producing."],
  path: "facts.contracting.licenceNotRenewed", breach: true, notApplicableWhen: noWholeMineContract
})

/** 第十八条(四): “实行整体承包的矿井，承包方再次将矿井转包、分包给其他单位或者个人。” @since 0.2.0 */
export const contractorSubcontracted = flagRule({
  article: 18, item: 4, slug: "contractor-subcontracted",
  title: ["承包方再次转包、分包", "Contractor re-subcontracts the mine"],
  message: ["实行整体承包的矿井，承包方再次将矿井转包、分包给其他单位或者个人", "The contractor of a whole-mine contract re-subcontracts the mine"],
  remediation: ["禁止承包方转包、分包。", "The contractor must not re-subcontract."],
  path: "facts.contracting.contractorSubcontracted", breach: true, notApplicableWhen: noWholeMineContract
})

/** 第十八条(五): “井工煤矿将井下采煤作业，露天煤矿将坑下采煤工程(包括采装、运输)作为独立工程发包给其他单位(完全实现无人驾驶运输的露天煤矿承包单位除外)或者个人。” @since 0.2.0 */
export const coalMiningOutsourced = flagRule({
  article: 18, item: 5, slug: "coal-mining-outsourced",
  title: ["采煤作业作为独立工程发包", "Coal mining contracted out as a separate job"],
  message: ["井工煤矿将井下采煤作业、露天煤矿将坑下采煤工程作为独立工程发包给其他单位或者个人", "Underground coal cutting, or open-pit coal mining in the pit, is contracted out as a separate job"],
  remediation: ["收回采煤作业，不得作为独立工程发包。", "Take coal mining back in house."],
  path: "facts.contracting.coalMiningOutsourced", breach: true, notApplicableWhen: null
})

/** 第十八条(六): “矿井将井下掘进作业或者井巷维修作业(井筒，井下煤仓，井下新水平延深的井底车场、主运输、主通风、主排水、主要机电硐室岩石开拓工程除外)作为独立工程发包给其他单位(与发包矿井隶属同一煤矿企业的单位除外)或者个人。” @since 0.2.0 */
export const drivageOutsourced = flagRule({
  article: 18, item: 6, slug: "drivage-outsourced",
  title: ["井下掘进或井巷维修作为独立工程发包", "Drivage or roadway repair contracted out"],
  message: ["矿井将井下掘进作业或者井巷维修作业作为独立工程发包给其他单位或者个人", "Underground drivage or roadway repair is contracted out as a separate job"],
  remediation: ["收回井下掘进、井巷维修作业。", "Take drivage and roadway repair back in house."],
  path: "facts.contracting.drivageOrRepairOutsourced", breach: true, notApplicableWhen: openPit
})

/** 第十八条(七): “承包方存在施工队伍挂靠情形或者将井筒、井下煤仓、井下新水平延深岩石开拓工程转包。” @since 0.2.0 */
export const nomineeCrews = flagRule({
  article: 18, item: 7, slug: "nominee-crews",
  title: ["施工队伍挂靠或转包岩石开拓工程", "Nominee crews, or rock development re-subcontracted"],
  message: ["承包方存在施工队伍挂靠情形或者将井筒、井下煤仓、井下新水平延深岩石开拓工程转包", "The contractor uses nominee crews, or re-subcontracts shaft, bunker or new-level rock development"],
  remediation: ["清理挂靠队伍，禁止转包。", "Remove nominee crews; no re-subcontracting."],
  path: "facts.contracting.nomineeCrewsOrShaftWorksSubcontracted", breach: true, notApplicableWhen: null
})

/** 第十八条, in the order of its 情形. @since 0.2.0 */
export const article18: ReadonlyArray<Rule.Rule<any>> = [
  notWholeMineContract,
  unqualifiedContractor,
  contractLicenceNotRenewed,
  contractorSubcontracted,
  coalMiningOutsourced,
  drivageOutsourced,
  nomineeCrews
]
