import { PackTester } from "@anquan/testing"
import { coalMinePack } from "../pack.ts"
import { asOf, mine, openPit, underground } from "../testSupport.ts"

const tester = PackTester.make(coalMinePack)

const gassy = (drainageSystem: Record<string, unknown>, gasClass: "outburst" | "high-gas" = "high-gas") => underground({ drainageSystem }, gasClass)
const lowGas = underground({ drainageSystem: { establishedAsRequired: false, runningNormally: false } }, "low-gas")

tester.run("coal-mine/drainage-system-missing", {
  violation: [
    { name: "a high-gas mine without a drainage system", asOf, enterprise: gassy({ establishedAsRequired: false }), evidence: [{ path: "facts.drainageSystem.establishedAsRequired", value: false }] },
    { name: "an outburst mine without one", asOf, enterprise: gassy({ establishedAsRequired: false }, "outburst") }
  ],
  compliant: [{ name: "built as required", asOf, enterprise: gassy({ establishedAsRequired: true }) }],
  notApplicable: [
    { name: "a low-gas mine", asOf, enterprise: lowGas },
    { name: "an open-pit mine", asOf, enterprise: openPit({}) }
  ],
  indeterminate: [
    { name: "unknown", asOf, enterprise: gassy({}), missing: ["facts.drainageSystem.establishedAsRequired"] },
    { name: "gas class unknown", asOf, enterprise: mine({ mineType: "underground", drainageSystem: { establishedAsRequired: false } }), missing: ["facts.gasClass"] }
  ]
})

tester.run("coal-mine/drainage-system-not-running", {
  violation: [{ name: "not running normally", asOf, enterprise: gassy({ runningNormally: false }) }],
  compliant: [{ name: "running normally", asOf, enterprise: gassy({ runningNormally: true }) }],
  notApplicable: [{ name: "a low-gas mine", asOf, enterprise: lowGas }],
  indeterminate: [{ name: "unknown", asOf, enterprise: gassy({}), missing: ["facts.drainageSystem.runningNormally"] }]
})

const pumps = (p: Record<string, unknown>) => gassy({ surfacePumpStation: true, hasStandbyPump: true, largestRunningPumpCapacity: 300, ...p })
tester.run("coal-mine/standby-drainage-pump", {
  violation: [
    { name: "no standby pump", asOf, enterprise: pumps({ hasStandbyPump: false }) },
    { name: "a standby of 299 against a largest pump of 300 m³/min", asOf, enterprise: pumps({ standbyPumpCapacity: 299 }), evidence: [{ path: "facts.drainageSystem.standbyPumpCapacity", value: 299 }, { path: "facts.drainageSystem.largestRunningPumpCapacity", value: 300 }] }
  ],
  compliant: [{ name: "a standby exactly as large", asOf, enterprise: pumps({ standbyPumpCapacity: 300 }) }],
  notApplicable: [
    { name: "no surface pump station", asOf, enterprise: gassy({ surfacePumpStation: false }) },
    { name: "a low-gas mine", asOf, enterprise: lowGas }
  ],
  indeterminate: [{ name: "the standby's capacity unknown", asOf, enterprise: pumps({}), missing: ["facts.drainageSystem.standbyPumpCapacity"] }]
})

tester.run("coal-mine/drainage-pump-capacity", {
  violation: [{ name: "399.9 against twice 200 m³/min", asOf, enterprise: gassy({ runningPumpsInstalledCapacity: 399.9, requiredFlow: 200 }) }],
  compliant: [{ name: "exactly twice", asOf, enterprise: gassy({ runningPumpsInstalledCapacity: 400, requiredFlow: 200 }) }],
  notApplicable: [{ name: "a low-gas mine", asOf, enterprise: lowGas }],
  indeterminate: [{ name: "the required flow unknown", asOf, enterprise: gassy({ runningPumpsInstalledCapacity: 400 }), missing: ["facts.drainageSystem.requiredFlow"] }]
})

tester.run("coal-mine/dry-pump-safety-devices", {
  violation: [{ name: "dry pumps without the devices", asOf, enterprise: gassy({ dryPumps: true, dryPumpSafetyDevices: false }) }],
  compliant: [{ name: "dry pumps with the devices", asOf, enterprise: gassy({ dryPumps: true, dryPumpSafetyDevices: true }) }],
  notApplicable: [{ name: "no dry pumps", asOf, enterprise: gassy({ dryPumps: false }) }, { name: "a low-gas mine", asOf, enterprise: lowGas }],
  indeterminate: [{ name: "whether dry pumps are used unknown", asOf, enterprise: gassy({ dryPumpSafetyDevices: false }), missing: ["facts.drainageSystem.dryPumps"] }]
})
