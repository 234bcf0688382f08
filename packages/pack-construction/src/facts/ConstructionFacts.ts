/**
 * 房屋市政工程事实 — the fact section of the construction pack: what the items of
 * 房屋市政工程生产安全重大事故隐患判定标准 read, in both editions (`construction-major-hazard-2022`,
 * 建质规〔2022〕2号, regulations.md §3; `construction-major-hazard-2024`, 建质规〔2024〕5号, §3b).
 *
 * One record is one 工程项目 (施工单位 = the enterprise whose record carries the section, under
 * `enterprise.facts.construction`).
 *
 * Every fact is optional (`Schema.optionalKey`): an absent fact means "unknown", and a rule that
 * needs it answers `indeterminate`; nothing defaults silently. An empty array is a known fact
 * ("checked, none"); an absent array is not. Inside list entries every key is optional too,
 * including the key that says what the entry is (`kind`): a rule whose scope depends on an
 * unknown kind answers `indeterminate` unless the entry is fine whatever its kind.
 *
 * Booleans are phrased so that `true` states what the field comment says, e.g. `adjacentProtection:
 * true` = 已采取专项防护措施. Numbers compared with each other (a load with its design value) must use
 * the same unit; the comments suggest one. The field comments name the items (2022 / 2024 numbering)
 * that read each fact.
 *
 * @since 0.1.0
 */
import { CalendarDate } from "@anquan/core"
import { Schema } from "effect"

const opt = Schema.optionalKey
const Bool = Schema.Boolean
const Text = Schema.String
const NonNegative = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a number ≥ 0" }))
const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a whole number ≥ 0" }))
const Percent = Schema.Finite.check(
  Schema.isGreaterThanOrEqualTo(0, { message: "Expected a percentage between 0 and 100" }),
  Schema.isLessThanOrEqualTo(100, { message: "Expected a percentage between 0 and 100" })
)
const Day = CalendarDate.CalendarDate

/** 编号与名称 — how an entry of a list is named in evidence and details. */
const named = {
  /** 编号. */
  id: opt(Text),
  /** 名称 (e.g. 1#塔吊, 2号基坑). */
  name: opt(Text)
}

// ---------------------------------------------------------------------------------------------
// 工程项目
// ---------------------------------------------------------------------------------------------

/**
 * 工程项目 — the project (read by no item; it names the record). `kind`: `building` 房屋建筑工程,
 * `municipal` 市政基础设施工程. `works`: 新建 `new-build`, 扩建 `extension`, 改建 `alteration`,
 * 拆除 `demolition` (第三条: the scope of both editions).
 *
 * @since 0.1.0
 */
export const Project = Schema.Struct({
  /** 工程名称. */
  name: opt(Text),
  /** 工程类别: building 房屋建筑工程 | municipal 市政基础设施工程. */
  kind: opt(Schema.Literals(["building", "municipal"]).annotate({ description: "building 房屋建筑工程 | municipal 市政基础设施工程" })),
  /** 建设性质: 新建、扩建、改建、拆除. */
  works: opt(Schema.Literals(["new-build", "extension", "alteration", "demolition"]).annotate({
    description: "new-build 新建 | extension 扩建 | alteration 改建 | demolition 拆除"
  })),
  /** 工程规模. */
  scale: opt(Schema.Struct({
    /** 建筑面积, m². */
    grossFloorAreaM2: opt(NonNegative),
    /** 建筑高度, m. */
    buildingHeightMetres: opt(NonNegative),
    /** 地上层数. */
    storeysAboveGround: opt(Count),
    /** 合同价, 万元. */
    contractSumTenThousandYuan: opt(NonNegative)
  }).annotate({ identifier: "ProjectScale", description: "工程规模" })),
  /** 工程地点. */
  address: opt(Text)
}).annotate({ identifier: "Project", description: "工程项目" })

// ---------------------------------------------------------------------------------------------
// 第四条 施工安全管理
// ---------------------------------------------------------------------------------------------

/**
 * 安全生产许可证 (2022 / 2024 第四条(一)). A licence is in force when it is held, not past
 * `validUntil` and not suspended or revoked (暂扣、吊销).
 *
 * @since 0.1.0
 */
export const WorkSafetyLicence = Schema.Struct({
  /** 持有安全生产许可证. */
  held: opt(Bool),
  /** 证书编号. */
  number: opt(Text),
  /** 有效期至 (inclusive). */
  validUntil: opt(Day),
  /** 被暂扣或吊销. */
  suspendedOrRevoked: opt(Bool)
}).annotate({ identifier: "WorkSafetyLicence", description: "安全生产许可证" })

/**
 * 建筑业企业资质 (2024 第四条(一): 超(无)资质承揽工程).
 *
 * @since 0.1.0
 */
export const ContractorQualification = Schema.Struct({
  /** 具有建筑业企业资质. */
  held: opt(Bool),
  /** 资质类别和等级, e.g. 建筑工程施工总承包二级. */
  description: opt(Text),
  /** 本工程在资质许可范围内 (false = 超资质承揽). */
  coversProject: opt(Bool)
}).annotate({ identifier: "ContractorQualification", description: "建筑业企业资质" })

/**
 * 施工单位 — the contractor's licence and qualification (第四条(一)).
 *
 * @since 0.1.0
 */
export const Contractor = Schema.Struct({
  /** 施工单位名称. */
  name: opt(Text),
  workSafetyLicence: opt(WorkSafetyLicence),
  qualification: opt(ContractorQualification)
}).annotate({ identifier: "Contractor", description: "施工单位" })

/**
 * 证书 — a certificate of a person: 安全生产考核合格证书 (三类人员) or 建筑施工特种作业操作资格证书.
 * The 2022 edition asks whether it is held (取得); the 2024 edition whether a **valid** one is held
 * (取得有效的): held and not past `validUntil`.
 *
 * @since 0.1.0
 */
export const Certificate = Schema.Struct({
  /** 已取得证书. */
  held: opt(Bool),
  /** 证书编号. */
  number: opt(Text),
  /** 有效期至 (inclusive). */
  validUntil: opt(Day)
}).annotate({ identifier: "Certificate", description: "证书 (安全生产考核合格证书 / 特种作业操作资格证书)" })

/**
 * "三类人员" 的角色: `principal` 主要负责人, `project-manager` 项目负责人,
 * `full-time-safety-manager` 专职安全生产管理人员.
 *
 * @since 0.1.0
 */
export const KeyRole = Schema.Literals(["principal", "project-manager", "full-time-safety-manager"]).annotate({
  identifier: "KeyRole",
  description: "principal 主要负责人 | project-manager 项目负责人 | full-time-safety-manager 专职安全生产管理人员"
})

/** @since 0.1.0 */
export type KeyRole = typeof KeyRole.Type

/**
 * "三类人员" — one 主要负责人, 项目负责人 or 专职安全生产管理人员 working on the project, with their
 * 安全生产考核合格证书 (第四条(二)).
 *
 * @since 0.1.0
 */
export const KeyPerson = Schema.Struct({
  role: opt(KeyRole),
  name: opt(Text),
  /** 安全生产考核合格证书. */
  certificate: opt(Certificate)
}).annotate({ identifier: "KeyPerson", description: "三类人员: 主要负责人、项目负责人、专职安全生产管理人员" })

/**
 * 项目专职安全生产管理人员配备 (2024 第四条(二): 未按规定足额配备). `required` is the number the
 * applicable rules require for this project, as determined by the user: the 判定标准 does not state
 * the staffing scale, so this pack does not compute it.
 *
 * @since 0.1.0
 */
export const SafetyManagerStaffing = Schema.Struct({
  /** 按规定应配备的专职安全生产管理人员人数. */
  required: opt(Count),
  /** 实际配备的专职安全生产管理人员人数. */
  assigned: opt(Count)
}).annotate({ identifier: "SafetyManagerStaffing", description: "项目专职安全生产管理人员配备" })

/**
 * 建筑施工特种作业人员 and their 操作资格证书 (第四条(三)).
 *
 * @since 0.1.0
 */
export const SpecialOperator = Schema.Struct({
  name: opt(Text),
  /** 工种, e.g. 建筑电工、建筑架子工、建筑起重机械司机、建筑起重信号司索工. */
  trade: opt(Text),
  /** 特种作业人员操作资格证书. */
  certificate: opt(Certificate)
}).annotate({ identifier: "SpecialOperator", description: "建筑施工特种作业人员" })

/**
 * 专项施工方案 of a 危大工程 (第四条(四)).
 *
 * @since 0.1.0
 */
export const SpecialPlan = Schema.Struct({
  /** 已编制. */
  prepared: opt(Bool),
  /** 已审核. */
  reviewed: opt(Bool),
  /** 方案存在严重缺陷 (2024 第四条(四)). */
  seriousDefects: opt(Bool)
}).annotate({ identifier: "SpecialPlan", description: "专项施工方案" })

/**
 * 验收 of a 危大工程 (2024 第四条(五)).
 *
 * @since 0.1.0
 */
export const DangerousWorkAcceptance = Schema.Struct({
  /** 按规定需要验收. */
  required: opt(Bool),
  /** 已验收合格. */
  passed: opt(Bool),
  /** 已进入下一道工序或投入使用. */
  proceeded: opt(Bool)
}).annotate({ identifier: "DangerousWorkAcceptance", description: "危大工程验收" })

/**
 * 危险性较大的分部分项工程 ("危大工程", 第四条(四)、2024 第四条(五)).
 *
 * @since 0.1.0
 */
export const DangerousWork = Schema.Struct({
  ...named,
  /** 类别, e.g. 基坑工程、模板工程及支撑体系、起重吊装及起重机械安装拆卸工程、脚手架工程、拆除工程、暗挖工程. */
  kind: opt(Text),
  /** 属于超过一定规模的危大工程. */
  overSize: opt(Bool),
  specialPlan: opt(SpecialPlan),
  /** 已按规定组织专家论证 (超过一定规模的危大工程). */
  expertReview: opt(Bool),
  acceptance: opt(DangerousWorkAcceptance)
}).annotate({ identifier: "DangerousWork", description: "危险性较大的分部分项工程" })

// ---------------------------------------------------------------------------------------------
// 第五条 基坑(、边坡)工程; 2024 第十四条(一)(二) 基坑周边堆载
// ---------------------------------------------------------------------------------------------

/**
 * 基坑坍塌风险预兆 (第五条(四)).
 *
 * @since 0.1.0
 */
export const CollapseSigns = Schema.Struct({
  /** 支护结构或周边建筑物的最大变形值, mm. */
  deformationMm: opt(NonNegative),
  /** 设计变形控制值, mm. */
  designDeformationLimitMm: opt(NonNegative),
  /** 基坑侧壁出现大量漏水、流土. */
  sideWallLeakageOrSoilFlow: opt(Bool),
  /** 基坑底部出现管涌. */
  bottomPiping: opt(Bool),
  /** 基坑底部出现突涌 (2024 only). */
  bottomBlowout: opt(Bool),
  /** 桩间土流失孔洞的最大深度, m (0 = none, or no piles). */
  soilLossHoleDepthMetres: opt(NonNegative),
  /** 桩径, m. */
  pileDiameterMetres: opt(NonNegative)
}).annotate({ identifier: "CollapseSigns", description: "基坑坍塌风险预兆" })

/**
 * 基坑 — a foundation pit (第五条; 2024 第十四条(一)(二)).
 *
 * @since 0.1.0
 */
export const FoundationPit = Schema.Struct({
  ...named,
  /** 深基坑 (as the project classifies it; the 判定标准 gives no depth). */
  deep: opt(Bool),
  /** 有支护 (false = 无支护基坑(槽)). */
  supported: opt(Bool),
  /** 开挖深度, m. */
  excavationDepthMetres: opt(NonNegative),
  /** 毗邻建筑物、构筑物、地下管线可能因基坑施工受损. */
  adjacentAtRisk: opt(Bool),
  /** 已对其采取专项防护措施. */
  adjacentProtection: opt(Bool),
  /** 土方超挖. */
  overExcavated: opt(Bool),
  /** 已对超挖采取有效措施. */
  overExcavationMeasures: opt(Bool),
  /** 已进行第三方监测. */
  thirdPartyMonitoring: opt(Bool),
  collapseSigns: opt(CollapseSigns),
  /** 坍塌风险预兆已及时处理. */
  collapseSignsHandled: opt(Bool),
  /** 基坑周边堆载, kPa (2024 第十四条(一)). */
  edgeSurchargeKpa: opt(NonNegative),
  /** 基坑周边设计允许堆载, kPa. */
  designAllowableEdgeSurchargeKpa: opt(NonNegative),
  /**
   * 坑底边线至最近堆载的水平距离, m; `null` = 周边无堆载 (2024 第十四条(二), 无支护基坑(槽)).
   */
  nearestSurchargeFromBottomEdgeMetres: opt(Schema.NullOr(NonNegative))
}).annotate({ identifier: "FoundationPit", description: "基坑" })

/**
 * 边坡 (2024 第五条). `safetyGrade` 边坡安全等级 1 一级, 2 二级, 3 三级.
 *
 * @since 0.1.0
 */
export const Slope = Schema.Struct({
  ...named,
  /** 边坡安全等级 (2024 第五条(三): 高边坡(一级、二级)). */
  safetyGrade: opt(Schema.Literals([1, 2, 3]).annotate({ description: "1 一级 | 2 二级 | 3 三级" })),
  /** 毗邻建筑物、构筑物、地下管线可能因边坡施工受损. */
  adjacentAtRisk: opt(Bool),
  /** 已对其采取专项防护措施. */
  adjacentProtection: opt(Bool),
  /** 土方超挖. */
  overExcavated: opt(Bool),
  /** 已对超挖采取有效措施. */
  overExcavationMeasures: opt(Bool),
  /** 已进行第三方监测. */
  thirdPartyMonitoring: opt(Bool)
}).annotate({ identifier: "Slope", description: "边坡" })

// ---------------------------------------------------------------------------------------------
// 第六条 模板工程(及支撑体系)
// ---------------------------------------------------------------------------------------------

/**
 * 模板支架 / 滑模 / 爬模 (第六条).
 *
 * @since 0.1.0
 */
export const FormworkSupport = Schema.Struct({
  ...named,
  /** 模板支架基础承载力和变形满足设计要求. */
  foundationMeetsDesign: opt(Bool),
  /** 模板支架上的施工荷载, kN/m². */
  constructionLoad: opt(NonNegative),
  /** 设计施工荷载, kN/m² (same unit). */
  designLoad: opt(NonNegative),
  /** 已拆除模板支架, 或滑模、爬模已爬升. */
  removedOrClimbed: opt(Bool),
  /** 拆除或爬升时的混凝土强度, MPa. */
  concreteStrengthMPa: opt(NonNegative),
  /** 设计或规范要求的混凝土强度, MPa. */
  requiredConcreteStrengthMPa: opt(NonNegative),
  /** 属于危大工程范围的混凝土模板支撑工程 (2024 第六条(四)). */
  dangerousWork: opt(Bool),
  /** 按专项施工方案的浇筑顺序浇筑混凝土. */
  pourSequencePerPlan: opt(Bool),
  /** 按专项施工方案的分层厚度浇筑混凝土. */
  pourLayerThicknessPerPlan: opt(Bool)
}).annotate({ identifier: "FormworkSupport", description: "模板支架、滑模、爬模" })

// ---------------------------------------------------------------------------------------------
// 第七条 脚手架工程; 2024 第九条(四) 脚手架与结构外表面
// ---------------------------------------------------------------------------------------------

/**
 * 脚手架类型: `attached-lifting` 附着式升降脚手架, `floor-standing` 落地式, `cantilevered` 悬挑式,
 * `other` 其他.
 *
 * @since 0.1.0
 */
export const ScaffoldKind = Schema.Literals(["attached-lifting", "floor-standing", "cantilevered", "other"]).annotate({
  identifier: "ScaffoldKind",
  description: "attached-lifting 附着式升降脚手架 | floor-standing 落地式 | cantilevered 悬挑式 | other 其他"
})

/**
 * 附着式升降脚手架安全装置状态: `conforming` 符合设计要求且有效, `not-to-design` 不符合设计要求,
 * `failed` 失效, `removed-or-damaged` 被拆除、破坏, `missing` 缺失.
 *
 * @since 0.1.0
 */
export const DeviceStatus = Schema.Literals(["conforming", "not-to-design", "failed", "removed-or-damaged", "missing"]).annotate({
  identifier: "DeviceStatus",
  description: "conforming 符合设计且有效 | not-to-design 不符合设计要求 | failed 失效 | removed-or-damaged 被拆除破坏 | missing 缺失"
})

/** @since 0.1.0 */
export type DeviceStatus = typeof DeviceStatus.Type

/**
 * 脚手架 (第七条; 2024 第九条(四) first half).
 *
 * @since 0.1.0
 */
export const Scaffold = Schema.Struct({
  ...named,
  kind: opt(ScaffoldKind),
  /** 基础承载力和变形满足设计要求. */
  foundationMeetsDesign: opt(Bool),
  /** 连墙件: present 已设置 | none 未设置 | whole-storey-missing 整层缺失. */
  wallTies: opt(Schema.Literals(["present", "none", "whole-storey-missing"]).annotate({
    description: "present 已设置 | none 未设置连墙件 | whole-storey-missing 连墙件整层缺失"
  })),
  /** 正在使用. */
  inUse: opt(Bool),
  /** 附着式升降脚手架已验收合格 (2022 第七条(三)). */
  acceptancePassed: opt(Bool),
  /** 附着式升降脚手架防倾覆装置. */
  antiTiltDevice: opt(DeviceStatus),
  /** 附着式升降脚手架防坠落装置. */
  antiFallDevice: opt(DeviceStatus),
  /** 附着式升降脚手架同步升降控制装置. */
  syncLiftControl: opt(DeviceStatus),
  /** 架体悬臂高度, m (2022 第七条(五)). */
  cantileverHeightMetres: opt(NonNegative),
  /** 架体高度, m. */
  frameHeightMetres: opt(NonNegative),
  /** 脚手架与结构外表面之间贯通 (2024 第九条(四)). */
  gapToStructureOpen: opt(Bool),
  /** 已对该贯通处采取水平防护措施. */
  gapHorizontalProtection: opt(Bool)
}).annotate({ identifier: "Scaffold", description: "脚手架" })

// ---------------------------------------------------------------------------------------------
// 第八条 (建筑)起重机械及吊装工程
// ---------------------------------------------------------------------------------------------

/**
 * 起重机械类型: `tower-crane` 塔式起重机, `construction-hoist` 施工升降机, `material-hoist`
 * 物料提升机, `other` 其他建筑起重机械.
 *
 * @since 0.1.0
 */
export const CraneKind = Schema.Literals(["tower-crane", "construction-hoist", "material-hoist", "other"]).annotate({
  identifier: "CraneKind",
  description: "tower-crane 塔式起重机 | construction-hoist 施工升降机 | material-hoist 物料提升机 | other 其他"
})

/** @since 0.1.0 */
export type CraneKind = typeof CraneKind.Type

/**
 * 起重机械作业: `installation` 安装, `dismantling` 拆卸, `jacking` 顶升加节, `climbing` 其他爬升
 * (e.g. 内爬), `lowering` 降节、爬降, `tie-in` 附着.
 *
 * @since 0.1.0
 */
export const CraneOperationKind = Schema.Literals(["installation", "dismantling", "jacking", "climbing", "lowering", "tie-in"]).annotate({
  identifier: "CraneOperationKind",
  description: "installation 安装 | dismantling 拆卸 | jacking 顶升加节 | climbing 爬升 | lowering 降节/爬降 | tie-in 附着"
})

/** @since 0.1.0 */
export type CraneOperationKind = typeof CraneOperationKind.Type

/**
 * One installation, dismantling, climbing or tie-in operation on a crane (2022 第八条(四), 2024 第八条(三)).
 *
 * @since 0.1.0
 */
export const CraneOperation = Schema.Struct({
  kind: opt(CraneOperationKind),
  /** 作业日期. */
  date: opt(Day),
  /** 作业前已对结构件、爬升(顶升)装置、附着装置以及高强度螺栓、销轴、定位板等连接件及安全装置进行检查. */
  checkedBeforehand: opt(Bool)
}).annotate({ identifier: "CraneOperation", description: "起重机械安装、拆卸、顶升加节/爬升(降)、附着作业" })

/**
 * 建筑起重机械 (第八条).
 *
 * @since 0.1.0
 */
export const Crane = Schema.Struct({
  ...named,
  kind: opt(CraneKind),
  /** 正在使用. */
  inUse: opt(Bool),
  /** 已验收合格. */
  acceptancePassed: opt(Bool),
  /** 已办理使用登记. */
  useRegistered: opt(Bool),
  /** 基础承载力和变形满足设计要求. */
  foundationMeetsDesign: opt(Bool),
  /** 安装、拆卸、顶升加节/爬升(降)、附着作业 (empty = none). */
  operations: opt(Schema.Array(CraneOperation)),
  /** 安全装置齐全. */
  safetyDevicesComplete: opt(Bool),
  /** 安全装置有效 (false = 失效). */
  safetyDevicesWorking: opt(Bool),
  /** 安全装置被(违规)拆除、破坏. */
  safetyDevicesRemovedOrDamaged: opt(Bool),
  /** 主要受力构件有可见裂纹、严重锈蚀、塑性变形、开焊 (2024 第八条(五)). */
  mainMemberDefects: opt(Bool),
  /** 主要受力构件的连接螺栓、销轴缺失或失效 (2024 第八条(五)). */
  mainMemberConnectionsMissingOrFailed: opt(Bool),
  /** 塔式起重机独立起升高度符合规范要求. */
  freestandingHeightMeetsCode: opt(Bool),
  /** 附着间距符合规范要求 (true also when the machine has no ties). */
  tieSpacingMeetsCode: opt(Bool),
  /** 最高附着点以上的最大悬高符合规范要求 (true also when it has no ties). */
  overhangAboveTopTieMeetsCode: opt(Bool),
  /** 垂直度符合规范要求. */
  verticalityMeetsCode: opt(Bool),
  /** 塔式起重机与周边建(构)筑物的安全距离符合规范要求 (2024 第八条(八)). */
  clearanceToStructuresMeetsCode: opt(Bool),
  /** 群塔作业. */
  groupOperation: opt(Bool),
  /** 群塔作业时与其他塔式起重机的安全距离符合规范要求. */
  clearanceToOtherCranesMeetsCode: opt(Bool),
  /** 达到报废标准 (2024 第八条(九)). */
  atScrapStandard: opt(Bool),
  /** 施工升降机防坠安全器的有效标定期限至 (2022 第八条(六)). */
  fallArresterCalibrationValidUntil: opt(Day),
  /** 施工升降机标准节连接螺栓缺失或失效 (2022 第八条(六)). */
  mastBoltsMissingOrFailed: opt(Bool)
}).annotate({ identifier: "Crane", description: "建筑起重机械" })

/**
 * 吊索具 (2024 第八条(九)).
 *
 * @since 0.1.0
 */
export const Rigging = Schema.Struct({
  /** 使用达到报废标准的吊索具进行起重吊装作业. */
  scrappedInUse: opt(Bool)
}).annotate({ identifier: "Rigging", description: "吊索具" })

// ---------------------------------------------------------------------------------------------
// 第九条 高处作业
// ---------------------------------------------------------------------------------------------

/**
 * 钢结构、网架安装用支撑结构 (第九条(一)).
 *
 * @since 0.1.0
 */
export const SteelErectionSupport = Schema.Struct({
  ...named,
  /** 地基基础承载力和变形满足设计要求. */
  foundationMeetsDesign: opt(Bool),
  /** 实际荷载, kN (2024: 超过设计承载力). */
  load: opt(NonNegative),
  /** 设计承载力, kN (same unit). */
  designCapacity: opt(NonNegative),
  /** 已按设计设置防倾覆装置. */
  antiOverturningAsDesigned: opt(Bool)
}).annotate({ identifier: "SteelErectionSupport", description: "钢结构、网架安装用支撑结构" })

/**
 * 预制构件吊装 (第九条(二)): `steel-truss` 单榀钢桁架(屋架), `other-prefabricated` 其他预制构件 (2024 only).
 *
 * @since 0.1.0
 */
export const PrefabricatedMember = Schema.Struct({
  ...named,
  kind: opt(Schema.Literals(["steel-truss", "other-prefabricated"]).annotate({
    description: "steel-truss 单榀钢桁架(屋架) | other-prefabricated 其他预制构件"
  })),
  /** 安装时已采取防失稳措施. */
  stabilityMeasures: opt(Bool)
}).annotate({ identifier: "PrefabricatedMember", description: "单榀钢桁架(屋架)及其他预制构件安装" })

/**
 * 悬挑式平台 (第九条(三)): `unloading` 卸料平台, `operating` 其他操作平台.
 *
 * @since 0.1.0
 */
export const CantileverPlatform = Schema.Struct({
  ...named,
  purpose: opt(Schema.Literals(["unloading", "operating"]).annotate({ description: "unloading 卸料平台 | operating 其他操作平台" })),
  /** 搁置点、拉结点、支撑点设置在稳定的主体结构上. */
  pointsOnStableStructure: opt(Bool),
  /** 搁置点、拉结点、支撑点已做可靠连接. */
  reliablyConnected: opt(Bool)
}).annotate({ identifier: "CantileverPlatform", description: "悬挑式操作平台/卸料平台" })

/**
 * 电梯井道 (2024 第九条(四) second half).
 *
 * @since 0.1.0
 */
export const ElevatorShaft = Schema.Struct({
  ...named,
  /** 电梯井道内贯通. */
  openThrough: opt(Bool),
  /** 已采取水平防护措施. */
  horizontalProtection: opt(Bool),
  /** 电梯井口已设置防护门. */
  openingDoors: opt(Bool)
}).annotate({ identifier: "ElevatorShaft", description: "电梯井道" })

/**
 * 高处作业吊篮 (2024 第九条(五)).
 *
 * @since 0.1.0
 */
export const Gondola = Schema.Struct({
  ...named,
  /** 实际荷载, kg. */
  loadKg: opt(NonNegative),
  /** 额定载重量, kg. */
  ratedLoadKg: opt(NonNegative),
  /** 安全锁有效. */
  safetyLockWorking: opt(Bool),
  /** 安全带的安全绳已独立悬挂. */
  lifelinesIndependent: opt(Bool)
}).annotate({ identifier: "Gondola", description: "高处作业吊篮" })

// ---------------------------------------------------------------------------------------------
// 第十条 施工临时用电
// ---------------------------------------------------------------------------------------------

/**
 * 照明作业区域 and the environment facts that make it a 特殊作业环境 (第十条(一)). The 2022 edition
 * names 隧道、人防工程、高温、有导电灰尘、比较潮湿; the 2024 edition 通风不畅、高温、有导电灰尘、
 * 相对湿度长期超过75%、泥泞、存在积水或其他导电液体. Both lists end in 等: `otherSpecialEnvironment`
 * records any other environment the inspector judges special.
 *
 * @since 0.1.0
 */
export const LightingArea = Schema.Struct({
  ...named,
  /** 隧道 (2022). */
  tunnel: opt(Bool),
  /** 人防工程 (2022). */
  civilAirDefence: opt(Bool),
  /** 比较潮湿 (2022). */
  damp: opt(Bool),
  /** 通风不畅 (2024). */
  poorVentilation: opt(Bool),
  /** 高温 (both). */
  highTemperature: opt(Bool),
  /** 有导电灰尘 (both). */
  conductiveDust: opt(Bool),
  /** 长期相对湿度, % (2024: 超过75%). */
  longTermRelativeHumidityPercent: opt(Percent),
  /** 泥泞 (2024). */
  muddy: opt(Bool),
  /** 存在积水或其他导电液体 (2024). */
  standingWaterOrConductiveLiquid: opt(Bool),
  /** 其他特殊作业环境 (the 等 of both lists). */
  otherSpecialEnvironment: opt(Bool),
  /** 照明使用安全电压. */
  safetyVoltageLighting: opt(Bool)
}).annotate({ identifier: "LightingArea", description: "照明作业区域及其作业环境" })

/**
 * 外电架空线路 (2024 第十条(二)).
 *
 * @since 0.1.0
 */
export const OverheadLine = Schema.Struct({
  ...named,
  /** 在建工程、脚手架、机械设备、场内机动车道与外电架空线路之间的安全距离符合规范要求. */
  clearanceMeetsCode: opt(Bool),
  /** 已采取防护措施. */
  protectiveMeasures: opt(Bool)
}).annotate({ identifier: "OverheadLine", description: "外电架空线路" })

// ---------------------------------------------------------------------------------------------
// 第十一条 有限空间作业
// ---------------------------------------------------------------------------------------------

/**
 * 施工现场有限空间管理 (2024 第十一条(一)).
 *
 * @since 0.1.0
 */
export const ConfinedSpaceManagement = Schema.Struct({
  /** 已辨识施工现场有限空间. */
  identified: opt(Bool),
  /** 已在显著位置设置警示标志. */
  warningSigns: opt(Bool)
}).annotate({ identifier: "ConfinedSpaceManagement", description: "有限空间辨识与警示" })

/**
 * 有限空间作业 (第十一条).
 *
 * @since 0.1.0
 */
export const ConfinedSpaceWork = Schema.Struct({
  ...named,
  /** 已执行作业审批制度. */
  approved: opt(Bool),
  /** 已开展专项安全教育培训. */
  specialTraining: opt(Bool),
  /** 已执行"先通风、再检测、后作业". */
  ventilatedTestedFirst: opt(Bool),
  /** 作业现场有专人监护. */
  attendant: opt(Bool),
  /** 专职安全生产管理人员现场监督 (2024). */
  safetyManagerOnSite: opt(Bool),
  /** 已配备气体检测设施设备 (2024). */
  gasDetection: opt(Bool),
  /** 已配备机械通风设施设备 (2024). */
  mechanicalVentilation: opt(Bool),
  /** 已配备呼吸防护设施设备 (2024). */
  respiratoryProtection: opt(Bool),
  /** 已配备应急救援设施设备 (2024). */
  rescueEquipment: opt(Bool)
}).annotate({ identifier: "ConfinedSpaceWork", description: "有限空间作业" })

// ---------------------------------------------------------------------------------------------
// 第十二条 拆除工程
// ---------------------------------------------------------------------------------------------

/**
 * 装饰装修工程拆除承重结构 (2024 第十二条(一)).
 *
 * @since 0.1.0
 */
export const StructuralAlteration = Schema.Struct({
  ...named,
  /** 拆除承重结构. */
  removesLoadBearingStructure: opt(Bool),
  /** 已经原设计单位或具有相应资质的设计单位进行结构复核. */
  structuralReview: opt(Bool)
}).annotate({ identifier: "StructuralAlteration", description: "装饰装修工程拆除承重结构" })

/**
 * 拆除工程 (第十二条).
 *
 * @since 0.1.0
 */
export const Demolition = Schema.Struct({
  ...named,
  /** 拆除施工作业顺序符合规范和施工方案要求. */
  sequencePerCodeAndPlan: opt(Bool)
}).annotate({ identifier: "Demolition", description: "拆除工程" })

// ---------------------------------------------------------------------------------------------
// 第十三条 暗挖工程 (2022) / 隧道工程 (2024)
// ---------------------------------------------------------------------------------------------

/**
 * 隧道 — a tunnel or 暗挖 work (第十三条). `undercut` says whether it is built by 暗挖 (not open-cut):
 * the 2022 article covers 暗挖工程, the 2024 article every 隧道工程.
 *
 * @since 0.1.0
 */
export const Tunnel = Schema.Struct({
  ...named,
  /** 暗挖施工 (矿山法、盾构、顶管等, i.e. not 明挖). */
  undercut: opt(Bool),
  /** 作业面带水施工. */
  waterAtFace: opt(Bool),
  /** 带水施工已采取相应处置措施. */
  waterMeasures: opt(Bool),
  /** 地下水控制措施失效. */
  groundwaterControlFailed: opt(Bool),
  /** 地下水控制失效后继续施工. */
  continuedAfterControlFailure: opt(Bool),
  /** 出现涌水. */
  inrushWater: opt(Bool),
  /** 出现涌沙. */
  inrushSand: opt(Bool),
  /** 出现局部坍塌. */
  localCollapse: opt(Bool),
  /** 支护结构扭曲变形或出现裂缝. */
  supportDeformationOrCracks: opt(Bool),
  /** 该变形或裂缝有不断增大趋势 (2022). */
  supportDeformationGrowing: opt(Bool),
  /** 已及时采取措施. */
  timelyMeasures: opt(Bool),
  /** 开挖、支护方法按规范和施工方案选择 (2024). */
  methodsPerCodeAndPlan: opt(Bool),
  /** 已进行超前地质预报 (2024). */
  advanceGeologicalForecast: opt(Bool),
  /** 已进行监控量测 (2024). */
  monitoringMeasurement: opt(Bool),
  /** 监测数据超过设计控制值 (2024). */
  monitoringOverDesignLimit: opt(Bool),
  /** 监测超限后已及时采取措施 (2024). */
  monitoringExceedanceMeasures: opt(Bool),
  /** 毗邻建筑物、构筑物、地下管线可能因隧道施工受损 (2024). */
  adjacentAtRisk: opt(Bool),
  /** 已对其采取专项防护措施. */
  adjacentProtection: opt(Bool)
}).annotate({ identifier: "Tunnel", description: "隧道工程/暗挖工程" })

/**
 * 盾构始发、接收端头 (2024 第十三条(四)).
 *
 * @since 0.1.0
 */
export const ShieldEnd = Schema.Struct({
  ...named,
  end: opt(Schema.Literals(["launch", "reception"]).annotate({ description: "launch 始发 | reception 接收" })),
  /** 已按设计要求进行端头加固. */
  reinforcedPerDesign: opt(Bool),
  /** 加固效果达到设计要求. */
  reinforcementEffective: opt(Bool),
  /** 加固效果不足时已采取相应措施. */
  measuresTaken: opt(Bool),
  /** 已开始始发或接收. */
  started: opt(Bool)
}).annotate({ identifier: "ShieldEnd", description: "盾构始发、接收端头" })

/**
 * 盾构机 (2024 第十三条(五)).
 *
 * @since 0.1.0
 */
export const ShieldMachine = Schema.Struct({
  ...named,
  /** 盾尾密封失效. */
  tailSealFailed: opt(Bool),
  /** 铰接部位漏水漏浆 (铰链泄漏). */
  articulationLeaking: opt(Bool),
  /** 在上述情况下继续掘进. */
  boringContinued: opt(Bool),
  /** 带压开仓检查换刀均按有关规定实施 (true also when none was done). */
  pressurisedEntriesPerRules: opt(Bool)
}).annotate({ identifier: "ShieldMachine", description: "盾构机" })

/**
 * 轨道交通工程安全保护区内作业 (2024 第十三条(七)).
 *
 * @since 0.1.0
 */
export const RailProtectionZone = Schema.Struct({
  /** 本工程在轨道交通工程安全保护区范围内进行新建、改建、扩建建(构)筑物，敷设管线、架设、挖掘、爆破等作业. */
  worksWithin: opt(Bool),
  /** 上述作业已经批准. */
  approved: opt(Bool)
}).annotate({ identifier: "RailProtectionZone", description: "轨道交通工程安全保护区内作业" })

// ---------------------------------------------------------------------------------------------
// 2024 第十四条 施工临时堆载
// ---------------------------------------------------------------------------------------------

/**
 * 楼板、屋面、地下室顶板等结构构件或脚手架上的临时堆载 (2024 第十四条(三)).
 *
 * @since 0.1.0
 */
export const TemporaryLoad = Schema.Struct({
  ...named,
  on: opt(Schema.Literals(["floor-slab", "roof", "basement-roof", "other-member", "scaffold"]).annotate({
    description: "floor-slab 楼板 | roof 屋面 | basement-roof 地下室顶板 | other-member 其他结构构件 | scaffold 脚手架"
  })),
  /** 堆载, kN/m². */
  loadKnPerM2: opt(NonNegative),
  /** 设计允许值, kN/m². */
  designAllowableKnPerM2: opt(NonNegative)
}).annotate({ identifier: "TemporaryLoad", description: "结构构件或脚手架上的临时堆载" })

// ---------------------------------------------------------------------------------------------
// 2024 第十五条 冒险作业
// ---------------------------------------------------------------------------------------------

/**
 * 大型机械 (2024 第十五条(一)).
 *
 * @since 0.1.0
 */
export const HeavyMachine = Schema.Struct({
  ...named,
  kind: opt(Schema.Literals(["concrete-pump-truck", "piling-rig", "truck-crane", "crawler-crane", "other"]).annotate({
    description: "concrete-pump-truck 混凝土泵车 | piling-rig 打桩设备 | truck-crane 汽车起重机 | crawler-crane 履带起重机 | other 其他大型机械"
  })),
  /** 已对运行路线和作业位置承载力进行验算. */
  groundBearingChecked: opt(Bool)
}).annotate({ identifier: "HeavyMachine", description: "混凝土泵车、打桩设备、汽车起重机、履带起重机等大型机械" })

/**
 * 恶劣天气下的作业 (2024 第十五条(二)).
 *
 * @since 0.1.0
 */
export const SevereWeatherWork = Schema.Struct({
  date: opt(Day),
  weather: opt(Schema.Literals(["thunderstorm", "heavy-snow", "dense-fog", "high-wind", "other"]).annotate({
    description: "thunderstorm 雷雨 | heavy-snow 大雪 | dense-fog 浓雾 | high-wind 大风 | other 其他恶劣天气"
  })),
  operation: opt(Schema.Literals(["lifting", "equipment-installation", "equipment-dismantling", "work-at-height"]).annotate({
    description: "lifting 吊装 | equipment-installation 设备安装 | equipment-dismantling 设备拆卸 | work-at-height 高处作业"
  })),
  /** 违反有关规定作业. */
  inBreachOfRules: opt(Bool)
}).annotate({ identifier: "SevereWeatherWork", description: "恶劣天气下的吊装、设备安拆、高处作业" })

/**
 * 使用非载人设备吊运人员的情形 (2024 第十五条(三)); every entry is one occurrence.
 *
 * @since 0.1.0
 */
export const PeopleLifted = Schema.Struct({
  date: opt(Day),
  equipment: opt(Schema.Literals(["tower-crane", "truck-crane", "crawler-crane", "tyre-crane", "other-non-passenger"]).annotate({
    description: "tower-crane 塔式起重机 | truck-crane 汽车起重机 | crawler-crane 履带起重机 | tyre-crane 轮胎起重机 | other-non-passenger 其他非载人设备"
  }))
}).annotate({ identifier: "PeopleLifted", description: "使用非载人设备吊运人员" })

// ---------------------------------------------------------------------------------------------
// 2024 第十六条 / 2022 第十四条; 2024 第十七条 / 2022 第十五条
// ---------------------------------------------------------------------------------------------

/**
 * 使用中的国家明令禁止或限制使用的施工工艺、设备、材料 (2024 第十六条, 2022 第十四条).
 *
 * @since 0.1.0
 */
export const ProhibitedTechnology = Schema.Struct({
  kind: opt(Schema.Literals(["process", "equipment", "material"]).annotate({ description: "process 施工工艺 | equipment 设备 | material 材料" })),
  name: opt(Text),
  restriction: opt(Schema.Literals(["prohibited", "restricted"]).annotate({ description: "prohibited 明令禁止 | restricted 限制使用" })),
  /** 危害程度较大、可能导致群死群伤或造成重大经济损失. */
  mayCauseMassCasualtiesOrMajorLoss: opt(Bool)
}).annotate({ identifier: "ProhibitedTechnology", description: "国家明令禁止或限制使用的施工工艺、设备和材料" })

/**
 * 其他严重违反法律法规、部门规章和强制性标准的情形, as found by an inspector (2024 第十七条,
 * 2022 第十五条).
 *
 * @since 0.1.0
 */
export const OtherSeriousBreach = Schema.Struct({
  /** 情形描述. */
  description: opt(Text),
  /** 违反的法律法规、部门规章或强制性标准. */
  breachedProvision: opt(Text),
  /** 危害程度较大、可能导致群死群伤或造成重大经济损失. */
  mayCauseMassCasualtiesOrMajorLoss: opt(Bool),
  /** 且存在现实危险 (2024). */
  realDanger: opt(Bool)
}).annotate({ identifier: "OtherSeriousBreach", description: "其他严重违反法规标准的情形" })

// ---------------------------------------------------------------------------------------------
// The fact section
// ---------------------------------------------------------------------------------------------

/**
 * 房屋市政工程事实 — the construction pack's fact section (`enterprise.facts.construction`), one
 * project per record. Every key is optional; absent = unknown; an empty list = none.
 *
 * @since 0.1.0
 */
export const ConstructionFacts = Schema.Struct({
  /** 工程项目. */
  project: opt(Project),
  /** 第四条(一) 施工单位的安全生产许可证、资质. */
  contractor: opt(Contractor),
  /** 第四条(二) "三类人员" 及其安全生产考核合格证书. */
  keyPersonnel: opt(Schema.Array(KeyPerson)),
  /** 2024 第四条(二) 项目专职安全生产管理人员配备. */
  safetyManagerStaffing: opt(SafetyManagerStaffing),
  /** 第四条(三) 建筑施工特种作业人员. */
  specialOperators: opt(Schema.Array(SpecialOperator)),
  /** 第四条(四)、2024 第四条(五) 危大工程. */
  dangerousWorks: opt(Schema.Array(DangerousWork)),
  /** 第五条、2024 第十四条(一)(二) 基坑. */
  foundationPits: opt(Schema.Array(FoundationPit)),
  /** 2024 第五条 边坡. */
  slopes: opt(Schema.Array(Slope)),
  /** 第六条 模板支架、滑模、爬模. */
  formworkSupports: opt(Schema.Array(FormworkSupport)),
  /** 第七条、2024 第九条(四) 脚手架. */
  scaffolds: opt(Schema.Array(Scaffold)),
  /** 第八条 建筑起重机械. */
  cranes: opt(Schema.Array(Crane)),
  /** 2024 第八条(九) 吊索具. */
  rigging: opt(Rigging),
  /** 第九条(一) 钢结构、网架安装用支撑结构. */
  steelErectionSupports: opt(Schema.Array(SteelErectionSupport)),
  /** 第九条(二) 钢桁架(屋架)及其他预制构件安装. */
  prefabricatedMembers: opt(Schema.Array(PrefabricatedMember)),
  /** 第九条(三) 悬挑式平台. */
  cantileverPlatforms: opt(Schema.Array(CantileverPlatform)),
  /** 2024 第九条(四) 电梯井道. */
  elevatorShafts: opt(Schema.Array(ElevatorShaft)),
  /** 2024 第九条(五) 高处作业吊篮. */
  gondolas: opt(Schema.Array(Gondola)),
  /** 第十条(一) 照明作业区域. */
  lightingAreas: opt(Schema.Array(LightingArea)),
  /** 2024 第十条(二) 外电架空线路. */
  overheadLines: opt(Schema.Array(OverheadLine)),
  /** 2024 第十一条(一) 有限空间辨识与警示. */
  confinedSpaceManagement: opt(ConfinedSpaceManagement),
  /** 第十一条 有限空间作业. */
  confinedSpaceWorks: opt(Schema.Array(ConfinedSpaceWork)),
  /** 2024 第十二条(一) 装饰装修工程拆除承重结构. */
  structuralAlterations: opt(Schema.Array(StructuralAlteration)),
  /** 第十二条 拆除工程. */
  demolitions: opt(Schema.Array(Demolition)),
  /** 第十三条 隧道/暗挖工程. */
  tunnels: opt(Schema.Array(Tunnel)),
  /** 2024 第十三条(四) 盾构始发、接收端头. */
  shieldEnds: opt(Schema.Array(ShieldEnd)),
  /** 2024 第十三条(五) 盾构机. */
  shieldMachines: opt(Schema.Array(ShieldMachine)),
  /** 2024 第十三条(七) 轨道交通工程安全保护区内作业. */
  railProtectionZone: opt(RailProtectionZone),
  /** 2024 第十四条(三) 结构构件或脚手架上的临时堆载. */
  temporaryLoads: opt(Schema.Array(TemporaryLoad)),
  /** 2024 第十五条(一) 大型机械. */
  heavyMachines: opt(Schema.Array(HeavyMachine)),
  /** 2024 第十五条(二) 恶劣天气下的作业 (empty = none). */
  severeWeatherWorks: opt(Schema.Array(SevereWeatherWork)),
  /** 2024 第十五条(三) 使用非载人设备吊运人员 (empty = none). */
  peopleLifted: opt(Schema.Array(PeopleLifted)),
  /** 2024 第十六条、2022 第十四条 使用中的明令禁止或限制使用的工艺、设备、材料 (empty = none). */
  prohibitedTechnology: opt(Schema.Array(ProhibitedTechnology)),
  /** 2024 第十七条、2022 第十五条 其他严重违反法规标准的情形 (empty = none found). */
  otherSeriousBreaches: opt(Schema.Array(OtherSeriousBreach))
}).annotate({
  identifier: "ConstructionFacts",
  description: "房屋市政工程事实 — facts read by construction-major-hazard-2022 articles 4–15 and construction-major-hazard-2024 articles 4–17"
})

/** @since 0.1.0 */
export type ConstructionFacts = typeof ConstructionFacts.Type

/** The wire (JSON) shape of {@link ConstructionFacts}. @since 0.1.0 */
export type ConstructionFactsEncoded = typeof ConstructionFacts.Encoded
