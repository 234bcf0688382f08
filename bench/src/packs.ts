/**
 * The shipped packs the generator writes facts for, in the CLI's registration order (`@anquan/cli`'s
 * `installedPacks`), imported directly so that the benchmark processes do not load the CLI and its HTML
 * renderer.
 */
import type { Pack } from "@anquan/core"
import { cityGasPack } from "@anquan/pack-city-gas"
import { coalMinePack } from "@anquan/pack-coal-mine"
import { constructionPack } from "@anquan/pack-construction"
import { fireworksPack } from "@anquan/pack-fireworks"
import { hazchemPack } from "@anquan/pack-hazchem"
import { industryTradePack } from "@anquan/pack-industry-trade"
import { noncoalMinePack } from "@anquan/pack-noncoal-mine"
import { specialEquipmentPack } from "@anquan/pack-special-equipment"
import { workSafetyLaw } from "@anquan/pack-work-safety-law"

export const installedPacks: ReadonlyArray<Pack.Pack<any>> = [
  workSafetyLaw,
  hazchemPack,
  fireworksPack,
  constructionPack,
  industryTradePack,
  coalMinePack,
  specialEquipmentPack,
  cityGasPack,
  noncoalMinePack
]
