import { asOf, hazchem, tester } from "../testkit.ts"

const clean = { zonedAndClassified: true, overQuantity: false, overVariety: false, incompatibleMixedStorage: false }

tester.run("hazchem/storage-segregation", {
  violation: [
    {
      name: "oxidisers stored with flammables",
      asOf,
      enterprise: hazchem({ storageAreas: [{ id: "甲类仓库1", ...clean, incompatibleMixedStorage: true }] }),
      evidence: [{ path: "facts.storageAreas[0].incompatibleMixedStorage", value: true }],
      details: { "zh-CN": "甲类仓库1相互禁配物质混放混存" },
      severity: "major"
    },
    {
      name: "over quantity, the rest unknown",
      asOf,
      enterprise: hazchem({ storageAreas: [{ overQuantity: true }] }),
      evidence: [{ path: "facts.storageAreas[0].overQuantity", value: true }]
    },
    {
      name: "not zoned",
      asOf,
      enterprise: hazchem({ storageAreas: [{ ...clean, zonedAndClassified: false, overVariety: true }] }),
      details: { "zh-CN": "未分区分类储存、超品种储存" }
    }
  ],
  compliant: [
    { name: "in order", asOf, enterprise: hazchem({ storageAreas: [clean] }) }
  ],
  notApplicable: [
    { name: "no storage area", asOf, enterprise: hazchem({ storageAreas: [] }) }
  ],
  indeterminate: [
    { name: "storage not recorded", asOf, enterprise: hazchem({}), missing: ["facts.storageAreas"] },
    {
      name: "whether incompatible substances are mixed is unknown",
      asOf,
      enterprise: hazchem({ storageAreas: [{ zonedAndClassified: true, overQuantity: false, overVariety: false }] }),
      missing: ["facts.storageAreas[0].incompatibleMixedStorage"]
    }
  ]
})
