/**
 * The packs this CLI ships with, and `anquan packs`: every registered rule with id, pack, severity,
 * citation `{ document, article, item, subitem, verified }` (a standard's `{ clause, letter }`) and effective window. The JSON shape is
 * `Registry.listing()`'s and is stable: other tools read it.
 *
 * @since 0.1.0
 */
import { formatCitation, Pack as CorePack, Registry } from "@anquan/core"
import type { Locale, Pack } from "@anquan/core"
import { cityGasPack } from "@anquan/pack-city-gas"
import { coalMinePack } from "@anquan/pack-coal-mine"
import { constructionPack } from "@anquan/pack-construction"
import { fireworksPack } from "@anquan/pack-fireworks"
import { hazchemPack } from "@anquan/pack-hazchem"
import { industryTradePack } from "@anquan/pack-industry-trade"
import { specialEquipmentPack } from "@anquan/pack-special-equipment"
import { noncoalMinePack } from "@anquan/pack-noncoal-mine"
import { workSafetyLaw } from "@anquan/pack-work-safety-law"
import { readFileSync } from "node:fs"
import { decodeBytes } from "./input/encoding.ts"

/** Every installed pack, in registration order. @since 0.1.0 */
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

/**
 * The URL of this module (its own file in the published build, `dist/installed-packs.js`): where
 * the worker threads of `anquan check --workers` load {@link installedPacks} from, the same code as
 * this thread's.
 *
 * @internal
 * @since 0.2.0
 */
export const installedPacksModule: string = new URL(import.meta.url.endsWith(".ts") ? "./packs.ts" : "./installed-packs.js", import.meta.url).href

/**
 * The URL of the module of one installed pack alone (`src/workerPacks/<id>.ts`, its own file in the
 * published build, `dist/workerPacks/<id>.js`, exporting it as `pack`): where a worker thread of
 * `anquan check --workers` loads that pack from, so that it evaluates the modules of the packs the
 * check uses only, not of every installed one. `undefined` for a pack that is not installed.
 *
 * @internal
 * @since 0.2.0
 */
export const workerPackModule = (id: string): string | undefined =>
  installedPacks.some((p) => p.id === id)
    ? new URL(import.meta.url.endsWith(".ts") ? `./workerPacks/${id}.ts` : `./workerPacks/${id}.js`, import.meta.url).href
    : undefined

/**
 * A JSON pack file (`Pack.fromJson`) read from `path` (UTF-8, or UTF-16 by its byte-order mark). Throws a message naming the file and every
 * problem of it (rule id and JSON path).
 *
 * @since 0.2.0
 */
export const loadJsonPack = (path: string): Pack.Pack<any> => {
  let json: unknown
  try {
    json = JSON.parse(decodeBytes(readFileSync(path))) // a BOM or UTF-16 as in every input file
  } catch (e) {
    throw new RangeError(`--pack ${path}: ${(e as Error).message}`)
  }
  try {
    return CorePack.fromJson(json)
  } catch (e) {
    throw new RangeError(`--pack ${path}: ${(e as Error).message}`)
  }
}

/**
 * The installed packs named by `ids` (all when empty); an id ending in `.json` is the path of a JSON
 * pack file, loaded with {@link loadJsonPack}. Throws a message listing the known ids for an unknown one.
 *
 * @since 0.1.0
 */
export const selectPacks = (ids: ReadonlyArray<string>): ReadonlyArray<Pack.Pack<any>> => {
  if (ids.length === 0) return installedPacks
  const files = ids.filter((id) => id.endsWith(".json"))
  const names = ids.filter((id) => !id.endsWith(".json"))
  const unknown = names.filter((id) => !installedPacks.some((p) => p.id === id))
  if (unknown.length > 0) {
    throw new RangeError(`unknown pack ${unknown.map((u) => JSON.stringify(u)).join(", ")}; installed: ${installedPacks.map((p) => p.id).join(", ")}; a JSON pack file is given by its path ending in .json`)
  }
  return [...installedPacks.filter((p) => names.includes(p.id)), ...files.map(loadJsonPack)]
}

/**
 * The text of `anquan packs` in a format.
 *
 * @since 0.1.0
 */
export const listPacks = (packs: ReadonlyArray<Pack.Pack<any>>, format: "table" | "json", locale: Locale): string => {
  const registry = Registry.make(packs)
  const listing = registry.listing()
  if (format === "json") return JSON.stringify(listing, null, 2) + "\n"
  const lines = listing.map((r) =>
    `${r.id}@${r.version}  ${r.severity.padEnd(8)} ${r.effective.from}..${r.effective.to ?? ""}  ${formatCitation(r.citation, locale, registry.documents)}  ${locale === "en" ? r.title.en : r.title["zh-CN"]}`
  )
  return lines.join("\n") + `\n${listing.length} rule versions in ${packs.length} pack(s)\n`
}
