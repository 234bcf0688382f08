import { PackTester } from "@anquan/testing"
import { coalMinePack } from "../pack.ts"
import { asOf, mine, openPit, underground } from "../testSupport.ts"

const tester = PackTester.make(coalMinePack)

const acted = { workStopped: true, peopleWithdrawn: true, handled: true, powerCut: true, electricWorkStopped: true }
const reading = (r: Record<string, unknown>) => ({ location: "1301回风巷", ...acted, ...r })
const readings = (...rs: Array<Record<string, unknown>>) => underground({ gasReadings: rs.map(reading) })

// 第五条(一): CH₄ 达到 1.0 %, CO₂ 达到 1.5 % in a return
tester.run("coal-mine/return-air-gas-not-acted-on", {
  violation: [
    {
      name: "CH₄ exactly 1.0 % in a district return, work not stopped",
      asOf,
      enterprise: readings({ place: "district-return", ch4: 1.0, co2: 0.2, workStopped: false }),
      evidence: [{ path: "facts.gasReadings[0].place", value: "district-return" }, { path: "facts.gasReadings[0].ch4", value: 1.0 }, { path: "facts.gasReadings[0].workStopped", value: false }],
      details: { "zh-CN": "瓦斯检测地点「1301回风巷」" }
    },
    { name: "CO₂ exactly 1.5 % in a face return, people not withdrawn", asOf, enterprise: readings({ place: "face-return", ch4: 0.3, co2: 1.5, peopleWithdrawn: false }) }
  ],
  compliant: [
    { name: "CH₄ 0.99 %, CO₂ 1.49 %, nothing done", asOf, enterprise: readings({ place: "face-return", ch4: 0.99, co2: 1.49, workStopped: false, peopleWithdrawn: false, handled: false }) },
    { name: "CH₄ 1.2 %, everything done", asOf, enterprise: readings({ place: "district-return", ch4: 1.2, co2: 0.2 }) },
    { name: "a reading at a face is another 情形", asOf, enterprise: readings({ place: "face", ch4: 1.2, co2: 0.2, workStopped: false }) },
    { name: "CO₂ not measured, but every response taken", asOf, enterprise: readings({ place: "face-return", ch4: 1.4 }) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [
    { name: "CH₄ 0.5 %, CO₂ not measured, work not stopped", asOf, enterprise: readings({ place: "face-return", ch4: 0.5, workStopped: false }), missing: ["facts.gasReadings[0].co2"] },
    { name: "mine type unknown", asOf, enterprise: mine({ gasReadings: [] }), missing: ["facts.mineType"] },
    { name: "no readings", asOf, enterprise: underground({}), missing: ["facts.gasReadings"] }
  ]
})

// 第五条(二): CH₄ 达到 1.0 % at a face → stop electric work
tester.run("coal-mine/face-methane-electric-work", {
  violation: [{ name: "1.0 % at a face, electric work goes on", asOf, enterprise: readings({ location: "1301工作面", place: "face", ch4: 1.0, electricWorkStopped: false }) }],
  compliant: [
    { name: "0.99 %, electric work goes on", asOf, enterprise: readings({ place: "other-workplace", ch4: 0.99, electricWorkStopped: false }) },
    { name: "1.0 %, electric work stopped", asOf, enterprise: readings({ place: "face", ch4: 1.0 }) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "1.1 %, whether electric work stopped unknown", asOf, enterprise: underground({ gasReadings: [{ location: "1301", place: "face", ch4: 1.1 }] }), missing: ["facts.gasReadings[0].electricWorkStopped"] }]
})

// 第五条(三): 20m以内 (inclusive), 达到 1.0 %
tester.run("coal-mine/blasting-in-methane", {
  violation: [{ name: "1.0 % at exactly 20 m, blasted", asOf, enterprise: readings({ place: "blasting-site", distanceM: 20, ch4: 1.0, blasted: true }) }],
  compliant: [
    { name: "1.0 % at 20.1 m", asOf, enterprise: readings({ place: "blasting-site", distanceM: 20.1, ch4: 1.0, blasted: true }) },
    { name: "0.99 % at 5 m", asOf, enterprise: readings({ place: "blasting-site", distanceM: 5, ch4: 0.99, blasted: true }) },
    { name: "1.2 %, not blasted", asOf, enterprise: readings({ place: "blasting-site", distanceM: 5, ch4: 1.2, blasted: false }) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "distance unknown", asOf, enterprise: readings({ place: "blasting-site", ch4: 1.2, blasted: true }), missing: ["facts.gasReadings[0].distanceM"] }]
})

// 第五条(四): 达到 1.5 % at a face, or within 20 m of a motor or switch
tester.run("coal-mine/methane-1-5-not-acted-on", {
  violation: [
    { name: "1.5 % at a face, power not cut", asOf, enterprise: readings({ place: "face", ch4: 1.5, powerCut: false }) },
    { name: "1.5 % 20 m from a switch, people not withdrawn", asOf, enterprise: readings({ place: "motor-or-switch", distanceM: 20, ch4: 1.5, peopleWithdrawn: false }) }
  ],
  compliant: [
    { name: "1.49 % at a face, nothing done", asOf, enterprise: readings({ place: "face", ch4: 1.49, workStopped: false, powerCut: false, peopleWithdrawn: false, handled: false }) },
    { name: "1.6 % 20.5 m from a switch", asOf, enterprise: readings({ place: "motor-or-switch", distanceM: 20.5, ch4: 1.6, powerCut: false }) },
    { name: "1.8 % at a face, everything done", asOf, enterprise: readings({ place: "face", ch4: 1.8 }) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "1.6 % at a face, power cut unknown", asOf, enterprise: underground({ gasReadings: [{ location: "1301", place: "face", ch4: 1.6, workStopped: true, peopleWithdrawn: true, handled: true }] }), missing: ["facts.gasReadings[0].powerCut"] }]
})

// 第五条(五): 体积大于 0.5 m³, 达到 2.0 %
tester.run("coal-mine/methane-accumulation", {
  violation: [{ name: "2.0 % in 0.6 m³, work not stopped", asOf, enterprise: readings({ place: "accumulation", volumeM3: 0.6, ch4: 2.0, workStopped: false }) }],
  compliant: [
    { name: "2.5 % in exactly 0.5 m³", asOf, enterprise: readings({ place: "accumulation", volumeM3: 0.5, ch4: 2.5, workStopped: false }) },
    { name: "1.99 % in 2 m³", asOf, enterprise: readings({ place: "accumulation", volumeM3: 2, ch4: 1.99, workStopped: false }) },
    { name: "3 % in 2 m³, everything done", asOf, enterprise: readings({ place: "accumulation", volumeM3: 2, ch4: 3 }) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "volume unknown", asOf, enterprise: readings({ place: "accumulation", ch4: 2.5, workStopped: false }), missing: ["facts.gasReadings[0].volumeM3"] }]
})

// 第五条(六): 超过 3.0 %
const area = (ch4: number, co2: number, dischargePlanApproved?: boolean) =>
  underground({ reventilations: [{ name: "1302停风区", ch4, co2, ...(dischargePlanApproved === undefined ? {} : { dischargePlanApproved }) }] })
tester.run("coal-mine/reventilation-without-plan", {
  violation: [
    { name: "CH₄ 3.01 %, no approved plan", asOf, enterprise: area(3.01, 0.5, false) },
    { name: "CO₂ 3.1 %, no approved plan", asOf, enterprise: area(0.5, 3.1, false) }
  ],
  compliant: [
    { name: "exactly 3.0 % of both, no plan", asOf, enterprise: area(3.0, 3.0, false) },
    { name: "CH₄ 5 %, plan approved", asOf, enterprise: area(5, 0.5, true) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "CH₄ 4 %, plan unknown", asOf, enterprise: area(4, 0.5), missing: ["facts.reventilations[0].dischargePlanApproved"] }]
})

// 第五条(七): 超过 1.5 % at the mixing point
const discharge = (d: Record<string, unknown>) => underground({ gasDischarges: [{ name: "1302排放", powerCutAndWithdrawn: true, mixingPointCh4: 1.0, mixingPointCo2: 0.5, ...d }] })
tester.run("coal-mine/gas-discharge-unsafe", {
  violation: [
    { name: "no power-off along the route", asOf, enterprise: discharge({ powerCutAndWithdrawn: false }) },
    { name: "CH₄ 1.51 % at the mixing point", asOf, enterprise: discharge({ mixingPointCh4: 1.51 }) },
    { name: "CO₂ 1.6 % at the mixing point", asOf, enterprise: discharge({ mixingPointCo2: 1.6 }) }
  ],
  compliant: [{ name: "exactly 1.5 % of both, route powered off", asOf, enterprise: discharge({ mixingPointCh4: 1.5, mixingPointCo2: 1.5 }) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "CO₂ at the mixing point unknown", asOf, enterprise: underground({ gasDischarges: [{ name: "1302排放", powerCutAndWithdrawn: true, mixingPointCh4: 1.0 }] }), missing: ["facts.gasDischarges[0].mixingPointCo2"] }]
})

// 第五条(八): 达到 3.0 %以上 and 超过 10 min, from poor gas control
const exceedance = (ch4: number, durationMin: number, cause = "gas-control") => underground({ faceMethaneExceedances: [{ face: "1301工作面", ch4, durationMin, cause }] })
tester.run("coal-mine/sustained-face-methane", {
  violation: [{ name: "3.0 % for 10.5 min", asOf, enterprise: exceedance(3.0, 10.5), evidence: [{ path: "facts.faceMethaneExceedances[0].cause", value: "gas-control" }, { path: "facts.faceMethaneExceedances[0].ch4", value: 3.0 }, { path: "facts.faceMethaneExceedances[0].durationMin", value: 10.5 }] }],
  compliant: [
    { name: "3.5 % for exactly 10 min", asOf, enterprise: exceedance(3.5, 10) },
    { name: "2.99 % for an hour", asOf, enterprise: exceedance(2.99, 60) },
    { name: "after a ventilation stoppage (excepted)", asOf, enterprise: exceedance(4, 30, "power-or-ventilation-stoppage") },
    { name: "a drilling blow-out (excepted)", asOf, enterprise: exceedance(4, 30, "drilling-blowout") }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "cause unknown", asOf, enterprise: underground({ faceMethaneExceedances: [{ face: "1301", ch4: 4, durationMin: 30 }] }), missing: ["facts.faceMethaneExceedances[0].cause"] }]
})

// 第五条(九): 表1–3
const drained = (facts: Record<string, unknown>) => underground({ drainsGas: true, mineAbsoluteEmission: 30, mineDrainageRate: 40, longwalls: [], ...facts }, "high-gas")
const seamFace = (dailyOutputT: number, desorbableGas: number) => ({ name: "1301工作面", gasMainlyFrom: "mined-seam", dailyOutputT, desorbableGas })
const stratumFace = (absoluteEmission: number, drainageRate: number) => ({ name: "1302工作面", gasMainlyFrom: "adjacent-seams-and-strata", absoluteEmission, drainageRate })
tester.run("coal-mine/drainage-below-standard", {
  violation: [
    {
      name: "表1: 8.01 m³/t at A = 1000 t",
      asOf,
      enterprise: drained({ longwalls: [seamFace(1000, 8.01)] }),
      evidence: [{ path: "facts.longwalls[0].gasMainlyFrom", value: "mined-seam" }, { path: "facts.longwalls[0].desorbableGas", value: 8.01 }, { path: "facts.longwalls[0].dailyOutputT", value: 1000 }],
      details: { "zh-CN": "采煤工作面「1301工作面」" }
    },
    { name: "表1: 7.5 m³/t at A = 1001 t (the next band)", asOf, enterprise: drained({ longwalls: [seamFace(1001, 7.5)] }) },
    { name: "表2: 19.9 % at Q = 5", asOf, enterprise: drained({ longwalls: [stratumFace(5, 19.9)] }) },
    { name: "表2: 69 % at Q = 100", asOf, enterprise: drained({ longwalls: [stratumFace(100, 69)] }) },
    { name: "表3: 34.9 % at Q = 20", asOf, enterprise: drained({ mineAbsoluteEmission: 20, mineDrainageRate: 34.9 }), details: { "zh-CN": "矿井瓦斯抽采率不符合表3规定" } },
    { name: "表3: 59 % at Q = 500", asOf, enterprise: drained({ mineAbsoluteEmission: 500, mineDrainageRate: 59 }) }
  ],
  compliant: [
    { name: "表1: exactly 8 m³/t at A = 1000 t; 4 m³/t at A = 12000 t", asOf, enterprise: drained({ longwalls: [seamFace(1000, 8), seamFace(12000, 4)] }) },
    { name: "表2: exactly 20 % at Q = 5; nothing required at Q = 4.9", asOf, enterprise: drained({ longwalls: [stratumFace(5, 20), stratumFace(4.9, 0)] }) },
    { name: "表3: exactly 25 % at Q = 19.9", asOf, enterprise: drained({ mineAbsoluteEmission: 19.9, mineDrainageRate: 25 }) }
  ],
  notApplicable: [
    { name: "an open-pit mine", asOf, enterprise: openPit({}) },
    { name: "a mine that drains no gas", asOf, enterprise: underground({ drainsGas: false }) }
  ],
  indeterminate: [
    { name: "whether the mine drains gas unknown", asOf, enterprise: underground({}), missing: ["facts.drainsGas"] },
    { name: "a face's daily output unknown", asOf, enterprise: drained({ longwalls: [{ name: "1301工作面", gasMainlyFrom: "mined-seam", desorbableGas: 7 }] }), missing: ["facts.longwalls[0].dailyOutputT"] },
    { name: "the mine's drainage rate unknown", asOf, enterprise: underground({ drainsGas: true, longwalls: [], mineAbsoluteEmission: 30 }), missing: ["facts.mineDrainageRate"] }
  ]
})
