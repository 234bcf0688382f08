/**
 * 规则包来源 — where a worker thread gets its packs from. Packs are code (their rules are
 * functions), and code does not cross between threads: every worker imports the same modules and
 * takes the same exports, or makes a JSON pack again from its JSON.
 *
 * @since 0.2.0
 */
import { readFileSync } from "node:fs"
import { isAbsolute } from "node:path"
import { pathToFileURL } from "node:url"
import type { Pack } from "../pack/Pack.ts"
import { fromJson, jsonSourceOf } from "../pack/PackJson.ts"

/**
 * Where a worker gets a pack:
 *
 * - `{ module, export?, id? }`: the export `export` (default `default`) of the ES module `module`:
 *   a pack, or an array of packs (all of them, or the one whose id is `id`). `module` is a URL
 *   (`file:///…`), an absolute path, or a bare specifier, which is resolved as from
 *   `@anquan/core` itself (a package installed beside it). For anything else give a URL:
 *   `import.meta.resolve("my-pack")`, `new URL("./my-pack.js", import.meta.url).href`. The module
 *   must be importable in a worker as it is in the main thread: a file Node can load (`.js`, or
 *   `.ts` with Node's type stripping), not one only a bundler or a test runner can.
 * - `{ json }`: a JSON pack (`Pack.fromJson`), its JSON as parsed (it is copied to each worker).
 * - `{ file }`: a JSON pack file (UTF-8, a byte-order mark allowed), read by each worker.
 *
 * A pack made by `Pack.fromJson` (without sector functions) may be given as the pack itself:
 * its JSON is sent.
 *
 * @since 0.2.0
 */
export type PackSource =
  | { readonly module: string; readonly export?: string | undefined; readonly id?: string | undefined }
  | { readonly json: unknown }
  | { readonly file: string }

/**
 * A pack, or the source of one, as a {@link PackSource} a worker can load: a pack made by
 * `Pack.fromJson` becomes `{ json }`; any other pack object is a `TypeError` saying how to give it.
 *
 * @internal
 * @since 0.2.0
 */
export const toSource = (p: PackSource | Pack<any>): PackSource => {
  if ("module" in p || "json" in p || "file" in p) return p as PackSource
  const json = jsonSourceOf(p)
  if (json !== undefined) return { json }
  throw new TypeError(
    `pack ${JSON.stringify((p as Pack<any>).id)} is code and cannot be sent to a worker thread: give it as { module, export } ` +
      `(the module that exports it, e.g. { module: import.meta.resolve("@anquan/pack-hazchem"), export: "hazchemPack" })`
  )
}

const describe = (s: PackSource): string =>
  "module" in s ? `${s.module}${s.export === undefined ? "" : `#${s.export}`}${s.id === undefined ? "" : ` (${s.id})`}` : "file" in s ? s.file : "a JSON pack"

const isPack = (u: unknown): u is Pack<any> =>
  typeof u === "object" && u !== null && typeof (u as { id?: unknown }).id === "string" && Array.isArray((u as { rules?: unknown }).rules)

/**
 * The packs of the sources, in order: each module imported, each JSON pack made. Throws an error
 * naming the source that cannot be loaded.
 *
 * @internal
 * @since 0.2.0
 */
export const loadPacks = async (sources: ReadonlyArray<PackSource>): Promise<Array<Pack<any>>> => {
  const packs: Array<Pack<any>> = []
  for (const s of sources) {
    try {
      if ("json" in s) packs.push(fromJson(s.json))
      else if ("file" in s) {
        let text = readFileSync(s.file, "utf8")
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
        packs.push(fromJson(JSON.parse(text)))
      } else {
        const specifier = isAbsolute(s.module) ? pathToFileURL(s.module).href : s.module
        const mod = (await import(specifier)) as Record<string, unknown>
        const name = s.export ?? "default"
        const value = mod[name]
        const candidates = Array.isArray(value) ? value : [value]
        const chosen = candidates.filter((c) => isPack(c) && (s.id === undefined || c.id === s.id))
        if (chosen.length === 0) {
          throw new TypeError(s.id === undefined ? `its export ${JSON.stringify(name)} is not a pack nor an array of packs` : `its export ${JSON.stringify(name)} has no pack ${JSON.stringify(s.id)}`)
        }
        packs.push(...chosen)
      }
    } catch (e) {
      throw new Error(`cannot load the pack ${describe(s)}: ${(e as Error)?.message ?? String(e)}`, { cause: e })
    }
  }
  return packs
}
