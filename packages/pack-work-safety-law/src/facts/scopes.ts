/**
 * 适用范围 — the scope lists the articles name, as the constants the rules' conditions use:
 * 第二十七条 (考核 and 注册安全工程师) and 第四十二条 (危险物品场所与员工宿舍).
 *
 * @since 0.1.0
 */
import type { DangerousGoodsActivity, Sector } from "@anquan/core"

/**
 * 第二十七条 考核 high-risk list, sector part: 矿山 (coal and non-coal), 金属冶炼, 建筑施工, 运输单位.
 *
 * @since 0.1.0
 */
export const ART27_HIGH_RISK_SECTORS: ReadonlyArray<Sector> = ["coal-mine", "non-coal-mine", "metal-smelting", "construction", "transport"]

/**
 * 第二十七条 考核 high-risk list, dangerous-goods part: 危险物品的生产、经营、储存、装卸单位.
 *
 * @since 0.1.0
 */
export const ART27_HIGH_RISK_ACTIVITIES: ReadonlyArray<DangerousGoodsActivity> = ["production", "trading", "storage", "loading"]

/**
 * 第二十七条 (注册安全工程师), sector part: 矿山, 金属冶炼.
 *
 * @since 0.1.0
 */
export const ART27_ENGINEER_SECTORS: ReadonlyArray<Sector> = ["coal-mine", "non-coal-mine", "metal-smelting"]

/**
 * 第二十七条 (注册安全工程师), dangerous-goods part: 危险物品的生产、储存、装卸单位 (not 经营).
 *
 * @since 0.1.0
 */
export const ART27_ENGINEER_ACTIVITIES: ReadonlyArray<DangerousGoodsActivity> = ["production", "storage", "loading"]

/**
 * 第四十二条: the activities whose 车间、商店、仓库 may not share a building with 员工宿舍
 * (生产、经营、储存、使用危险物品).
 *
 * @since 0.1.0
 */
export const ART42_ACTIVITIES: ReadonlyArray<DangerousGoodsActivity> = ["production", "trading", "storage", "use"]
