import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describeDemo, ledgerDemo } from "./ledger-demo.ts"

// A fresh SQLite file in a temporary directory; pass a path to keep the ledger (e.g. `node src/main.ts ledger.sqlite`).
const keep = process.argv[2]
const dir = keep === undefined ? mkdtempSync(join(tmpdir(), "anquan-ledger-demo-")) : undefined
const filename = keep ?? join(dir!, "ledger.sqlite")
try {
  console.log(`ledger: ${filename}`)
  console.log(describeDemo(await ledgerDemo(filename)).join("\n"))
} finally {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
}
