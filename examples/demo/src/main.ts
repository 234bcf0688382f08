/**
 * pnpm demo [file] [--as-of YYYY-MM-DD] [--lang zh-CN|en] [--pack ID]... [--config layers.json]
 *
 * Evaluates the bundled sample (or the given file of enterprises: JSON, NDJSON or CSV) with every
 * installed pack and prints the findings. The same as `anquan check`, with the sample as default.
 * Exit code: 0 when the evaluation ran (whatever it found), 2 for bad usage or an unreadable file.
 */
import { fileURLToPath } from "node:url"
import { CalendarDate } from "@anquan/core"
import { runDemo, today } from "./demo.ts"

const args = process.argv.slice(2)
const usage = "usage: pnpm demo [file] [--as-of YYYY-MM-DD] [--lang zh-CN|en] [--pack ID]... [--config layers.json]"
let file = fileURLToPath(new URL("../sample/enterprises.json", import.meta.url))
let asOf = today()
let locale: "zh-CN" | "en" = "zh-CN"
const packs: Array<string> = []
let config: string | undefined
for (let i = 0; i < args.length; i++) {
  const a = args[i]!
  if (a === "--") continue
  if (a === "--as-of") asOf = args[++i] ?? ""
  else if (a === "--pack") packs.push(args[++i] ?? "")
  else if (a === "--config") config = args[++i]
  else if (a === "--lang") {
    const l = args[++i]
    if (l !== "zh-CN" && l !== "en") {
      console.error(`--lang must be zh-CN or en\n${usage}`)
      process.exit(2)
    }
    locale = l
  } else if (a === "--help" || a === "-h") {
    console.log(usage)
    process.exit(0)
  } else if (a.startsWith("-")) {
    console.error(`unknown option ${a}\n${usage}`)
    process.exit(2)
  } else file = a
}
if (CalendarDate.parse(asOf) === undefined) {
  console.error(`--as-of must be a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}\n${usage}`)
  process.exit(2)
}
try {
  process.stdout.write((await runDemo({ file, asOf, locale, packs, ...(config !== undefined ? { config } : {}) })).text)
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e))
  process.exit(2)
}
