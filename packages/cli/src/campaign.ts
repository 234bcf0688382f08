/**
 * `anquan campaign status` as a plain async function: a campaign (a full campaign file, or template
 * parameters with `templateId`) and its records (roster, hazards, inspections, reports) → progress
 * as of a date, as text or JSON.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { CampaignSpec, campaignProgressPromise, getTemplate, instantiate, progressLines } from "@anquan/campaign"
import type { CampaignProgress } from "@anquan/campaign"
import { Schema } from "effect"
import { UsageError } from "./check.ts"

/** @since 0.1.0 */
export interface CampaignStatusOptions {
  /** A campaign file: a full campaign (wire form) or template parameters with `templateId`. */
  readonly campaign: string
  readonly roster?: string | undefined
  readonly hazards?: string | undefined
  readonly inspections?: string | undefined
  readonly reports?: string | undefined
  readonly asOf: string
  readonly format: "table" | "json"
  readonly write: (text: string) => void
}

const readJson = (what: string, path: string | undefined, fallback: unknown): unknown => {
  if (path === undefined) return fallback
  try {
    return JSON.parse(readFileSync(path, "utf8"))
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as Error).message}`)
  }
}

/**
 * Computes and writes a campaign's progress. Throws {@link UsageError} for unreadable files, an
 * unknown template, missing template parameters or records that do not decode.
 *
 * @since 0.1.0
 */
export const campaignStatus = async (options: CampaignStatusOptions): Promise<{ readonly exitCode: 0; readonly progress: CampaignProgress }> => {
  const file = readJson("campaign", options.campaign, undefined) as Record<string, unknown>
  let spec: CampaignSpec
  try {
    spec = typeof file?.["templateId"] === "string"
      ? instantiate(getTemplate(file["templateId"] as string), file as never)
      : Schema.decodeUnknownSync(CampaignSpec)(file, { errors: "all" })
  } catch (e) {
    throw new UsageError(`campaign ${options.campaign}: ${(e as Error).message}`)
  }
  let progress: CampaignProgress
  try {
    progress = await campaignProgressPromise({
      campaign: Schema.encodeSync(CampaignSpec)(spec),
      roster: readJson("roster", options.roster, []),
      hazards: readJson("hazards", options.hazards, []),
      inspections: readJson("inspections", options.inspections, []),
      ...(options.reports !== undefined ? { reports: readJson("reports", options.reports, []) } : {})
    }, { asOf: options.asOf })
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(`campaign records do not decode: ${(e as Error).message}`)
  }
  options.write(options.format === "json" ? JSON.stringify(progress, null, 2) + "\n" : progressLines(spec, progress, options.asOf).join("\n") + "\n")
  return { exitCode: 0, progress }
}
