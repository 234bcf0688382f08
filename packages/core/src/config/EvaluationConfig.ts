/**
 * 分级配置 — layered evaluation config: national defaults ← province ← city ← county ← township ← deployment.
 *
 * A layer with a `jurisdiction` (行政区划代码) applies only to enterprises within that
 * jurisdiction's subtree (a 浙江省 layer, `330000`, to enterprises whose code starts with `33`);
 * the national layer, and a layer without a jurisdiction, apply to every enterprise. The layers
 * that apply to an enterprise form its {@link ConfigScope}, resolved once per distinct
 * jurisdiction and cached.
 *
 * Each layer may disable a rule, change its severity, set its parameters, and grant waivers
 * (豁免: rule id + subject + reason + expiry). Later layers override earlier ones. Whatever a layer
 * below the national level makes laxer than the national floor (a laxer parameter, a lower severity,
 * a disabled rule) is flagged in every report that has an enterprise the layer applied to: local config may tighten
 * national law, and when it loosens it, the report says so.
 *
 * @since 0.1.0
 */
import { Data, Schema } from "effect"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import { isCodeWithin, validateJurisdictionCode } from "../jurisdiction/Jurisdiction.ts"
import type { Registry } from "../registry/Registry.ts"
import type { ParamSpec, Rule, Severity } from "../rule/Rule.ts"
import { isLessSevere } from "../rule/Rule.ts"

/** 配置层级 — in the order layers must come. @since 0.1.0 */
export const ConfigLevel = Schema.Literals(["national", "province", "city", "county", "township", "deployment"])
  .annotate({ identifier: "ConfigLevel" })

/** @since 0.1.0 */
export type ConfigLevel = typeof ConfigLevel.Type

const levelOrder: ReadonlyArray<ConfigLevel> = ["national", "province", "city", "county", "township", "deployment"]

/** @since 0.1.0 */
export const SeveritySchema = Schema.Literals(["major", "general", "advisory"]).annotate({ identifier: "Severity" })

/**
 * 规则覆盖 — what one layer changes about one rule.
 *
 * @since 0.1.0
 */
export const RuleOverride = Schema.Struct({
  enabled: Schema.optionalKey(Schema.Boolean),
  severity: Schema.optionalKey(SeveritySchema),
  params: Schema.optionalKey(Schema.Record(Schema.String, Schema.Union([Schema.Number, Schema.Boolean])))
}).annotate({ identifier: "RuleOverride" })

/** @since 0.1.0 */
export type RuleOverride = typeof RuleOverride.Type

/**
 * 豁免 — a waiver: one rule, one subject (统一社会信用代码), a reason and an expiry date (inclusive).
 * A waived violation is reported as waived; from the day after `expires` it is a violation again.
 *
 * @since 0.1.0
 */
export const Waiver = Schema.Struct({
  rule: Schema.String,
  subject: Schema.String,
  reason: Schema.NonEmptyString,
  expires: CalendarDate.CalendarDate,
  grantedBy: Schema.optionalKey(Schema.String),
  grantedOn: Schema.optionalKey(CalendarDate.CalendarDate)
}).annotate({ identifier: "Waiver" })

/** @since 0.1.0 */
export type Waiver = typeof Waiver.Type

/**
 * 配置层 — one layer of config.
 *
 * @since 0.1.0
 */
export const ConfigLayer = Schema.Struct({
  name: Schema.NonEmptyString,
  level: ConfigLevel,
  /**
   * The jurisdiction (行政区划代码) the layer belongs to: it applies only to enterprises within it
   * (the code itself and its descendants). Absent: the layer applies to every enterprise. A
   * national layer takes none; a province, city, county or township layer's code must be of its level.
   */
  jurisdiction: Schema.optionalKey(Schema.String),
  rules: Schema.optionalKey(Schema.Record(Schema.String, RuleOverride)),
  waivers: Schema.optionalKey(Schema.Array(Waiver))
}).annotate({ identifier: "ConfigLayer" })

/** @since 0.1.0 */
export type ConfigLayer = typeof ConfigLayer.Type

/** The layers, national first. @since 0.1.0 */
export const ConfigLayers = Schema.Array(ConfigLayer).annotate({ identifier: "ConfigLayers" })

/**
 * Config that does not fit the registered rules (unknown rule ids or parameters, values of the
 * wrong type or out of bounds, layers out of order). `problems` lists them all.
 *
 * @since 0.1.0
 */
export class ConfigError extends Data.TaggedError("ConfigError")<{ readonly problems: ReadonlyArray<string> }> {
  override get message(): string {
    return `invalid evaluation config (${this.problems.length} problem${this.problems.length === 1 ? "" : "s"}):\n` +
      this.problems.map((p) => `  - ${p}`).join("\n")
  }
}

/**
 * 宽于国家标准 — something a local layer made laxer than the national floor.
 *
 * @since 0.1.0
 */
export type LaxerThanNational =
  | { readonly kind: "param"; readonly rule: string; readonly param: string; readonly national: number | boolean; readonly effective: number | boolean; readonly layer: string }
  | { readonly kind: "severity"; readonly rule: string; readonly national: Severity; readonly effective: Severity; readonly layer: string }
  | { readonly kind: "disabled"; readonly rule: string; readonly layer: string }

/** The settings of one rule version after every layer. @since 0.1.0 */
export interface RuleSettings {
  readonly enabled: boolean
  readonly severity: Severity
  readonly params: Readonly<Record<string, number | boolean>>
  readonly laxerThanNational: ReadonlyArray<LaxerThanNational>
}

/** A waiver found for a rule and subject, and whether it still applies on the as-of date. @since 0.1.0 */
export interface WaiverMatch {
  readonly waiver: Waiver
  readonly layer: string
  readonly status: "active" | "expired"
}

/**
 * 适用配置 — the layers that apply to enterprises of one jurisdiction, resolved.
 *
 * @since 0.1.0
 */
export interface ConfigScope {
  /** Identifies the set of layers that apply (their positions): equal keys, equal settings. */
  readonly key: string
  /** The layers that apply, national first. */
  readonly layers: ReadonlyArray<ConfigLayer>
  /** The settings of a rule version: its metadata overridden by every applying layer in order. */
  readonly settingsFor: (rule: Rule) => RuleSettings
  /** The waiver for `rule` and `subject` as of `asOf` granted by an applying layer: the one that runs longest; `undefined` when none. */
  readonly waiverFor: (rule: string, subject: string, asOf: Date) => WaiverMatch | undefined
  /** How many waivers the applying layers grant. */
  readonly waiverCount: number
}

/**
 * The resolved config. `settingsFor` and `waiverFor` answer for the layers that apply everywhere
 * (the national ones and those without a jurisdiction); {@link ResolvedConfig.scopeFor} answers
 * for an enterprise's jurisdiction.
 *
 * @since 0.1.0
 */
export interface ResolvedConfig {
  /** Every layer, national first. */
  readonly layers: ReadonlyArray<ConfigLayer>
  /** `true` when some layer is bound to a jurisdiction, so that scopes differ by jurisdiction. */
  readonly scoped: boolean
  /** The scope of the layers that apply everywhere. */
  readonly everywhere: ConfigScope
  /** The scope for an enterprise in `jurisdiction` (cached per code, and per set of applying layers). */
  readonly scopeFor: (jurisdiction: string) => ConfigScope
  /** `everywhere.settingsFor`. */
  readonly settingsFor: (rule: Rule) => RuleSettings
  /** `everywhere.waiverFor`. */
  readonly waiverFor: (rule: string, subject: string, asOf: Date) => WaiverMatch | undefined
  /** How many waivers are configured, in every layer. */
  readonly waiverCount: number
}

const paramProblem = (spec: ParamSpec, value: number | boolean): string | undefined => {
  if (spec.type === "boolean") return typeof value === "boolean" ? undefined : `expected true or false, got ${JSON.stringify(value)}`
  if (typeof value !== "number" || !Number.isFinite(value)) return `expected a number, got ${JSON.stringify(value)}`
  if (spec.integer === true && !Number.isInteger(value)) return `expected an integer, got ${value}`
  if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}, got ${value}`
  if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max}, got ${value}`
  return undefined
}

const isLaxer = (spec: ParamSpec, national: number | boolean, local: number | boolean): boolean => {
  if (spec.type === "boolean") return local !== national && local === spec.laxerWhen
  if (typeof local !== "number" || typeof national !== "number") return false
  return spec.laxerWhen === "greater" ? local > national : local < national
}

/**
 * Checks layers against the registry: every problem is collected.
 *
 * @since 0.1.0
 */
export const validate = (registry: Registry, layers: ReadonlyArray<ConfigLayer>): ReadonlyArray<string> => {
  const problems: Array<string> = []
  let last = 0
  for (const layer of layers) {
    const where = `config layer "${layer.name}" (${layer.level})`
    const order = levelOrder.indexOf(layer.level)
    if (order < last) problems.push(`${where}: comes after a ${levelOrder[last]} layer; layers go national → province → city → county → township → deployment`)
    last = Math.max(last, order)
    if (layer.jurisdiction !== undefined) {
      if (layer.level === "national") {
        problems.push(`${where}: a national layer applies everywhere and takes no jurisdiction (got ${JSON.stringify(layer.jurisdiction)})`)
      } else {
        const p = validateJurisdictionCode(layer.jurisdiction, layer.level === "deployment" ? undefined : layer.level)
        if (p !== undefined) problems.push(`${where}: jurisdiction: ${p}`)
      }
    }
    for (const [id, override] of Object.entries(layer.rules ?? {})) {
      const versions = registry.versionsOf(id)
      if (versions.length === 0) {
        problems.push(`${where}: unknown rule "${id}"`)
        continue
      }
      for (const [name, value] of Object.entries(override.params ?? {})) {
        // own parameters only: "constructor" or "__proto__" names no parameter of any rule
        const specs = versions.map((v) => (Object.hasOwn(v.rule.params, name) ? v.rule.params[name] : undefined)).filter((s): s is ParamSpec => s !== undefined)
        if (specs.length === 0) {
          const known = [...new Set(versions.flatMap((v) => Object.keys(v.rule.params)))]
          problems.push(`${where}: rule "${id}" has no parameter "${name}"${known.length > 0 ? ` (it has: ${known.join(", ")})` : " (it takes none)"}`)
          continue
        }
        for (const spec of specs) {
          const p = paramProblem(spec, value)
          if (p !== undefined) {
            problems.push(`${where}: rule "${id}" parameter "${name}" ${p}`)
            break
          }
        }
      }
    }
    for (const [i, w] of (layer.waivers ?? []).entries()) {
      if (registry.versionsOf(w.rule).length === 0) problems.push(`${where}: waivers[${i}] names unknown rule "${w.rule}"`)
    }
  }
  return problems
}

/** The scope of `layers` (those that apply), with settings cached per rule version. */
const makeScope = (key: string, layers: ReadonlyArray<ConfigLayer>): ConfigScope => {
  const cache = new WeakMap<Rule, RuleSettings>()
  const settingsFor = (rule: Rule): RuleSettings => {
    const cached = cache.get(rule)
    if (cached !== undefined) return cached
    let enabled = true
    let severity: Severity = rule.severity
    const params: Record<string, number | boolean> = {}
    const paramLayer: Record<string, string> = {}
    for (const name in rule.params) params[name] = rule.params[name]!.default
    let nationalEnabled = true
    let nationalSeverity: Severity = rule.severity
    let nationalParams: Record<string, number | boolean> = { ...params }
    let severityLayer = "", disabledLayer = ""
    for (const layer of layers) {
      const o = layer.rules !== undefined && Object.hasOwn(layer.rules, rule.id) ? layer.rules[rule.id] : undefined
      if (o !== undefined) {
        if (o.enabled !== undefined) {
          enabled = o.enabled
          if (!enabled) disabledLayer = layer.name
        }
        if (o.severity !== undefined) {
          severity = o.severity
          severityLayer = layer.name
        }
        for (const [name, value] of Object.entries(o.params ?? {})) {
          if (Object.hasOwn(rule.params, name) && rule.params[name] !== undefined) {
            params[name] = value
            paramLayer[name] = layer.name
          }
        }
      }
      if (layer.level === "national") {
        nationalEnabled = enabled
        nationalSeverity = severity
        nationalParams = { ...params }
      }
    }
    const lax: Array<LaxerThanNational> = []
    if (nationalEnabled && !enabled) lax.push({ kind: "disabled", rule: rule.id, layer: disabledLayer })
    if (isLessSevere(severity, nationalSeverity)) {
      lax.push({ kind: "severity", rule: rule.id, national: nationalSeverity, effective: severity, layer: severityLayer })
    }
    for (const name in rule.params) {
      const spec = rule.params[name]!
      if (isLaxer(spec, nationalParams[name]!, params[name]!)) {
        lax.push({ kind: "param", rule: rule.id, param: name, national: nationalParams[name]!, effective: params[name]!, layer: paramLayer[name] ?? "" })
      }
    }
    const settings: RuleSettings = { enabled, severity, params, laxerThanNational: lax }
    cache.set(rule, settings)
    return settings
  }

  const waivers = new Map<string, Array<{ waiver: Waiver; layer: string }>>()
  let waiverCount = 0
  for (const layer of layers) {
    for (const waiver of layer.waivers ?? []) {
      const key = `${waiver.rule}\u0000${waiver.subject}`
      const list = waivers.get(key)
      if (list === undefined) waivers.set(key, [{ waiver, layer: layer.name }])
      else list.push({ waiver, layer: layer.name })
      waiverCount++
    }
  }
  const waiverFor = (rule: string, subject: string, asOf: Date): WaiverMatch | undefined => {
    if (waiverCount === 0) return undefined
    const list = waivers.get(`${rule}\u0000${subject}`)
    if (list === undefined) return undefined
    let best = list[0]!
    for (const w of list) if (w.waiver.expires.getTime() > best.waiver.expires.getTime()) best = w
    return { waiver: best.waiver, layer: best.layer, status: asOf.getTime() <= best.waiver.expires.getTime() ? "active" : "expired" }
  }
  return { key, layers, settingsFor, waiverFor, waiverCount }
}

/**
 * Resolves layers against a registry, throwing a {@link ConfigError} listing every problem.
 *
 * @example
 * ```ts
 * import { EvaluationConfig, Registry } from "@anquan/core"
 * import { workSafetyLaw } from "@anquan/pack-work-safety-law"
 *
 * const registry = Registry.make([workSafetyLaw])
 * const config = EvaluationConfig.resolve(registry, [
 *   { name: "国家", level: "national" },
 *   { name: "某省", level: "province", rules: { "work-safety-law/safety-management-staffing": { params: { threshold: 80 } } } }
 * ])
 * ```
 * @since 0.1.0
 */
export const resolve = (registry: Registry, layers: ReadonlyArray<ConfigLayer>): ResolvedConfig => {
  const problems = validate(registry, layers)
  if (problems.length > 0) throw new ConfigError({ problems })

  const applying = (jurisdiction: string | undefined): Array<number> => {
    const out: Array<number> = []
    for (let i = 0; i < layers.length; i++) {
      const j = layers[i]!.jurisdiction
      if (j === undefined || (jurisdiction !== undefined && isCodeWithin(jurisdiction, j))) out.push(i)
    }
    return out
  }
  const byKey = new Map<string, ConfigScope>()
  const scopeOf = (indices: ReadonlyArray<number>): ConfigScope => {
    const key = indices.join(",")
    let scope = byKey.get(key)
    if (scope === undefined) {
      scope = makeScope(key, indices.map((i) => layers[i]!))
      byKey.set(key, scope)
    }
    return scope
  }
  const everywhere = scopeOf(applying(undefined))
  const scoped = layers.some((l) => l.jurisdiction !== undefined)
  const byCode = new Map<string, ConfigScope>()
  const scopeFor = (jurisdiction: string): ConfigScope => {
    if (!scoped) return everywhere
    let scope = byCode.get(jurisdiction)
    if (scope === undefined) {
      scope = scopeOf(applying(jurisdiction))
      byCode.set(jurisdiction, scope)
    }
    return scope
  }
  let waiverCount = 0
  for (const layer of layers) waiverCount += layer.waivers?.length ?? 0
  return {
    layers,
    scoped,
    everywhere,
    scopeFor,
    settingsFor: everywhere.settingsFor,
    waiverFor: everywhere.waiverFor,
    waiverCount
  }
}

/**
 * Decodes layers from unknown input (a parsed JSON file) with path-precise errors, then resolves them.
 * Throws the `SchemaError` or a {@link ConfigError}.
 *
 * @since 0.1.0
 */
export const decodeAndResolve = (registry: Registry, input: unknown): ResolvedConfig =>
  resolve(registry, Schema.decodeUnknownSync(ConfigLayers)(input, { errors: "all" }))

/** No layers: every rule as its pack defines it. @since 0.1.0 */
export const empty = (registry: Registry): ResolvedConfig => resolve(registry, [])
