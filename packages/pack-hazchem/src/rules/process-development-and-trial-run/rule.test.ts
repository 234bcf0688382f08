import { asOf, hazchem, tester } from "../testkit.ts"

const P = "facts.processDevelopment"
const none = { newProcesses: [], newUnits: [], isFineChemicalEnterprise: false }

tester.run("hazchem/process-development-and-trial-run", {
  violation: [
    {
      name: "a new process in production that skipped the pilot",
      asOf,
      enterprise: hazchem({
        processDevelopment: {
          ...none,
          newProcesses: [{ name: "连续氯化", newlyDeveloped: true, inIndustrialProduction: true, labScaleTest: true, pilotScaleTest: false, industrialTrial: true }]
        }
      }),
      evidence: [
        { path: `${P}.newProcesses[0].newlyDeveloped`, value: true },
        { path: `${P}.newProcesses[0].pilotScaleTest`, value: false }
      ],
      details: { "zh-CN": "连续氯化未经中试直接进行工业化生产" },
      severity: "major"
    },
    {
      name: "a process new to China without the provincial assessment",
      asOf,
      enterprise: hazchem({ processDevelopment: { ...none, newProcesses: [{ name: "新工艺A", firstUseInChina: true, provincialSafetyReliabilityDemonstration: false }] } }),
      details: { "zh-CN": "安全可靠性论证" }
    },
    {
      name: "a new unit started without a trial-run plan",
      asOf,
      enterprise: hazchem({ processDevelopment: { ...none, newUnits: [{ id: "U-NEW", chargedAndStarted: true, trialRunPlan: false }] } }),
      evidence: [{ path: `${P}.newUnits[0].trialRunPlan`, value: false }]
    },
    {
      name: "a fine-chemicals enterprise without the reaction safety risk assessment",
      asOf,
      enterprise: hazchem({ processDevelopment: { ...none, isFineChemicalEnterprise: true, reactionSafetyRiskAssessmentDone: false } }),
      evidence: [{ path: `${P}.reactionSafetyRiskAssessmentDone`, value: false }],
      details: { "zh-CN": "反应安全风险评估" }
    }
  ],
  compliant: [
    {
      name: "all three trials, plan, assessment",
      asOf,
      enterprise: hazchem({
        processDevelopment: {
          newProcesses: [{ newlyDeveloped: true, inIndustrialProduction: true, labScaleTest: true, pilotScaleTest: true, industrialTrial: true, firstUseInChina: false }],
          newUnits: [{ chargedAndStarted: true, trialRunPlan: true }],
          isFineChemicalEnterprise: true,
          reactionSafetyRiskAssessmentDone: true
        }
      })
    },
    { name: "no new process, no new unit, not fine chemicals", asOf, enterprise: hazchem({ processDevelopment: none }) },
    {
      name: "a new process still at pilot scale is not in industrial production",
      asOf,
      enterprise: hazchem({ processDevelopment: { ...none, newProcesses: [{ newlyDeveloped: true, inIndustrialProduction: false, pilotScaleTest: false, firstUseInChina: false }] } })
    }
  ],
  indeterminate: [
    { name: "nothing recorded", asOf, enterprise: hazchem({}), missing: [P] },
    {
      name: "whether the enterprise is fine chemicals is unknown",
      asOf,
      enterprise: hazchem({ processDevelopment: { newProcesses: [], newUnits: [] } }),
      missing: [`${P}.isFineChemicalEnterprise`, `${P}.reactionSafetyRiskAssessmentDone`]
    },
    {
      name: "a new process in production whose industrial trial is unknown",
      asOf,
      enterprise: hazchem({
        processDevelopment: {
          ...none,
          newProcesses: [{ newlyDeveloped: true, inIndustrialProduction: true, labScaleTest: true, pilotScaleTest: true, firstUseInChina: false }]
        }
      }),
      missing: [`${P}.newProcesses[0].industrialTrial`]
    }
  ]
})
