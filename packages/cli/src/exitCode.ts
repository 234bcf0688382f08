/**
 * The exit codes of `anquan`, one meaning each:
 *
 * | code | meaning |
 * |---|---|
 * | 0 | done; for `check`: no violation |
 * | 1 | `check`: violations found |
 * | 2 | bad usage or input that stops the command (a bad flag, an unreadable file, a bad config or ledger; a ledger command refused) — nothing is evaluated |
 * | 3 | `check`: some records rejected (the others still evaluated and reported), or the input has no record at all |
 * | 4 | the output could not be written (`--out` into a missing directory or onto a directory, a full disk, `/dev/full`): one `anquan: …` line on stderr, and no `--out` file is left behind |
 * | 141 | stdout was closed by its reader (`anquan … \| head`): the command stops quietly, as a command killed by `SIGPIPE` (128 + 13) does |
 * | 130 | interrupted (`SIGINT`, Ctrl-C; or `SIGTERM`): no `--out` file is left behind |
 *
 * Rejected records take precedence over violations: a check with both exits 3 (the report tells both).
 *
 * @since 0.1.0
 */
export const ExitCode = {
  noViolation: 0,
  violations: 1,
  usage: 2,
  rejected: 3,
  output: 4,
  interrupted: 130,
  brokenPipe: 141
} as const

/** @since 0.1.0 */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
