/**
 * 存储模式 — how a store of the SDK brings its tables to the schema version its code knows, with
 * effect's `Migrator`: a writable open runs the pending migrations and fails when the store was
 * written by a newer version; a reader requires the store at exactly this version. Each store keeps
 * its own migrations and names.
 *
 * @since 0.2.0
 */
import { Effect } from "effect"
import type { SqlClient } from "effect/sql"
import { Migrator } from "effect/sql"
import type { StorageErrorOf } from "./storeLayer.ts"

/**
 * A store's schema: its version, its migrations and the words its errors use.
 *
 * @since 0.2.0
 */
export interface StoreSchema<E> {
  /** The table prefix; the migrations are recorded in `<prefix>migrations`. */
  readonly prefix: string
  /** The schema version this code knows. */
  readonly version: number
  /** The last migration recorded (0: none). */
  readonly found: Effect.Effect<number, E, SqlClient.SqlClient>
  /** The migrations, keyed `<id>_<name>` for `Migrator.fromRecord`. */
  readonly migrations: Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>>
  readonly storageError: StorageErrorOf<E>
  /** The store in an operation, e.g. `"register"` ("migrating the register", "opening an existing register"). */
  readonly store: string
  /** The store owning the schema, e.g. `"the report register"` ("the report register's schema is …"). */
  readonly owner: string
  /** What a database without it lacks, e.g. `"risk register"` ("the database holds no risk register"). */
  readonly none: string
  /** The default table prefix (not named in the error). */
  readonly defaultPrefix: string
  /** The package to upgrade when the store is newer. */
  readonly packageName: string
}

const runMigrator = Migrator.make({})

/**
 * A writable open (`create`): runs the pending migrations; fails when the store was written by a
 * newer version. A reader: requires the store at exactly this version.
 *
 * @since 0.2.0
 */
export const prepareStoreSchema = <E>(schema: StoreSchema<E>, create: boolean): Effect.Effect<void, E, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const { prefix: p, version } = schema
    const found = yield* schema.found
    const wrong = (detail: string) => Effect.fail(schema.storageError(create ? `migrating the ${schema.store}` : `opening an existing ${schema.store}`)(new Error(detail)))
    if (found > version) return yield* wrong(`${schema.owner}'s schema is version ${found}, newer than ${version}: upgrade ${schema.packageName}`)
    if (!create) {
      if (found === 0) return yield* wrong(`the database holds no ${schema.none}${p === schema.defaultPrefix ? "" : ` with the prefix ${p}`}`)
      if (found < version) return yield* wrong(`${schema.owner}'s schema is version ${found}, older than ${version}: open it once for writing`)
      return
    }
    if (found === version) return
    yield* runMigrator({ loader: Migrator.fromRecord(schema.migrations), table: `${p}migrations` }).pipe(
      Effect.mapError(schema.storageError(`migrating the ${schema.store}`))
    )
  })
