/**
 * 内存存储 — the in-memory backend: events in an array (append order) and per hazard, the current
 * files in a map, writes serialized by a one-permit semaphore. For tests, demos and short-lived
 * tools; everything is lost when the process ends.
 *
 * @since 0.1.0
 */
import { Effect, Semaphore } from "effect"
import type { HazardEvent } from "../domain/events.ts"
import type { AppendInput, Backend, IdempotencyRecord, StoredHazard, StoreFilter } from "./Backend.ts"
import { AppendRace, compareFiles, matches } from "./Backend.ts"

/**
 * A fresh, empty in-memory backend.
 *
 * @since 0.1.0
 */
export const makeMemoryBackend: Effect.Effect<Backend> = Effect.gen(function*() {
  const lock = yield* Semaphore.make(1)
  const all: Array<{ readonly event: HazardEvent; readonly path: string }> = []
  const byHazard = new Map<string, Array<HazardEvent>>()
  const hazards = new Map<string, StoredHazard>()
  const idempotency = new Map<string, IdempotencyRecord>()

  const openByRule = (subject: string, ruleId: string): string | undefined => {
    for (const h of hazards.values()) {
      if (h.file.subject === subject && h.file.source.ruleId === ruleId && h.file.state !== "closed") return h.file.id
    }
    return undefined
  }

  const append = (input: AppendInput) =>
    Effect.suspend(() => {
      const id = input.file.id
      const current = hazards.get(id)?.file.version ?? 0
      if (current !== input.expectedVersion) return Effect.fail(new AppendRace({ hazardId: id, detail: "version" }))
      if (input.idempotency !== undefined && idempotency.has(input.idempotency.key)) {
        return Effect.fail(new AppendRace({ hazardId: id, detail: "idempotency key" }))
      }
      const ruleId = input.file.source.ruleId
      if (ruleId !== undefined && input.file.state !== "closed") {
        const other = openByRule(input.file.subject, ruleId)
        if (other !== undefined && other !== id) return Effect.fail(new AppendRace({ hazardId: id, detail: "open rule finding" }))
      }
      // all checks passed: apply every change at once (nothing above yields, so no writer interleaves)
      const list = byHazard.get(id) ?? []
      for (const event of input.events) {
        list.push(event)
        all.push({ event, path: input.path })
      }
      byHazard.set(id, list)
      hazards.set(id, { file: input.file, path: input.path })
      if (input.idempotency !== undefined) {
        idempotency.set(input.idempotency.key, {
          key: input.idempotency.key,
          fingerprint: input.idempotency.fingerprint,
          hazardId: id,
          fromVersion: input.expectedVersion + 1,
          toVersion: input.expectedVersion + input.events.length
        })
      }
      return Effect.void
    })

  const query = (filter: StoreFilter) =>
    Effect.sync(() => {
      const out = [...hazards.values()].filter((h) => matches(h, filter)).map((h) => h.file).sort(compareFiles)
      const from = filter.offset ?? 0
      return filter.limit === undefined ? out.slice(from) : out.slice(from, from + filter.limit)
    })

  return {
    transaction: (effect) => lock.withPermits(1)(effect),
    load: (id) => Effect.sync(() => hazards.get(id)),
    findOpenByRule: (subject, ruleId) => Effect.sync(() => openByRule(subject, ruleId)),
    findIdempotency: (key) => Effect.sync(() => idempotency.get(key)),
    append,
    events: (id, toVersion) =>
      Effect.sync(() => {
        const list = byHazard.get(id) ?? []
        return toVersion === undefined ? [...list] : list.filter((e) => e.version <= toVersion)
      }),
    query,
    exportEvents: (prefix) =>
      Effect.sync(() => all.filter((e) => prefix === undefined || e.path.startsWith(prefix)).map((e) => e.event))
  } satisfies Backend
})
