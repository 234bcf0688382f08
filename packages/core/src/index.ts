/**
 * @anquan/core — China's work-safety (安全生产) governance as typed, testable software:
 * the domain models, the rule-pack API and the one evaluation pipeline that every pack plugs into.
 *
 * @module \@anquan/core
 * @since 0.1.0
 */
export * from "./calendar/index.ts"
export * from "./checklist/index.ts"
export * from "./citation/index.ts"
export * from "./condition/index.ts"
export * from "./config/index.ts"
export * from "./domain-exports.ts"
export * from "./evaluation/index.ts"
export * from "./impact/index.ts"
export * from "./pack/index.ts"
export * from "./registry/index.ts"
export * from "./rule/index.ts"
export * from "./stream/index.ts"
export * as JsonSchemas from "./json-schema/JsonSchemas.ts"
export { decodeIssueMessage, decodeIssueMessages, decodeIssues, localizedIssue, MESSAGE_ZH } from "./decode-issues/DecodeIssues.ts"
