/**
 * The domain models of `@anquan/core`: ids, money, jurisdictions, sectors and lead departments,
 * enterprises, hazards, accidents, campaigns, inspections and responsibility agreements.
 *
 * @since 0.1.0
 */
export * from "./accident/index.ts"
export * from "./campaign/index.ts"
export * from "./enterprise/index.ts"
export * from "./hazard/index.ts"
export * from "./ids/index.ts"
export * from "./inspection/index.ts"
export * from "./jurisdiction/index.ts"
export * from "./money/index.ts"
export * from "./responsibility/index.ts"
export * from "./sector/index.ts"
