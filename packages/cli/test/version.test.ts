// `anquan --version` prints the version of the installed @anquan/cli, read from its package.json (the
// executable's bundle inlines it), not a number written into the code.
import { execFile } from "node:child_process"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { anquanExecutable } from "./fixtures/executable.ts"

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
const bin = anquanExecutable

describe("anquan --version", () => {
  it("prints the package's version", async () => {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [bin, "--version"], (error, out) => (error ? reject(error) : resolve(out))))
    expect(stdout.trim()).toBe(`anquan v${pkg.version}`)
  }, 60_000) // a process start: seconds on a loaded machine
})
