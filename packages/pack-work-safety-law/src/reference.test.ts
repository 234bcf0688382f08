import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { Registry } from "@anquan/core"
import { expect, it } from "vitest"
import { workSafetyLaw } from "./index.ts"
import { notCoveredSection } from "./not-covered.ts"

// The page PackTester.referencePage generates from the rule metadata, followed by the articles without
// a rule (src/not-covered.ts). `UPDATE_REFERENCE=1` rewrites it.
it("work-safety-law: the reference page is generated from the rule metadata and the not-covered list, and up to date", () => {
  const file = new URL("../REFERENCE.md", import.meta.url)
  const page = Registry.referencePage(Registry.make([workSafetyLaw]), workSafetyLaw.id) + notCoveredSection()
  if (process.env["UPDATE_REFERENCE"] === "1") writeFileSync(file, page)
  expect(existsSync(file), "REFERENCE.md is missing: run the tests with UPDATE_REFERENCE=1").toBe(true)
  expect(readFileSync(file, "utf8"), "the reference page is stale: run the tests with UPDATE_REFERENCE=1").toBe(page)
})
