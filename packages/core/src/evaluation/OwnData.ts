/**
 * 自有数据 — a copy of unknown input that holds only the input's own data: every plain object and
 * every object that is not an array or a `Date` becomes an object without a prototype holding the
 * input's own enumerable string-keyed properties (an own `__proto__` key stays an ordinary key);
 * arrays become dense arrays of their own elements; primitives (and `Date`s, functions) stay as
 * they are.
 *
 * What the copy is for: effect's decoder reads a struct's fields with `key in input` and
 * `input[key]`, so a property inherited from a polluted `Object.prototype` (or a class) would be
 * read as if the record carried it, and a throwing getter, a hostile `Proxy` or a cyclic object
 * would make it throw instead of reporting an issue. Decoding the copy sees only what the record
 * itself holds, and anything that cannot be read becomes one problem with its path.
 *
 * @internal
 * @since 0.1.0
 */

/** The copy, or the first thing that could not be read, with its path. @since 0.1.0 */
export type OwnData =
  | { readonly _tag: "ok"; readonly value: unknown }
  | {
    readonly _tag: "unreadable"
    readonly path: ReadonlyArray<string | number>
    readonly message: string
    /** The same in Chinese. @since 0.2.0 */
    readonly messageZh: string
  }

/** How deep the copy goes before the input is taken as unreadable (deeper input is no record). @since 0.1.0 */
export const MAX_DEPTH = 512

const describe = (e: unknown): string => {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : `thrown value: ${String(e)}`
  } catch {
    return "an unprintable value was thrown"
  }
}

class Unreadable {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
  readonly messageZh: string
  constructor(path: ReadonlyArray<string | number>, message: string, messageZh: string) {
    this.path = path
    this.message = message
    this.messageZh = messageZh
  }
}

/**
 * Copies the input's own data (see the module's description). Never throws.
 *
 * @since 0.1.0
 */
export const ownData = (input: unknown): OwnData => {
  const path: Array<string | number> = []
  const ancestors = new Set<object>()
  const copy = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value
    if (path.length >= MAX_DEPTH) throw new Unreadable([...path], `nested more than ${MAX_DEPTH} levels deep`, `嵌套超过 ${MAX_DEPTH} 层`)
    if (ancestors.has(value)) throw new Unreadable([...path], "cyclic: the value contains itself", "循环引用：值包含其自身")
    let out: unknown
    try {
      if (value instanceof Date) return new Date(Date.prototype.getTime.call(value))
      ancestors.add(value)
      if (Array.isArray(value)) {
        const length = value.length
        const array: Array<unknown> = new Array(length)
        for (let i = 0; i < length; i++) {
          path.push(i)
          array[i] = Object.hasOwn(value, i) ? copy(value[i]) : undefined
          path.pop()
        }
        out = array
      } else {
        const object: Record<string, unknown> = Object.create(null)
        const keys = Object.keys(value)
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!
          path.push(key)
          object[key] = copy((value as Record<string, unknown>)[key])
          path.pop()
        }
        out = object
      }
    } catch (e) {
      if (e instanceof Unreadable) throw e
      throw new Unreadable([...path], `cannot be read (${describe(e)})`, `无法读取（${describe(e)}）`)
    }
    ancestors.delete(value)
    return out
  }
  try {
    return { _tag: "ok", value: copy(input) }
  } catch (e) {
    if (e instanceof Unreadable) return { _tag: "unreadable", path: e.path, message: e.message, messageZh: e.messageZh }
    // a stack overflow or the like, outside any one value
    return { _tag: "unreadable", path: [], message: `cannot be read (${describe(e)})`, messageZh: `无法读取（${describe(e)}）` }
  }
}
