/**
 * 进度 — a progress line on stderr for long batches: records, rate and (when the input size is
 * known) percent and ETA. Shown only when stderr is a TTY, so pipes and files get nothing, and never
 * mixed into stdout.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export interface Progress {
  readonly tick: (bytes: number | undefined) => void
  readonly done: () => void
}

const noop: Progress = { tick: () => {}, done: () => {} }

const duration = (seconds: number): string => {
  if (!Number.isFinite(seconds)) return "?"
  const s = Math.max(0, Math.round(seconds))
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`
}

/**
 * A progress reporter writing to `stream` when it is a TTY (or when `force`), at most every 100 ms.
 *
 * @since 0.1.0
 */
export const make = (options: {
  readonly stream?: NodeJS.WriteStream
  readonly totalBytes?: number | undefined
  readonly force?: boolean
  readonly now?: () => number
}): Progress => {
  const stream = options.stream ?? process.stderr
  if (!(options.force === true || stream.isTTY === true)) return noop
  const now = options.now ?? (() => performance.now())
  const start = now()
  let records = 0, bytes = 0, last = 0
  const render = () => {
    const elapsed = (now() - start) / 1000
    const rate = elapsed > 0 ? records / elapsed : 0
    let line = `  ${records.toLocaleString("en-US")} records  ${Math.round(rate).toLocaleString("en-US")}/s`
    if (options.totalBytes !== undefined && options.totalBytes > 0) {
      const fraction = Math.min(1, bytes / options.totalBytes)
      const width = 24
      const filled = Math.round(fraction * width)
      const eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : Number.NaN
      line = `  [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%` + line + `  ETA ${duration(eta)}`
    }
    stream.write(`\r${line}\x1b[K`)
  }
  return {
    tick: (b) => {
      records++
      if (b !== undefined) bytes += b
      const t = now()
      if (t - last >= 100) {
        last = t
        render()
      }
    },
    done: () => {
      render()
      stream.write("\n")
    }
  }
}
