/**
 * Evaluates the shipped template `hundred-day-key-rectification` (seed 004) against the sample
 * ledger shipped in `@anquan/campaign/sample/` and renders its progress as of a date.
 */
import { readFileSync } from "node:fs"
import { CampaignSpec, campaignProgressPromise, getTemplate, instantiate, progressLines } from "@anquan/campaign"
import { Schema } from "effect"

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../packages/campaign/sample/${name}`, import.meta.url), "utf8"))

// #region instantiate
const params = read("params.json") as Parameters<typeof instantiate>[1] & { readonly templateId: string }
export const campaign = instantiate(getTemplate(params.templateId), params)
// #endregion instantiate

/** The progress as of a date, and its text. */
export const progress = async (asOf: string) => {
  // #region progress
  const p = await campaignProgressPromise(
    { campaign: Schema.encodeSync(CampaignSpec)(campaign), roster: read("roster.json"), hazards: read("hazards.json"), inspections: read("inspections.json") },
    { asOf }
  )
  // #endregion progress
  return { progress: p, text: progressLines(campaign, p, asOf).join("\n") }
}
