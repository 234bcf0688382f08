// `anquan check --ledger postgres://…` on a real PostgreSQL: the governance and campaign sections read from a ledger
// in PostgreSQL are those read from the same ledger in SQLite (test/fixtures/governance.ts builds both), and a
// database without a ledger is a clear error that creates nothing. Needs ANQUAN_TEST_PG_URL (scripts/pg.sh start
// prints it). Without it: in CI (CI=true) this file FAILS; locally it is skipped with a warning.
//
// The ledger has the default table names (anquan_hazard_*), as `anquan check --ledger <url>` reads them, in a schema
// of its own (the URL's `options=-c search_path=…`), created and dropped by this file: nothing else is touched.
import { beforeAll, describe, expect, it } from "vitest"
import { check, installedPacks, UsageError } from "../src/index.ts"
import type { CheckOptions } from "../src/index.ts"
import type { GovernanceFixture } from "./fixtures/governance.ts"
import { buildDemoLedger, demoSample, writeGovernanceFixture } from "./fixtures/governance.ts"
import { schemaAndFolder, testSchema } from "./fixtures/postgres.ts"

const { schema, url: ledgerUrl, admin, skip } = testSchema("governance-postgres.test.ts", "anquan check --ledger on PostgreSQL", "anquan_cli_")

describe.skipIf(skip)("anquan check --ledger on PostgreSQL", () => {
  const folder = schemaAndFolder({ schema, admin }, "anquan-governance-pg-")
  let fx: GovernanceFixture
  beforeAll(async () => {
    fx = await writeGovernanceFixture(folder.dir())
  }, 60_000)

  const run = async (extra: Partial<CheckOptions>) => {
    let out = ""
    const result = await check({
      input: demoSample, packs: installedPacks, asOf: "2026-11-23", format: "json", locale: "zh-CN",
      write: (s) => void (out += s), progress: { tick: () => {}, done: () => {} }, ...extra
    })
    return { ...result, json: JSON.parse(out) }
  }

  it("a database without a ledger: one clear error, and nothing created", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const failure = await run({ ledger: { db: ledgerUrl } }).then(() => undefined, (e: unknown) => e)
      expect(failure).toBeInstanceOf(UsageError)
      expect((failure as Error).message).toMatch(/^--ledger postgres:\/\/anquan:\*\*\*@.*: cannot read the ledger: LedgerStorageError: .*no table anquan_hazard_events/)
    }
  })

  it("the same sections as from the same ledger in SQLite", async () => {
    await buildDemoLedger({ postgres: ledgerUrl })
    const campaign = { campaign: fx.campaign, roster: fx.roster, inspections: fx.inspections, reports: fx.reports }
    for (const asOf of ["2026-11-23", "2026-10-30"]) {
      const [pg, sqlite] = await Promise.all([
        run({ asOf, ledger: { db: ledgerUrl, jurisdictions: fx.jurisdictions }, campaign }),
        run({ asOf, ledger: { db: fx.ledger, jurisdictions: fx.jurisdictions }, campaign })
      ])
      expect(pg.json.ledger.source).toMatch(/^postgres:\/\/anquan:\*\*\*@/)
      expect({ ...pg.json.ledger, source: "" }, asOf).toEqual({ ...sqlite.json.ledger, source: "" })
      expect(pg.json.campaign, asOf).toEqual(sqlite.json.campaign)
      expect(pg.json.campaign.hazardsFrom).toBe("ledger")
      expect([pg.json.ledger.hazards.total, pg.json.campaign.progress.hazards.total.found]).toEqual(asOf === "2026-11-23" ? [17, 17] : [15, 15])
    }
  }, 60_000)
})
