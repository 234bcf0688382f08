/**
 * 4.10 — 场(厂)内专用机动车辆 (5 items): "场(厂)内专用机动车辆有下列情形之一仍继续使用的，应判定为
 * 重大事故隐患". Forklifts and the other in-plant vehicles of 工贸 enterprises are judged here. The
 * vehicle's type (`vehicleType`) and power (`electric`) decide which items concern it.
 *
 * [verified: GB45067-text, sector-criteria.md §15]
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { unqualified, inspectionConcluded, item, missingOrFailed, noneOf, ofKind, text } from "./item.ts"

const clause = "4.10"
const vehicle = ofKind("in-plant-vehicle")
const entry = text("场(厂)内专用机动车辆", "in-plant vehicle")
const stop = (zh: string, en: string) => text(`停止使用车辆，${zh}后方可使用。`, `Stop using the vehicle; ${en} before using it again.`)

/** 4.10 a) "定期检验结论为“不合格”". @since 0.2.0 */
export const vehicleInspection: Rule.Rule<any> = item({
  slug: "vehicle-periodic-inspection", clause, letter: "a", subject: vehicle, none: noneOf("in-plant-vehicle"), entry,
  title: text("场(厂)内专用机动车辆定期检验结论为“不合格”", "In-plant vehicle whose periodic inspection concluded \"unqualified\""),
  message: text("场(厂)内专用机动车辆定期检验结论为“不合格”，仍继续使用的", "An in-plant motor vehicle whose periodic inspection concluded \"unqualified\" is still in use"),
  remediation: stop("整改并经检验合格", "rectify it and have it pass inspection"),
  breach: inspectionConcluded(unqualified)
})

/** 4.10 b) "电动车辆电源紧急切断装置缺失或失效". @since 0.2.0 */
export const vehiclePowerCutOff: Rule.Rule<any> = item({
  slug: "electric-vehicle-power-cut-off", clause, letter: "b",
  subject: C.all(vehicle, C.eq("electric", true)),
  none: text("登记的特种设备中无电动场(厂)内专用机动车辆", "no electric in-plant vehicle in the register"),
  entry: text("电动车辆", "electric vehicle"),
  title: text("电动车辆电源紧急切断装置缺失或失效", "Electric vehicle's emergency power cut-off missing or failed"),
  message: text("电动车辆电源紧急切断装置缺失或失效，仍继续使用的", "An electric in-plant vehicle whose emergency power cut-off is missing or has failed is still in use"),
  remediation: stop("装设或修复电源紧急切断装置", "fit or repair the emergency power cut-off"),
  breach: missingOrFailed("powerEmergencyCutOff", "电源紧急切断装置", "emergency power cut-off")
})

/** 4.10 c) "制动(包括行车、驻车)装置缺失或失效". @since 0.2.0 */
export const vehicleBrakes: Rule.Rule<any> = item({
  slug: "vehicle-brakes", clause, letter: "c", subject: vehicle, none: noneOf("in-plant-vehicle"), entry,
  title: text("场(厂)内专用机动车辆制动(包括行车、驻车)装置缺失或失效", "In-plant vehicle brakes (service, parking) missing or failed"),
  message: text("场(厂)内专用机动车辆制动(包括行车、驻车)装置缺失或失效，仍继续使用的", "An in-plant vehicle whose brakes (service or parking) are missing or have failed is still in use"),
  remediation: stop("修复行车、驻车制动装置", "repair the service and parking brakes"),
  breach: missingOrFailed("brakes", "制动(包括行车、驻车)装置", "brakes (service, parking)")
})

/** 4.10 d) "观光列车的牵引连接装置及其二次保护装置缺失或失效". @since 0.2.0 */
export const sightseeingTrainCoupling: Rule.Rule<any> = item({
  slug: "sightseeing-train-tow-coupling", clause, letter: "d",
  subject: C.all(vehicle, C.eq("vehicleType", "sightseeing-train")),
  none: text("登记的特种设备中无观光列车", "no sightseeing train in the register"),
  entry: text("观光列车", "sightseeing train"),
  title: text("观光列车牵引连接装置及其二次保护装置缺失或失效", "Sightseeing-train tow coupling or its secondary protection missing or failed"),
  message: text(
    "观光列车的牵引连接装置及其二次保护装置缺失或失效，仍继续使用的",
    "A sightseeing train whose tow coupling or the coupling's secondary protection is missing or has failed is still in use"
  ),
  remediation: stop("装设或修复牵引连接装置及其二次保护装置", "fit or repair the tow coupling and its secondary protection"),
  breach: C.any(
    missingOrFailed("towCoupling", "牵引连接装置", "tow coupling"),
    missingOrFailed("towCouplingSecondaryProtection", "牵引连接装置的二次保护装置", "secondary protection of the tow coupling")
  )
})

/**
 * 4.10 e) "非公路用旅游观光车辆超过最大行驶坡度使用" — a use beyond the vehicle's parameters (4.1 d)
 * points here). Both figures are recorded facts: the vehicle's maximum driving gradient (from its
 * product documents, which the standard delegates to) and the steepest gradient of the route it is
 * used on; strictly steeper is the item (equal is within the maximum).
 *
 * @since 0.2.0
 */
export const sightseeingBeyondGradient: Rule.Rule<any> = item({
  slug: "sightseeing-vehicle-beyond-max-gradient", clause, letter: "e",
  subject: C.all(vehicle, C.oneOf("vehicleType", ["sightseeing-car", "sightseeing-train"])),
  none: text("登记的特种设备中无非公路用旅游观光车辆", "no off-road sightseeing vehicle in the register"),
  entry: text("旅游观光车辆", "sightseeing vehicle"),
  title: text("非公路用旅游观光车辆超过最大行驶坡度使用", "Sightseeing vehicle used beyond its maximum gradient"),
  message: text("非公路用旅游观光车辆超过最大行驶坡度使用，仍继续使用的", "An off-road sightseeing vehicle is used on gradients beyond its maximum driving gradient"),
  remediation: stop("调整运行路线，使其坡度不超过车辆最大行驶坡度", "change its route so that no gradient exceeds the vehicle's maximum"),
  breach: C.gt("routeMaxGradient", C.fact("ratedMaxGradient"))
})

/** The items of 4.10, in order. @since 0.2.0 */
export const vehicleItems: ReadonlyArray<Rule.Rule<any>> = [vehicleInspection, vehiclePowerCutOff, vehicleBrakes, sightseeingTrainCoupling, sightseeingBeyondGradient]
