// The behavioural suite on PostgreSQL. Needs ANQUAN_TEST_PG_URL (scripts/pg.sh start prints it).
// Without it: in CI (CI=true) this file FAILS; locally the suite is skipped with a loud warning.
import { describePostgres } from "@anquan/testing"
import { openCreditStore } from "../src/index.ts"
import { jurisdictions } from "./fixtures.ts"
import { creditSuite } from "./suite.ts"

describePostgres("@anquan/credit", (db) => {
  creditSuite("PostgreSQL", () => openCreditStore({ store: "postgres", url: db.url, maxConnections: 4, tablePrefix: db.tablePrefix(), jurisdictions }))
}, { runLetter: "c" })
