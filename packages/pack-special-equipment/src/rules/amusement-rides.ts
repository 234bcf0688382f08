/**
 * 4.9 — 大型游乐设施 (5 items): "大型游乐设施有下列情形之一仍继续使用的，应判定为重大事故隐患".
 *
 * [verified: GB45067-text, sector-criteria.md §15]
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { unqualified, inspectionConcluded, item, missingOrFailed, noneOf, ofKind, text, yes } from "./item.ts"

const clause = "4.9"
const subject = ofKind("large-amusement-ride")
const none = noneOf("large-amusement-ride")
const entry = text("大型游乐设施", "amusement ride")
const stop = (zh: string, en: string) => text(`停止运营大型游乐设施，${zh}后方可运营。`, `Stop the ride; ${en} before operating it again.`)

/** 4.9 a) "定期检验结论为“不合格”". @since 0.2.0 */
export const rideInspection: Rule.Rule<any> = item({
  slug: "amusement-ride-periodic-inspection", clause, letter: "a", subject, none, entry,
  title: text("大型游乐设施定期检验结论为“不合格”", "Amusement ride whose periodic inspection concluded \"unqualified\""),
  message: text("大型游乐设施定期检验结论为“不合格”，仍继续使用的", "A large amusement ride whose periodic inspection concluded \"unqualified\" is still in use"),
  remediation: stop("整改并经检验合格", "rectify it and have it pass inspection"),
  breach: inspectionConcluded(unqualified)
})

/** 4.9 b) "安全带、安全压杠和安全挡杆等乘客束缚装置缺失或失效". @since 0.2.0 */
export const rideRestraints: Rule.Rule<any> = item({
  slug: "amusement-ride-passenger-restraints", clause, letter: "b", subject, none, entry,
  title: text("大型游乐设施乘客束缚装置缺失或失效", "Amusement-ride passenger restraints missing or failed"),
  message: text(
    "大型游乐设施安全带、安全压杠和安全挡杆等乘客束缚装置缺失或失效，仍继续使用的",
    "A large amusement ride whose passenger restraints (belts, lap bars, safety bars) are missing or have failed is still in use"
  ),
  remediation: stop("装设或修复乘客束缚装置", "fit or repair the passenger restraints"),
  breach: missingOrFailed("passengerRestraints", "乘客束缚装置", "passenger restraints")
})

/** 4.9 c) "座舱舱门锁紧装置缺失或失效". A ride without cabin doors records `not-required`. @since 0.2.0 */
export const rideCabinDoorLocks: Rule.Rule<any> = item({
  slug: "amusement-ride-cabin-door-locks", clause, letter: "c", subject, none, entry,
  title: text("大型游乐设施座舱舱门锁紧装置缺失或失效", "Amusement-ride cabin door locks missing or failed"),
  message: text("大型游乐设施座舱舱门锁紧装置缺失或失效，仍继续使用的", "A large amusement ride whose cabin door locks are missing or have failed is still in use"),
  remediation: stop("装设或修复座舱舱门锁紧装置", "fit or repair the cabin door locks"),
  breach: missingOrFailed("cabinDoorLocks", "座舱舱门锁紧装置", "cabin door locks")
})

/**
 * 4.9 d) "制动装置、限位装置、防碰撞及缓冲装置、止逆行装置、限速装置缺失或失效" — five devices, each
 * where the ride's rules require it (else `not-required`); any one missing or failed is the item.
 *
 * @since 0.2.0
 */
export const rideMotionDevices: Rule.Rule<any> = item({
  slug: "amusement-ride-brakes-limits-buffers", clause, letter: "d", subject, none, entry,
  title: text("大型游乐设施制动、限位、防碰撞及缓冲、止逆行、限速装置缺失或失效", "Amusement-ride brakes, limits, buffers, anti-rollback or speed limiters missing or failed"),
  message: text(
    "大型游乐设施制动装置、限位装置、防碰撞及缓冲装置、止逆行装置、限速装置缺失或失效，仍继续使用的",
    "A large amusement ride whose brakes, limit devices, anti-collision and buffer devices, anti-rollback devices or speed limiters are missing or have failed is still in use"
  ),
  remediation: stop("装设或修复制动、限位、防碰撞及缓冲、止逆行、限速装置", "fit or repair the brakes, limits, buffers, anti-rollback devices and speed limiters"),
  breach: C.any(
    missingOrFailed("brakes", "制动装置", "brakes"),
    missingOrFailed("limitDevices", "限位装置", "limit devices"),
    missingOrFailed("collisionBuffers", "防碰撞及缓冲装置", "anti-collision and buffer devices"),
    missingOrFailed("antiRollback", "止逆行装置", "anti-rollback devices"),
    missingOrFailed("speedLimiter", "限速装置", "speed limiters")
  )
})

/** 4.9 e) "主要受力部件、重要焊缝及重要螺栓出现裂纹、严重变形". @since 0.2.0 */
export const rideStructuralDamage: Rule.Rule<any> = item({
  slug: "amusement-ride-structural-cracks", clause, letter: "e", subject, none, entry,
  title: text("大型游乐设施主要受力部件、重要焊缝及重要螺栓出现裂纹、严重变形", "Cracks or severe deformation in an amusement ride's main load-bearing parts"),
  message: text(
    "大型游乐设施主要受力部件、重要焊缝及重要螺栓出现裂纹、严重变形，仍继续使用的",
    "A large amusement ride whose main load-bearing parts, important welds or bolts show cracks or severe deformation is still in use"
  ),
  remediation: stop("修复或更换出现裂纹、严重变形的部件并经检验", "repair or replace the cracked or deformed parts and have them inspected"),
  breach: yes("structuralCracksOrDeformation", "主要受力部件、重要焊缝及重要螺栓出现裂纹、严重变形", "cracks or severe deformation")
})

/** The items of 4.9, in order. @since 0.2.0 */
export const amusementRideItems: ReadonlyArray<Rule.Rule<any>> = [rideInspection, rideRestraints, rideCabinDoorLocks, rideMotionDevices, rideStructuralDamage]
