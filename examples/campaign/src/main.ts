import { progress } from "./progress.ts"

console.log((await progress(process.argv[2] ?? "2024-09-10")).text)
