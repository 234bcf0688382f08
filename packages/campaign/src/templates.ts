/**
 * 内置模板 — the campaign templates this package ships, one JSON file each under `templates/`,
 * decoded by `CampaignTemplate` on first use.
 *
 * | id | plan | seed |
 * |---|---|---|
 * | `small-coal-mine-three-actions` | 小煤矿安全生产“三项行动” | 004 lines 2–48 |
 * | `fifteen-hard-measures-2022` | 安全生产“十五条”硬措施自查自纠 | 001 |
 * | `hundred-day-key-rectification` | 安全生产重点整治百日行动 | 004 lines 255–280 |
 * | `civil-affairs-hundred-day-push` | 民政系统安全生产“百日攻坚行动” | 004 lines 77–106 |
 * | `three-year-special-rectification-2020` | 安全生产专项整治三年行动 (2020–2022) | 004 lines 107–130 |
 * | `work-safety-year-2010` | 继续深入开展“安全生产年”活动 (2010) | 003 |
 * | `annual-plan-basic-systems` | 八项基本制度及安全费用、风险抵押金、工伤保险 (since 0.2.0) | 000 lines 10–46 |
 *
 * @since 0.1.0
 */
import { Data, Effect, Result } from "effect"
import basicSystems from "../templates/annual-plan-basic-systems.json" with { type: "json" }
import civilAffairs from "../templates/civil-affairs-hundred-day-push.json" with { type: "json" }
import fifteenMeasures from "../templates/fifteen-hard-measures-2022.json" with { type: "json" }
import hundredDay from "../templates/hundred-day-key-rectification.json" with { type: "json" }
import threeActions from "../templates/small-coal-mine-three-actions.json" with { type: "json" }
import threeYear from "../templates/three-year-special-rectification-2020.json" with { type: "json" }
import workSafetyYear from "../templates/work-safety-year-2010.json" with { type: "json" }
import { type CampaignTemplate, decodeTemplate } from "./Template.ts"

/**
 * The ids of the shipped templates, in a fixed order.
 *
 * @since 0.1.0
 */
export const TemplateIds = [
  "small-coal-mine-three-actions",
  "fifteen-hard-measures-2022",
  "hundred-day-key-rectification",
  "civil-affairs-hundred-day-push",
  "three-year-special-rectification-2020",
  "work-safety-year-2010",
  "annual-plan-basic-systems"
] as const
/** @since 0.1.0 */
export type TemplateId = typeof TemplateIds[number]

/**
 * The raw JSON of each shipped template, by id (what the files hold, before decoding).
 *
 * @since 0.1.0
 */
export const rawTemplates: { readonly [K in TemplateId]: unknown } = {
  "small-coal-mine-three-actions": threeActions,
  "fifteen-hard-measures-2022": fifteenMeasures,
  "hundred-day-key-rectification": hundredDay,
  "civil-affairs-hundred-day-push": civilAffairs,
  "three-year-special-rectification-2020": threeYear,
  "work-safety-year-2010": workSafetyYear,
  "annual-plan-basic-systems": basicSystems
}

/**
 * 未知模板 — no shipped template has this id.
 *
 * @since 0.1.0
 */
export class UnknownTemplateError extends Data.TaggedError("UnknownTemplateError")<{
  readonly id: string
  readonly message: string
}> {}

const cache = new Map<string, CampaignTemplate>()

const load = (id: TemplateId): CampaignTemplate => {
  const hit = cache.get(id)
  if (hit !== undefined) return hit
  const r = decodeTemplate(rawTemplates[id], `templates/${id}.json`)
  if (Result.isFailure(r)) throw r.failure
  cache.set(id, r.success)
  return r.success
}

const isTemplateId = (id: string): id is TemplateId => (TemplateIds as ReadonlyArray<string>).includes(id)

/**
 * A shipped template by id, decoded. Throws `UnknownTemplateError` for an unknown id (and the
 * `TemplateDecodeError` of a broken file, which the package's tests rule out).
 *
 * @since 0.1.0
 */
export const getTemplate = (id: string): CampaignTemplate => {
  if (!isTemplateId(id)) throw unknown(id)
  return load(id)
}

/**
 * Every shipped template, decoded, in `TemplateIds` order.
 *
 * @since 0.1.0
 */
export const listTemplates = (): ReadonlyArray<CampaignTemplate> => TemplateIds.map(load)

const unknown = (id: string) =>
  new UnknownTemplateError({ id, message: `unknown campaign template ${JSON.stringify(id)}; shipped: ${TemplateIds.join(", ")}` })

/**
 * Effect entry of `getTemplate`.
 *
 * @since 0.1.0
 */
export const getTemplateEffect = (id: string): Effect.Effect<CampaignTemplate, UnknownTemplateError> =>
  isTemplateId(id) ? Effect.sync(() => load(id)) : Effect.fail(unknown(id))
