// The behavioural suite on PostgreSQL. Needs ANQUAN_TEST_PG_URL (scripts/pg.sh start prints it).
// Without it: in CI (CI=true) this file FAILS; locally the suite is skipped with a loud warning.
import { describePostgres } from "@anquan/testing"
import { openInvestigationStore } from "../src/index.ts"
import { jurisdictions } from "./fixtures.ts"
import { registerSuite } from "./suite.ts"

describePostgres("@anquan/accident", (db) => {
  registerSuite("PostgreSQL", {
    open: () => openInvestigationStore({ store: "postgres", url: db.url, maxConnections: 4, tablePrefix: db.tablePrefix(), jurisdictions })
  })
})
