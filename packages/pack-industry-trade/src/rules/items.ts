/**
 * The 64 items of 第三条 to 第十三条 of 令第10号, in the order of the text.
 *
 * @since 0.2.0
 */
import { buildingMaterialsItems } from "./building-materials.ts"
import { confinedSpaceItems } from "./confined-space.ts"
import { dustExplosionItems } from "./dust-explosion.ts"
import { generalItems } from "./general.ts"
import type { Item } from "./item.ts"
import { lightIndustryItems } from "./light-industry.ts"
import { liquidAmmoniaItems } from "./liquid-ammonia.ts"
import { machineryItems } from "./machinery.ts"
import { metallurgyItems } from "./metallurgy.ts"
import { nonferrousItems } from "./nonferrous.ts"
import { textileItems } from "./textile.ts"
import { tobaccoItems } from "./tobacco.ts"

/** Every item, article by article: 3 + 47 + 14 = 64. @since 0.2.0 */
export const items: ReadonlyArray<Item> = [
  ...generalItems, // 第三条 管理类 (3)
  ...metallurgyItems, // 第四条 冶金 (8)
  ...nonferrousItems, // 第五条 有色 (13)
  ...buildingMaterialsItems, // 第六条 建材 (8)
  ...machineryItems, // 第七条 机械 (7)
  ...lightIndustryItems, // 第八条 轻工 (7)
  ...textileItems, // 第九条 纺织 (2)
  ...tobaccoItems, // 第十条 烟草 (2)
  ...dustExplosionItems, // 第十一条 粉尘爆炸 (10)
  ...liquidAmmoniaItems, // 第十二条 液氨制冷 (2)
  ...confinedSpaceItems // 第十三条 有限空间 (2)
]
