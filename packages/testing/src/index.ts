/**
 * @anquan/testing — test a rule pack the way ESLint tests rules: cases of facts with the outcome
 * and evidence each must give, run through the real pipeline; and builders of valid fixtures.
 *
 * @module \@anquan/testing
 * @since 0.1.0
 */
export * as PackTester from "./pack-tester/PackTester.ts"
export type {
  CaseResult,
  IndeterminateCase,
  PackTesterOptions,
  RuleCase,
  RuleCases,
  ViolationCase
} from "./pack-tester/PackTester.ts"
export * as fixtures from "./fixtures/fixtures.ts"
export { describePostgres } from "./postgres.ts"
export type { DescribePostgresOptions, PostgresTestDatabase } from "./postgres.ts"
