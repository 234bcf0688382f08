/**
 * 人员 — a reference to a person named in a record (责任人, 检查人, 组长 …).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { PersonId } from "./Ids.ts"

/**
 * 人员引用 — a person as a record names them: always a name, optionally a `PersonId`, a title
 * (职务, e.g. 副县长, 安全科科长) and the unit they belong to (单位).
 *
 * @since 0.1.0
 */
export const PersonRef = Schema.Struct({
  id: Schema.optionalKey(PersonId),
  name: Schema.NonEmptyString,
  /** 职务 — job title. */
  title: Schema.optionalKey(Schema.String),
  /** 单位 — the unit or department the person belongs to. */
  unit: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "PersonRef", description: "人员 — a person named in a record: name, id?, title (职务)?, unit (单位)?" })

/** @since 0.1.0 */
export type PersonRef = typeof PersonRef.Type
