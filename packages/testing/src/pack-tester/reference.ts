/**
 * Keeps a pack's generated reference page in step with its rules: the test fails when the committed
 * page differs from what the metadata generates. Run the tests with `UPDATE_REFERENCE=1` to rewrite it.
 *
 * @since 0.1.0
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { Registry } from "@anquan/core"
import type { Pack } from "@anquan/core"
import { expect, it } from "vitest"

/**
 * Declares a vitest test comparing `file` (usually the pack's `REFERENCE.md`) with the page generated
 * by `Registry.referencePage`.
 *
 * @example
 * ```ts
 * import { PackTester } from "@anquan/testing"
 * PackTester.referencePage(myPack, new URL("../REFERENCE.md", import.meta.url))
 * ```
 * @since 0.1.0
 */
export const referencePage = (pack: Pack.Pack<any>, file: URL, options: { readonly with?: ReadonlyArray<Pack.Pack<any>> } = {}): void => {
  it(`${pack.id}: the reference page is generated from the rule metadata and up to date`, () => {
    const page = Registry.referencePage(Registry.make([pack, ...(options.with ?? [])]), pack.id)
    if (process.env["UPDATE_REFERENCE"] === "1") writeFileSync(file, page)
    expect(existsSync(file), `${file.pathname} is missing: run the tests with UPDATE_REFERENCE=1`).toBe(true)
    expect(readFileSync(file, "utf8"), "the reference page is stale: run the tests with UPDATE_REFERENCE=1").toBe(page)
  })
}
