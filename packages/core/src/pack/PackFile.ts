/**
 * 规则包文件 — a rule pack as data: one JSON file with the pack's metadata, its facts (types,
 * zh-CN/en labels, units, allowed values) and a top-level `rules` array, each rule with its id,
 * metadata, citation and conditions in the rule language. `Pack.fromJson` reads it; the JSON Schema
 * (`JsonSchemas.of("PackFile")`) lets editors check a file as it is written.
 *
 * @since 0.2.0
 */
import { Schema } from "effect"
import { Citation, CitationDocument } from "../citation/Citation.ts"
import { comparisonOperators } from "../condition/Condition.ts"
import type { Condition as ConditionType, Operand as OperandType } from "../condition/Condition.ts"
import { factTypes } from "../condition/FactDeclaration.ts"
import type { FactDeclaration as FactDeclarationType } from "../condition/FactDeclaration.ts"
import { UnitKind } from "../enterprise/Enterprise.ts"
import { Localized } from "../rule/Localized.ts"
import { Sector } from "../sector/Sector.ts"

const FactPath = Schema.String.annotate({ description: "a fact path: facts.<name>, or an entry field inside a quantifier" })
const EntryPaths = Schema.Union([FactPath, Schema.Array(FactPath)]).annotate({ description: "an entry path, or several of which the first present one counts" })
const AsOf = Schema.optionalKey(EntryPaths.annotate({ description: "the entry's date or instant path(s): an entry dated after the as-of day is skipped" }))
const Label = Schema.optionalKey(
  Schema.Union([EntryPaths, Schema.Struct({ join: Schema.Array(FactPath) })]).annotate({
    description: "the entry path(s) naming an entry in reasons: the first present one ({ join: [...] }: every present one, joined by a space), else the entry's position"
  })
)
const EntryFields = {
  entry: Schema.optionalKey(Localized.annotate({ description: "the noun of one entry in reasons (default: the list's label)" })),
  heading: Schema.optionalKey(Schema.Boolean.annotate({ description: "false: an entry's reasons without its heading" })),
  only: Schema.optionalKey(Schema.Literals(["latest", "first"]).annotate({ description: "only the entry with the latest \"by\" (\"first\": the first entry) among those meeting \"among\" is judged" })),
  by: Schema.optionalKey(FactPath.annotate({ description: "the entry's date, instant or number that orders the entries (\"only\": \"latest\")" })),
  among: Schema.optionalKey(Schema.suspend((): Schema.Codec<ConditionType> => Condition))
}
const As = Schema.optionalKey(Schema.String.annotate({ description: "the path the total is reported under as evidence, instead of each entry's facts" }))
const ConstantValue = Schema.Union([Schema.Finite, Schema.String, Schema.Boolean])

/**
 * 取值 — the Schema of an operand of the rule language.
 *
 * @since 0.2.0
 */
export const Operand: Schema.Codec<OperandType> = Schema.Union([
  Schema.Struct({
    fact: FactPath,
    ifAbsent: Schema.optionalKey(ConstantValue.annotate({ description: "the value of the fact when it is absent, where the text defines its absence" })),
    evidence: Schema.optionalKey(Schema.Literal(false)),
    optional: Schema.optionalKey(Schema.Literal(true)),
    byAsOf: Schema.optionalKey(Schema.Literal(true))
  }),
  Schema.Struct({ firstOf: Schema.Array(Schema.suspend((): Schema.Codec<OperandType> => Operand)) }),
  Schema.Struct({ value: ConstantValue }),
  Schema.Struct({ param: Schema.String }),
  Schema.Struct({ add: Schema.Array(Schema.suspend((): Schema.Codec<OperandType> => Operand)) }),
  Schema.Struct({ subtract: Schema.Tuple([Schema.suspend((): Schema.Codec<OperandType> => Operand), Schema.suspend((): Schema.Codec<OperandType> => Operand)]) }),
  Schema.Struct({ multiply: Schema.Array(Schema.suspend((): Schema.Codec<OperandType> => Operand)) }),
  Schema.Struct({ sum: FactPath, of: FactPath, asOf: AsOf, as: As, orNull: Schema.optionalKey(Schema.Boolean) }),
  Schema.Struct({ count: FactPath, where: Schema.optionalKey(Schema.suspend((): Schema.Codec<ConditionType> => Condition)), asOf: AsOf, as: As, orNull: Schema.optionalKey(Schema.Boolean) }),
  Schema.Struct({ asOfDate: Schema.Literal(true) }),
  Schema.Struct({ outer: FactPath }),
  Schema.Struct({ elapsed: Schema.Union([FactPath, Schema.suspend((): Schema.Codec<OperandType> => Operand)]), unit: Schema.Literals(["days", "months"]) }),
  Schema.Struct({
    latest: FactPath.annotate({ description: "the list whose latest entry date (on or before the as-of day) is taken" }),
    of: FactPath.annotate({ description: "the entry's date or instant" }),
    where: Schema.optionalKey(Schema.suspend((): Schema.Codec<ConditionType> => Condition)),
    as: Schema.optionalKey(Schema.String.annotate({ description: "the path the date is reported under as evidence (null when none, with orNull)" })),
    orNull: Schema.optionalKey(Schema.Boolean)
  }),
  Schema.Struct({ call: Schema.String, args: Schema.Array(Schema.suspend((): Schema.Codec<OperandType> => Operand)) }),
  Schema.Struct({
    hoursBetween: Schema.Tuple([Schema.suspend((): Schema.Codec<OperandType> => Operand), Schema.suspend((): Schema.Codec<OperandType> => Operand)])
      .annotate({ description: "[from, to]: the hours from one date or instant to another" })
  }),
  Schema.Struct({ shift: Schema.suspend((): Schema.Codec<OperandType> => Operand), months: Schema.suspend((): Schema.Codec<OperandType> => Operand) }),
  Schema.Struct({ shift: Schema.suspend((): Schema.Codec<OperandType> => Operand), days: Schema.suspend((): Schema.Codec<OperandType> => Operand) })
]).annotate({ identifier: "Operand", description: "取值 — { fact } | { value } | { param } | { add } | { subtract } | { multiply } | { sum, of, asOf? } | { count, where?, asOf? } | { latest, of, where? } | { elapsed, unit } | { hoursBetween } | { shift, months | days } | { call, args }" }) as any

const DateSource = Schema.Union([FactPath, Operand]).annotate({ description: "a date (or dates) fact path, or an operand giving a date ({ latest, of, where? })" })

const Reason = Schema.optionalKey(Localized.annotate({ description: "the words of a violation's details when this condition holds" }))

const Named = Schema.optionalKey(
  Schema.Record(Schema.String, Schema.suspend((): Schema.Codec<OperandType> => Operand)).annotate({
    description: "values computed for the reason's words only, written {@name} in them ({@hours:2}: at most two decimals)"
  })
)

const C = Schema.suspend((): Schema.Codec<ConditionType> => Condition)

/**
 * 条件 — the Schema of a condition of the rule language.
 *
 * @since 0.2.0
 */
export const Condition: Schema.Codec<ConditionType> = Schema.Union([
  Schema.Struct({ all: Schema.Array(C), reason: Reason, named: Named }),
  Schema.Struct({ any: Schema.Array(C), reason: Reason, named: Named }),
  Schema.Struct({ not: C, reason: Reason, named: Named }),
  Schema.Struct({ op: Schema.Literals(comparisonOperators), left: Operand, right: Operand, reason: Reason, named: Named }),
  Schema.Struct({ op: Schema.Literal("oneOf"), left: Operand, values: Schema.Array(ConstantValue), reason: Reason, named: Named }),
  Schema.Struct({ op: Schema.Literal("between"), left: Operand, min: Operand, max: Operand, reason: Reason, named: Named }),
  Schema.Struct({ op: Schema.Literals(["in", "startsWith"]), left: Operand, right: Operand, reason: Reason, named: Named }),
  Schema.Struct({ present: FactPath, reason: Reason, named: Named }),
  Schema.Struct({ within: DateSource, days: Operand, reason: Reason, named: Named }),
  Schema.Struct({ within: DateSource, months: Operand, reason: Reason, named: Named }),
  Schema.Struct({ expired: FactPath, reason: Reason, named: Named }),
  Schema.Struct({ validOn: FactPath, issued: Schema.optionalKey(FactPath), reason: Reason, named: Named }),
  Schema.Struct({ some: FactPath, where: C, label: Label, asOf: AsOf, ...EntryFields, reason: Reason, named: Named }),
  Schema.Struct({ every: FactPath, where: C, label: Label, asOf: AsOf, ...EntryFields, reason: Reason, named: Named }),
  Schema.Struct({ call: Schema.String, args: Schema.Array(Operand), reason: Reason, named: Named }),
  Schema.Struct({ when: C, then: C, scope: Schema.optionalKey(Schema.Boolean), guardEvidence: Schema.optionalKey(Schema.Boolean), reason: Reason, named: Named }),
  Schema.Struct({ unless: C, check: C, guardEvidence: Schema.optionalKey(Schema.Boolean), reason: Reason, named: Named }),
  Schema.Struct({
    show: FactPath,
    orNull: Schema.optionalKey(Schema.Boolean),
    where: Schema.optionalKey(C.annotate({ description: "a list shown in part: the entries meeting this condition" })),
    fields: Schema.optionalKey(Schema.Array(FactPath).annotate({ description: "a list shown in part: only these fields of each entry" })),
    reason: Reason,
    named: Named
  }),
  Schema.Struct({ happened: FactPath, reason: Reason, named: Named }),
  Schema.Struct({ nonEmpty: FactPath, entries: Schema.optionalKey(Schema.Boolean), reason: Reason, named: Named }),
  Schema.Struct({ isNull: FactPath, reason: Reason, named: Named }),
  Schema.Struct({ one: FactPath, where: C, entry: Schema.optionalKey(Localized), reason: Reason, named: Named }),
  Schema.Struct({ unknown: Schema.String, reason: Reason, named: Named })
]).annotate({ identifier: "Condition", description: "条件 — a three-valued condition of the rule language" }) as any

/**
 * 事实声明 — the Schema of a fact declaration.
 *
 * @since 0.2.0
 */
export const FactDeclaration: Schema.Codec<FactDeclarationType> = Schema.Struct({
  type: Schema.Literals(factTypes),
  label: Localized,
  unit: Schema.optionalKey(Localized),
  values: Schema.optionalKey(Schema.Array(Schema.String)),
  valueLabels: Schema.optionalKey(Schema.Record(Schema.String, Localized)),
  items: Schema.optionalKey(Schema.Record(Schema.String, Schema.suspend((): Schema.Codec<FactDeclarationType> => FactDeclaration)))
}).annotate({ identifier: "FactDeclaration", description: "事实声明 — type, zh-CN/en label, unit, allowed values, list entry fields" }) as any

const NumberParam = Schema.Struct({
  type: Schema.Literal("number"),
  default: Schema.Finite,
  laxerWhen: Schema.Literals(["greater", "less"]),
  integer: Schema.optionalKey(Schema.Boolean),
  min: Schema.optionalKey(Schema.Finite),
  max: Schema.optionalKey(Schema.Finite),
  description: Localized
})
const BooleanParam = Schema.Struct({ type: Schema.Literal("boolean"), default: Schema.Boolean, laxerWhen: Schema.Boolean, description: Localized })

const ruleFields = <Cond extends Schema.Top>(condition: Cond) => ({
  id: Schema.String,
  title: Localized,
  message: Localized,
  remediation: Localized,
  citation: Citation,
  legalBases: Schema.optionalKey(Schema.Array(Citation)),
  penalties: Schema.optionalKey(Schema.Array(Citation)),
  severity: Schema.Literals(["major", "general", "advisory"]),
  kind: Schema.optionalKey(Schema.Literals(["hazard", "reporting"])),
  appliesTo: Schema.optionalKey(Schema.Struct({ sectors: Schema.optionalKey(Schema.Array(Sector)), unitKinds: Schema.optionalKey(Schema.Array(UnitKind)) })),
  effective: Schema.Struct({ from: Schema.String, to: Schema.optionalKey(Schema.String) }),
  params: Schema.optionalKey(Schema.Record(Schema.String, Schema.Union([NumberParam, BooleanParam]))),
  evidence: Schema.optionalKey(Schema.Literals(["deciding", "read"])),
  notes: Schema.optionalKey(Schema.Array(Schema.Struct({ text: Localized, citations: Schema.optionalKey(Schema.Array(Citation)) }))),
  notApplicableWhen: Schema.optionalKey(condition),
  notApplicableReason: Schema.optionalKey(Schema.String.annotate({ description: "the reason a not-applicable outcome gives" })),
  violationWhen: condition
})

const packFields = <Cond extends Schema.Top>(condition: Cond) => ({
  $schema: Schema.optionalKey(Schema.String),
  id: Schema.String,
  name: Localized,
  version: Schema.String,
  description: Schema.optionalKey(Localized),
  sectors: Schema.optionalKey(Schema.Array(Sector)),
  factsKey: Schema.String,
  documents: Schema.optionalKey(Schema.Array(CitationDocument)),
  facts: Schema.Record(Schema.String, FactDeclaration),
  rules: Schema.Array(Schema.Struct(ruleFields(condition)))
})

/**
 * 规则包文件 — the Schema of a whole JSON pack file.
 *
 * @since 0.2.0
 */
export const PackFile = Schema.Struct(packFields(Condition)).annotate({
  identifier: "PackFile",
  description: "规则包文件 — a rule pack as JSON: metadata, declared facts and rules with conditions"
})

/** @since 0.2.0 */
export type PackFile = typeof PackFile.Type

/**
 * The file's shape with conditions left undecoded: `Pack.fromJson` decodes the metadata with it and
 * checks conditions with the rule language's own validator, whose messages name the operator or path.
 *
 * @since 0.2.0
 */
export const PackFileShape = Schema.Struct(packFields(Schema.Unknown))
