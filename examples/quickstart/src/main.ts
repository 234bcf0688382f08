import { quickstart } from "./quickstart.ts"

for (const asOf of ["2010-06-01", "2026-11-23"]) console.log(quickstart(asOf).join("\n"))
