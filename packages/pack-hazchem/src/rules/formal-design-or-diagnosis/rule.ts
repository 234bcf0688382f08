/**
 * 第10项 — 在役化工装置未经正规设计且未进行安全设计诊断 (hazchem-major-hazard-2017 item 10).
 *
 * A `chemicalUnits[]` entry is in scope when it is in service (`inService: true`) and in breach
 * when it was not formally designed **and** has had no 安全设计诊断 (either one is enough). An empty
 * list (no chemical unit) → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { chemicalUnitsFact } from "../../facts/labels.ts"
import { itemRule, sectionFacts } from "../meta.ts"

/** The facts item 10 reads. @since 0.1.0 */
export const FormalDesignOrDiagnosisFacts = sectionFacts(["chemicalUnits"])

const UNITS = "facts.chemicalUnits"

/**
 * 在役化工装置经正规设计或者安全设计诊断.
 *
 * @since 0.1.0
 */
export const formalDesignOrDiagnosis: Rule.Rule<typeof FormalDesignOrDiagnosisFacts.Type> = itemRule({
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
  schema: FormalDesignOrDiagnosisFacts,
  facts: chemicalUnitsFact,
  notApplicableWhen: Condition.because(
    Condition.every(UNITS, Condition.all(Condition.present("inService"), Condition.eq("inService", false))),
    "没有在役化工装置",
    "no in-service chemical unit"
  ),
  violationWhen: Condition.some(
    UNITS,
    Condition.because(
      Condition.all(Condition.show("id"), Condition.eq("inService", true), Condition.eq("formallyDesigned", false), Condition.eq("safetyDesignDiagnosisDone", false)),
      "在役化工装置{$entry}未经正规设计且未进行安全设计诊断",
      "in-service chemical unit {$entry} was never formally designed and has had no safety design diagnosis"
    ),
    { label: ["name", "id"], heading: false }
  )
})
