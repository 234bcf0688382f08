/**
 * @anquan/pack-hazchem — 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准(试行)
 * (安监总管三〔2017〕121号) as a rule pack: the 20 items as `major` rules, GB 30871-2022
 * special-operation permit checks as `general` rules, the fact model they read, and the
 * identification and grading of major hazard installations (GB 18218-2018, 原总局令第40号).
 *
 * @module \@anquan/pack-hazchem
 * @since 0.1.0
 */
export * from "./facts/index.ts"
export * as MajorHazardInstallationGrading from "./major-hazard-installation/index.ts"
export { hazchemPack } from "./pack.ts"
export * from "./rules/index.ts"
