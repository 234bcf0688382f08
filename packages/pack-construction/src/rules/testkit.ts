/**
 * Test helpers shared by the rule tests (not exported by the package): the tester, a project
 * record builder and the dates either side of the edition change.
 *
 * @since 0.1.0
 */
import { fixtures, PackTester } from "@anquan/testing"
import type { ConstructionFactsEncoded } from "../facts/ConstructionFacts.ts"
import { constructionPack } from "../pack.ts"

/** The tester of the pack. @since 0.1.0 */
export const tester = PackTester.make(constructionPack)

/**
 * The wire shape of the facts with `undefined` allowed on every optional key (dropped by
 * {@link project}), so a test can unset a fact by spreading `{ key: undefined }`.
 *
 * @since 0.1.0
 */
export type Loose<T> = T extends ReadonlyArray<infer E> ? ReadonlyArray<Loose<E>>
  : T extends object ? { readonly [K in keyof T]?: Loose<T[K]> | undefined }
  : T

/**
 * A construction contractor's record carrying one project's facts (`undefined` = no fact section).
 * Keys set to `undefined` are dropped (the fact becomes unknown), as in `fixtures.enterprise`.
 *
 * @since 0.1.0
 */
export const project = (construction?: Loose<ConstructionFactsEncoded>) =>
  fixtures.enterprise({
    name: "示例市政建设工程有限公司",
    sectors: ["construction"],
    unitKinds: ["construction-contractor"],
    ...(construction === undefined ? {} : { facts: { construction: JSON.parse(JSON.stringify(construction)) } })
  })

/** The 2022 version label (its first day in force). @since 0.1.0 */
export const V2022 = "2022-04-19"
/** The 2024 version label. @since 0.1.0 */
export const V2024 = "2024-12-13"
/** The last day of the 2022 edition. @since 0.1.0 */
export const LAST_2022 = "2024-12-12"
/** The first day of the 2024 edition. @since 0.1.0 */
export const FIRST_2024 = "2024-12-13"
/** The day before the 2022 edition. @since 0.1.0 */
export const BEFORE_2022 = "2022-04-18"
/** A day well inside the 2022 edition. @since 0.1.0 */
export const IN_2022 = "2023-06-01"
/** A day well inside the 2024 edition. @since 0.1.0 */
export const IN_2024 = "2026-11-23"

/** Both sides of the change, with the version each must select. @since 0.1.0 */
export const sides = [
  { asOf: LAST_2022, version: V2022 },
  { asOf: FIRST_2024, version: V2024 }
] as const
