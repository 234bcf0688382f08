import { fixtures, PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer } from "../../testSupport.ts"

const RULE = "fireworks/special-operators-and-repairs-with-explosives"
const operator = (name: string, certificates?: ReadonlyArray<{ kind: string; validUntil: string; issuedOn?: string }>) => ({
  name,
  roles: ["special-operator"] as ["special-operator"],
  ...(certificates === undefined ? {} : { certificates })
})
const cert = (validUntil: string, kind = "special-operation:fireworks-composition") => ({ kind, issuedOn: "2014-11-24", validUntil })
const people = (...operators: ReadonlyArray<ReturnType<typeof operator>>) => [fixtures.principal(), fixtures.safetyOfficer("full-time"), ...operators]
const facts = { hasSpecialOperations: true, repairsWithExplosivesPresent: false }

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "a special operator holds no special operation certificate",
      asOf,
      enterprise: producer(facts, { keyPeople: people(operator("刘药工", [])) }),
      evidence: [{ path: "enterprise.keyPeople[2].certificates", value: [] }],
      details: { "zh-CN": "特种作业人员刘药工未持有特种作业操作证", en: "holds no special operation certificate" }
    },
    {
      name: "the certificate expired the day before the as-of date",
      asOf,
      enterprise: producer(facts, { keyPeople: people(operator("刘药工", [cert("2026-11-22")])) }),
      evidence: [{ path: "enterprise.keyPeople[2].certificates", value: [{ kind: "special-operation:fireworks-composition", validUntil: "2026-11-22" }] }],
      details: { "zh-CN": "已于2026-11-22到期", en: "expired on 2026-11-22" }
    },
    {
      name: "only a non-special certificate (a training certificate) is held",
      asOf,
      enterprise: producer(facts, { keyPeople: people(operator("刘药工", [cert("2028-01-01", "safety-training")])) }),
      details: { "zh-CN": "未持有特种作业操作证" }
    },
    {
      name: "equipment repaired with explosives present, special operations unknown",
      asOf,
      enterprise: producer({ repairsWithExplosivesPresent: true }),
      evidence: [{ path: "facts.repairsWithExplosivesPresent", value: true }],
      details: { "zh-CN": "作业人员带药检维修设备设施" }
    }
  ],
  compliant: [
    {
      name: "the certificate is valid through the as-of date (validUntil inclusive)",
      asOf,
      enterprise: producer(facts, { keyPeople: people(operator("刘药工", [cert("2020-11-23"), cert("2026-11-23")])) })
    },
    { name: "a retail point with no special operations", asOf, enterprise: retailer({ hasSpecialOperations: false, repairsWithExplosivesPresent: false }) }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.hasSpecialOperations", "facts.repairsWithExplosivesPresent"] },
    {
      name: "special operations but no special operator listed",
      asOf,
      enterprise: producer(facts, { keyPeople: people() }),
      missing: ["enterprise.keyPeople[special-operator]"]
    },
    {
      name: "a special operator's certificates unknown",
      asOf,
      enterprise: producer(facts, { keyPeople: people(operator("刘药工")) }),
      missing: ["enterprise.keyPeople[2].certificates"]
    },
    { name: "special operations and key people unknown", asOf, enterprise: producer(facts, { keyPeople: undefined }), missing: ["enterprise.keyPeople"] }
  ]
})
