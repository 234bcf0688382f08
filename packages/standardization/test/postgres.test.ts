// The behavioural suite on PostgreSQL. Needs ANQUAN_TEST_PG_URL (scripts/pg.sh start prints it).
// Without it: in CI (CI=true) this file FAILS; locally the suite is skipped with a loud warning.
import { describePostgres } from "@anquan/testing"
import { openStandardizationRegister } from "../src/index.ts"
import { jurisdictions } from "./suite.ts"
import { registerSuite } from "./suite.ts"

describePostgres("@anquan/standardization", (db) => {
  registerSuite("PostgreSQL", () => openStandardizationRegister({ store: "postgres", url: db.url, maxConnections: 4, tablePrefix: db.tablePrefix(), jurisdictions }))
})
