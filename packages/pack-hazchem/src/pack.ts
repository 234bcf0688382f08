/**
 * 危险化学品规则包 — the hazchem pack: the 20 items of 化工和危险化学品生产经营单位重大生产安全事故隐患
 * 判定标准(试行) (安监总管三〔2017〕121号, `hazchem-major-hazard-2017`) as `major` rules, and the
 * special-operation permit checks of GB 30871-2022 as `general` rules.
 *
 * The pack's facts sit under `enterprise.facts.hazchem` (see `HazchemFacts`); item 1 also reads the
 * core profile's `keyPeople`. See REFERENCE.md (generated) for every rule.
 *
 * @since 0.1.0
 */
import { Pack } from "@anquan/core"
import { HazchemFacts } from "./facts/HazchemFacts.ts"
import { majorHazardItemRules, permitRules } from "./rules/index.ts"

/**
 * The pack. Register it alongside the other packs you use.
 *
 * @example
 * ```ts
 * import { Engine } from "@anquan/core"
 * import { hazchemPack } from "@anquan/pack-hazchem"
 *
 * const engine = Engine.make({ packs: [hazchemPack] })
 * const report = engine.evaluate(records, { asOf: "2026-11-23" })
 * ```
 * @since 0.1.0
 */
export const hazchemPack: Pack.Pack<HazchemFacts> = Pack.define<HazchemFacts>({
  id: "hazchem",
  name: { "zh-CN": "危险化学品", en: "Hazardous chemicals" },
  version: "0.1.0",
  description: {
    "zh-CN": "《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准(试行)》(安监总管三〔2017〕121号)全部20项（重大事故隐患），以及GB 30871-2022特殊作业安全作业票检查（一般事故隐患）。事实位于 enterprise.facts.hazchem；第1项读取企业档案 keyPeople。",
    en: "All 20 items of the criteria for major accident hazards in chemical and hazardous-chemicals units (安监总管三〔2017〕121号) as major hazards, and GB 30871-2022 special-operation permit checks as general hazards. Facts sit under enterprise.facts.hazchem; item 1 reads the profile's keyPeople."
  },
  factsKey: "hazchem",
  facts: HazchemFacts,
  sectors: ["hazardous-chemicals"],
  rules: [...majorHazardItemRules, ...permitRules]
})
