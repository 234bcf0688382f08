// What the README tests share: the commands of the README's "The full report from the bundled sample" block,
// and running them with an `anquan` executable in a temporary directory holding a copy of the bundled sample.
//
// `bash scripts/dev.sh pnpm anquan …` runs the root package.json's `anquan` script from the root of the
// repository (dev.sh only installs what is missing, then runs its arguments); `sourceBin` is that script's
// command, `builtBin` the published executable (`packages/cli/dist/bin.js`, as its shebang starts it).
import { execFile } from "node:child_process"
import { cpSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { isAbsolute, join } from "node:path"
import { fileURLToPath } from "node:url"

/** The root of the repository. */
export const root = fileURLToPath(new URL("../../../", import.meta.url))
const prefix = "bash scripts/dev.sh pnpm anquan "

/** The commands of the README's full-report block, each as its words after `pnpm anquan`. */
export const readmeCommands = (readme: string): ReadonlyArray<ReadonlyArray<string>> => {
  const block = /<!-- full-report:begin -->\s*```sh\n(.*?)```\s*<!-- full-report:end -->/su.exec(readme)
  if (block === null) throw new Error("README.md: no ```sh block between <!-- full-report:begin --> and <!-- full-report:end -->")
  const lines = block[1]!.replace(/\\\n/g, " ").split("\n").map((l) => l.trim()).filter((l) => l !== "")
  return lines.map((line) => {
    if (!line.startsWith(prefix)) throw new Error(`README.md full-report: every line runs "${prefix}…", not: ${line}`)
    // plain words only, so that the lines paste into any shell and split here without a shell parser
    if (/["'`$;&|<>()*?#]/.test(line)) throw new Error(`README.md full-report: no quotes or shell syntax, please: ${line}`)
    return line.slice(prefix.length).split(/\s+/)
  })
}

/** `pnpm anquan` is the root script `node packages/cli/src/bin.ts`: [node, absolute script]. */
export const sourceBin = (): ReadonlyArray<string> => {
  const script = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts["anquan"]!
  const [node, ...rest] = script.split(/\s+/)
  if (node !== "node") throw new Error(`package.json: the anquan script should start with node, not: ${script}`)
  return [process.execPath, ...rest.map((a) => (a.startsWith("-") || isAbsolute(a) ? a : join(root, a)))]
}

/** The built executable as its shebang starts it: [node, its node flags…, absolute dist/bin.js]. */
export const builtBin = (): ReadonlyArray<string> => {
  const bin = join(root, "packages/cli/dist/bin.js")
  const shebang = readFileSync(bin, "utf8").split("\n", 1)[0]!
  const m = /^#!\/usr\/bin\/env -S node(.*)$/.exec(shebang)
  if (m === null) throw new Error(`packages/cli/dist/bin.js: unexpected shebang ${shebang}`)
  return [process.execPath, ...m[1]!.trim().split(/\s+/).filter((a) => a !== ""), bin]
}

/** One command run: its words after `anquan`, exit code, stdout and stderr. */
export interface Run {
  readonly args: ReadonlyArray<string>
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export const exec = (cwd: string, argv: ReadonlyArray<string>) =>
  new Promise<Omit<Run, "args">>((resolve) => {
    execFile(argv[0]!, argv.slice(1), { cwd, env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }))
  })

/** The data embedded in the page (as packages/cli/test/governance.test.ts reads it). */
export const pageData = (html: string) => {
  const m = /<script id="anquan-data" type="application\/json">(.*?)<\/script>/su.exec(html)
  if (m === null) throw new Error("no embedded data")
  return JSON.parse(m[1]!)
}

/** The README's full-report commands run with `bin`, in a new temporary directory holding a copy of the sample. */
export const runFullReport = async (bin: ReadonlyArray<string>): Promise<{ readonly dir: string; readonly runs: ReadonlyArray<Run>; readonly html: string }> => {
  const dir = mkdtempSync(join(tmpdir(), "anquan-full-report-"))
  cpSync(join(root, "examples/demo/sample"), join(dir, "examples/demo/sample"), { recursive: true })
  cpSync(join(root, "examples/risk-register/sample"), join(dir, "examples/risk-register/sample"), { recursive: true })
  const runs: Array<Run> = []
  for (const args of readmeCommands(readFileSync(join(root, "README.md"), "utf8"))) {
    runs.push({ args, ...(await exec(dir, [...bin, ...args])) })
  }
  const out = runs.at(-1)!.args
  return { dir, runs, html: readFileSync(join(dir, out[out.indexOf("--out") + 1]!), "utf8") }
}
