/**
 * 第4项 — 涉及重点监管危险化工工艺的装置未实现自动化控制，系统未实现紧急停车功能，装备的自动化控制
 * 系统、紧急停车系统未投入使用 (hazchem-major-hazard-2017 item 4).
 *
 * Every `keyProcesses[]` entry (a unit using one of the 18 重点监管危险化工工艺, regulations.md §9)
 * needs both its automation and its emergency shutdown `in-use`; `absent` or
 * `installed-not-in-use` for either is a breach. An empty list (the unit uses none of the 18) →
 * not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { keyProcessesFact } from "../../facts/labels.ts"
import { hazchemSafetyLaw, itemRule, sectionFacts } from "../meta.ts"

/** The facts item 4 reads. @since 0.1.0 */
export const KeyProcessAutomationFacts = sectionFacts(["keyProcesses"])

const PROCESSES = "facts.keyProcesses"

const NOT_IN_USE = ["absent", "installed-not-in-use"]

/**
 * 重点监管危险化工工艺的自动化控制和紧急停车.
 *
 * @since 0.1.0
 */
export const keyProcessAutomation: Rule.Rule<typeof KeyProcessAutomationFacts.Type> = itemRule({
  item: 4,
  slug: "key-process-automation",
  title: {
    "zh-CN": "重点监管危险化工工艺装置实现自动化控制和紧急停车并投入使用",
    en: "Units with key-supervision hazardous processes have automation and emergency shutdown in use"
  },
  message: {
    "zh-CN": "涉及重点监管危险化工工艺的装置未实现自动化控制，系统未实现紧急停车功能，或者装备的自动化控制系统、紧急停车系统未投入使用",
    en: "A unit using a key-supervision hazardous process lacks automated control or emergency shutdown, or has them installed but not in use"
  },
  remediation: {
    "zh-CN": "按重点监管危险化工工艺安全控制要求装设自动化控制系统和紧急停车系统并投入使用；在投用前对该装置采取限产、停车等管控措施。",
    en: "Install automated control and an emergency shutdown system as the key-process safety control requirements demand, and put them in service; restrict or stop the unit until they are in use."
  },
  legalBases: [hazchemSafetyLaw(36)],
  schema: KeyProcessAutomationFacts,
  facts: keyProcessesFact,
  notApplicableWhen: Condition.eq({ count: PROCESSES }, 0),
  notApplicableReason: "uses none of the 18 key-supervision hazardous processes",
  violationWhen: Condition.some(
    PROCESSES,
    Condition.because(
      Condition.all(
        Condition.show("process"),
        Condition.any(
          Condition.because(Condition.oneOf("automation", NOT_IN_USE), "自动化控制{automation:label}", "automation {automation}"),
          Condition.because(Condition.oneOf("emergencyShutdown", NOT_IN_USE), "紧急停车{emergencyShutdown:label}", "emergency shutdown {emergencyShutdown}")
        )
      ),
      "{process:label}装置（{$entry}）{$reasons}",
      "{process:label} unit ({$entry}): {$reasons}"
    ),
    { label: "unitId", heading: false }
  )
})
