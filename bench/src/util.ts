/**
 * Small helpers shared by the benchmark processes: statistics, a fast synchronous NDJSON line
 * reader, child processes that report JSON, and formatting.
 */
import { spawn } from "node:child_process"
import { closeSync, openSync, readSync } from "node:fs"
import { loadavg } from "node:os"

export const median = (xs: ReadonlyArray<number>): number => {
  if (xs.length === 0) return Number.NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

export const min = (xs: ReadonlyArray<number>): number => Math.min(...xs)

/** Peak resident set size of this process so far, in MB (`process.resourceUsage().maxRSS` is in KB). */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024

export const load = (): { readonly load1: number; readonly load5: number; readonly load15: number } => {
  const [load1, load5, load15] = loadavg()
  return { load1: round(load1!, 2), load5: round(load5!, 2), load15: round(load15!, 2) }
}

export const round = (x: number, dp = 1): number => {
  const f = 10 ** dp
  return Math.round(x * f) / f
}

/**
 * Calls `fn` with every non-empty line of a file (without the newline), reading synchronously in
 * 4 MB chunks: the file is never held whole. Returns the number of lines and bytes read.
 */
export const forEachLine = (path: string, fn: (line: string, bytes: number) => void | boolean, limit = Number.POSITIVE_INFINITY): { lines: number; bytes: number } => {
  const fd = openSync(path, "r")
  const size = 4 << 20
  let buf = Buffer.allocUnsafe(size)
  let filled = 0
  let lines = 0
  let bytes = 0
  try {
    for (;;) {
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2)
        buf.copy(bigger, 0, 0, filled)
        buf = bigger
      }
      const n = readSync(fd, buf, filled, buf.length - filled, null)
      const end = filled + n
      let start = 0
      for (;;) {
        const nl = buf.indexOf(10, start)
        if (nl < 0 || nl >= end) break
        if (nl > start) {
          lines++
          bytes += nl - start + 1
          if (fn(buf.toString("utf8", start, nl), nl - start + 1) === false || lines >= limit) return { lines, bytes }
        }
        start = nl + 1
      }
      if (n === 0) {
        if (end > start) {
          lines++
          bytes += end - start
          fn(buf.toString("utf8", start, end), end - start)
        }
        return { lines, bytes }
      }
      buf.copy(buf, 0, start, end)
      filled = end - start
    }
  } finally {
    closeSync(fd)
  }
}

/** Line boundaries of a buffer holding NDJSON: `[start0, end0, start1, end1, …]`. */
export const lineOffsets = (buf: Buffer): Float64Array => {
  const out: Array<number> = []
  let start = 0
  for (;;) {
    const nl = buf.indexOf(10, start)
    const end = nl < 0 ? buf.length : nl
    if (end > start) out.push(start, end)
    if (nl < 0) break
    start = nl + 1
  }
  return Float64Array.from(out)
}

export interface ChildResult<A> {
  readonly value: A
  readonly wallMs: number
  readonly exitCode: number | null
  readonly stderr: string
}

/**
 * Runs `node <script> <args>` and parses the last stdout line as JSON. Rejects when the child fails
 * or prints no JSON.
 */
export const runChild = <A>(
  script: string,
  args: ReadonlyArray<string>,
  options: { readonly nodeArgs?: ReadonlyArray<string>; readonly cwd?: string; readonly prefix?: ReadonlyArray<string> } = {}
): Promise<ChildResult<A>> =>
  new Promise((resolve, reject) => {
    const t = performance.now()
    const argv = [...(options.nodeArgs ?? []), script, ...args]
    const [cmd, ...rest] = [...(options.prefix ?? []), process.execPath, ...argv]
    const child = spawn(cmd!, rest, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    let err = ""
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d))
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      err += d
      if (process.env.BENCH_VERBOSE === "1") process.stderr.write(d)
    })
    child.on("error", reject)
    child.on("close", (code) => {
      const wallMs = performance.now() - t
      const last = out.trim().split("\n").at(-1)
      if (code !== 0 || last === undefined) {
        reject(new Error(`${script} ${args.join(" ")} exited with ${code}\n${err.slice(-4000)}\n${out.slice(-2000)}`))
        return
      }
      try {
        resolve({ value: JSON.parse(last) as A, wallMs, exitCode: code, stderr: err })
      } catch (e) {
        reject(new Error(`${script}: no JSON on the last stdout line: ${last.slice(0, 500)} (${(e as Error).message})`))
      }
    })
  })

/** Runs a command, returning wall time and exit code; stdout and stderr are discarded or captured. */
export const runTimed = (cmd: string, args: ReadonlyArray<string>, options: { readonly cwd?: string; readonly captureStderr?: boolean } = {}): Promise<{ wallMs: number; exitCode: number | null; stderr: string }> =>
  new Promise((resolve, reject) => {
    const t = performance.now()
    const child = spawn(cmd, args, { cwd: options.cwd, stdio: ["ignore", "ignore", options.captureStderr === true ? "pipe" : "ignore"] })
    let err = ""
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (err += d))
    child.on("error", reject)
    child.on("close", (code) => resolve({ wallMs: performance.now() - t, exitCode: code, stderr: err }))
  })

export const fmt = (x: number, dp = 0): string =>
  Number.isFinite(x) ? x.toLocaleString("en-US", { minimumFractionDigits: dp, maximumFractionDigits: dp }) : String(x)

/** Parses `--name value` and `--flag` arguments. */
export const args = (argv: ReadonlyArray<string> = process.argv.slice(2)): { readonly get: (name: string) => string | undefined; readonly has: (name: string) => boolean } => ({
  get: (name) => {
    const i = argv.indexOf(`--${name}`)
    return i < 0 ? undefined : argv[i + 1]
  },
  has: (name) => argv.includes(`--${name}`)
})
