/**
 * Test fixtures built from seed 000 (a district's annual work-safety plan). Not exported.
 *
 * The eight towns are the ones seed 000 line 21 names for the year's assessment (陈江、水口、马安、
 * 沥林、潼侨、潼湖、横沥、芦洲). The district code 441302 and the 9-digit town codes are
 * illustrative (well-formed, not the real statistical codes); enterprise credit codes are generated
 * with a valid check character.
 *
 * @internal
 */
import { computeCheckCharacter } from "@anquan/core"

/** A valid 统一社会信用代码 ending in `n` (two digits). */
export const creditCode = (n: number): string => {
  const first17 = `9144130000000000${String(n).padStart(1, "0")}`.slice(0, 17)
  return first17 + computeCheckCharacter(first17)
}

export const DISTRICT = "441302"
export const TOWNS = ["陈江镇", "水口镇", "马安镇", "沥林镇", "潼侨镇", "潼湖镇", "横沥镇", "芦洲镇"] as const
export const townCode = (i: number): string => `${DISTRICT}${String(101 + i)}`

/** The roster: district government, 8 towns, 2 departments, enterprises of 陈江镇 (staff 50, 49, unknown, 300), workshops and teams. */
export const roster = [
  { id: "district", name: "区人民政府", level: "government", jurisdiction: DISTRICT, principal: { name: "区长" } },
  ...TOWNS.map((name, i) => ({ id: `town-${i}`, name: `${name}人民政府`, level: "township", parent: "district", jurisdiction: townCode(i) })),
  { id: "dept-em", name: "区安监局", level: "department", parent: "district", department: "emergency-management", departmentId: "D-EM" },
  { id: "dept-hc", name: "区住建局", level: "department", parent: "district", department: "housing-construction", departmentId: "D-HC" },
  // seed 000 line 20: townships sign with enterprises of 50 or more staff ("50人以上" includes 50).
  { id: "e50", name: "陈江五十人厂", level: "enterprise", parent: "town-0", staff: 50, creditCode: creditCode(1) },
  { id: "e49", name: "陈江四十九人厂", level: "enterprise", parent: "town-0", staff: 49, creditCode: creditCode(2) },
  { id: "e-unknown", name: "陈江人数未知厂", level: "enterprise", parent: "town-0", creditCode: creditCode(3) },
  { id: "e300", name: "陈江三百人厂", level: "enterprise", parent: "town-0", staff: 300, creditCode: creditCode(4) },
  { id: "w1", name: "一车间", level: "workshop", parent: "e300" },
  { id: "w2", name: "二车间", level: "workshop", parent: "e300" },
  { id: "t1", name: "一车间甲班", level: "team", parent: "w1" },
  { id: "t2", name: "二车间乙班", level: "team", parent: "w2" }
]

const party = (u: (typeof roster)[number]) => ({
  level: u.level,
  unit: u.name,
  principal: { name: `${u.name}负责人` },
  ...("jurisdiction" in u && u.jurisdiction !== undefined ? { jurisdiction: u.jurisdiction } : {}),
  ...("creditCode" in u && u.creditCode !== undefined ? { creditCode: u.creditCode } : {}),
  ...("departmentId" in u && u.departmentId !== undefined ? { departmentId: u.departmentId } : {})
})
const unit = (id: string) => roster.find((u) => u.id === id)!

/** An agreement between two roster units for 2024, signed on `signedOn` (absent = not signed). */
export const agreement = (id: string, upper: string, lower: string, signingDeadline: string, signedOn?: string) => ({
  id,
  period: { from: "2024-01-01", to: "2024-12-31" },
  parties: { upper: party(unit(upper)), lower: party(unit(lower)) },
  // seed 000 line 17: deaths down at least 3% on last year; no accident with 3 or more deaths.
  targets: [
    { metric: "deaths", bound: "reduction-at-least-percent", value: 3 },
    { metric: "max-deaths-per-accident", bound: "at-most", value: 2 }
  ],
  signingDeadline,
  ...(signedOn === undefined ? {} : { signedOn })
})

/**
 * The 2024 agreements: six towns signed by 03-31, 马安 (town-2) on 04-05 (late), 水口 (town-1)
 * never; 安监局 signed, 住建局 not; 陈江 signed with the 50-staff plant on 04-28 and the 300-staff
 * plant on 05-06 (late); the 300-staff plant signed with workshop 1 and team 1 only.
 */
export const agreements = [
  ...TOWNS.map((_, i) => i).filter((i) => i !== 1).map((i) =>
    agreement(`ZRS-2024-T${i}`, "district", `town-${i}`, "2024-03-31", i === 2 ? "2024-04-05" : `2024-03-${String(10 + i).padStart(2, "0")}`)
  ),
  agreement("ZRS-2024-EM", "district", "dept-em", "2024-03-31", "2024-03-20"),
  agreement("ZRS-2024-HC", "district", "dept-hc", "2024-03-31"),
  agreement("ZRS-2024-E50", "town-0", "e50", "2024-04-30", "2024-04-28"),
  agreement("ZRS-2024-E300", "town-0", "e300", "2024-04-30", "2024-05-06"),
  agreement("ZRS-2024-W1", "e300", "w1", "2024-04-30", "2024-04-10"),
  agreement("ZRS-2024-T1", "e300", "t1", "2024-04-30", "2024-04-12")
]

/** An accident record (core `Accident` wire form). */
export const accident = (id: string, occurredAt: string, deaths: number, extra: Record<string, unknown> = {}) => ({
  id,
  occurredAt,
  jurisdiction: townCode(0),
  sector: "industry-trade",
  kind: "workplace",
  deaths,
  seriousInjuries: 0,
  directLossYuan: 0,
  description: "事故",
  ...extra
})
