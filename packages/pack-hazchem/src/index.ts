/**
 * @anquan/pack-hazchem — 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准(试行)
 * (安监总管三〔2017〕121号): the fact model of the 20 items, GB 30871-2022 special-operation permits,
 * and the identification and grading of major hazard installations (GB 18218-2018, 原总局令第40号).
 *
 * @packageDocumentation
 * @since 0.1.0
 */
export * from "./facts/index.ts"
export * as MajorHazardInstallationGrading from "./major-hazard-installation/index.ts"
