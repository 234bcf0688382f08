// `anquan check --reports postgres://… --standardization postgres://…` on a real PostgreSQL: the public reports and
// standardization sections read from registers in PostgreSQL are those read from the same registers in SQLite, the
// URL's password is masked, no reporter is in the report, and a database without a register is a clear error that
// creates nothing. Needs ANQUAN_TEST_PG_URL (scripts/pg.sh start prints it). Without it: in CI (CI=true) this file
// FAILS; locally it is skipped with a warning.
//
// The registers have the default table names (anquan_reports_*, anquan_std_*) in a schema of their own (the URL's
// `options=-c search_path=…`), created and dropped by this file: nothing else is touched.
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { check, installedPacks, UsageError } from "../src/index.ts"
import type { CheckOptions } from "../src/index.ts"
import { REPORTER_NAME, REPORTER_PHONE, reportsConfig, tree, writeReports, writeStandardizationRegister } from "./fixtures/publicRegisters.ts"
import { schemaAndFolder, testSchema } from "./fixtures/postgres.ts"

const { schema, url: pgUrl, admin, skip } = testSchema("reports-standardization-postgres.test.ts", "anquan check --reports and --standardization on PostgreSQL", "anquan_cli_pub_")
const enterprises = new URL("../../../examples/demo/sample/enterprises.json", import.meta.url).pathname

describe.skipIf(skip)("anquan check --reports and --standardization on PostgreSQL", () => {
  const folder = schemaAndFolder({ schema, admin }, "anquan-public-pg-")
  let dir = ""
  beforeAll(() => {
    dir = folder.dir()
    writeFileSync(join(dir, "config.json"), JSON.stringify(reportsConfig))
    writeFileSync(join(dir, "tree.json"), JSON.stringify(tree))
  })

  const run = async (extra: Partial<CheckOptions>) => {
    let out = ""
    await check({
      input: enterprises, packs: installedPacks, asOf: "2026-12-01", format: "json", locale: "zh-CN",
      write: (s) => void (out += s), progress: { tick: () => {}, done: () => {} }, ...extra
    })
    return { out, json: JSON.parse(out) }
  }

  it("a database without the registers: one clear error each, and nothing created", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const reports = await run({ reports: { source: pgUrl } }).then(() => undefined, (e: unknown) => e)
      expect(reports).toBeInstanceOf(UsageError)
      expect((reports as Error).message).toMatch(/^--reports postgres:\/\/anquan:\*\*\*@.*: cannot read the report register: /)
      const std = await run({ standardization: { source: pgUrl } }).then(() => undefined, (e: unknown) => e)
      expect(std).toBeInstanceOf(UsageError)
      expect((std as Error).message).toMatch(/^--standardization postgres:\/\/anquan:\*\*\*@.*: cannot read the standardization register: /)
    }
  })

  it("the same sections as from the same registers in SQLite", async () => {
    await writeReports({ store: "postgres", url: pgUrl })
    await writeStandardizationRegister({ store: "postgres", url: pgUrl })
    await writeReports({ store: "sqlite", filename: join(dir, "reports.sqlite") })
    await writeStandardizationRegister({ store: "sqlite", filename: join(dir, "std.sqlite") })
    const config = join(dir, "config.json"), jurisdictions = join(dir, "tree.json")
    const [pg, sqlite] = await Promise.all([
      run({ reports: { source: pgUrl, config }, standardization: { source: pgUrl, jurisdictions } }),
      run({ reports: { source: join(dir, "reports.sqlite"), config }, standardization: { source: join(dir, "std.sqlite"), jurisdictions } })
    ])
    expect(pg.json.reports.source).toMatch(/^postgres:\/\/anquan:\*\*\*@/)
    expect({ ...pg.json.reports, source: "" }).toEqual({ ...sqlite.json.reports, source: "" })
    expect({ ...pg.json.standardization, source: "" }).toEqual({ ...sqlite.json.standardization, source: "" })
    expect(pg.json.reports.total.received).toBe(4)
    expect(pg.json.standardization.standing).toEqual({ enterprises: 6, valid: 3, expired: 1, revoked: 1, none: 1 })
    expect(pg.out.includes(REPORTER_NAME) || pg.out.includes(REPORTER_PHONE)).toBe(false)
  }, 60_000)
})
