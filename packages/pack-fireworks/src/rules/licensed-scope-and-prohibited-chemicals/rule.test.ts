import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer, wholesaler } from "../../testSupport.ts"

const RULE = "fireworks/licensed-scope-and-prohibited-chemicals"
const scope = { productKinds: ["组合烟花", "喷花"], hazardGrades: ["C级", "D级"] }
const cake = { name: "36发组合烟花", kind: "组合烟花", hazardGrade: "C级" }

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "a product kind outside the licence",
      asOf,
      enterprise: producer({ licensedScope: scope, products: [cake, { name: "礼花弹", kind: "礼花弹", hazardGrade: "C级" }], prohibitedChemicalsUsed: false }),
      evidence: [{ path: "facts.products[1].kind", value: "礼花弹" }, { path: "facts.licensedScope.productKinds", value: ["组合烟花", "喷花"] }],
      details: { "zh-CN": "产品「礼花弹」的产品种类「礼花弹」超出许可范围（组合烟花、喷花）", en: "product kind \"礼花弹\" is outside the licensed scope" }
    },
    {
      name: "a wholesaler trades a product of a higher hazard grade than licensed",
      asOf,
      enterprise: wholesaler({ licensedScope: scope, products: [{ ...cake, hazardGrade: "B级" }] }),
      evidence: [{ path: "facts.products[0].hazardGrade", value: "B级" }],
      details: { "zh-CN": "危险等级「B级」超出许可范围（C级、D级）" }
    },
    {
      name: "prohibited chemicals used in production",
      asOf,
      enterprise: producer({ licensedScope: scope, products: [cake], prohibitedChemicalsUsed: true }),
      evidence: [{ path: "facts.prohibitedChemicalsUsed", value: true }],
      details: { "zh-CN": "生产使用违禁药物" }
    }
  ],
  compliant: [
    { name: "every product within the licence; no prohibited chemicals", asOf, enterprise: producer({ licensedScope: scope, products: [cake], prohibitedChemicalsUsed: false }) },
    { name: "a retail point does not produce: prohibited chemicals are not asked", asOf, enterprise: retailer({ licensedScope: scope, products: [cake] }) },
    { name: "no products: the scope is not needed", asOf, enterprise: wholesaler({ products: [] }) }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.products", "facts.prohibitedChemicalsUsed"] },
    { name: "the licensed scope unknown", asOf, enterprise: wholesaler({ products: [cake] }), missing: ["facts.licensedScope"] },
    {
      name: "a product's hazard grade unknown",
      asOf,
      enterprise: retailer({ licensedScope: scope, products: [{ name: "小礼花", kind: "喷花" }] }),
      missing: ["facts.products[0].hazardGrade"]
    },
    {
      name: "unit kinds unknown: cannot tell whether prohibited chemicals are asked",
      asOf,
      enterprise: producer({ licensedScope: scope, products: [cake] }, { unitKinds: undefined }),
      missing: ["enterprise.unitKinds"]
    }
  ]
})
