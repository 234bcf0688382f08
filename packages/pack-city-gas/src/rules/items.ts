/**
 * The 22 judgement items of 城镇燃气经营安全重大隐患判定标准 (建城规〔2023〕4号), in the order of the text:
 * 第四–七条 5 + 5 + 3 + 3, 第八条, 第九条 4, 第十条.
 *
 * @since 0.2.0
 */
import { cylinderItems } from "./cylinders.ts"
import type { Item } from "./item.ts"
import { managementItems } from "./management.ts"
import { networkItems } from "./network.ts"
import { warningOdour } from "./odorisation.ts"
import { otherSeriousHazards } from "./other-serious.ts"
import { stationItems } from "./stations.ts"
import { userInspectionItems } from "./user-inspections.ts"

/** Every item: 5 + 5 + 3 + 3 + 1 + 4 + 1 = 22. @since 0.2.0 */
export const items: ReadonlyArray<Item> = [
  ...managementItems, // 第四条 安全生产管理 (5)
  ...stationItems, // 第五条 燃气厂站 (5)
  ...networkItems, // 第六条 燃气管道和调压设施 (3)
  ...cylinderItems, // 第七条 气瓶 (3)
  warningOdour, // 第八条 警示性臭味 (1)
  ...userInspectionItems, // 第九条 用户端 (4)
  otherSeriousHazards // 第十条 其他 (1)
]
