/**
 * PostgreSQL 测试库 — the setup every store's PostgreSQL test file shares. The server's URL comes
 * from `ANQUAN_TEST_PG_URL` (`scripts/pg.sh start` prints it). Without it the file FAILS in CI
 * (`CI=true`) and is skipped locally with a loud warning. Each file gets its own table prefix, so
 * parallel runs never share tables, and its tables and functions are dropped when it ends.
 *
 * @since 0.2.0
 */
import { Effect, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { afterAll, describe, it } from "vitest"

/**
 * The database of one PostgreSQL test file.
 *
 * @since 0.2.0
 */
export interface PostgresTestDatabase {
  /** The server's URL (`""` when `ANQUAN_TEST_PG_URL` is not set). */
  readonly url: string
  /** This file's run: every table it creates starts with it. */
  readonly run: string
  /** A fresh table prefix of this run (`<run>_<n>_`), one per store the tests open. */
  readonly tablePrefix: () => string
}

/**
 * Options of {@link describePostgres}.
 *
 * @since 0.2.0
 */
export interface DescribePostgresOptions {
  /** The first letter of the run prefix; default `"r"`. */
  readonly runLetter?: string | undefined
}

/**
 * Declares the PostgreSQL tests of `packageName` (e.g. `"@anquan/risk-register"`): a `describe`
 * named `"PostgreSQL"`, skipped without a server (failing in CI), that drops this run's tables and
 * functions after its tests (through `@effect/sql-pg`, which the package under test must have).
 *
 * @since 0.2.0
 */
export const describePostgres = (packageName: string, body: (db: PostgresTestDatabase) => void, options: DescribePostgresOptions = {}): void => {
  const url = process.env.ANQUAN_TEST_PG_URL ?? ""
  const missing = url === ""
  if (missing && process.env.CI === "true") {
    describe("PostgreSQL backend", () => {
      it("needs ANQUAN_TEST_PG_URL in CI", () => {
        throw new Error(`ANQUAN_TEST_PG_URL is not set, so the PostgreSQL tests of ${packageName} cannot run (scripts/pg.sh start).`)
      })
    })
  } else if (missing) {
    console.warn(`\n!!! ${packageName}: ANQUAN_TEST_PG_URL is not set — the PostgreSQL suite is SKIPPED.\n`)
  }

  const run = `${options.runLetter ?? "r"}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
  let n = 0
  const db: PostgresTestDatabase = { url, run, tablePrefix: () => `${run}_${n++}_` }

  describe.skipIf(missing)("PostgreSQL", () => {
    afterAll(async () => {
      const { PgClient } = await import("@effect/sql-pg")
      const drop = Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        const tables = yield* sql<{ tablename: string }>`SELECT tablename FROM pg_tables WHERE tablename LIKE ${`${run}%`}`
        for (const t of tables) yield* sql.unsafe(`DROP TABLE IF EXISTS "${t.tablename}" CASCADE`)
        const fns = yield* sql<{ proname: string }>`SELECT proname FROM pg_proc WHERE proname LIKE ${`${run}%`}`
        for (const f of fns) yield* sql.unsafe(`DROP FUNCTION IF EXISTS "${f.proname}"() CASCADE`)
      })
      await Effect.runPromise(drop.pipe(Effect.provide(PgClient.layer({ url: Redacted.make(url), maxConnections: 1 }))))
    })
    body(db)
  })
}
