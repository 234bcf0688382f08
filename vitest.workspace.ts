/**
 * The one list of test projects. Each folder is a vitest project named after its package.json `name`.
 * The root `vitest.config.ts` reads this list (vitest >= 4 has no workspace file of its own).
 */
export default ["packages/*", "examples/*", "docs"]
