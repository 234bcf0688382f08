export * as Lines from "./Lines.ts"
