/**
 * 第十一条 — 存在粉尘爆炸危险的工贸企业 (10 items). Facts under `facts.dust`.
 *
 * "存在粉尘爆炸危险的工贸企业有下列情形之一的，应当判定为重大事故隐患：" followed by (一)–(十), quoted item
 * by item below.
 *
 * [verified: GM10-text `C_PDDB_11.json`, regulations.md §5; items 1–5 also czlst.com.cn, 6–9 also taowenge.com]
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { facility, flag } from "../facts/applicability.ts"
import { item, missing, no, text, without, yes } from "./item.ts"

const F = "facts.dust"
const scope = { field: "dust-explosion" } as const
const collection = { [`${F}.dustCollectionSystems`]: flag("有除尘系统", "has dust-collection systems") }
const noCollection = without(`${F}.dustCollectionSystems`, "无除尘系统", "no dust-collection systems")

/**
 * 第十一条(一) "粉尘爆炸危险场所设置在非框架结构的多层建(构)筑物内，或者粉尘爆炸危险场所内设有员工宿舍、会议室、
 * 办公室、休息室等人员聚集场所的".
 *
 * @since 0.2.0
 */
export const dustAreaBuilding = item({
  slug: "dust-explosion-area-building-and-gathering-rooms",
  article: 11,
  item: 1,
  scope,
  title: text("粉尘爆炸危险场所建筑结构和人员聚集场所", "Building of dust-explosion areas and gathering rooms in them"),
  message: text(
    "粉尘爆炸危险场所设置在非框架结构的多层建(构)筑物内，或者粉尘爆炸危险场所内设有员工宿舍、会议室、办公室、休息室等人员聚集场所的",
    "A dust-explosion hazard area is in a multi-storey building without a frame structure, or has staff dormitories, meeting rooms, offices, rest rooms or other people-gathering rooms inside it"
  ),
  remediation: text("粉尘爆炸危险场所设置在框架结构建筑物内或者单层建筑内，场所内不设人员聚集场所。", "House dust-explosion areas in frame-structure or single-storey buildings, with no people-gathering rooms inside."),
  facts: {
    [`${F}.inNonFrameMultiStoreyBuilding`]: flag("粉尘爆炸危险场所设置在非框架结构的多层建(构)筑物内", "dust-explosion area in a multi-storey building without a frame structure"),
    [`${F}.gatheringRoomsInDustArea`]: flag("粉尘爆炸危险场所内设有员工宿舍、会议室、办公室、休息室等人员聚集场所", "people-gathering rooms inside the dust-explosion area")
  },
  violationWhen: Condition.any(
    yes(`${F}.inNonFrameMultiStoreyBuilding`, "粉尘爆炸危险场所设置在非框架结构的多层建(构)筑物内", "the area is in a non-frame multi-storey building"),
    yes(`${F}.gatheringRoomsInDustArea`, "粉尘爆炸危险场所内设有人员聚集场所", "people-gathering rooms are inside the area")
  )
})

/**
 * 第十一条(二) "不同类别的可燃性粉尘、可燃性粉尘与可燃气体等易加剧爆炸危险的介质共用一套除尘系统，或者不同建（构）筑物、
 * 不同防火分区共用一套除尘系统、除尘系统互联互通的".
 *
 * @since 0.2.0
 */
export const sharedDustSystems = item({
  slug: "dust-explosion-shared-collection-systems",
  article: 11,
  item: 2,
  scope,
  title: text("除尘系统不共用、不互联互通", "Dust-collection systems not shared or interconnected"),
  message: text(
    "不同类别的可燃性粉尘、可燃性粉尘与可燃气体等易加剧爆炸危险的介质共用一套除尘系统，或者不同建（构）筑物、不同防火分区共用一套除尘系统、除尘系统互联互通的",
    "Different kinds of combustible dust, or dust and flammable gas, share one dust-collection system, or different buildings or fire compartments share one, or dust-collection systems are interconnected"
  ),
  remediation: text("按粉尘类别、建（构）筑物和防火分区分别设置除尘系统，除尘系统不互联互通。", "Give each dust kind, building and fire compartment its own system, with no interconnection."),
  facts: {
    ...collection,
    [`${F}.incompatibleMediaShareSystem`]: flag("不同类别的可燃性粉尘、可燃性粉尘与可燃气体等介质共用一套除尘系统", "different dusts, or dust and flammable gas, share one system"),
    [`${F}.buildingsOrCompartmentsShareSystem`]: flag("不同建（构）筑物、不同防火分区共用一套除尘系统", "different buildings or fire compartments share one system"),
    [`${F}.systemsInterconnected`]: flag("除尘系统互联互通", "dust-collection systems interconnected")
  },
  absentWhen: noCollection,
  violationWhen: Condition.any(
    yes(`${F}.incompatibleMediaShareSystem`, "不同类别的可燃性粉尘、可燃性粉尘与可燃气体等介质共用一套除尘系统", "incompatible media share one system"),
    yes(`${F}.buildingsOrCompartmentsShareSystem`, "不同建（构）筑物、不同防火分区共用一套除尘系统", "buildings or fire compartments share one system"),
    yes(`${F}.systemsInterconnected`, "除尘系统互联互通", "systems are interconnected")
  )
})

/**
 * 第十一条(三) "干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施的" — none of them: one is enough to comply.
 *
 * @since 0.2.0
 */
export const explosionControl = item({
  slug: "dust-explosion-dry-collector-explosion-control",
  article: 11,
  item: 3,
  scope,
  title: text("干式除尘系统爆炸防控措施", "Explosion control of dry dust collection"),
  message: text("干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施的", "A dry dust-collection system has none of explosion venting, inerting, suppression or another explosion-control measure"),
  remediation: text("干式除尘系统采取泄爆、惰化、抑爆等爆炸防控措施。", "Give dry dust collection explosion venting, inerting, suppression or another control measure."),
  facts: {
    [`${F}.dryCollection`]: flag("有干式除尘系统", "has dry dust-collection systems"),
    [`${F}.dryCollectionExplosionControl`]: facility("干式除尘系统泄爆、惰化、抑爆等爆炸防控措施", "explosion venting, inerting, suppression or other control of the dry collection")
  },
  absentWhen: without(`${F}.dryCollection`, "无干式除尘系统", "no dry dust collection"),
  violationWhen: missing(`${F}.dryCollectionExplosionControl`, "干式除尘系统未采取任一种爆炸防控措施", "no explosion-control measure at all")
})

/**
 * 第十一条(四) "铝镁等金属粉尘除尘系统采用正压除尘方式，或者其他可燃性粉尘除尘系统采用正压吹送粉尘时，未采取火花探测
 * 消除等防范点燃源措施的".
 *
 * @since 0.2.0
 */
export const positivePressure = item({
  slug: "dust-explosion-positive-pressure-collection",
  article: 11,
  item: 4,
  scope,
  title: text("正压除尘和正压吹送粉尘的点燃源防范", "Positive-pressure dust collection and ignition control"),
  message: text(
    "铝镁等金属粉尘除尘系统采用正压除尘方式，或者其他可燃性粉尘除尘系统采用正压吹送粉尘时，未采取火花探测消除等防范点燃源措施的",
    "Aluminium, magnesium or other metal dust is collected under positive pressure, or other combustible dust is blown under positive pressure without spark detection and extinguishing or other ignition-source control"
  ),
  remediation: text("铝镁等金属粉尘除尘系统不采用正压除尘方式；其他可燃性粉尘正压吹送时采取火花探测消除等防范点燃源措施。", "Never collect metal dust under positive pressure; control ignition sources where other dust is blown under pressure."),
  facts: {
    ...collection,
    [`${F}.metalDustPositivePressure`]: flag("铝镁等金属粉尘除尘系统采用正压除尘方式", "metal-dust collection under positive pressure"),
    [`${F}.otherDustPositivePressureBlowing`]: flag("其他可燃性粉尘除尘系统采用正压吹送粉尘", "other combustible dust blown under positive pressure"),
    [`${F}.positivePressureIgnitionControl`]: facility("正压吹送粉尘的火花探测消除等防范点燃源措施", "spark detection and extinguishing or other ignition control of positive-pressure blowing")
  },
  absentWhen: noCollection,
  facilityAbsentWhen: {
    [`${F}.positivePressureIgnitionControl`]: Condition.any(Condition.eq(`${F}.dustCollectionSystems`, false), Condition.eq(`${F}.otherDustPositivePressureBlowing`, false))
  },
  violationWhen: Condition.any(
    yes(`${F}.metalDustPositivePressure`, "铝镁等金属粉尘除尘系统采用正压除尘方式", "metal dust collected under positive pressure"),
    Condition.all(
      Condition.eq(`${F}.otherDustPositivePressureBlowing`, true),
      missing(`${F}.positivePressureIgnitionControl`, "正压吹送粉尘时未采取火花探测消除等防范点燃源措施", "no ignition control on positive-pressure blowing")
    )
  )
})

/**
 * 第十一条(五) "除尘系统采用重力沉降室除尘，或者采用干式巷道式构筑物作为除尘风道的".
 *
 * @since 0.2.0
 */
export const settlingChambers = item({
  slug: "dust-explosion-settling-chambers-and-tunnel-ducts",
  article: 11,
  item: 5,
  scope,
  title: text("不采用重力沉降室除尘和干式巷道式风道", "No gravity settling chambers or dry tunnel ducts"),
  message: text("除尘系统采用重力沉降室除尘，或者采用干式巷道式构筑物作为除尘风道的", "Dust is collected in a gravity settling chamber, or a dry tunnel-type structure serves as the dust duct"),
  remediation: text("停止使用重力沉降室除尘和干式巷道式除尘风道。", "Stop using gravity settling chambers and dry tunnel ducts."),
  facts: {
    ...collection,
    [`${F}.gravitySettlingChamber`]: flag("除尘系统采用重力沉降室除尘", "gravity settling chamber used"),
    [`${F}.dryTunnelDuct`]: flag("采用干式巷道式构筑物作为除尘风道", "dry tunnel-type structure used as duct")
  },
  absentWhen: noCollection,
  violationWhen: Condition.any(
    yes(`${F}.gravitySettlingChamber`, "除尘系统采用重力沉降室除尘", "a gravity settling chamber is used"),
    yes(`${F}.dryTunnelDuct`, "采用干式巷道式构筑物作为除尘风道", "a dry tunnel structure serves as duct")
  )
})

/**
 * 第十一条(六) "铝镁等金属粉尘、木质粉尘的干式除尘系统未设置锁气卸灰装置的".
 *
 * @since 0.2.0
 */
export const airlockDischarge = item({
  slug: "dust-explosion-airlock-discharge",
  article: 11,
  item: 6,
  scope,
  title: text("金属粉尘、木质粉尘干式除尘系统锁气卸灰装置", "Airlock discharge of dry collection for metal and wood dust"),
  message: text("铝镁等金属粉尘、木质粉尘的干式除尘系统未设置锁气卸灰装置的", "A dry dust-collection system for aluminium, magnesium or other metal dust or wood dust has no airlock discharge device"),
  remediation: text("金属粉尘、木质粉尘的干式除尘系统设置锁气卸灰装置。", "Fit airlock discharge devices to those dry systems."),
  facts: {
    [`${F}.metalOrWoodDryCollection`]: flag("有铝镁等金属粉尘、木质粉尘的干式除尘系统", "has dry collection for metal or wood dust"),
    [`${F}.airlockDischarge`]: facility("干式除尘系统锁气卸灰装置", "airlock discharge device of the dry collection")
  },
  absentWhen: without(`${F}.metalOrWoodDryCollection`, "无金属粉尘、木质粉尘的干式除尘系统", "no dry collection of metal or wood dust"),
  violationWhen: missing(`${F}.airlockDischarge`, "未设置锁气卸灰装置", "no airlock discharge device")
})

/**
 * 第十一条(七) "除尘器、收尘仓等划分为20区的粉尘爆炸危险场所电气设备不符合防爆要求的".
 *
 * @since 0.2.0
 */
export const zone20Equipment = item({
  slug: "dust-explosion-zone-20-electrical-equipment",
  article: 11,
  item: 7,
  scope,
  title: text("20区电气设备防爆", "Explosion-proof electrical equipment in zone 20"),
  message: text("除尘器、收尘仓等划分为20区的粉尘爆炸危险场所电气设备不符合防爆要求的", "Electrical equipment in a zone-20 dust-explosion area (dust collectors, dust bins …) does not meet explosion-protection requirements"),
  remediation: text("20区电气设备更换为符合防爆要求的设备。", "Replace it with equipment that meets the explosion-protection requirements."),
  facts: {
    [`${F}.zone20Areas`]: flag("有除尘器、收尘仓等划分为20区的粉尘爆炸危险场所", "has zone-20 areas (dust collectors, dust bins …)"),
    [`${F}.zone20EquipmentExplosionProof`]: flag("20区电气设备符合防爆要求", "zone-20 electrical equipment meets explosion-protection requirements")
  },
  absentWhen: without(`${F}.zone20Areas`, "无20区粉尘爆炸危险场所", "no zone-20 areas"),
  violationWhen: no(`${F}.zone20EquipmentExplosionProof`, "20区电气设备不符合防爆要求", "zone-20 electrical equipment is not explosion-proof")
})

/**
 * 第十一条(八) "粉碎、研磨、造粒等易产生机械点燃源的工艺设备前，未设置铁、石等杂物去除装置，或者木制品加工企业与砂光机
 * 连接的风管未设置火花探测消除装置的".
 *
 * @since 0.2.0
 */
export const ignitionSources = item({
  slug: "dust-explosion-tramp-removal-and-sander-sparks",
  article: 11,
  item: 8,
  scope,
  title: text("铁、石杂物去除装置和砂光机风管火花探测消除", "Tramp removal and spark detection on sander ducts"),
  message: text(
    "粉碎、研磨、造粒等易产生机械点燃源的工艺设备前，未设置铁、石等杂物去除装置，或者木制品加工企业与砂光机连接的风管未设置火花探测消除装置的",
    "Crushing, grinding, granulating or other equipment liable to mechanical ignition has no iron and stone removal in front of it, or the ducts connected to a wood-products plant's sanders have no spark detection and extinguishing"
  ),
  remediation: text("在上述工艺设备前设置铁、石等杂物去除装置；与砂光机连接的风管设置火花探测消除装置。", "Fit tramp removal before such equipment and spark detection and extinguishing on sander ducts."),
  facts: {
    [`${F}.grindingEquipment`]: flag("有粉碎、研磨、造粒等易产生机械点燃源的工艺设备", "has crushing, grinding or granulating equipment"),
    [`${F}.trampRemoval`]: facility("工艺设备前铁、石等杂物去除装置", "iron and stone removal in front of the equipment"),
    [`${F}.sanderDucts`]: flag("木制品加工企业有与砂光机连接的风管", "wood-products plant with ducts connected to sanders"),
    [`${F}.sanderDuctSparkDetection`]: facility("与砂光机连接的风管火花探测消除装置", "spark detection and extinguishing on the sander ducts")
  },
  absentWhen: Condition.all(
    without(`${F}.grindingEquipment`, "无粉碎、研磨、造粒等工艺设备", "no crushing, grinding or granulating"),
    without(`${F}.sanderDucts`, "无与砂光机连接的风管", "no sander ducts")
  ),
  facilityAbsentWhen: {
    [`${F}.trampRemoval`]: Condition.eq(`${F}.grindingEquipment`, false),
    [`${F}.sanderDuctSparkDetection`]: Condition.eq(`${F}.sanderDucts`, false)
  },
  violationWhen: Condition.any(
    Condition.all(
      Condition.eq(`${F}.grindingEquipment`, true),
      missing(`${F}.trampRemoval`, "粉碎、研磨、造粒等工艺设备前未设置铁、石等杂物去除装置", "no tramp removal before the equipment")
    ),
    Condition.all(
      Condition.eq(`${F}.sanderDucts`, true),
      missing(`${F}.sanderDuctSparkDetection`, "与砂光机连接的风管未设置火花探测消除装置", "no spark detection on the sander ducts")
    )
  )
})

/**
 * 第十一条(九) "遇湿自燃金属粉尘收集、堆放、储存场所未采取通风等防止氢气积聚措施，或者干式收集、堆放、储存场所未采取
 * 防水、防潮措施的".
 *
 * @since 0.2.0
 */
export const waterReactiveDust = item({
  slug: "dust-explosion-water-reactive-metal-dust",
  article: 11,
  item: 9,
  scope,
  title: text("遇湿自燃金属粉尘防氢气积聚和防水防潮", "Water-reactive metal dust: hydrogen build-up and damp"),
  message: text(
    "遇湿自燃金属粉尘收集、堆放、储存场所未采取通风等防止氢气积聚措施，或者干式收集、堆放、储存场所未采取防水、防潮措施的",
    "A place collecting, piling or storing metal dust that ignites when wet has no ventilation or other measure against hydrogen build-up, or a dry collection, piling or storage place has no water and damp protection"
  ),
  remediation: text("采取通风等防止氢气积聚措施；干式收集、堆放、储存场所采取防水、防潮措施。", "Ventilate against hydrogen build-up and protect dry places from water and damp."),
  facts: {
    [`${F}.waterReactiveMetalDustPlaces`]: flag("有遇湿自燃金属粉尘收集、堆放、储存场所", "has places collecting, piling or storing water-reactive metal dust"),
    [`${F}.hydrogenBuildUpMeasures`]: flag("采取通风等防止氢气积聚措施", "ventilation or other measures against hydrogen build-up"),
    [`${F}.dryCollectionOrStoragePlaces`]: flag("有干式收集、堆放、储存场所", "has dry collection, piling or storage places"),
    [`${F}.dryPlacesWaterproofed`]: flag("干式收集、堆放、储存场所采取防水、防潮措施", "dry places protected from water and damp")
  },
  absentWhen: without(`${F}.waterReactiveMetalDustPlaces`, "无遇湿自燃金属粉尘收集、堆放、储存场所", "no water-reactive metal dust places"),
  violationWhen: Condition.any(
    no(`${F}.hydrogenBuildUpMeasures`, "未采取通风等防止氢气积聚措施", "no measures against hydrogen build-up"),
    Condition.all(
      Condition.eq(`${F}.dryCollectionOrStoragePlaces`, true),
      no(`${F}.dryPlacesWaterproofed`, "干式收集、堆放、储存场所未采取防水、防潮措施", "dry places not protected from water and damp")
    )
  )
})

/**
 * 第十一条(十) "未落实粉尘清理制度，造成作业现场积尘严重的" — **conjunctive**: the cleaning regime not carried
 * out **and**, as a result, serious dust build-up on site. Neither part alone is this item (the
 * either-or reading is the superseded 2017 text's).
 *
 * @since 0.2.0
 */
export const dustCleaning = item({
  slug: "dust-explosion-cleaning-regime",
  article: 11,
  item: 10,
  scope,
  title: text("落实粉尘清理制度，作业现场无严重积尘", "Dust-cleaning regime carried out, no serious build-up"),
  message: text("未落实粉尘清理制度，造成作业现场积尘严重的", "The dust-cleaning regime is not carried out and, as a result, dust has built up seriously on site"),
  remediation: text("落实粉尘清理制度，及时清理作业现场积尘。", "Carry out the dust-cleaning regime and clear the accumulated dust."),
  facts: {
    [`${F}.cleaningRegimeCarriedOut`]: flag("落实粉尘清理制度", "dust-cleaning regime carried out"),
    [`${F}.seriousDustBuildUp`]: flag("作业现场积尘严重", "serious dust build-up on site")
  },
  violationWhen: Condition.all(
    no(`${F}.cleaningRegimeCarriedOut`, "未落实粉尘清理制度", "the cleaning regime is not carried out"),
    yes(`${F}.seriousDustBuildUp`, "作业现场积尘严重", "serious dust build-up on site")
  )
})

/** The items of 第十一条, in order. @since 0.2.0 */
export const dustExplosionItems = [
  dustAreaBuilding,
  sharedDustSystems,
  explosionControl,
  positivePressure,
  settlingChambers,
  airlockDischarge,
  zone20Equipment,
  ignitionSources,
  waterReactiveDust,
  dustCleaning
]
