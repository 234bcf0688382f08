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
import type { Rule } from "@anquan/core"
import { keyHazardousProcesses } from "../../facts/keyHazardousProcesses.ts"
import { any, Assessment, defineItemRule, entryAt, hazchemSafetyLaw, isOneOf, oneOf, or3, sectionFacts } from "../support.ts"

/** The facts item 4 reads. @since 0.1.0 */
export const KeyProcessAutomationFacts = sectionFacts(["keyProcesses"])

const PROCESSES = "facts.keyProcesses"

const NOT_IN_USE = ["absent", "installed-not-in-use"] as const
const statusZh = { "absent": "未实现", "installed-not-in-use": "已装备但未投入使用", "in-use": "已投用" } as const

/**
 * 重点监管危险化工工艺的自动化控制和紧急停车.
 *
 * @since 0.1.0
 */
export const keyProcessAutomation: Rule.Rule<typeof KeyProcessAutomationFacts.Type> = defineItemRule({
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
  facts: KeyProcessAutomationFacts,
  reads: ["facts.keyProcesses[].process", "facts.keyProcesses[].unitId", "facts.keyProcesses[].automation", "facts.keyProcesses[].emergencyShutdown"],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const processes = a.list(PROCESSES, facts?.keyProcesses)
    for (let i = 0; i < processes.length && !a.done; i++) {
      const k = processes[i]!
      if (!a.entry(true, or3(oneOf(k.automation, NOT_IN_USE), oneOf(k.emergencyShutdown, NOT_IN_USE)))) continue
      const { path, at } = entryAt(PROCESSES, i)
      const name = keyHazardousProcesses.find((p) => p.id === k.process)!
      const where = k.unitId ?? path
      const problems: Array<{ zh: string; en: string }> = []
      if (k.automation === "absent" || k.automation === "installed-not-in-use") {
        problems.push({ zh: `自动化控制${statusZh[k.automation]}`, en: `automation ${k.automation}` })
      }
      if (k.emergencyShutdown === "absent" || k.emergencyShutdown === "installed-not-in-use") {
        problems.push({ zh: `紧急停车${statusZh[k.emergencyShutdown]}`, en: `emergency shutdown ${k.emergencyShutdown}` })
      }
      a.check({
        breach: any(isOneOf(at("automation"), k.automation, NOT_IN_USE), isOneOf(at("emergencyShutdown"), k.emergencyShutdown, NOT_IN_USE)),
        context: [{ path: at("process"), value: k.process }],
        zh: `${name.zh}装置（${where}）${problems.map((p) => p.zh).join("，")}`,
        en: `${name.en} unit (${where}): ${problems.map((p) => p.en).join(", ")}`
      })
    }
    return a.outcome("uses none of the 18 key-supervision hazardous processes")
  }
})
