/**
 * 双语文本 — text in zh-CN and English. Every title, message and remediation hint carries both.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/** @since 0.1.0 */
export const Locale = Schema.Literals(["zh-CN", "en"]).annotate({ identifier: "Locale" })

/** @since 0.1.0 */
export type Locale = typeof Locale.Type

/** @since 0.1.0 */
export const Localized = Schema.Struct({
  "zh-CN": Schema.String,
  en: Schema.String
}).annotate({ identifier: "Localized", description: "双语文本 — zh-CN and en" })

/** @since 0.1.0 */
export type Localized = typeof Localized.Type

/** The text in `locale`, falling back to zh-CN. @since 0.1.0 */
export const localize = (text: Localized, locale: Locale): string => text[locale] || text["zh-CN"]
