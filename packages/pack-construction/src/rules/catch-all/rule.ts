/**
 * 其他严重违反法规标准的情形 (the catch-all) — 2022 第十五条 (from memory in §3: `verified: false`)
 * and 2024 第十七条 (verified), which adds the conjunct **且存在现实危险**. One rule id across the
 * renumbering, cited as item 1; severity `advisory` in both editions: the situation is an
 * inspector's finding, not something the facts decide.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { defineItem, L, named } from "../item.ts"
import type { Edition } from "../item.ts"

const { all, because, eq, some } = Condition

const mayCause = because(
  eq("mayCauseMassCasualtiesOrMajorLoss", true),
  "{description|=严重违反法规标准}，可能导致群死群伤或重大经济损失",
  "{description|=serious breach}: could cause mass casualties or major loss"
)

const catchAll = (edition: Edition) =>
  defineItem({
    slug: "other-serious-breaches",
    edition,
    article: edition === "2022" ? 15 : 17,
    item: 1,
    verified: edition === "2024",
    severity: "advisory",
    title: L("其他严重违反法规标准的情形", "Other serious breaches of laws, rules or standards"),
    message: edition === "2022"
      ? L(
        "其他严重违反房屋市政工程安全生产法律法规、部门规章及强制性标准，且可能导致群死群伤或者重大经济损失的情形",
        "Another serious breach of the work-safety laws, rules or mandatory standards for building and municipal works that could cause mass casualties or major economic loss"
      )
      : L(
        "其他严重违反房屋市政工程安全生产法律法规、部门规章及强制性标准，且存在危害程度较大、可能导致群死群伤或造成重大经济损失的现实危险",
        "Another serious breach of the work-safety laws, rules or mandatory standards for building and municipal works that presents a real danger of mass casualties or major economic loss"
      ),
    remediation: L("经核实后按重大事故隐患治理：停工整改、制定治理方案并消除隐患。", "Once confirmed, treat it as a major hazard: stop work, draw up a remediation plan and eliminate the hazard."),
    keys: ["otherSeriousBreaches"],
    violationWhen: some(
      "facts.otherSeriousBreaches",
      edition === "2022"
        ? mayCause
        : all(mayCause, because(eq("realDanger", true), "存在现实危险", "a real danger exists")),
      named("facts.otherSeriousBreaches")
    )
  })

/** 2022 第十五条 (cited as item 1; `verified: false`). @since 0.1.0 */
export const otherSeriousBreaches2022 = catchAll("2022")
/** 2024 第十七条 (cited as item 1). @since 0.1.0 */
export const otherSeriousBreaches2024 = catchAll("2024")

/** Every version. @since 0.1.0 */
export const catchAllRules = [otherSeriousBreaches2022, otherSeriousBreaches2024] as const
