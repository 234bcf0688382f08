/**
 * The investigation store: the Effect service, its Promise API, its errors and its migrations.
 *
 * @since 0.2.0
 */
export * from "./errors.ts"
export * from "./InvestigationStore.ts"
export * from "./migrations.ts"
export * from "./promise.ts"
