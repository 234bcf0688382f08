/**
 * The 64 items of 第三条 to 第十三条 of 令第10号, in the order of the text.
 *
 * @since 0.2.0
 */
import { buildingMaterialsItems } from "./building-materials.ts"
import { generalItems } from "./general.ts"
import type { Item } from "./item.ts"
import { lightIndustryItems } from "./light-industry.ts"
import { machineryItems } from "./machinery.ts"
import { metallurgyItems } from "./metallurgy.ts"
import { nonferrousItems } from "./nonferrous.ts"

/** Every item, article by article. @since 0.2.0 */
export const items: ReadonlyArray<Item> = [
  ...generalItems, // 第三条 (3)
  ...metallurgyItems, // 第四条 冶金 (8)
  ...nonferrousItems, // 第五条 有色 (13)
  ...buildingMaterialsItems, // 第六条 建材 (8)
  ...machineryItems, // 第七条 机械 (7)
  ...lightIndustryItems // 第八条 轻工 (7)
]
