import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/control-room-blast-protection", {
  violation: [
    {
      name: "a cabinet room facing a hazardous unit, not blast-resistant",
      asOf,
      enterprise: hazchem({ controlRooms: [{ kind: "cabinet-room", id: "机柜间2", facesFireExplosionHazardUnit: true, fireAndBlastProtectionCompliant: false }] }),
      evidence: [
        { path: "facts.controlRooms[0].kind", value: "cabinet-room" },
        { path: "facts.controlRooms[0].fireAndBlastProtectionCompliant", value: false }
      ],
      details: { "zh-CN": "机柜间机柜间2" },
      severity: "major"
    }
  ],
  compliant: [
    { name: "facing, compliant", asOf, enterprise: hazchem({ controlRooms: [{ kind: "control-room", facesFireExplosionHazardUnit: true, fireAndBlastProtectionCompliant: true }] }) }
  ],
  notApplicable: [
    { name: "no room", asOf, enterprise: hazchem({ controlRooms: [] }) },
    { name: "a room that faces no hazardous unit", asOf, enterprise: hazchem({ controlRooms: [{ kind: "control-room", facesFireExplosionHazardUnit: false }] }) }
  ],
  indeterminate: [
    { name: "rooms not recorded", asOf, enterprise: hazchem({}), missing: ["facts.controlRooms"] },
    {
      name: "not compliant, facing unknown",
      asOf,
      enterprise: hazchem({ controlRooms: [{ kind: "control-room", fireAndBlastProtectionCompliant: false }] }),
      missing: ["facts.controlRooms[0].facesFireExplosionHazardUnit"]
    }
  ]
})
