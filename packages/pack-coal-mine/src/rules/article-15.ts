/**
 * 第十五条 “露天煤矿边坡角大于设计最大值或者边坡发生严重变形，未采取有效措施”重大事故隐患，是指有下列情形之一的： — 4 情形.
 *
 * Applies to 露天煤矿 only. Boundaries: “2个以上” includes 2; “大于” / “小于” strict (a bench exactly twice the design
 * height, or a berm exactly half the design width, meets the text).
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, text } from "./shared.ts"

const { all, any, eq, gt, gte, lt, some, fact, value } = Condition

const underground = eq("facts.mineType", "underground")

/** 第十五条(一): “2个以上已到界台阶形成边帮的边坡角大于设计最大值。” @since 0.2.0 */
export const finalWallTooSteep = Rule.fromCondition({
  id: "coal-mine/final-wall-too-steep",
  title: text("到界边帮边坡角大于设计最大值", "Final wall steeper than the design maximum"),
  message: text("2个以上已到界台阶形成边帮的边坡角大于设计最大值", "A final wall of 2 or more final benches is steeper than the design maximum"),
  remediation: text("按设计放缓边坡，采取加固措施。", "Flatten the wall to the design and reinforce it."),
  ...common2026(15, 1),
  notApplicableWhen: underground,
  violationWhen: some("facts.finalWalls", all(gte("benches", 2), gt("slopeAngle", fact("designMaxAngle"))), "name")
})

/** 第十五条(二): “工作台阶高度大于设计值2倍，或者平盘宽度小于设计值1/2。” @since 0.2.0 */
export const benchGeometry = Rule.fromCondition({
  id: "coal-mine/bench-geometry",
  title: text("工作台阶高度、平盘宽度严重超出设计", "Bench too high or berm too narrow"),
  message: text("工作台阶高度大于设计值2倍，或者平盘宽度小于设计值1/2", "A working bench is more than twice the design height, or a berm less than half the design width"),
  remediation: text("按设计调整台阶高度和平盘宽度。", "Bring bench heights and berm widths back to the design."),
  ...common2026(15, 2),
  notApplicableWhen: underground,
  violationWhen: some(
    "facts.workingBenches",
    any(gt("heightM", { multiply: [fact("designHeightM"), value(2)] }), lt("bermWidthM", { multiply: [fact("designBermWidthM"), value(0.5)] })),
    "name"
  )
})

/** 第十五条(三): “边坡位移量在72小时内连续出现加速变化的趋势未采取措施。” @since 0.2.0 */
export const acceleratingDisplacement = Rule.fromCondition({
  id: "coal-mine/accelerating-displacement",
  title: text("边坡位移72小时内加速未采取措施", "Accelerating slope displacement without measures"),
  message: text("边坡位移量在72小时内连续出现加速变化的趋势未采取措施", "Slope displacement accelerated continuously within 72 hours and no measures were taken"),
  remediation: text("立即采取措施控制边坡变形。", "Act at once to control the deformation."),
  ...common2026(15, 3),
  notApplicableWhen: underground,
  violationWhen: all(eq("facts.slope.acceleratingDisplacement72h", true), eq("facts.slope.displacementMeasuresTaken", false))
})

/** 第十五条(四): “出现边坡局部滑坡、横向以及纵向放射状裂缝、坡体前缘上隆(凸起)、裂缝持续扩展或者贯通等现象未及时停止作业并撤出影响区域人员。” @since 0.2.0 */
export const slopeFailureSigns = Rule.fromCondition({
  id: "coal-mine/slope-failure-signs",
  title: text("边坡失稳征兆未停工撤人", "Slope failure signs without stopping and withdrawal"),
  message: text("出现边坡局部滑坡、放射状裂缝、坡体前缘上隆、裂缝持续扩展或者贯通等现象未及时停止作业并撤出影响区域人员", "Slope failure signs appeared and work was not stopped and people withdrawn in time"),
  remediation: text("立即停止作业，撤出影响区域人员。", "Stop work and withdraw everyone from the area at once."),
  ...common2026(15, 4),
  notApplicableWhen: underground,
  violationWhen: all(eq("facts.slope.failureSigns", true), eq("facts.slope.stoppedAndWithdrawn", false))
})

/** 第十五条, in the order of its 情形. @since 0.2.0 */
export const article15: ReadonlyArray<Rule.Rule<any>> = [finalWallTooSteep, benchGeometry, acceleratingDisplacement, slopeFailureSigns]
