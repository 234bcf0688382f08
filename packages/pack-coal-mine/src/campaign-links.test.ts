/**
 * The seed 004 small-coal-mine campaign (packages/campaign/templates/small-coal-mine-three-actions.json) links its
 * checklist items to the coal rules they match, so the campaign's progress can count rule findings: every linked id
 * must be a rule of this pack, and the links must be the matching ones.
 */
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { coalMinePack } from "./index.ts"

interface Item {
  readonly id: string
  readonly text: string
  readonly ruleIds?: ReadonlyArray<string>
}
const template = JSON.parse(readFileSync(new URL("../../campaign/templates/small-coal-mine-three-actions.json", import.meta.url), "utf8")) as { checklist: ReadonlyArray<Item> }
const ids = new Set(coalMinePack.rules.map((r) => r.id))

describe("the small-coal-mine campaign's links to the coal rules", () => {
  it("links only rules of this pack", () => {
    const linked = template.checklist.flatMap((i) => i.ruleIds ?? [])
    expect(linked.length).toBeGreaterThan(0)
    expect(linked.filter((id) => !ids.has(id))).toEqual([])
  })

  it("links each checklist item to the 情形 whose breach is an instance of it, and no other item", () => {
    const links = Object.fromEntries(template.checklist.filter((i) => i.ruleIds !== undefined).map((i) => [i.id, i.ruleIds]))
    expect(links).toEqual({
      // 无证或证照不全从事生产: producing without the 安全生产许可证 re-obtained or changed.
      "enforcement-1": [
        "coal-mine/contract-licence-not-renewed", // 第十八条(三) 整体承包后未重新取得或变更安全生产许可证
        "coal-mine/restructuring-licence" // 第十九条(二) 改制后未重新取得或按时变更安全生产许可证
      ],
      // 超层越界开采和超能力、超强度、超定员组织生产.
      "enforcement-2": [
        "coal-mine/seams-beyond-licence", // 第九条(一) 超层开采
        "coal-mine/beyond-licensed-boundary", // 第九条(二) 越界开采
        "coal-mine/output-over-capacity", // 第四条(一) 超能力
        "coal-mine/levels-and-faces-over-limit", // 第四条(二) 超强度
        "coal-mine/headcount-over-limit", // 第四条(三) 超定员
        "coal-mine/regulation-36-beyond-licence", // 条例第三十六条(六) 超层、越界开采
        "coal-mine/regulation-36-over-capacity" // 条例第三十六条(一) 超能力、超强度或者超定员
      ],
      // 其他非法违法生产、建设行为: producing against the construction / expansion rules (not named in items 1–7).
      "enforcement-8": [
        "coal-mine/producing-while-building", // 第十七条(一) 新建煤矿边建设边生产
        "coal-mine/producing-in-expansion-area", // 第十七条(二) 在改扩建区域组织采煤
        "coal-mine/expansion-beyond-design", // 第十七条(三) 非改扩建区域超设计范围和规模
        "coal-mine/regulation-36-producing-while-building" // 条例第三十六条(十四) the same three
      ],
      // 仍使用国家明令禁止的落后工艺和淘汰机电设备.
      "governance-3": [
        "coal-mine/banned-equipment", // 第十三条(一) 使用国家明令禁止的设备或工艺
        "coal-mine/regulation-36-obsolete-equipment" // 条例第三十六条(十) 使用应当淘汰的设备、工艺
      ],
      // 通风、排水、机电运输、防灭火、安全监控等系统不健全和压风、通讯、供水三条生命线未到采掘工作面.
      "governance-6": [
        "coal-mine/air-supply-short", // 通风: 第八条(一) 风量不足
        "coal-mine/standby-main-fan", // 通风: 第八条(二) 无备用主要通风机
        "coal-mine/prohibited-series-ventilation", // 通风: 第八条(三) 违规串联通风
        "coal-mine/ventilation-not-as-designed", // 通风: 第八条(四) 未按设计形成通风系统
        "coal-mine/no-split-ventilation", // 通风: 第八条(五) 未实现分区通风
        "coal-mine/dedicated-return-missing", // 通风: 第八条(六) 未设专用回风巷
        "coal-mine/joint-layout-return-missing", // 通风: 第八条(七) 联合布置采区未设专用回风巷
        "coal-mine/outburst-face-return", // 通风: 第八条(八) 突出工作面回风
        "coal-mine/stoppings-short-circuit", // 通风: 第八条(九) 风墙、风门造成风流短路
        "coal-mine/longwall-short-circuit", // 通风: 第八条(十) 采煤工作面风流短路
        "coal-mine/district-roadways-not-through", // 通风: 第八条(十一) 进、回风巷未贯穿
        "coal-mine/gate-roads-before-ventilation", // 通风: 第八条(十二) 未构成通风系统即开掘回采巷道
        "coal-mine/mains-not-ahead", // 通风: 第八条(十三) 大巷未超前2个区段
        "coal-mine/auxiliary-fan-dual-supply", // 通风: 第八条(十四) 局部通风机双风机双电源
        "coal-mine/construction-through-ventilation", // 通风: 第八条(十五) 未形成全风压通风系统
        "coal-mine/holing-stopped-face-ventilation", // 通风: 第八条(十六) 贯通时停掘工作面通风
        "coal-mine/permanent-seals-opened", // 通风: 第八条(十七) 违规启封永久密闭墙
        "coal-mine/regulation-36-ventilation", // 通风: 条例第三十六条(五) 通风系统不完善、不可靠
        "coal-mine/permanent-pumping-missing", // 排水: 第十条(十一) 未建成永久排水系统
        "coal-mine/dip-district-drainage", // 排水: 第十条(十二) 下山采区未形成排水系统
        "coal-mine/main-pumping-inadequate", // 排水: 第十条(十三) 主要排水系统能力不足
        "coal-mine/single-circuit-supply", // 机电: 第十六条(一) 单回路供电
        "coal-mine/construction-dual-circuit", // 机电: 第十六条(二) 建井期间未形成双回路
        "coal-mine/compromised-dual-circuit", // 机电: 第十六条(三) 双回路同一母线段或一回路停运
        "coal-mine/regulation-36-dual-circuit", // 机电: 条例第三十六条(十三) 未采用双回路供电
        "coal-mine/man-winder-protection", // 运输: 第二十条(七) 提升装置保护缺失或失效
        "coal-mine/chairlift-protection", // 运输: 第二十条(八) 架空乘人装置保护缺失或失效
        "coal-mine/longwall-fire-prevention", // 防灭火: 第十二条(一) 防灭火措施不落实
        "coal-mine/regulation-36-spontaneous-combustion", // 防灭火: 条例第三十六条(九) 自然发火严重未采取有效措施
        "coal-mine/belt-smoke-monitoring", // 运输/防灭火: 第二十条(十) 带式输送机烟雾监测缺失或失效
        "coal-mine/belt-drum-sensors", // 运输/防灭火: 第二十条(十一) 滚筒下风侧烟雾、一氧化碳传感器
        "coal-mine/monitoring-systems-missing", // 安全监控、通讯: 第十四条(一) 监控与通讯系统
        "coal-mine/monitoring-data-tampered", // 安全监控: 第十四条(二) 篡改、屏蔽监控数据
        "coal-mine/methane-sensors-missing", // 安全监控: 第十四条(三) 未设甲烷传感器
        "coal-mine/methane-lockout-failed", // 安全监控: 第十四条(四) 报警、电闭锁失效
        "coal-mine/methane-settings-wrong", // 安全监控: 第十四条(五) 报警、断电设置
        "coal-mine/methane-calibration-overdue", // 安全监控: 第十四条(六) 未按周期调校
        "coal-mine/methane-sensors-defeated", // 安全监控: 第十四条(七) 人为使传感器失效
        "coal-mine/slope-monitoring-coverage", // 安全监控: 第十四条(八) 边坡监测预警未全覆盖
        "coal-mine/regulation-36-monitoring", // 安全监控、通讯: 条例第三十六条(十一)
        "coal-mine/compressed-air-self-rescue" // 压风生命线: 第二十条(十四) 工作面未安设压风自救装置
      ],
      // 违章指挥、违章作业: the 情形 the standard itself words as 违规 work.
      "governance-9": [
        "coal-mine/hot-work-against-rules", // 第二十条(十五) 违规电焊、气焊、喷灯焊接
        "coal-mine/unsupported-roof" // 第二十条(十六) 违规空顶作业
      ]
    })
  })

  it("leaves the publicity and education items unlinked", () => {
    expect(template.checklist.filter((i) => i.id.startsWith("education-") && i.ruleIds !== undefined)).toEqual([])
  })
})
