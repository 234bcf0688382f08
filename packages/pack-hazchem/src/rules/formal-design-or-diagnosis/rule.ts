/**
 * 第10项 — 在役化工装置未经正规设计且未进行安全设计诊断 (hazchem-major-hazard-2017 item 10).
 *
 * A `chemicalUnits[]` entry is in scope when it is in service (`inService: true`) and in breach
 * when it was not formally designed **and** has had no 安全设计诊断 (either one is enough). An empty
 * list (no chemical unit) → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { all, and3, Assessment, defineItemRule, entryAt, eq, is, sectionFacts } from "../support.ts"

/** The facts item 10 reads. @since 0.1.0 */
export const FormalDesignOrDiagnosisFacts = sectionFacts(["chemicalUnits"])

const UNITS = "facts.chemicalUnits"

/**
 * 在役化工装置经正规设计或者安全设计诊断.
 *
 * @since 0.1.0
 */
export const formalDesignOrDiagnosis: Rule.Rule<typeof FormalDesignOrDiagnosisFacts.Type> = defineItemRule({
  item: 10,
  slug: "formal-design-or-diagnosis",
  title: {
    "zh-CN": "在役化工装置经正规设计或者进行安全设计诊断",
    en: "In-service chemical units were formally designed or have had a safety design diagnosis"
  },
  message: {
    "zh-CN": "在役化工装置未经正规设计且未进行安全设计诊断",
    en: "An in-service chemical unit was never formally designed and has had no safety design diagnosis"
  },
  remediation: {
    "zh-CN": "委托具备相应资质的设计单位对在役化工装置进行安全设计诊断，并按诊断结论完成整改。",
    en: "Commission a qualified design institute to carry out a safety design diagnosis of the unit, and complete the changes it calls for."
  },
  facts: FormalDesignOrDiagnosisFacts,
  reads: ["facts.chemicalUnits[].inService", "facts.chemicalUnits[].formallyDesigned", "facts.chemicalUnits[].safetyDesignDiagnosisDone"],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const units = a.list(UNITS, facts?.chemicalUnits)
    for (let i = 0; i < units.length && !a.done; i++) {
      const u = units[i]!
      if (!a.entry(eq(u.inService, true), and3(eq(u.formallyDesigned, false), eq(u.safetyDesignDiagnosisDone, false)))) continue
      const { path, at } = entryAt(UNITS, i)
      const name = u.name ?? u.id ?? path
      a.check({
        scope: is(at("inService"), u.inService, true),
        breach: all(is(at("formallyDesigned"), u.formallyDesigned, false), is(at("safetyDesignDiagnosisDone"), u.safetyDesignDiagnosisDone, false)),
        context: u.id === undefined ? [] : [{ path: at("id"), value: u.id }],
        zh: `在役化工装置${name}未经正规设计且未进行安全设计诊断`,
        en: `in-service chemical unit ${name} was never formally designed and has had no safety design diagnosis`
      })
    }
    return a.outcome("no in-service chemical unit")
  }
})
