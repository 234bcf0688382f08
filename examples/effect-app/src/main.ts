import { Effect } from "effect"
import { AppLayer, program } from "./app.ts"

const { flagged, report } = await Effect.runPromise(program.pipe(Effect.provide(AppLayer)))
console.log(`${flagged} of ${report.totals.records} units lack the staffing the province requires`, report.verdicts)
