/**
 * 规则包 — the construction pack: 房屋市政工程生产安全重大事故隐患判定标准, the 2022 edition
 * (2022-04-19 to 2024-12-12) and the 2024 edition (from 2024-12-13), each rule version on its dates.
 *
 * @since 0.1.0
 */
import { Pack } from "@anquan/core"
import { ConstructionFacts } from "./facts/ConstructionFacts.ts"
import { catchAllRules } from "./rules/catch-all/rule.ts"
import { confinedSpaceRules } from "./rules/confined-spaces/rule.ts"
import { demolitionRules } from "./rules/demolition/rule.ts"
import { formworkRules } from "./rules/formwork/rule.ts"
import { foundationPitRules } from "./rules/foundation-pits/rule.ts"
import { hazardousOperationRules } from "./rules/hazardous-operations/rule.ts"
import { liftingMachineryRules } from "./rules/lifting-machinery/rule.ts"
import { prohibitedTechnologyRules } from "./rules/prohibited-technology/rule.ts"
import { safetyManagementRules } from "./rules/safety-management/rule.ts"
import { scaffoldingRules } from "./rules/scaffolding/rule.ts"
import { temporarySurchargeRules } from "./rules/temporary-surcharge/rule.ts"
import { temporaryElectricityRules } from "./rules/temporary-electricity/rule.ts"
import { tunnelRules } from "./rules/tunnels/rule.ts"
import { workAtHeightRules } from "./rules/work-at-height/rule.ts"

/**
 * Every rule version of the pack, article by article.
 *
 * @since 0.1.0
 */
export const constructionRules = [
  ...safetyManagementRules,
  ...foundationPitRules,
  ...formworkRules,
  ...scaffoldingRules,
  ...liftingMachineryRules,
  ...workAtHeightRules,
  ...temporaryElectricityRules,
  ...confinedSpaceRules,
  ...demolitionRules,
  ...tunnelRules,
  ...temporarySurchargeRules,
  ...hazardousOperationRules,
  ...prohibitedTechnologyRules,
  ...catchAllRules
] as const

/**
 * The pack. Facts sit under `enterprise.facts.construction`.
 *
 * @example
 * ```ts
 * import { Engine } from "@anquan/core"
 * import { constructionPack } from "@anquan/pack-construction"
 *
 * const engine = Engine.make({ packs: [constructionPack] })
 * const report = engine.evaluate(records, { asOf: "2026-11-23" })
 * ```
 * @since 0.1.0
 */
export const constructionPack = Pack.define<ConstructionFacts>({
  id: "construction",
  name: { "zh-CN": "房屋市政工程生产安全重大事故隐患判定标准", en: "Major accident hazards in building and municipal works" },
  version: "0.1.0",
  description: {
    "zh-CN": "房屋市政工程生产安全重大事故隐患判定标准：2022版（建质规〔2022〕2号，2022-04-19至2024-12-12）与2024版（建质规〔2024〕5号，2024-12-13起），按判定日期适用施行中的版本。",
    en: "Criteria for major accident hazards in building and municipal works: the 2022 edition (建质规〔2022〕2号, 2022-04-19 to 2024-12-12) and the 2024 edition (建质规〔2024〕5号, from 2024-12-13), each applied on its own dates."
  },
  sectors: ["construction"],
  factsKey: "construction",
  facts: ConstructionFacts,
  rules: constructionRules
})
