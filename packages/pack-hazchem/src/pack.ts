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
    "zh-CN": "《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准(试行)》(安监总管三〔2017〕121号)全部20项（重大事故隐患），以及GB 30871-2022特殊作业安全作业票检查（一般事故隐患）。事实位于 enterprise.facts.hazchem；第1项读取企业档案 keyPeople。第3项、第5项所用的重大危险源辨识与分级按GB 18218-2018：表1全部85行、表2全部24行（易燃液体W5.1–W5.4按类别、工作温度与沸点、特殊工艺条件确定），列入表1的按表1临界量（4.1.2 a），未列入的取所属表2类别中最低的临界量（4.1.2 b），混合物按4.2.3；缺少确定临界量的事实时结论为不确定，不作推测。【假设，未核实】标准未规定按最低临界量确定时β取哪一类别的值：本规则包取给出该临界量的表2类别的表4 β值；最低临界量相同而β不同时，β视为未知（不分级）。",
    en: "All 20 items of the criteria for major accident hazards in chemical and hazardous-chemicals units (安监总管三〔2017〕121号) as major hazards, and GB 30871-2022 special-operation permit checks as general hazards. Facts sit under enterprise.facts.hazchem; item 1 reads the profile's keyPeople. Items 3 and 5 identify and grade major hazard installations by GB 18218-2018: all 85 rows of 表1 and all 24 rows of 表2 (flammable liquids W5.1–W5.4 by category, working temperature vs boiling point and special process conditions); a substance named in 表1 takes its 表1 critical quantity (4.1.2 a), one not named the lowest of its 表2 categories (4.1.2 b), mixtures per 4.2.3; a missing fact that would choose the critical quantity gives indeterminate, never a guess. [Assumption, unverified] The standard does not say which β goes with a critical quantity chosen as the lowest of several categories: this pack takes the 表4 β of the category that gave it; where categories of different β share the lowest critical quantity, β is unknown (not graded)."
  },
  factsKey: "hazchem",
  facts: HazchemFacts,
  sectors: ["hazardous-chemicals"],
  rules: [...majorHazardItemRules, ...permitRules]
})
