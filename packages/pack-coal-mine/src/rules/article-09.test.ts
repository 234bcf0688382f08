import { PackTester } from "@anquan/testing"
import { coalMinePack } from "../pack.ts"
import { flagCases } from "../testSupport.ts"

const tester = PackTester.make(coalMinePack)

tester.run("coal-mine/seams-beyond-licence", flagCases("facts.licence.seamsBeyondLicence", true, { alwaysApplies: true }))
tester.run("coal-mine/beyond-licensed-boundary", flagCases("facts.licence.beyondBoundaryOrElevation", true, { alwaysApplies: true }))
tester.run("coal-mine/safety-pillar-breached", flagCases("facts.licence.safetyPillarBreached", true, { alwaysApplies: true }))
