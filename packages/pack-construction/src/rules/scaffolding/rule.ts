/**
 * 第七条 脚手架工程. The 2022 text (5 items) is tagged "verified-2nd exam page" in §3 — a
 * secondary source, so its citations are `verified: false`; the 2024 text (3 items) is verified.
 *
 * | rule | 2022 第七条 | 2024 第七条 |
 * |---|---|---|
 * | `scaffold-foundation` | (一) | (一) |
 * | `scaffold-wall-ties` | (二) | (二) |
 * | `attached-scaffold-acceptance` | (三) | — (dropped) |
 * | `attached-scaffold-safety-devices` | (四) 不符合设计、失效、被拆除破坏 | (三) 不符合设计、失效、缺失 |
 * | `attached-scaffold-cantilever-height` | (五) | — (dropped) |
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { defineItem, L, named } from "../item.ts"
import type { Edition } from "../item.ts"

const { all, any, because, fact, eq, gt, oneOf, some, value } = Condition

const verifiedIn = (edition: Edition) => edition === "2024"
const attached = because(eq("kind", "attached-lifting"), "附着式升降脚手架", "an attached lifting scaffold")

// ---------------------------------------------------------------------------------------------
// (一) (二)
// ---------------------------------------------------------------------------------------------

const foundation = (edition: Edition) =>
  defineItem({
    slug: "scaffold-foundation",
    edition,
    article: 7,
    item: 1,
    verified: verifiedIn(edition),
    title: L("脚手架基础承载力和变形不满足设计要求", "Scaffold foundation not to design"),
    message: L("脚手架工程的地基基础承载力和变形不满足设计要求", "The bearing capacity and deformation of a scaffold's foundation do not meet the design"),
    remediation: L("停止使用该脚手架，按设计处理地基基础并经验收合格后方可使用。", "Stop using the scaffold; treat the foundation to the design and use it again only after acceptance."),
    keys: ["scaffolds"],
    violationWhen: some(
      "facts.scaffolds",
      because(eq("foundationMeetsDesign", false), "基础承载力和变形不满足设计要求", "foundation not to design"),
      named("facts.scaffolds")
    )
  })

const wallTies = (edition: Edition) =>
  defineItem({
    slug: "scaffold-wall-ties",
    edition,
    article: 7,
    item: 2,
    verified: verifiedIn(edition),
    title: L("脚手架未设置连墙件或连墙件整层缺失", "Scaffold without wall ties, or a whole storey of ties missing"),
    message: L("脚手架未设置连墙件或连墙件整层缺失", "A scaffold has no wall ties, or the ties of a whole storey are missing"),
    remediation: L("立即停止使用，按方案补设连墙件，经检查验收后方可使用。", "Stop using the scaffold at once, fit the wall ties of the plan, and use it again only after inspection."),
    keys: ["scaffolds"],
    violationWhen: some(
      "facts.scaffolds",
      any(
        because(eq("wallTies", "none"), "未设置连墙件", "no wall ties"),
        because(eq("wallTies", "whole-storey-missing"), "连墙件整层缺失", "a whole storey of wall ties missing")
      ),
      named("facts.scaffolds")
    )
  })

/** 2022 第七条(一) (`verified: false`). @since 0.1.0 */
export const scaffoldFoundation2022 = foundation("2022")
/** 2024 第七条(一). @since 0.1.0 */
export const scaffoldFoundation2024 = foundation("2024")
/** 2022 第七条(二) (`verified: false`). @since 0.1.0 */
export const scaffoldWallTies2022 = wallTies("2022")
/** 2024 第七条(二). @since 0.1.0 */
export const scaffoldWallTies2024 = wallTies("2024")

// ---------------------------------------------------------------------------------------------
// 2022 (三) 附着式升降脚手架未经验收合格即投入使用
// ---------------------------------------------------------------------------------------------

/**
 * 2022 第七条(三): 附着式升降脚手架未经验收合格即投入使用. Dropped in 2024 (§3b); 2024 第四条(五)
 * (危大工程 acceptance) reads `dangerousWorks[].acceptance`, not this fact.
 *
 * @since 0.1.0
 */
export const attachedScaffoldAcceptance2022 = defineItem({
  slug: "attached-scaffold-acceptance",
  edition: "2022",
  article: 7,
  item: 3,
  verified: false,
  title: L("附着式升降脚手架未经验收合格即投入使用", "Attached lifting scaffold in use without passing acceptance"),
  message: L("附着式升降脚手架未经验收合格即投入使用", "An attached lifting scaffold is in use without having passed acceptance"),
  remediation: L("停止使用，组织验收，验收合格后方可投入使用。", "Stop using it; organise the acceptance and use it only after passing."),
  keys: ["scaffolds"],
  violationWhen: some(
    "facts.scaffolds",
    all(
      attached,
      because(eq("inUse", true), "已投入使用", "in use"),
      because(eq("acceptancePassed", false), "未经验收合格", "without passing acceptance")
    ),
    named("facts.scaffolds")
  )
})

// ---------------------------------------------------------------------------------------------
// 2022 (四) / 2024 (三) 防倾覆、防坠落、同步升降控制装置
// ---------------------------------------------------------------------------------------------

const NON_CONFORMING = ["not-to-design", "failed", "removed-or-damaged", "missing"] as const

/** A device of the scaffold (its status field) that is not conforming, named `zh`/`en` in the reason. */
const device = (path: string, zh: string, en: string): Condition.Condition =>
  because(oneOf(path, NON_CONFORMING), `${zh}{${path}:label}`, `${en} {${path}:label}`)

const devicesFailing: Condition.Condition =
  all(
    attached,
    any(
      device("antiTiltDevice", "防倾覆装置", "anti-tilt device"),
      device("antiFallDevice", "防坠落装置", "anti-fall device"),
      device("syncLiftControl", "同步升降控制装置", "synchronous lift control")
    )
  )

const deviceTitle = L("附着式升降脚手架防倾覆、防坠落或同步升降控制装置不符合要求", "Attached lifting scaffold safety devices not to requirement")
const deviceRemediation = L(
  "停止升降和使用，按设计修复或补齐防倾覆、防坠落、同步升降控制装置并经检验合格。",
  "Stop lifting and using the scaffold; repair or fit the anti-tilt, anti-fall and synchronous lift control devices to the design and have them tested."
)

/**
 * 2022 第七条(四): 防倾覆、防坠落或同步升降控制装置不符合设计要求、失效、被人为拆除破坏. Every
 * non-conforming status is a violation: a missing device does not meet the design.
 *
 * @since 0.1.0
 */
export const attachedScaffoldSafetyDevices2022 = defineItem({
  slug: "attached-scaffold-safety-devices",
  edition: "2022",
  article: 7,
  item: 4,
  verified: false,
  title: deviceTitle,
  message: L(
    "附着式升降脚手架的防倾覆、防坠落或同步升降控制装置不符合设计要求、失效、被人为拆除破坏",
    "An attached lifting scaffold's anti-tilt, anti-fall or synchronous lift control device is not to design, has failed, or was removed or damaged"
  ),
  remediation: deviceRemediation,
  keys: ["scaffolds"],
  violationWhen: some(
    "facts.scaffolds",
    devicesFailing,
    named("facts.scaffolds")
  )
})

/**
 * 2024 第七条(三): 不符合设计要求、失效或**缺失**. Every non-conforming status is a violation: a
 * removed or damaged device is missing or failed.
 *
 * @since 0.1.0
 */
export const attachedScaffoldSafetyDevices2024 = defineItem({
  slug: "attached-scaffold-safety-devices",
  edition: "2024",
  article: 7,
  item: 3,
  verified: true,
  title: deviceTitle,
  message: L(
    "附着式升降脚手架的防倾覆、防坠落或同步升降控制装置不符合设计要求、失效或缺失",
    "An attached lifting scaffold's anti-tilt, anti-fall or synchronous lift control device is not to design, has failed or is missing"
  ),
  remediation: deviceRemediation,
  keys: ["scaffolds"],
  violationWhen: some(
    "facts.scaffolds",
    devicesFailing,
    named("facts.scaffolds")
  )
})

// ---------------------------------------------------------------------------------------------
// 2022 (五) 悬臂高度
// ---------------------------------------------------------------------------------------------

/**
 * 2022 第七条(五): 附着式升降脚手架使用过程中架体悬臂高度大于架体高度的2/5或大于6m. Strictly
 * greater: exactly 2/5 or exactly 6 m is not over. Dropped in 2024.
 *
 * @since 0.1.0
 */
export const attachedScaffoldCantileverHeight2022 = defineItem({
  slug: "attached-scaffold-cantilever-height",
  edition: "2022",
  article: 7,
  item: 5,
  verified: false,
  title: L("附着式升降脚手架架体悬臂高度超限", "Attached lifting scaffold cantilever too high"),
  message: L(
    "附着式升降脚手架使用过程中架体悬臂高度大于架体高度的2/5或大于6m",
    "An attached lifting scaffold in use cantilevers more than 2/5 of the frame height or more than 6 m"
  ),
  remediation: L("停止使用，增设附着支座或调整架体，使悬臂高度不大于架体高度的2/5且不大于6m。", "Stop using it; add wall supports or adjust the frame so the cantilever is at most 2/5 of the frame height and at most 6 m."),
  keys: ["scaffolds"],
  violationWhen: some(
    "facts.scaffolds",
    all(
      attached,
      because(eq("inUse", true), "使用中", "in use"),
      any(
        // 大于架体高度的2/5: 5 × cantilever > 2 × frame height
        because(
          gt({ multiply: [fact("cantileverHeightMetres"), value(5)] }, { multiply: [fact("frameHeightMetres"), value(2)] }),
          "悬臂高度{cantileverHeightMetres}m大于架体高度{frameHeightMetres}m的2/5",
          "cantilever of {cantileverHeightMetres} m is more than 2/5 of the {frameHeightMetres} m frame"
        ),
        because(gt("cantileverHeightMetres", 6), "悬臂高度{cantileverHeightMetres}m大于6m", "cantilever of {cantileverHeightMetres} m is more than 6 m")
      )
    ),
    named("facts.scaffolds")
  )
})

/** Every version of the 第七条 rules. @since 0.1.0 */
export const scaffoldingRules = [
  scaffoldFoundation2022,
  scaffoldFoundation2024,
  scaffoldWallTies2022,
  scaffoldWallTies2024,
  attachedScaffoldAcceptance2022,
  attachedScaffoldSafetyDevices2022,
  attachedScaffoldSafetyDevices2024,
  attachedScaffoldCantileverHeight2022
] as const
