/**
 * What each child process prints (one JSON line) and the main script reads: one definition for
 * both ends.
 */

/** Load averages before and after a measurement (the machine is shared). */
export interface LoadPair {
  readonly before: unknown
  readonly after: unknown
}

/** One pass of `children/throughput.ts --mode stages`: milliseconds per stage, then counts. */
export interface StagePass {
  parse: number
  decode: number
  select: number
  decodeFacts: number
  evaluate: number
  report: number
  records: number
  evaluated: number
  rejected: number
  ruleEvaluations: number
  violations: number
}

/** `children/throughput.ts --mode stages`. */
export interface StagesReport {
  readonly mode: "stages"
  readonly records: number
  readonly bytes: number
  readonly readMs: number
  readonly makeMs: number
  readonly passes: ReadonlyArray<StagePass>
  readonly peakRssMb: number
  readonly load: LoadPair
}

/** One pass of `children/throughput.ts --mode e2e`. */
export interface EndToEndPass {
  readonly ms: number
  readonly records: number
  readonly bytes: number
  readonly ruleEvaluations: number
  readonly evaluated: number
  readonly rejected: number
}

/** `children/throughput.ts --mode e2e`. */
export interface EndToEndReport {
  readonly mode: "e2e"
  readonly makeMs: number
  readonly passes: ReadonlyArray<EndToEndPass>
  /** The same reading of the file with `JSON.parse` of each line and nothing else, interleaved with the passes (ms). */
  readonly parseOnlyMs: ReadonlyArray<number>
  readonly peakRssMb: number
  readonly load: LoadPair
}

/** The contenders of `children/peers.ts`. */
export type PeerContender = "anquan" | "jsonRulesEngine" | "handWrittenFlat" | "handWrittenNested" | "handWrittenTight" | "flatten"

/** `children/peers.ts`. */
export interface PeersReport {
  readonly records: number
  readonly rules: number
  readonly ruleEvaluations: number
  readonly flattenOnceMs: number
  /** Milliseconds per run, back to back after the warm-up. */
  readonly times: Record<PeerContender, Array<number>>
  /** Milliseconds per run, each right after a forced full garbage collection. */
  readonly afterForcedGc: Record<"anquan" | "handWrittenNested", Array<number>>
  readonly crossCheck: {
    readonly records: number
    readonly complete: number
    readonly disagreeComplete: number
    readonly disagreeIncomplete: number
    readonly recordsWithViolation: number
    readonly violations: number
    readonly examples: Array<unknown>
  }
  readonly sink: number
  readonly peakRssMb: number
  readonly load: LoadPair
}
