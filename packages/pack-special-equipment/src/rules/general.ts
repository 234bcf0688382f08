/**
 * 4.1 — 特种设备 (every kind): "特种设备有下列情形之一仍继续使用的，应判定为重大事故隐患". Items a)–c)
 * judge every item of equipment in the register (not a filling operation); d) is the pointer the
 * text makes to 4.2–4.10.
 *
 * [verified: GB45067-text, sector-criteria.md §15]
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import { equipmentProper } from "../facts/register.ts"
import type { Rule } from "@anquan/core"
import { item, no, ofKind, ofKinds, text, yes } from "./item.ts"

const subject = ofKinds(equipmentProper)
const none = text("登记册中无特种设备", "no special equipment in the register")
const entry = text("特种设备", "equipment")

/**
 * 4.1 a) "未取得许可生产、因安全问题国家明令淘汰、已经报废或者达到报废条件" — any one of the four.
 *
 * @since 0.2.0
 */
export const unlicensedBannedOrScrapped: Rule.Rule<any> = item({
  slug: "unlicensed-banned-or-scrapped",
  clause: "4.1",
  letter: "a",
  title: text("未取得许可生产、明令淘汰、已经报废或者达到报废条件的特种设备", "Unlicensed, banned, scrapped or scrappable equipment"),
  message: text(
    "特种设备未取得许可生产、因安全问题国家明令淘汰、已经报废或者达到报废条件，仍继续使用的",
    "Special equipment made without a licence, banned by the state for safety reasons, scrapped or at its scrapping condition is still in use"
  ),
  remediation: text("立即停止使用，依法办理报废、注销；使用取得许可生产的合格设备。", "Stop using it at once, scrap and deregister it, and use equipment made under licence."),
  subject,
  none,
  entry,
  namesMissingRegister: true,
  notes: [{
    text: text(
      "台账缺失：本项判定登记的每一台特种设备，未提供台账时无法判定。已知或应当使用特种设备的单位（行业领域含特种设备，或记载了在用特种设备种类，或配置 registerExpected 为真）未提供台账的，由本项得出一项“无法判定”的发现，指明缺少特种设备台账；其余46项不重复指出，均不适用。未知使用特种设备的单位未提供台账的，47项均不适用。",
      "A missing register: this item judges every item of equipment registered and cannot be judged without the register. A unit known or expected to use special equipment (its sectors include special-equipment, or its section records kinds in use, or the config sets registerExpected) that gives no register gets one indeterminate finding from this item, naming the missing register; the other 46 items are not applicable rather than repeating it. A unit not known to use special equipment that gives no register: all 47 are not applicable."
    )
  }],
  breach: C.any(
    yes("manufacturedWithoutLicence", "未取得许可生产", "made without a licence"),
    yes("bannedForSafety", "因安全问题国家明令淘汰", "banned for safety reasons"),
    yes("scrapped", "已经报废", "scrapped"),
    yes("atScrappingCondition", "达到报废条件", "at its scrapping condition")
  )
})

/**
 * 4.1 b) "发生过事故，未对其进行全面检查、消除事故隐患". The full inspection and the elimination of the
 * hazards are recorded as one fact (`inspectedAndRectifiedAfterAccident`): either one not done
 * makes it `false`.
 *
 * @since 0.2.0
 */
export const notInspectedAfterAccident: Rule.Rule<any> = item({
  slug: "not-inspected-after-accident",
  clause: "4.1",
  letter: "b",
  title: text("发生事故后未全面检查、消除事故隐患的特种设备", "Equipment not fully inspected after an accident"),
  message: text(
    "特种设备发生过事故，未对其进行全面检查、消除事故隐患，仍继续使用的",
    "Special equipment that has had an accident is still in use without having been fully inspected and its hazards eliminated"
  ),
  remediation: text("停止使用，对设备进行全面检查并消除事故隐患后方可使用。", "Stop using it until it has been fully inspected and its hazards eliminated."),
  subject,
  none,
  entry,
  breach: C.when(
    yes("hadAccident", "发生过事故", "has had an accident"),
    no("inspectedAndRectifiedAfterAccident", "未对其进行全面检查、消除事故隐患", "not fully inspected with its hazards eliminated")
  )
})

/**
 * 4.1 c) "未按规定进行监督检验或者监督检验不合格". Equipment that needs no supervisory inspection
 * (none due under its rules) records `not-required`.
 *
 * @since 0.2.0
 */
export const supervisoryInspection: Rule.Rule<any> = item({
  slug: "supervisory-inspection",
  clause: "4.1",
  letter: "c",
  title: text("未按规定进行监督检验或者监督检验不合格的特种设备", "Equipment without, or failing, its supervisory inspection"),
  message: text(
    "特种设备未按规定进行监督检验或者监督检验不合格，仍继续使用的",
    "Special equipment not given its supervisory inspection as required, or failing it, is still in use"
  ),
  remediation: text("停止使用，按规定申请监督检验，检验合格后方可使用。", "Stop using it, have the supervisory inspection done and use it only once it passes."),
  subject,
  none,
  entry,
  breach: C.because(C.oneOf("supervisoryInspection", ["not-done", "failed"]), "监督检验{supervisoryInspection:label}", "supervisory inspection {supervisoryInspection:label}")
})

/** The situations of 4.2–4.10 that are a use beyond the prescribed parameters or scope of use. */
const fixedVesselUsedAsMobile = C.when(
  C.all(ofKind("pressure-vessel"), C.eq("vesselType", "fixed")),
  yes("convertedToMobileUse", "固定式压力容器改做移动式使用(4.3 b))", "fixed vessel converted to mobile use (4.3 b))"),
  { scope: true }
)
const sightseeingBeyondGradient = C.when(
  C.all(ofKind("in-plant-vehicle"), C.oneOf("vehicleType", ["sightseeing-car", "sightseeing-train"])),
  C.because(C.gt("routeMaxGradient", C.fact("ratedMaxGradient")), "非公路用旅游观光车辆超过最大行驶坡度使用(4.10 e))", "sightseeing vehicle used beyond its maximum gradient (4.10 e))"),
  { scope: true }
)

/**
 * 4.1 d) "有4.2～4.10中规定的超过规定参数、使用范围的情形" — not an independent criterion but a pointer:
 * it names the situations 4.2–4.10 list that are a use beyond the prescribed parameters or scope of
 * use. Of the 43 items of 4.2–4.10 two are such a situation: 4.3 b) (a fixed vessel used as a
 * mobile one: beyond its scope of use) and 4.10 e) (a sightseeing vehicle beyond its maximum
 * gradient: beyond its parameters). This rule reads exactly their facts; its finding accompanies
 * theirs for the same equipment (one hazard, cited by 4.1 d) and by the item it points to).
 *
 * @since 0.2.0
 */
export const beyondParametersOrScope: Rule.Rule<any> = item({
  slug: "beyond-parameters-or-scope",
  clause: "4.1",
  letter: "d",
  title: text("有4.2～4.10中规定的超过规定参数、使用范围情形的特种设备", "Equipment used beyond its parameters or scope as 4.2–4.10 specify"),
  message: text(
    "特种设备有4.2～4.10中规定的超过规定参数、使用范围的情形，仍继续使用的",
    "Special equipment shows one of the situations of 4.2–4.10 that exceed its prescribed parameters or scope of use, and is still in use"
  ),
  remediation: text("停止超参数、超范围使用，按设计参数和使用范围使用设备。", "Stop using it beyond its parameters or scope; use it within its design parameters and scope."),
  subject: C.any(C.all(ofKind("pressure-vessel"), C.eq("vesselType", "fixed")), C.all(ofKind("in-plant-vehicle"), C.oneOf("vehicleType", ["sightseeing-car", "sightseeing-train"]))),
  none: text("登记册中无固定式压力容器和非公路用旅游观光车辆(4.2～4.10中超过规定参数、使用范围的情形只涉及这两类)", "no fixed pressure vessel or sightseeing vehicle in the register (the only equipment the beyond-parameter or beyond-scope situations of 4.2–4.10 concern)"),
  entry,
  breach: C.any(fixedVesselUsedAsMobile, sightseeingBeyondGradient),
  notes: [{
    text: text(
      "4.1 d) 不是独立的判定情形，而是指向4.2～4.10：其中属于“超过规定参数、使用范围”的情形为4.3 b)（固定式压力容器改做移动式使用，超使用范围）和4.10 e)（非公路用旅游观光车辆超过最大行驶坡度使用，超参数）。本规则只读取这两项的事实，发现时与4.3 b)或4.10 e)的发现指同一隐患。",
      "4.1 d) is not an independent criterion but a pointer to 4.2–4.10; the situations there that exceed the prescribed parameters or scope of use are 4.3 b) (a fixed vessel used as a mobile one: beyond its scope) and 4.10 e) (a sightseeing vehicle beyond its maximum gradient: beyond its parameters). This rule reads only their facts; its finding and that of 4.3 b) or 4.10 e) are one hazard."
    )
  }]
})

/** The items of 4.1, in order. @since 0.2.0 */
export const generalItems: ReadonlyArray<Rule.Rule<any>> = [unlicensedBannedOrScrapped, notInspectedAfterAccident, supervisoryInspection, beyondParametersOrScope]
