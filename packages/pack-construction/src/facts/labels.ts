/**
 * 事实标签 — every fact the construction rules read, declared once for the rule language: its type,
 * zh-CN and English label (words of the criteria and of the field comments in
 * {@link ConstructionFacts}), unit and allowed values. A rule takes the declarations of the fact
 * keys it reads with {@link factsFor}.
 *
 * @since 0.2.0
 */
import type { FactDeclarations, Localized } from "@anquan/core"

const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en })

/**
 * The declarations of every fact the rules read, by path (`facts.cranes`, entry fields inside `items`).
 *
 * @since 0.2.0
 */
export const constructionFactLabels: FactDeclarations = {
  "facts.contractor.name": { type: "string", label: L("施工单位名称", "contractor's name") },
  "facts.contractor.workSafetyLicence.held": { type: "boolean", label: L("持有安全生产许可证", "holds a work-safety licence") },
  "facts.contractor.workSafetyLicence.number": { type: "string", label: L("证书编号", "licence number") },
  "facts.contractor.workSafetyLicence.validUntil": { type: "date", label: L("有效期至", "licence valid until") },
  "facts.contractor.workSafetyLicence.suspendedOrRevoked": { type: "boolean", label: L("被暂扣或吊销", "licence suspended or revoked") },
  "facts.contractor.qualification.held": { type: "boolean", label: L("具有建筑业企业资质", "holds a construction qualification") },
  "facts.contractor.qualification.description": { type: "string", label: L("资质类别和等级", "qualification class and grade") },
  "facts.contractor.qualification.coversProject": { type: "boolean", label: L("本工程在资质许可范围内", "project within the qualification's scope") },
  "facts.keyPersonnel": { type: "list", label: L("三类人员", "key person"), items: {
    "role": { type: "string", label: L("角色", "role"), values: ["principal", "project-manager", "full-time-safety-manager"], valueLabels: { "principal": L("主要负责人", "principal"), "project-manager": L("项目负责人", "project manager"), "full-time-safety-manager": L("专职安全生产管理人员", "full-time safety manager") } },
    "name": { type: "string", label: L("名称", "name") },
    "certificate.held": { type: "boolean", label: L("已取得证书", "holds the certificate") },
    "certificate.number": { type: "string", label: L("证书编号", "certificate number") },
    "certificate.validUntil": { type: "date", label: L("有效期至", "certificate valid until") }
  } },
  "facts.safetyManagerStaffing.required": { type: "integer", label: L("按规定应配备的专职安全生产管理人员人数", "full-time safety managers required") },
  "facts.safetyManagerStaffing.assigned": { type: "integer", label: L("实际配备的专职安全生产管理人员人数", "full-time safety managers assigned") },
  "facts.specialOperators": { type: "list", label: L("特种作业人员", "special operator"), items: {
    "name": { type: "string", label: L("名称", "name") },
    "trade": { type: "string", label: L("工种", "trade") },
    "certificate.held": { type: "boolean", label: L("已取得证书", "holds the certificate") },
    "certificate.number": { type: "string", label: L("证书编号", "certificate number") },
    "certificate.validUntil": { type: "date", label: L("有效期至", "certificate valid until") }
  } },
  "facts.dangerousWorks": { type: "list", label: L("危大工程", "dangerous sub-project"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "kind": { type: "string", label: L("类别", "kind") },
    "overSize": { type: "boolean", label: L("属于超过一定规模的危大工程", "over the size threshold") },
    "specialPlan.prepared": { type: "boolean", label: L("已编制专项施工方案", "special plan prepared") },
    "specialPlan.reviewed": { type: "boolean", label: L("专项施工方案已审核", "special plan reviewed") },
    "specialPlan.seriousDefects": { type: "boolean", label: L("专项施工方案存在严重缺陷", "special plan seriously defective") },
    "expertReview": { type: "boolean", label: L("已按规定组织专家论证", "expert review held as required") },
    "acceptance.required": { type: "boolean", label: L("按规定需要验收", "acceptance required") },
    "acceptance.passed": { type: "boolean", label: L("已验收合格", "passed acceptance") },
    "acceptance.proceeded": { type: "boolean", label: L("已进入下一道工序或投入使用", "went on to the next stage or into use") }
  } },
  "facts.foundationPits": { type: "list", label: L("基坑", "foundation pit"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "deep": { type: "boolean", label: L("深基坑", "deep pit") },
    "supported": { type: "boolean", label: L("有支护", "has retaining support") },
    "excavationDepthMetres": { type: "number", label: L("开挖深度", "excavation depth"), unit: L("m", "m") },
    "adjacentAtRisk": { type: "boolean", label: L("毗邻建筑物、构筑物、地下管线可能因基坑施工受损", "neighbouring buildings, structures or pipelines at risk") },
    "adjacentProtection": { type: "boolean", label: L("已对其采取专项防护措施", "dedicated protection for the neighbours") },
    "overExcavated": { type: "boolean", label: L("土方超挖", "over-excavated") },
    "overExcavationMeasures": { type: "boolean", label: L("已对超挖采取有效措施", "effective measures for the over-excavation") },
    "thirdPartyMonitoring": { type: "boolean", label: L("已进行第三方监测", "third-party monitoring") },
    "collapseSigns.deformationMm": { type: "number", label: L("支护结构或周边建筑物的最大变形值", "largest deformation"), unit: L("mm", "mm") },
    "collapseSigns.designDeformationLimitMm": { type: "number", label: L("设计变形控制值", "design deformation limit"), unit: L("mm", "mm") },
    "collapseSigns.sideWallLeakageOrSoilFlow": { type: "boolean", label: L("基坑侧壁出现大量漏水、流土", "heavy leakage or soil flow on the pit wall") },
    "collapseSigns.bottomPiping": { type: "boolean", label: L("基坑底部出现管涌", "piping at the pit bottom") },
    "collapseSigns.bottomBlowout": { type: "boolean", label: L("基坑底部出现突涌", "blow-out at the pit bottom") },
    "collapseSigns.soilLossHoleDepthMetres": { type: "number", label: L("桩间土流失孔洞的最大深度", "deepest soil-loss hole between piles"), unit: L("m", "m") },
    "collapseSigns.pileDiameterMetres": { type: "number", label: L("桩径", "pile diameter"), unit: L("m", "m") },
    "collapseSignsHandled": { type: "boolean", label: L("坍塌风险预兆已及时处理", "collapse warning signs dealt with promptly") },
    "edgeSurchargeKpa": { type: "number", label: L("基坑周边堆载", "surcharge around the pit"), unit: L("kPa", "kPa") },
    "designAllowableEdgeSurchargeKpa": { type: "number", label: L("基坑周边设计允许堆载", "design allowable surcharge around the pit"), unit: L("kPa", "kPa") },
    "nearestSurchargeFromBottomEdgeMetres": { type: "number", label: L("坑底边线至最近堆载的水平距离", "distance from the bottom edge to the nearest load"), unit: L("m", "m") }
  } },
  "facts.slopes": { type: "list", label: L("边坡", "slope"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "safetyGrade": { type: "integer", label: L("边坡安全等级", "slope safety grade") },
    "adjacentAtRisk": { type: "boolean", label: L("毗邻建筑物、构筑物、地下管线可能因边坡施工受损", "neighbouring buildings, structures or pipelines at risk") },
    "adjacentProtection": { type: "boolean", label: L("已对其采取专项防护措施", "dedicated protection for the neighbours") },
    "overExcavated": { type: "boolean", label: L("土方超挖", "over-excavated") },
    "overExcavationMeasures": { type: "boolean", label: L("已对超挖采取有效措施", "effective measures for the over-excavation") },
    "thirdPartyMonitoring": { type: "boolean", label: L("已进行第三方监测", "third-party monitoring") }
  } },
  "facts.formworkSupports": { type: "list", label: L("模板支架", "formwork support"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "foundationMeetsDesign": { type: "boolean", label: L("模板支架基础承载力和变形满足设计要求", "foundation capacity and deformation meet the design") },
    "constructionLoad": { type: "number", label: L("模板支架上的施工荷载", "construction load"), unit: L("kN/m²", "kN/m²") },
    "designLoad": { type: "number", label: L("设计施工荷载", "design construction load"), unit: L("kN/m²", "kN/m²") },
    "removedOrClimbed": { type: "boolean", label: L("已拆除模板支架或滑模、爬模已爬升", "support struck or form climbed") },
    "concreteStrengthMPa": { type: "number", label: L("拆除或爬升时的混凝土强度", "concrete strength when struck or climbed"), unit: L("MPa", "MPa") },
    "requiredConcreteStrengthMPa": { type: "number", label: L("设计或规范要求的混凝土强度", "required concrete strength"), unit: L("MPa", "MPa") },
    "dangerousWork": { type: "boolean", label: L("属于危大工程范围的混凝土模板支撑工程", "a dangerous concrete formwork support") },
    "pourSequencePerPlan": { type: "boolean", label: L("按专项施工方案的浇筑顺序浇筑混凝土", "poured in the plan's sequence") },
    "pourLayerThicknessPerPlan": { type: "boolean", label: L("按专项施工方案的分层厚度浇筑混凝土", "poured in the plan's layer thickness") }
  } },
  "facts.scaffolds": { type: "list", label: L("脚手架", "scaffold"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "kind": { type: "string", label: L("类别", "kind"), values: ["attached-lifting", "floor-standing", "cantilevered", "other"] },
    "foundationMeetsDesign": { type: "boolean", label: L("基础承载力和变形满足设计要求", "foundation capacity and deformation meet the design") },
    "wallTies": { type: "string", label: L("连墙件", "wall ties"), values: ["present", "none", "whole-storey-missing"] },
    "inUse": { type: "boolean", label: L("正在使用", "in use") },
    "acceptancePassed": { type: "boolean", label: L("附着式升降脚手架已验收合格", "passed acceptance") },
    "antiTiltDevice": { type: "string", label: L("附着式升降脚手架防倾覆装置", "anti-tilt device"), values: ["conforming", "not-to-design", "failed", "removed-or-damaged", "missing"], valueLabels: { "conforming": L("符合设计要求", "conforming"), "not-to-design": L("不符合设计要求", "not to design"), "failed": L("失效", "failed"), "removed-or-damaged": L("被拆除、破坏", "removed or damaged"), "missing": L("缺失", "missing") } },
    "antiFallDevice": { type: "string", label: L("附着式升降脚手架防坠落装置", "anti-fall device"), values: ["conforming", "not-to-design", "failed", "removed-or-damaged", "missing"], valueLabels: { "conforming": L("符合设计要求", "conforming"), "not-to-design": L("不符合设计要求", "not to design"), "failed": L("失效", "failed"), "removed-or-damaged": L("被拆除、破坏", "removed or damaged"), "missing": L("缺失", "missing") } },
    "syncLiftControl": { type: "string", label: L("附着式升降脚手架同步升降控制装置", "synchronous lift control"), values: ["conforming", "not-to-design", "failed", "removed-or-damaged", "missing"], valueLabels: { "conforming": L("符合设计要求", "conforming"), "not-to-design": L("不符合设计要求", "not to design"), "failed": L("失效", "failed"), "removed-or-damaged": L("被拆除、破坏", "removed or damaged"), "missing": L("缺失", "missing") } },
    "cantileverHeightMetres": { type: "number", label: L("架体悬臂高度", "cantilever height"), unit: L("m", "m") },
    "frameHeightMetres": { type: "number", label: L("架体高度", "frame height"), unit: L("m", "m") },
    "gapToStructureOpen": { type: "boolean", label: L("脚手架与结构外表面之间贯通", "open gap between scaffold and structure") },
    "gapHorizontalProtection": { type: "boolean", label: L("已对该贯通处采取水平防护措施", "horizontal protection of the gap") }
  } },
  "facts.cranes": { type: "list", label: L("建筑起重机械", "crane"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "kind": { type: "string", label: L("类别", "kind"), values: ["tower-crane", "construction-hoist", "material-hoist", "other"], valueLabels: { "tower-crane": L("塔式起重机", "tower crane"), "construction-hoist": L("施工升降机", "construction hoist"), "material-hoist": L("物料提升机", "material hoist"), "other": L("其他起重机械", "other crane") } },
    "inUse": { type: "boolean", label: L("正在使用", "in use") },
    "acceptancePassed": { type: "boolean", label: L("已验收合格", "passed acceptance") },
    "useRegistered": { type: "boolean", label: L("已办理使用登记", "use registered") },
    "foundationMeetsDesign": { type: "boolean", label: L("基础承载力和变形满足设计要求", "foundation capacity and deformation meet the design") },
    "operations": { type: "list", label: L("安装、拆卸、顶升加节/爬升、附着作业", "operation"), items: {
      "kind": { type: "string", label: L("作业类别", "kind of operation"), values: ["installation", "dismantling", "jacking", "climbing", "lowering", "tie-in"], valueLabels: { "installation": L("安装", "installation"), "dismantling": L("拆卸", "dismantling"), "jacking": L("顶升加节", "jacking"), "climbing": L("爬升", "climbing"), "lowering": L("降节(爬降)", "lowering"), "tie-in": L("附着", "tie-in") } },
      "date": { type: "date", label: L("作业日期", "date") },
      "checkedBeforehand": { type: "boolean", label: L("作业前已对结构件、爬升装置、附着装置以及高强度螺栓、销轴、定位板等连接件及安全装置进行检查", "structure, devices and connectors checked beforehand") }
    } },
    "safetyDevicesComplete": { type: "boolean", label: L("安全装置齐全", "safety devices complete") },
    "safetyDevicesWorking": { type: "boolean", label: L("安全装置有效", "safety devices working") },
    "safetyDevicesRemovedOrDamaged": { type: "boolean", label: L("安全装置被拆除、破坏", "safety devices removed or damaged") },
    "mainMemberDefects": { type: "boolean", label: L("主要受力构件有可见裂纹、严重锈蚀、塑性变形、开焊", "main members cracked, corroded, deformed or with broken welds") },
    "mainMemberConnectionsMissingOrFailed": { type: "boolean", label: L("主要受力构件的连接螺栓、销轴缺失或失效", "main-member bolts or pins missing or failed") },
    "freestandingHeightMeetsCode": { type: "boolean", label: L("塔式起重机独立起升高度符合规范要求", "free-standing height to code") },
    "tieSpacingMeetsCode": { type: "boolean", label: L("附着间距符合规范要求", "tie spacing to code") },
    "overhangAboveTopTieMeetsCode": { type: "boolean", label: L("最高附着点以上的最大悬高符合规范要求", "overhang above the top tie to code") },
    "verticalityMeetsCode": { type: "boolean", label: L("垂直度符合规范要求", "verticality to code") },
    "clearanceToStructuresMeetsCode": { type: "boolean", label: L("塔式起重机与周边建筑物的安全距离符合规范要求", "clearance to surrounding structures to code") },
    "groupOperation": { type: "boolean", label: L("群塔作业", "group operation of tower cranes") },
    "clearanceToOtherCranesMeetsCode": { type: "boolean", label: L("群塔作业时与其他塔式起重机的安全距离符合规范要求", "clearance to other tower cranes to code") },
    "atScrapStandard": { type: "boolean", label: L("达到报废标准", "at its scrapping standard") },
    "fallArresterCalibrationValidUntil": { type: "date", label: L("施工升降机防坠安全器的有效标定期限至", "fall arrester calibration valid until") },
    "mastBoltsMissingOrFailed": { type: "boolean", label: L("施工升降机标准节连接螺栓缺失或失效", "mast-section bolts missing or failed") }
  } },
  "facts.rigging.scrappedInUse": { type: "boolean", label: L("使用达到报废标准的吊索具进行起重吊装作业", "rigging at its scrapping standard used for lifting") },
  "facts.steelErectionSupports": { type: "list", label: L("钢结构/网架安装用支撑结构", "steel erection support"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "foundationMeetsDesign": { type: "boolean", label: L("地基基础承载力和变形满足设计要求", "foundation capacity and deformation meet the design") },
    "load": { type: "number", label: L("实际荷载", "load"), unit: L("kN", "kN") },
    "designCapacity": { type: "number", label: L("设计承载力", "design capacity"), unit: L("kN", "kN") },
    "antiOverturningAsDesigned": { type: "boolean", label: L("已按设计设置防倾覆装置", "anti-overturning devices as designed") }
  } },
  "facts.prefabricatedMembers": { type: "list", label: L("预制构件安装", "prefabricated member"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "kind": { type: "string", label: L("类别", "kind"), values: ["steel-truss", "other-prefabricated"], valueLabels: { "steel-truss": L("单榀钢桁架(屋架)", "single steel truss"), "other-prefabricated": L("预制构件", "prefabricated member") } },
    "stabilityMeasures": { type: "boolean", label: L("安装时已采取防失稳措施", "measures against instability") }
  } },
  "facts.cantileverPlatforms": { type: "list", label: L("悬挑式平台", "cantilever platform"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "purpose": { type: "string", label: L("用途", "purpose"), values: ["unloading", "operating"] },
    "pointsOnStableStructure": { type: "boolean", label: L("搁置点、拉结点、支撑点设置在稳定的主体结构上", "rest, tie and support points on the stable main structure") },
    "reliablyConnected": { type: "boolean", label: L("搁置点、拉结点、支撑点已做可靠连接", "reliably connected") }
  } },
  "facts.elevatorShafts": { type: "list", label: L("电梯井道", "lift shaft"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "openThrough": { type: "boolean", label: L("电梯井道内贯通", "shaft open through") },
    "horizontalProtection": { type: "boolean", label: L("已采取水平防护措施", "horizontal protection") },
    "openingDoors": { type: "boolean", label: L("电梯井口已设置防护门", "gates at the shaft openings") }
  } },
  "facts.gondolas": { type: "list", label: L("高处作业吊篮", "gondola"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "loadKg": { type: "number", label: L("实际荷载", "load"), unit: L("kg", "kg") },
    "ratedLoadKg": { type: "number", label: L("额定载重量", "rated load"), unit: L("kg", "kg") },
    "safetyLockWorking": { type: "boolean", label: L("安全锁有效", "safety lock working") },
    "lifelinesIndependent": { type: "boolean", label: L("安全带的安全绳已独立悬挂", "harness lifelines hung independently") }
  } },
  "facts.lightingAreas": { type: "list", label: L("照明作业区域", "lit area"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "tunnel": { type: "boolean", label: L("隧道", "tunnel") },
    "civilAirDefence": { type: "boolean", label: L("人防工程", "civil air-defence works") },
    "damp": { type: "boolean", label: L("比较潮湿", "damp") },
    "poorVentilation": { type: "boolean", label: L("通风不畅", "poor ventilation") },
    "highTemperature": { type: "boolean", label: L("高温", "high temperature") },
    "conductiveDust": { type: "boolean", label: L("有导电灰尘", "conductive dust") },
    "longTermRelativeHumidityPercent": { type: "number", label: L("长期相对湿度", "long-term relative humidity"), unit: L("%", "%") },
    "muddy": { type: "boolean", label: L("泥泞", "muddy") },
    "standingWaterOrConductiveLiquid": { type: "boolean", label: L("存在积水或其他导电液体", "standing water or another conductive liquid") },
    "otherSpecialEnvironment": { type: "boolean", label: L("其他特殊作业环境", "another special environment") },
    "safetyVoltageLighting": { type: "boolean", label: L("照明使用安全电压", "lighting on safety extra-low voltage") }
  } },
  "facts.overheadLines": { type: "list", label: L("外电架空线路", "overhead line"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "clearanceMeetsCode": { type: "boolean", label: L("在建工程、脚手架、机械设备、场内机动车道与外电架空线路之间的安全距离符合规范要求", "clearance to overhead power lines to code") },
    "protectiveMeasures": { type: "boolean", label: L("已采取防护措施", "protective measures") }
  } },
  "facts.confinedSpaceManagement.identified": { type: "boolean", label: L("已辨识施工现场有限空间", "confined spaces identified") },
  "facts.confinedSpaceManagement.warningSigns": { type: "boolean", label: L("已在显著位置设置警示标志", "warning signs posted") },
  "facts.confinedSpaceWorks": { type: "list", label: L("有限空间作业", "confined-space work"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "approved": { type: "boolean", label: L("已执行作业审批制度", "work approved") },
    "specialTraining": { type: "boolean", label: L("已开展专项安全教育培训", "dedicated safety training") },
    "ventilatedTestedFirst": { type: "boolean", label: L("已执行“先通风、再检测、后作业”", "ventilated, then tested, then worked") },
    "attendant": { type: "boolean", label: L("作业现场有专人监护", "dedicated attendant on site") },
    "safetyManagerOnSite": { type: "boolean", label: L("专职安全生产管理人员现场监督", "full-time safety manager supervising on site") },
    "gasDetection": { type: "boolean", label: L("已配备气体检测设施设备", "gas detection equipment") },
    "mechanicalVentilation": { type: "boolean", label: L("已配备机械通风设施设备", "mechanical ventilation equipment") },
    "respiratoryProtection": { type: "boolean", label: L("已配备呼吸防护设施设备", "respiratory protection") },
    "rescueEquipment": { type: "boolean", label: L("已配备应急救援设施设备", "rescue equipment") }
  } },
  "facts.structuralAlterations": { type: "list", label: L("装饰装修拆改", "fit-out alteration"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "removesLoadBearingStructure": { type: "boolean", label: L("拆除承重结构", "removes load-bearing structure") },
    "structuralReview": { type: "boolean", label: L("已经原设计单位或具有相应资质的设计单位进行结构复核", "structural review by a qualified design unit") }
  } },
  "facts.demolitions": { type: "list", label: L("拆除工程", "demolition"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "sequencePerCodeAndPlan": { type: "boolean", label: L("拆除施工作业顺序符合规范和施工方案要求", "demolished in the sequence of the code and plan") }
  } },
  "facts.tunnels": { type: "list", label: L("隧道", "tunnel"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "undercut": { type: "boolean", label: L("暗挖施工", "undercut (mined) works") },
    "waterAtFace": { type: "boolean", label: L("作业面带水施工", "working at the face in water") },
    "waterMeasures": { type: "boolean", label: L("带水施工已采取相应处置措施", "measures for the water") },
    "groundwaterControlFailed": { type: "boolean", label: L("地下水控制措施失效", "groundwater control failed") },
    "continuedAfterControlFailure": { type: "boolean", label: L("地下水控制失效后继续施工", "work continued after the control failed") },
    "inrushWater": { type: "boolean", label: L("出现涌水", "water inrush") },
    "inrushSand": { type: "boolean", label: L("出现涌沙", "sand inrush") },
    "localCollapse": { type: "boolean", label: L("出现局部坍塌", "local collapse") },
    "supportDeformationOrCracks": { type: "boolean", label: L("支护结构扭曲变形或出现裂缝", "support deformed or cracked") },
    "supportDeformationGrowing": { type: "boolean", label: L("该变形或裂缝有不断增大趋势", "deformation or cracks still growing") },
    "timelyMeasures": { type: "boolean", label: L("已及时采取措施", "timely measures") },
    "methodsPerCodeAndPlan": { type: "boolean", label: L("开挖、支护方法按规范和施工方案选择", "excavation and support methods per code and plan") },
    "advanceGeologicalForecast": { type: "boolean", label: L("已进行超前地质预报", "advance geological forecast") },
    "monitoringMeasurement": { type: "boolean", label: L("已进行监控量测", "monitoring measurement") },
    "monitoringOverDesignLimit": { type: "boolean", label: L("监测数据超过设计控制值", "monitoring data over the design limit") },
    "monitoringExceedanceMeasures": { type: "boolean", label: L("监测超限后已及时采取措施", "timely measures after the exceedance") },
    "adjacentAtRisk": { type: "boolean", label: L("毗邻建筑物、构筑物、地下管线可能因隧道施工受损", "neighbouring buildings, structures or pipelines at risk") },
    "adjacentProtection": { type: "boolean", label: L("已对其采取专项防护措施", "dedicated protection for the neighbours") }
  } },
  "facts.shieldEnds": { type: "list", label: L("盾构端头", "shield end"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "end": { type: "string", label: L("端头", "end"), values: ["launch", "reception"] },
    "reinforcedPerDesign": { type: "boolean", label: L("已按设计要求进行端头加固", "end reinforced to the design") },
    "reinforcementEffective": { type: "boolean", label: L("加固效果达到设计要求", "reinforcement effective") },
    "measuresTaken": { type: "boolean", label: L("加固效果不足时已采取相应措施", "measures for insufficient reinforcement") },
    "started": { type: "boolean", label: L("已开始始发或接收", "launch or reception started") }
  } },
  "facts.shieldMachines": { type: "list", label: L("盾构机", "shield machine"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "tailSealFailed": { type: "boolean", label: L("盾尾密封失效", "tail seal failed") },
    "articulationLeaking": { type: "boolean", label: L("铰接部位漏水漏浆", "articulation leaking water or grout") },
    "boringContinued": { type: "boolean", label: L("在上述情况下继续掘进", "boring continued") },
    "pressurisedEntriesPerRules": { type: "boolean", label: L("带压开仓检查换刀均按有关规定实施", "pressurised entries as the rules require") }
  } },
  "facts.railProtectionZone.worksWithin": { type: "boolean", label: L("本工程在轨道交通工程安全保护区范围内进行新建、改建、扩建建筑物，敷设管线、架设、挖掘、爆破等作业", "works inside the rail-transit protection zone") },
  "facts.railProtectionZone.approved": { type: "boolean", label: L("上述作业已经批准", "those works approved") },
  "facts.temporaryLoads": { type: "list", label: L("临时堆载", "temporary load"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "on": { type: "string", label: L("堆载部位", "loaded member"), values: ["floor-slab", "roof", "basement-roof", "other-member", "scaffold"] },
    "loadKnPerM2": { type: "number", label: L("堆载", "load"), unit: L("kN/m²", "kN/m²") },
    "designAllowableKnPerM2": { type: "number", label: L("设计允许值", "design allowable"), unit: L("kN/m²", "kN/m²") }
  } },
  "facts.heavyMachines": { type: "list", label: L("大型机械", "heavy machine"), items: {
    "id": { type: "string", label: L("编号", "number") },
    "name": { type: "string", label: L("名称", "name") },
    "kind": { type: "string", label: L("类别", "kind"), values: ["concrete-pump-truck", "piling-rig", "truck-crane", "crawler-crane", "other"] },
    "groundBearingChecked": { type: "boolean", label: L("已对运行路线和作业位置承载力进行验算", "route and working position checked for bearing capacity") }
  } },
  "facts.severeWeatherWorks": { type: "list", label: L("恶劣天气作业", "bad-weather operation"), items: {
    "date": { type: "date", label: L("日期", "date") },
    "weather": { type: "string", label: L("天气", "weather"), values: ["thunderstorm", "heavy-snow", "dense-fog", "high-wind", "other"], valueLabels: { "thunderstorm": L("雷雨", "thunderstorm"), "heavy-snow": L("大雪", "heavy snow"), "dense-fog": L("浓雾", "dense fog"), "high-wind": L("大风", "high wind"), "other": L("恶劣", "bad weather") } },
    "operation": { type: "string", label: L("作业", "operation"), values: ["lifting", "equipment-installation", "equipment-dismantling", "work-at-height"], valueLabels: { "lifting": L("吊装", "lifting"), "equipment-installation": L("设备安装", "equipment installation"), "equipment-dismantling": L("设备拆卸", "equipment dismantling"), "work-at-height": L("高处作业", "work at height") } },
    "inBreachOfRules": { type: "boolean", label: L("违反有关规定作业", "against the rules") }
  } },
  "facts.peopleLifted": { type: "list", label: L("吊运人员", "people lifted"), items: {
    "date": { type: "date", label: L("日期", "date") },
    "equipment": { type: "string", label: L("设备", "equipment"), values: ["tower-crane", "truck-crane", "crawler-crane", "tyre-crane", "other-non-passenger"], valueLabels: { "tower-crane": L("塔式起重机", "tower crane"), "truck-crane": L("汽车起重机", "truck crane"), "crawler-crane": L("履带起重机", "crawler crane"), "tyre-crane": L("轮胎起重机", "tyre crane"), "other-non-passenger": L("非载人设备", "non-passenger equipment") } }
  } },
  "facts.prohibitedTechnology": { type: "list", label: L("禁限用工艺设备材料", "prohibited technology"), items: {
    "kind": { type: "string", label: L("类别", "kind"), values: ["process", "equipment", "material"], valueLabels: { "process": L("施工工艺", "process"), "equipment": L("设备", "equipment"), "material": L("材料", "material") } },
    "name": { type: "string", label: L("名称", "name") },
    "restriction": { type: "string", label: L("限制类别", "restriction"), values: ["prohibited", "restricted"], valueLabels: { "prohibited": L("明令禁止", "prohibited"), "restricted": L("限制使用", "restricted") } },
    "mayCauseMassCasualtiesOrMajorLoss": { type: "boolean", label: L("危害程度较大、可能导致群死群伤或造成重大经济损失", "could cause mass casualties or major loss") }
  } },
  "facts.otherSeriousBreaches": { type: "list", label: L("其他情形", "other breach"), items: {
    "description": { type: "string", label: L("情形描述", "description") },
    "breachedProvision": { type: "string", label: L("违反的法律法规、部门规章或强制性标准", "breached provision") },
    "mayCauseMassCasualtiesOrMajorLoss": { type: "boolean", label: L("危害程度较大、可能导致群死群伤或造成重大经济损失", "could cause mass casualties or major loss") },
    "realDanger": { type: "boolean", label: L("存在现实危险", "a real danger exists") }
  } }
}

/**
 * The declarations of the facts under the top-level keys `keys` (`["cranes"]` → `facts.cranes`;
 * `["contractor"]` → `facts.contractor.…`).
 *
 * @since 0.2.0
 */
export const factsFor = (keys: ReadonlyArray<string>): FactDeclarations => {
  const out: Record<string, FactDeclarations[string]> = {}
  for (const [path, declaration] of Object.entries(constructionFactLabels)) {
    const key = path.slice("facts.".length).split(".")[0]!
    if (keys.includes(key)) out[path] = declaration
  }
  return out
}
