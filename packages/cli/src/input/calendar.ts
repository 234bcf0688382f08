/**
 * The working-day calendar file of `--calendar` (`{ "holidays": [...], "workdays"?: [...] }`, core's
 * `WorkingDayCalendar`: 法定节假日 and 调休上班日), read and decoded with every problem named — the one
 * file format `anquan enforcement publication`, `anquan investigation check --day-kind working` and
 * `anquan check` (`--enforcement`, `--investigations-day-kind working`) take.
 *
 * @since 0.2.0
 */
import { readFileSync } from "node:fs"
import { isAbsolute, resolve } from "node:path"
import { decodeIssues, WorkingDayCalendar } from "@anquan/core"
import { Result, Schema } from "effect"
import { UsageError } from "../check.ts"
import { decodeBytes } from "./encoding.ts"

/**
 * Reads and decodes a working-day calendar file (relative to `cwd`, default the working directory);
 * a file that cannot be read, is not JSON or does not decode is a {@link UsageError} naming `--calendar`.
 *
 * @since 0.2.0
 */
export const readWorkingDayCalendar = (file: string, cwd?: string | undefined): WorkingDayCalendar => {
  let input: unknown
  try {
    input = JSON.parse(decodeBytes(readFileSync(isAbsolute(file) ? file : resolve(cwd ?? process.cwd(), file))))
  } catch (e) {
    throw new UsageError(`cannot read the working-day calendar ${file}: ${(e as Error).message}`)
  }
  const decoded = Schema.decodeUnknownResult(WorkingDayCalendar)(input, { errors: "all" })
  if (Result.isFailure(decoded)) {
    throw new UsageError(`--calendar ${file}: not valid (${decodeIssues(decoded.failure).map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("; ")})`)
  }
  return decoded.success
}
