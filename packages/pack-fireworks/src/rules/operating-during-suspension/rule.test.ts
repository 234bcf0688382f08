import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer } from "../../testSupport.ts"

const RULE = "fireworks/operating-during-suspension"
const production = (validUntil: string, extra: Record<string, unknown> = {}) => ({
  kind: "fireworks-production-licence" as const,
  number: "(湘)YH安许证字[2023]000123",
  validFrom: "2023-12-01",
  validUntil,
  ...extra
})
const business = (validUntil: string) => ({ kind: "fireworks-business-licence" as const, number: "湘烟花零售字[2025]0456", validFrom: "2025-12-01", validUntil })
const operating = { inOperation: true, suspensions: [] }

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "operating the day after the production licence expired",
      asOf,
      enterprise: producer(operating, { licences: [production("2026-11-22")] }),
      evidence: [{ path: "enterprise.licences[0].validUntil", value: "2026-11-22" }, { path: "facts.inOperation", value: true }],
      details: {
        "zh-CN": "烟花爆竹安全生产许可证（(湘)YH安许证字[2023]000123）已于2026-11-22到期，仍在组织生产经营",
        en: "expired on 2026-11-22, yet the unit is operating"
      }
    },
    {
      name: "operating with a suspended (暂扣) licence",
      asOf,
      enterprise: producer(operating, { licences: [production("2026-11-30", { status: "suspended" })] }),
      evidence: [{ path: "enterprise.licences[0].status", value: "suspended" }],
      details: { "zh-CN": "已被暂扣，仍在组织生产经营" }
    },
    {
      name: "a retail point selling after its business licence expired",
      asOf,
      enterprise: retailer(operating, { licences: [business("2026-02-28")] }),
      details: { "zh-CN": "烟花爆竹经营许可证（湘烟花零售字[2025]0456）已于2026-02-28到期" }
    },
    {
      name: "operating during an open-ended rectification suspension",
      asOf,
      enterprise: producer({ inOperation: true, suspensions: [{ reason: "rectification", from: "2026-11-01" }] }, { licences: [production("2026-11-30")] }),
      evidence: [{ path: "facts.suspensions[0].reason", value: "rectification" }, { path: "facts.inOperation", value: true }],
      details: { "zh-CN": "整顿改造停产停业期间（自2026-11-01起）仍在组织生产经营", en: "still operating during the rectification suspension" }
    },
    {
      name: "the last day of a suspension is still inside it (to inclusive)",
      asOf,
      enterprise: producer({ inOperation: true, suspensions: [{ reason: "severe-weather", from: "2026-11-21", to: "2026-11-23" }] }, {
        licences: [production("2026-11-30")]
      }),
      details: { "zh-CN": "恶劣天气停产停业期间（2026-11-21至2026-11-23）仍在组织生产经营" }
    },
    {
      name: "production during a past severe-weather suspension",
      asOf,
      enterprise: producer({ inOperation: false, suspensions: [{ reason: "severe-weather", from: "2026-07-10", to: "2026-07-12", operatedDuring: true }] }),
      evidence: [{ path: "facts.suspensions[0].operatedDuring", value: true }],
      details: { "zh-CN": "恶劣天气停产停业期间（2026-07-10至2026-07-12）组织生产经营" }
    }
  ],
  compliant: [
    { name: "licence valid through the as-of date (validUntil inclusive)", asOf, enterprise: producer(operating, { licences: [production("2026-11-23")] }) },
    {
      name: "a suspension that ended the day before, not operated during",
      asOf,
      enterprise: producer({ inOperation: true, suspensions: [{ reason: "ordered", from: "2026-10-01", to: "2026-11-22", operatedDuring: false }] }, {
        licences: [production("2026-11-30")]
      })
    },
    {
      name: "expired licence, but the unit has stopped",
      asOf,
      enterprise: producer({ inOperation: false, suspensions: [{ reason: "licence-expired", from: "2026-11-23" }] }, { licences: [production("2026-11-22")] })
    },
    {
      name: "an expired old licence and a renewed one",
      asOf,
      enterprise: producer(operating, { licences: [production("2023-11-30", { validFrom: "2020-12-01" }), production("2026-11-30")] })
    }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.inOperation", "facts.suspensions"] },
    { name: "operating, licences unknown", asOf, enterprise: producer(operating), missing: ["enterprise.licences"] },
    {
      name: "operating, no production licence recorded (expired or never recorded?)",
      asOf,
      enterprise: producer(operating, { licences: [business("2026-12-31")] }),
      missing: ["enterprise.licences[fireworks-production-licence]"]
    },
    {
      name: "a past suspension, whether the unit operated during it unknown",
      asOf,
      enterprise: producer({ inOperation: false, suspensions: [{ reason: "rectification", from: "2026-03-01", to: "2026-04-30" }] }),
      missing: ["facts.suspensions[0].operatedDuring"]
    },
    {
      name: "a current suspension, whether the unit is operating unknown",
      asOf,
      enterprise: producer({ suspensions: [{ reason: "ordered", from: "2026-11-20" }] }, { licences: [production("2026-11-30")] }),
      missing: ["facts.inOperation"]
    }
  ]
})
