/**
 * The 47 lettered items of 4.1–4.10 of GB 45067-2024, in the order of the text.
 *
 * @since 0.2.0
 */
import type { Rule } from "@anquan/core"
import { amusementRideItems } from "./amusement-rides.ts"
import { boilerItems } from "./boilers.ts"
import { craneItems } from "./cranes.ts"
import { elevatorItems } from "./elevators.ts"
import { fillingItems } from "./filling.ts"
import { generalItems } from "./general.ts"
import { pressurePipingItems } from "./pressure-piping.ts"
import { pressureVesselItems } from "./pressure-vessels.ts"
import { ropewayItems } from "./ropeways.ts"
import { vehicleItems } from "./vehicles.ts"

/** Every item, clause by clause: 4 + 7 + 6 + 2 + 3 + 5 + 5 + 5 + 5 + 5 = 47. @since 0.2.0 */
export const items: ReadonlyArray<Rule.Rule<any>> = [
  ...generalItems, // 4.1 特种设备 (4; d) the pointer to 4.2–4.10)
  ...boilerItems, // 4.2 锅炉 (7)
  ...pressureVesselItems, // 4.3 压力容器 (6)
  ...pressurePipingItems, // 4.4 压力管道 (2)
  ...fillingItems, // 4.5 移动式压力容器或者气瓶充装 (3)
  ...elevatorItems, // 4.6 电梯 (5)
  ...craneItems, // 4.7 起重机械 (5)
  ...ropewayItems, // 4.8 客运索道 (5)
  ...amusementRideItems, // 4.9 大型游乐设施 (5)
  ...vehicleItems // 4.10 场(厂)内专用机动车辆 (5)
]
