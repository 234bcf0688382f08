/**
 * Evaluates the shipped template `hundred-day-key-rectification` (seed 004) against the sample
 * ledger shipped in `@anquan/campaign/sample/` and renders its progress as of a date.
 */
import { readFileSync } from "node:fs"
import { Schema } from "effect"
import { CampaignSpec, campaignProgressPromise, getTemplate, instantiate } from "@anquan/campaign"

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../packages/campaign/sample/${name}`, import.meta.url), "utf8"))
const params = read("params.json") as {
  templateId: string
  id: string
  year: number
  jurisdictions: Array<string>
  dates: Record<string, string>
  issuer: { name: string; jurisdiction: string }
}
export const campaign = instantiate(getTemplate(params.templateId), params)
const pct = (r: number | undefined) => (r === undefined ? "—" : `${(r * 100).toFixed(1)}%`)

/** The progress as of a date, and its text. */
export const progress = async (asOf: string) => {
  const lines: Array<string> = []
  const p = await campaignProgressPromise(
    { campaign: Schema.encodeSync(CampaignSpec)(campaign), roster: read("roster.json"), hazards: read("hazards.json"), inspections: read("inspections.json") },
    { asOf }
  )

  lines.push(`${campaign.name} (${campaign.id}) as of ${asOf}: ${p.status}`)
  lines.push(`current phase: ${p.currentPhases.map((x) => x.name).join(", ") || "—"}`)
  lines.push(`units: ${p.units.covered}/${p.units.inScope} covered (${pct(p.units.rate)}); uncovered: ${p.units.uncovered.map((u) => u.name).join(", ") || "—"}`)
  lines.push(`checklist: ${p.checklist.itemsChecked}/${p.checklist.itemsTotal} items checked; unit×item ${p.checklist.pairs.checked}/${p.checklist.pairs.applicable} (${pct(p.checklist.pairs.rate)})`)
  for (const ph of p.phases) {
    const h = ph.hazards
    lines.push(`  ${ph.name} [${ph.status}]: found ${h.found}, fixed ${h.fixed}, open ${h.open}, overdue ${h.overdue}, closed during ${h.closedDuring}`)
  }
  const t = p.hazards.total
  lines.push(`hazards: found ${t.found}, fixed ${t.fixed} (${pct(t.rectificationRate)}), overdue ${t.overdue}; excluded ${JSON.stringify(p.hazards.excluded)}`)
  for (const target of p.targets) {
    lines.push(`target ${target.metric} ${target.comparison} ${pct(target.value)}: ${target.numerator}/${target.denominator} = ${pct(target.actual)} → ${target.met === undefined ? "n/a" : target.met ? "met" : "not met"}`)
  }
  return { progress: p, text: lines.join("\n") }
}
