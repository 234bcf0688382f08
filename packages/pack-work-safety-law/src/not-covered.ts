/**
 * 未覆盖的条款 — the articles (and parts of articles) of 安全生产法 (2021) 第四条, 第五条, 第二十一条
 * to 第五十一条 and 第八十一条 to 第八十三条 that have no rule in this pack, each with the reason: a
 * duty of government, a duty that a unit's record cannot show, or an article whose text is not in
 * the project's fact base (regulations.md §7) and is therefore not encoded. `REFERENCE.md` lists
 * them after the rules, and `src/coverage.test.ts` checks that every article of those ranges has a
 * rule or an entry here.
 *
 * @since 0.2.0
 */
import type { Localized } from "@anquan/core"

/**
 * Why an article (or a part of one) has no rule.
 * - `government`: the duty is a government department's, not the unit's;
 * - `not-observable`: a unit's record cannot show whether it is met;
 * - `text-not-in-fact-base`: regulations.md §7 does not give the article's text, so nothing is encoded.
 *
 * @since 0.2.0
 */
export type NotCoveredReason = "government" | "not-observable" | "text-not-in-fact-base"

/**
 * One article, or one part of an article (`part`), without a rule.
 *
 * @since 0.2.0
 */
export interface NotCovered {
  readonly article: number
  /** The part of the article without a rule; absent = the whole article. */
  readonly part?: Localized
  readonly reason: NotCoveredReason
  readonly explanation: Localized
}

const t = (zh: string, en: string): Localized => ({ "zh-CN": zh, en })

/**
 * The articles and parts without a rule, in article order.
 *
 * @since 0.2.0
 */
export const notCovered: ReadonlyArray<NotCovered> = [
  {
    article: 4,
    part: t("安全生产标准化、信息化建设", "standardisation and digitalisation"),
    reason: "not-observable",
    explanation: t("“加强标准化、信息化建设”没有可在单位记录中判定的标准（标准化定级另有规定，不在本包）。", "\"Build standardisation and digitalisation\" sets no measure a record can be judged against (standardisation grading has its own rules, outside this pack).")
  },
  {
    article: 5,
    reason: "not-observable",
    explanation: t("主要负责人是第一责任人，这是责任归属而非可核查的义务；其职责由第二十一条的规则判定。", "The principal is the first person responsible: an attribution of responsibility, not a duty a record can show; the principal's duties are the rule of article 21.")
  },
  {
    article: 25,
    reason: "text-not-in-fact-base",
    explanation: t("regulations.md §7 只写“安全生产管理机构和人员的七项职责”，未列出各项职责，故不编码。", "regulations.md §7 names \"the 7 duties of the safety body and staff\" without listing them, so none is encoded.")
  },
  {
    article: 26,
    part: t("重大决策听取安全生产管理人员意见；不得因其依法履职降低待遇或者解除劳动合同", "hearing the safety staff on safety decisions; not penalising them for doing their job"),
    reason: "not-observable",
    explanation: t("单位记录无法表明决策时是否听取意见、处分是否因履职而起。", "A unit's record cannot show whether the safety staff were heard, or why one was penalised.")
  },
  {
    article: 28,
    part: t("实习学生的劳动防护用品；劳务派遣单位的培训义务", "interns' protective equipment; the dispatch agency's own training duty"),
    reason: "not-observable",
    explanation: t("本包没有实习学生防护用品的单独事实（第四十五条的规则判定向从业人员提供劳动防护用品）；劳务派遣单位的义务属于另一单位的记录。", "The pack has no separate fact for interns' protective equipment (the article 45 rule judges protective equipment for the staff); the dispatch agency's duty belongs to another unit's record.")
  },
  {
    article: 41,
    part: t("第三款：政府部门将重大事故隐患纳入信息系统并督办", "third paragraph: government departments record and supervise major accident hazards"),
    reason: "government",
    explanation: t("是负有安全生产监督管理职责的部门的职责，不是生产经营单位的义务。", "A duty of the supervising departments, not of the unit.")
  },
  {
    article: 44,
    part: t("关注从业人员的身体、心理状况和行为习惯，加强心理疏导", "attention to workers' physical and mental condition and habits, psychological support"),
    reason: "not-observable",
    explanation: t("单位记录无法表明这种关注是否到位，法律也未给出判定标准。", "A record cannot show whether such attention is paid, and the law gives no measure.")
  },
  {
    article: 49,
    part: t("矿山、金属冶炼和危险物品建设项目不得转包、违法分包", "mine, metal-smelting and dangerous-goods projects not to be passed on or illegally subcontracted"),
    reason: "text-not-in-fact-base",
    explanation: t("regulations.md §7 只有一句概括，未给出“违法分包”的判定依据，也未列出对应的罚则，故不编码。", "regulations.md §7 has a one-line summary with no test of \"illegal subcontracting\" and no penalty line, so it is not encoded.")
  },
  {
    article: 50,
    reason: "text-not-in-fact-base",
    explanation: t("regulations.md §7 没有第五十条的内容，不予猜测。", "regulations.md §7 has no text for article 50; nothing is guessed.")
  },
  {
    article: 51,
    part: t("安全生产责任保险的具体范围和实施办法", "the scope and method of liability insurance"),
    reason: "government",
    explanation: t("由国务院应急管理部门会同有关部门制定；本包的行业清单见 liability-insurance 规则（未核实）。", "Set by the 应急管理部 with other departments; the pack's sector list is in the liability-insurance rule (unverified).")
  }
]

const reasonLabel: Record<NotCoveredReason, string> = {
  government: "政府职责 government duty",
  "not-observable": "记录无法表明 not observable in a unit's record",
  "text-not-in-fact-base": "条文不在事实库 text not in the fact base"
}

const zhNumber = (n: number): string => {
  const digits = "零一二三四五六七八九"
  if (n < 10) return digits[n]!
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? "" : digits[tens]}十${ones === 0 ? "" : digits[ones]}`
}

/**
 * The "not covered" section of `REFERENCE.md`, as Markdown.
 *
 * @since 0.2.0
 */
export const notCoveredSection = (): string => {
  const out = [
    "",
    "## Not covered",
    "",
    "The articles and parts of 第四条, 第五条, 第二十一条–第五十一条 and 第八十一条–第八十三条 without a rule, and why",
    "(`src/not-covered.ts`; every other article of those ranges has at least one rule above).",
    "",
    "| article | part | reason | explanation |",
    "|---|---|---|---|"
  ]
  for (const n of notCovered) {
    out.push(`| 第${zhNumber(n.article)}条 | ${n.part === undefined ? "whole article" : `${n.part["zh-CN"]} — ${n.part.en}`} | ${reasonLabel[n.reason]} | ${n.explanation["zh-CN"]} ${n.explanation.en} |`)
  }
  return out.join("\n") + "\n"
}
