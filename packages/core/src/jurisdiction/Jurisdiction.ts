/**
 * 行政区划 — jurisdictions.
 *
 * Work-safety duties are organised along the administrative tree 省 → 市 → 区/县 → 乡镇/街道 →
 * 村/社区 (province → city → county → township → village). Each node has a code: the 6-digit
 * GB/T 2260 code for province, city and county, and the statistical division code extending it
 * to 9 digits for a township and 12 for a village.
 *
 * @since 0.1.0
 */
import { localizedIssue } from "../decode-issues/DecodeIssues.ts"
import { Schema } from "effect"

/**
 * The five levels, highest first.
 *
 * @since 0.1.0
 */
export const JurisdictionLevels = ["province", "city", "county", "township", "village"] as const

/**
 * 行政区划层级 — `province` 省(自治区、直辖市), `city` 市(地区、自治州、盟), `county` 区/县(县级市、旗),
 * `township` 乡镇/街道, `village` 村/社区(村委会、居委会).
 *
 * @since 0.1.0
 */
export const JurisdictionLevel = Schema.Literals(JurisdictionLevels).annotate({
  identifier: "JurisdictionLevel",
  message: `Expected a jurisdiction level (行政区划层级): ${JurisdictionLevels.map((l) => JSON.stringify(l)).join(" | ")}`,
  description: "行政区划层级 — province 省 | city 市 | county 区/县 | township 乡镇/街道 | village 村/社区"
})
/** @since 0.1.0 */
export type JurisdictionLevel = typeof JurisdictionLevel.Type

const LEVEL_LABELS: { readonly [L in JurisdictionLevel]: { readonly "zh-CN": string; readonly en: string } } = {
  province: { "zh-CN": "省", en: "province" },
  city: { "zh-CN": "市", en: "city" },
  county: { "zh-CN": "区/县", en: "county" },
  township: { "zh-CN": "乡镇/街道", en: "township" },
  village: { "zh-CN": "村/社区", en: "village" }
}

/** The label of a level: `jurisdictionLevelLabel("county", "zh-CN")` is `区/县`. @since 0.1.0 */
export const jurisdictionLevelLabel = (level: JurisdictionLevel, locale: "zh-CN" | "en"): string =>
  LEVEL_LABELS[level][locale]

/**
 * Rank of a level: 0 for `province` … 4 for `village`. A child's rank is always greater than its parent's.
 *
 * @since 0.1.0
 */
export const jurisdictionLevelRank = (level: JurisdictionLevel): number => JurisdictionLevels.indexOf(level)

/**
 * Number of digits of a code at a level: 6 (province, city, county), 9 (township), 12 (village).
 *
 * @since 0.1.0
 */
export const jurisdictionCodeLength = (level: JurisdictionLevel): 6 | 9 | 12 =>
  level === "township" ? 9 : level === "village" ? 12 : 6

/**
 * How many leading digits of a code name the node itself; a descendant's code starts with them
 * (GB/T 2260): 2 for a province (`32`0000), 4 for a city (`3205`00), 6 for a county, 9 for a
 * township, 12 for a village.
 *
 * @since 0.1.0
 */
export const jurisdictionSignificantDigits = (level: JurisdictionLevel): 2 | 4 | 6 | 9 | 12 =>
  level === "province" ? 2 : level === "city" ? 4 : level === "county" ? 6 : level === "township" ? 9 : 12

const CODE = /^(?:\d{6}|\d{9}|\d{12})$/u

/**
 * The level a well-formed code names, read from its shape alone (GB/T 2260 and the statistical
 * division codes): 6 digits ending in `0000` a province, ending in `00` a city, else a county;
 * 9 digits a township; 12 a village. `undefined` for anything else.
 *
 * @since 0.1.0
 */
export const jurisdictionLevelOfCode = (code: string): JurisdictionLevel | undefined => {
  if (!CODE.test(code)) return undefined
  if (code.length === 9) return "township"
  if (code.length === 12) return "village"
  return code.endsWith("0000") ? "province" : code.endsWith("00") ? "city" : "county"
}

/**
 * Whether `code` lies within the jurisdiction `ancestorCode` (the node itself or a descendant),
 * from the codes alone, without a tree: the code starts with the ancestor's significant digits
 * (`330106` and `330106001` are within `330000`; `320116` is not). `false` when either code is
 * malformed or `code` names a higher level than `ancestorCode`.
 *
 * @since 0.1.0
 */
export const isCodeWithin = (code: string, ancestorCode: string): boolean => {
  const level = jurisdictionLevelOfCode(ancestorCode)
  if (level === undefined || !CODE.test(code) || code.length < ancestorCode.length) return false
  const digits = jurisdictionSignificantDigits(level)
  if (code.slice(0, digits) !== ancestorCode.slice(0, digits)) return false
  // a code of the same length must not name a higher level (a city is not within its own county's code)
  return code.length > ancestorCode.length || jurisdictionLevelRank(jurisdictionLevelOfCode(code)!) >= jurisdictionLevelRank(level)
}

/** The Chinese of {@link validateJurisdictionCode}'s reason (a code that does not fit its level). */
const jurisdictionCodeProblemZh = (code: string, level: JurisdictionLevel): string => {
  const name = LEVEL_LABELS[level]["zh-CN"]
  if (!CODE.test(code)) return `应为行政区划代码：6、9 或 12 位数字，实际为 ${JSON.stringify(code)}`
  const want = jurisdictionCodeLength(level)
  if (code.length !== want) return `${name}级行政区划代码应为 ${want} 位数字，实际为 ${code.length} 位（${code}）`
  const rule = level === "province" ? "以 0000 结尾" : level === "city" ? "以 00 结尾但不以 0000 结尾" : level === "county" ? "不以 00 结尾" : "不以 000 结尾"
  return `${name}级行政区划代码应${rule}，实际为 ${code}`
}

/**
 * Checks a code against a level, returning the reason it does not fit, or `undefined` when it does.
 * Rules (GB/T 2260 and the statistical division codes): a province code is 6 digits ending in
 * `0000`; a city code 6 digits ending in `00` (not `0000`); a county code 6 digits not ending in
 * `00`; a township code 9 digits not ending in `000`; a village code 12 digits not ending in `000`.
 * Without a level, only the shape (6, 9 or 12 digits) is checked.
 *
 * @since 0.1.0
 */
export const validateJurisdictionCode = (code: string, level?: JurisdictionLevel): string | undefined => {
  if (!CODE.test(code)) {
    return `Expected a jurisdiction code (行政区划代码) of 6, 9 or 12 digits, got ${JSON.stringify(code)}`
  }
  if (level === undefined) return undefined
  const want = jurisdictionCodeLength(level)
  if (code.length !== want) {
    return `a ${level} (${LEVEL_LABELS[level]["zh-CN"]}) code must have ${want} digits, got ${code.length} (${code})`
  }
  const ok = level === "province"
    ? code.endsWith("0000")
    : level === "city"
    ? code.endsWith("00") && !code.endsWith("0000")
    : level === "county"
    ? !code.endsWith("00")
    : !code.endsWith("000")
  if (!ok) {
    const rule = level === "province"
      ? "end in 0000"
      : level === "city"
      ? "end in 00 but not 0000"
      : level === "county"
      ? "not end in 00"
      : "not end in 000"
    return `a ${level} (${LEVEL_LABELS[level]["zh-CN"]}) code must ${rule}, got ${code}`
  }
  return undefined
}

/**
 * 行政区划代码 — a jurisdiction code: 6 digits (GB/T 2260: province, city, county), 9 digits
 * (township) or 12 digits (village). Whether the length fits the level is checked where a node
 * gives the level (`Jurisdiction`).
 *
 * @since 0.1.0
 */
export const JurisdictionCode = Schema.String.pipe(
  Schema.check(Schema.isPattern(CODE, {
    message: "Expected a jurisdiction code (行政区划代码): 6, 9 or 12 digits",
    messageZh: "应为行政区划代码：6、9 或 12 位数字"
  })),
  Schema.brand("JurisdictionCode")
).annotate({
  identifier: "JurisdictionCode",
  description: "行政区划代码 — 6 digits (GB/T 2260: province, city, county), 9 (township) or 12 (village)"
})
/** @since 0.1.0 */
export type JurisdictionCode = typeof JurisdictionCode.Type

/**
 * 行政区划节点 — one node of the jurisdiction tree: its code, name (e.g. 苏州市), level and the
 * code of its parent (absent for a root). Decoding checks that the code fits the level.
 *
 * @since 0.1.0
 */
export const Jurisdiction = Schema.Struct({
  code: JurisdictionCode,
  name: Schema.NonEmptyString,
  level: JurisdictionLevel,
  parent: Schema.optionalKey(JurisdictionCode)
}).annotate({ description: "行政区划 — a node of the jurisdiction tree: code, name, level, parent?" })
  .check(Schema.makeFilter((j) => {
    const problem = validateJurisdictionCode(j.code, j.level)
    return problem === undefined ? undefined : { path: ["code"], issue: localizedIssue(problem, jurisdictionCodeProblemZh(j.code, j.level)) }
  }))
  .annotate({ identifier: "Jurisdiction" })
/** @since 0.1.0 */
export type Jurisdiction = typeof Jurisdiction.Type
