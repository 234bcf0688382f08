/**
 * 事实名称 — the words of a finding's missing facts: each path named by the label its rule declares
 * (`facts.overheadPowerLines` → 架空电力线路穿越情况), the enterprise profile's by core's declarations.
 * The path stays beside it (JSON output keeps paths only).
 *
 * @since 0.2.0
 */
import { enterpriseFactDeclarations, FactDeclaration } from "@anquan/core"
import type { FactDeclarations, Localized, Registry } from "@anquan/core"

/** The label of a rule version's path, or `undefined` when it declares none. @since 0.2.0 */
export type FactLabeler = (ruleId: string, ruleVersion: string, path: string) => Localized | undefined

/**
 * A labeler over the rules of a registry (their `factDeclarations`, with the enterprise profile's
 * under them).
 *
 * @since 0.2.0
 */
export const factLabeler = (registry: Pick<Registry.Registry, "versionsOf">): FactLabeler => {
  const cache = new Map<string, FactDeclarations>()
  const declarations = (ruleId: string, ruleVersion: string): FactDeclarations => {
    const key = `${ruleId}@${ruleVersion}`
    let d = cache.get(key)
    if (d === undefined) {
      const rule = registry.versionsOf(ruleId).find((r) => r.version === ruleVersion)?.rule
      d = { ...enterpriseFactDeclarations, ...rule?.factDeclarations }
      cache.set(key, d)
    }
    return d
  }
  return (ruleId, ruleVersion, path) => FactDeclaration.labelAt(declarations(ruleId, ruleVersion), path)
}
