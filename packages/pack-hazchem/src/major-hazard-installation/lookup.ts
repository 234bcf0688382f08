/**
 * 表1 查询 — find the GB 18218-2018 表1 row of a substance by its name, an alias or a CAS number.
 *
 * 85 rows are not 85 substances (gb18218-tables.md §1): CAS 9004-70-0 is printed on six 硝化纤维素
 * rows (序号 37–42) and 6484-52-2 on two 硝酸铵 rows (43, 44), which differ only by the condition in
 * their name; and 14 rows carry a composition or state condition (甲醛(含量>90%), 硝酸(…>70%), …)
 * outside which the material is not in 表1 at all. So a lookup answers one of:
 * - `Found`: exactly one row, and the query names it without a condition to check;
 * - `Conditioned`: the query names a conditioned row (or rows) by its bare name, alias or CAS —
 *   whether the material is in 表1 depends on its composition, which only the description says;
 * - `Ambiguous`: several unconditioned rows match (the description decides);
 * - `NotFound`: in no row (石脑油, 柴油, …): the substance goes by its 表2 categories.
 *
 * @since 0.2.0
 */
import { type NamedSubstance, namedSubstances } from "./tables.ts"

/** @since 0.2.0 */
export type Lookup =
  | { readonly _tag: "Found"; readonly row: NamedSubstance }
  | { readonly _tag: "Conditioned"; readonly rows: ReadonlyArray<NamedSubstance>; readonly message: string }
  | { readonly _tag: "Ambiguous"; readonly rows: ReadonlyArray<NamedSubstance>; readonly message: string }
  | { readonly _tag: "NotFound" }

/**
 * The form names are compared in: whitespace removed, full-width （）［］，；＜＞％ as half-width.
 *
 * @since 0.2.0
 */
export const normaliseName = (s: string): string =>
  s.replace(/\s+/g, "")
    .replace(/（/g, "(").replace(/）/g, ")").replace(/［/g, "[").replace(/］/g, "]")
    .replace(/，/g, ",").replace(/；/g, ";").replace(/＜/g, "<").replace(/＞/g, ">").replace(/％/g, "%")

/** The name before its first bracket: 甲醛(含量>90%) → 甲醛; 硝化纤维素[干的…] → 硝化纤维素. */
const bareName = (zh: string): string => zh.replace(/[([].*$/, "")

const add = (map: Map<string, Array<NamedSubstance>>, key: string, row: NamedSubstance): void => {
  const k = normaliseName(key)
  const rows = map.get(k) ?? []
  if (!rows.includes(row)) rows.push(row)
  map.set(k, rows)
}

/** Names that identify a row outright. */
const EXACT = new Map<string, Array<NamedSubstance>>()
/** Names that identify a conditioned row only together with its condition. */
const BARE = new Map<string, Array<NamedSubstance>>()
const BY_CAS = new Map<string, Array<NamedSubstance>>()

for (const row of namedSubstances) {
  add(EXACT, row.zh, row)
  const names = [bareName(row.zh), ...row.aliases]
  for (const n of names) add(row.conditioned ? BARE : EXACT, n, row)
  for (const cas of row.casNumbers) add(BY_CAS, cas, row)
}

const rowList = (rows: ReadonlyArray<NamedSubstance>): string =>
  rows.map((r) => `序号 ${r.seq} ${r.zh} ("${r.id}", ${r.criticalQuantity} t)`).join("; ")

const conditioned = (what: string, rows: ReadonlyArray<NamedSubstance>): Lookup => ({
  _tag: "Conditioned",
  rows,
  message: `${what} matches GB 18218-2018 表1 only under the condition in the row's name — ${rowList(rows)}: ` +
    `a material that meets it is entered as { kind: "named", substance: <id> }; one outside it is not in 表1 and goes by its 表2 categories`
})

const ambiguous = (what: string, rows: ReadonlyArray<NamedSubstance>): Lookup => ({
  _tag: "Ambiguous",
  rows,
  message: `${what} matches ${rows.length} rows of GB 18218-2018 表1 — ${rowList(rows)}: the description decides; give the substance id of the row that fits`
})

/**
 * The 表1 row of a name or alias (full-width brackets and spaces are ignored).
 *
 * @example
 * ```ts
 * lookupByName("液氨")     // { _tag: "Found", row: { id: "ammonia", criticalQuantity: 10, … } }
 * lookupByName("硝酸铵")   // { _tag: "Conditioned", rows: [序号 43, 序号 44], … }
 * lookupByName("石脑油")   // { _tag: "NotFound" }
 * ```
 * @since 0.2.0
 */
export const lookupByName = (name: string): Lookup => {
  const k = normaliseName(name)
  const exact = EXACT.get(k)
  if (exact !== undefined) return exact.length === 1 ? { _tag: "Found", row: exact[0]! } : ambiguous(JSON.stringify(name), exact)
  const bare = BARE.get(k)
  return bare === undefined ? { _tag: "NotFound" } : conditioned(JSON.stringify(name), bare)
}

/**
 * The 表1 row of a CAS number. CAS 9004-70-0 (six 硝化纤维素 rows) and 6484-52-2 (two 硝酸铵 rows)
 * answer `Conditioned` with every row: a CAS alone cannot choose between them.
 *
 * @since 0.2.0
 */
export const lookupByCas = (cas: string): Lookup => {
  const rows = BY_CAS.get(cas.trim())
  if (rows === undefined) return { _tag: "NotFound" }
  if (rows.some((r) => r.conditioned)) return conditioned(`CAS ${cas}`, rows)
  return rows.length === 1 ? { _tag: "Found", row: rows[0]! } : ambiguous(`CAS ${cas}`, rows)
}
