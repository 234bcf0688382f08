/**
 * Test helpers: enterprise records (wire shape) with a `workSafety` fact section.
 */
import { fixtures } from "@anquan/testing"
import type { WorkSafetyFactsEncoded } from "../src/facts/WorkSafetyFacts.ts"

type EnterpriseOverrides = NonNullable<Parameters<typeof fixtures.enterprise>[0]>

/** A fixture enterprise whose `facts.workSafety` is `facts`. */
export const withFacts = (facts: WorkSafetyFactsEncoded, overrides: EnterpriseOverrides = {}) =>
  fixtures.enterprise({ ...overrides, facts: { workSafety: facts } })

type KeyPersonInput = NonNullable<EnterpriseOverrides["keyPeople"]>[number]

/** A full-time key person in the wire shape. */
export const person = (name: string, roles: KeyPersonInput["roles"], extra: Partial<KeyPersonInput> = {}): KeyPersonInput => ({
  name,
  roles,
  employment: "full-time",
  ...extra
})
