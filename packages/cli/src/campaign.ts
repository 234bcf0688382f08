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
import { decodeBytes } from "./input/encoding.ts"
import { terminalSafeInline } from "./output/terminal.ts"

/** @since 0.1.0 */
export interface CampaignStatusOptions extends CampaignFiles {
  readonly asOf: string
  readonly format: "table" | "json"
  readonly write: (text: string) => void
}

const readJson = (what: string, path: string | undefined, fallback: unknown): unknown => {
  if (path === undefined) return fallback
  try {
    // a byte-order mark dropped (UTF-16 read by it); GB18030 read when the file is that
    return JSON.parse(decodeBytes(readFileSync(path)))
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as Error).message}`)
  }
}

/**
 * The files a campaign's progress is computed from, as `anquan campaign status` takes them: the
 * campaign (a full campaign, or template parameters with `templateId`) and its records. A record
 * file not given counts as none (an empty roster, no hazards, no inspections, no reports).
 *
 * @since 0.1.0
 */
export interface CampaignFiles {
  /** A campaign file: a full campaign (wire form) or template parameters with `templateId`. */
  readonly campaign: string
  readonly roster?: string | undefined
  readonly hazards?: string | undefined
  readonly inspections?: string | undefined
  readonly reports?: string | undefined
  /**
   * The hazards themselves (JSON form), in place of a `hazards` file: `anquan check --ledger`
   * passes the ledger's hazards here when `--campaign-hazards` is not given.
   */
  readonly hazardRecords?: ReadonlyArray<unknown> | undefined
}

/**
 * A campaign and its progress as of a date (what `campaign status` prints).
 *
 * @since 0.1.0
 */
export interface CampaignStatus {
  readonly spec: CampaignSpec
  readonly progress: CampaignProgress
}

/**
 * The campaign section of a check report (`anquan check --campaign`): the campaign's id and name,
 * which record files were given, and its progress as `anquan campaign status --format json` prints it.
 *
 * @since 0.1.0
 */
export interface CampaignSection {
  readonly id: string
  readonly name: string
  /** Which record files were given (one not given counts as none); `hazards` is true too when they come from the ledger. */
  readonly records: { readonly roster: boolean; readonly hazards: boolean; readonly inspections: boolean; readonly reports: boolean }
  /** Where the hazards come from: a `--campaign-hazards` file, the `--ledger`, or none given. */
  readonly hazardsFrom: "file" | "ledger" | "none"
  readonly progress: CampaignProgress
}

/**
 * Reads the campaign and its records and computes its progress as of `asOf` (`campaignProgress`
 * of `@anquan/campaign`). Throws {@link UsageError} for unreadable files, an unknown template,
 * missing template parameters or records that do not decode.
 *
 * @since 0.1.0
 */
export const loadCampaignStatus = async (files: CampaignFiles, asOf: string): Promise<CampaignStatus> => {
  const file = readJson("campaign", files.campaign, undefined) as Record<string, unknown>
  let spec: CampaignSpec
  try {
    spec = typeof file?.["templateId"] === "string"
      ? instantiate(getTemplate(file["templateId"] as string), file as never)
      : Schema.decodeUnknownSync(CampaignSpec)(file, { errors: "all" })
  } catch (e) {
    throw new UsageError(`campaign ${files.campaign}: ${(e as Error).message}`)
  }
  let progress: CampaignProgress
  try {
    progress = await campaignProgressPromise({
      campaign: Schema.encodeSync(CampaignSpec)(spec),
      roster: readJson("roster", files.roster, []),
      hazards: files.hazardRecords ?? readJson("hazards", files.hazards, []),
      inspections: readJson("inspections", files.inspections, []),
      ...(files.reports !== undefined ? { reports: readJson("reports", files.reports, []) } : {})
    }, { asOf })
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(`campaign records do not decode: ${(e as Error).message}`)
  }
  return { spec, progress }
}

/**
 * The campaign section of a check report as of `asOf` (see {@link loadCampaignStatus}).
 *
 * @since 0.1.0
 */
export const campaignSection = async (files: CampaignFiles, asOf: string): Promise<CampaignSection> => {
  const { spec, progress } = await loadCampaignStatus(files, asOf)
  const hazardsFrom = files.hazardRecords !== undefined ? "ledger" : files.hazards !== undefined ? "file" : "none"
  const records = {
    roster: files.roster !== undefined,
    hazards: hazardsFrom !== "none",
    inspections: files.inspections !== undefined,
    reports: files.reports !== undefined
  }
  return { id: spec.id, name: spec.name, records, hazardsFrom, progress }
}

/**
 * Computes and writes a campaign's progress. Throws {@link UsageError} for unreadable files, an
 * unknown template, missing template parameters or records that do not decode.
 *
 * @since 0.1.0
 */
export const campaignStatus = async (options: CampaignStatusOptions): Promise<{ readonly exitCode: 0; readonly progress: CampaignProgress }> => {
  const { spec, progress } = await loadCampaignStatus(options, options.asOf)
  options.write(options.format === "json" ? JSON.stringify(progress, null, 2) + "\n" : progressLines(spec, progress, options.asOf).map(terminalSafeInline).join("\n") + "\n")
  return { exitCode: 0, progress }
}
