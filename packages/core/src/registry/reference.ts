/**
 * 规则参考页 — a Markdown reference page for a pack, generated from the rule metadata (never
 * written by hand): every rule version with id, title, severity, citation, legal bases, penalties,
 * effective window, applicability, parameters and the facts it reads.
 *
 * @since 0.1.0
 */
import * as CalendarDate from "../calendar/CalendarDate.ts"
import { formatCitation } from "../citation/Citation.ts"
import type { Citation } from "../citation/Citation.ts"
import type { Registry } from "./Registry.ts"

const severityLabel = { major: "重大 major", general: "一般 general", advisory: "提示 advisory" } as const

const cite = (c: Citation, registry: Registry): string =>
  `${formatCitation(c, "zh-CN", registry.documents)} — \`${JSON.stringify(c)}\``

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ")

/**
 * The reference page of one registered pack, as Markdown.
 *
 * @example
 * ```ts
 * import { Registry } from "@anquan/core"
 * import { workSafetyLaw } from "@anquan/pack-work-safety-law"
 *
 * const markdown = Registry.referencePage(Registry.make([workSafetyLaw]), "work-safety-law")
 * ```
 * @since 0.1.0
 */
export const referencePage = (registry: Registry, packId: string): string => {
  const pack = registry.packs.find((p) => p.id === packId)
  if (pack === undefined) throw new RangeError(`no registered pack "${packId}"`)
  const entries = registry.rules.filter((r) => r.pack === pack)
  const ids = [...new Set(entries.map((e) => e.rule.id))]
  const out: Array<string> = []
  out.push(`# ${pack.name["zh-CN"]} — ${pack.name.en}`)
  out.push("")
  out.push(`Pack \`${pack.id}\` ${pack.version}. ${ids.length} rules, ${entries.length} rule versions.`)
  out.push("Generated from the rule metadata; do not edit by hand.")
  if (pack.description !== undefined) out.push("", pack.description["zh-CN"], "", pack.description.en)
  const unverified = entries.filter((e) => [e.rule.citation, ...e.rule.legalBases, ...e.rule.penalties].some((c) => !c.verified))
  if (unverified.length > 0) {
    out.push("", `**Unverified citations:** ${unverified.length} rule version(s) cite a text whose article or wording is not confirmed from an official full text (marked [未核实]).`)
  }
  out.push("", "| id | title | severity | citation | in force |", "|---|---|---|---|---|")
  for (const e of entries) {
    const r = e.rule
    out.push(`| \`${r.id}\` | ${cell(r.title["zh-CN"])} | ${r.severity} | ${cell(formatCitation(r.citation, "zh-CN", registry.documents))} | ${CalendarDate.format(r.effective.from)} – ${r.effective.to === undefined ? "" : CalendarDate.format(r.effective.to)} |`)
  }
  for (const id of ids) {
    for (const e of entries.filter((x) => x.rule.id === id)) {
      const r = e.rule
      out.push("", `## \`${r.id}\` @ ${e.version}`, "")
      out.push(`**${r.title["zh-CN"]}** — ${r.title.en}`, "")
      out.push(`- severity: ${severityLabel[r.severity]}`)
      out.push(`- in force: ${CalendarDate.format(r.effective.from)} to ${r.effective.to === undefined ? "(open)" : CalendarDate.format(r.effective.to)}`)
      out.push(`- citation: ${cite(r.citation, registry)}`)
      for (const c of r.legalBases) out.push(`- legal basis: ${cite(c, registry)}`)
      for (const c of r.penalties) out.push(`- penalty: ${cite(c, registry)}`)
      out.push(`- applies to: ${r.appliesTo.sectors?.join(", ") ?? "every sector"}${r.appliesTo.unitKinds !== undefined ? `; unit kinds ${r.appliesTo.unitKinds.join(", ")}` : ""}`)
      out.push(`- facts read: ${r.reads.map((p) => `\`${p}\``).join(", ")}`)
      for (const [name, spec] of Object.entries(r.params)) {
        out.push(`- parameter \`${name}\` (${spec.type}, default ${spec.default}; laxer when ${String(spec.laxerWhen)}): ${spec.description["zh-CN"]}`)
      }
      for (const n of r.notes ?? []) {
        out.push(`- note: ${n.text["zh-CN"]} — ${n.text.en}${(n.citations ?? []).map((c) => ` (${cite(c, registry)})`).join("")}`)
      }
      out.push("", `> ${r.message["zh-CN"]} — ${r.message.en}`, "")
      out.push(`Remediation: ${r.remediation["zh-CN"]}`, "", r.remediation.en)
    }
  }
  return out.join("\n") + "\n"
}
