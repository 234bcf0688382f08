// The behavioural suite on PostgreSQL. Needs ANQUAN_TEST_PG_URL (scripts/pg.sh start prints it).
// Without it: in CI (CI=true) this file FAILS; locally the suite is skipped with a loud warning.
import { describePostgres } from "@anquan/testing"
import { HazardLedger } from "@anquan/hazard-ledger"
import { Layer } from "effect"
import { EnforcementCases, openEnforcementCases } from "../src/index.ts"
import { jurisdictions } from "./fixtures.ts"
import { registerSuite } from "./suite.ts"

describePostgres("@anquan/enforcement", (db) => {
  registerSuite("PostgreSQL", {
    open: () => openEnforcementCases({ store: "postgres", url: db.url, maxConnections: 4, tablePrefix: db.tablePrefix(), jurisdictions }),
    layer: () => {
      const prefix = db.tablePrefix()
      return Layer.mergeAll(
        HazardLedger.postgres({ url: db.url, maxConnections: 2, tablePrefix: `${prefix}h_`, jurisdictions }),
        EnforcementCases.postgres({ url: db.url, maxConnections: 2, tablePrefix: `${prefix}e_`, jurisdictions })
      )
    }
  })
})
