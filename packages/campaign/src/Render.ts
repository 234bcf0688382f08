/**
 * 进展报告 — a campaign's progress as text lines, for terminals, logs and the CLI.
 *
 * @since 0.1.0
 */
import type { CampaignProgress } from "./Progress.ts"
import type { CampaignSpec } from "./Spec.ts"

const pct = (r: number | undefined): string => (r === undefined ? "—" : `${(r * 100).toFixed(1)}%`)

/**
 * The progress of `campaign` as of `asOf`, one line per fact: status, current phase, unit coverage,
 * checklist, hazards per phase and in total, and each target with its attainment.
 *
 * @since 0.1.0
 */
export const progressLines = (campaign: Pick<CampaignSpec, "id" | "name">, p: CampaignProgress, asOf: string): Array<string> => {
  const lines: Array<string> = []
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
  const r = p.reports.summary
  lines.push(`reports: ${r.obligations} obligations; on time ${r.onTime}, late ${r.late}, overdue ${r.overdue}, pending ${r.pending}, outstanding ${r.outstanding}`)
  for (const target of p.targets) {
    lines.push(`target ${target.metric} ${target.comparison} ${pct(target.value)}: ${target.numerator}/${target.denominator} = ${pct(target.actual)} → ${target.met === undefined ? "n/a" : target.met ? "met" : "not met"}`)
  }
  return lines
}
