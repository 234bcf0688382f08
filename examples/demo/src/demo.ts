/**
 * The README's demo: `anquan check` on a bundled sample with every installed pack, as of a date.
 * `main.ts` is the command; this module is what it runs (and what the test drives).
 */
import { check, installedPacks, selectPacks } from "@anquan/cli"
import type { CheckReport } from "@anquan/cli"
import { CalendarDate, calendarDayOf } from "@anquan/core"
import type { Locale } from "@anquan/core"

export { installedPacks }

export interface DemoOptions {
  readonly file: string
  readonly asOf: string
  readonly locale: Locale
  /** Pack ids; all installed packs when empty. */
  readonly packs?: ReadonlyArray<string>
  /** A JSON file of config layers. */
  readonly config?: string
}

/** Evaluates the file and returns the report and its text rendering. */
export const runDemo = async (options: DemoOptions): Promise<{ readonly report: CheckReport; readonly text: string }> => {
  let text = ""
  const { report } = await check({
    input: options.file,
    packs: selectPacks(options.packs ?? []),
    asOf: options.asOf,
    config: options.config,
    format: "table",
    locale: options.locale,
    write: (s) => (text += s),
    progress: { tick: () => {}, done: () => {} },
    retainEnterprises: true
  })
  return { report, text }
}

/** Today's calendar date in Beijing time. */
export const today = (): string => CalendarDate.format(calendarDayOf(new Date()))
