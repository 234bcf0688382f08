/**
 * The regulator's sections of the HTML report — 执法 (`--enforcement`), 信用 (`--credit`), 事故调查
 * (`--investigations`), 举报与奖励 (`--reports`: no reporter's identity, its data has none) and
 * 安全生产标准化 (`--standardization`) — rendered here, in TypeScript, as HTML strings: each section is written
 * once per language (`<div data-lang-block lang="zh-CN">` and `lang="en"`), the page's language
 * switch shows one and hides the other, and print shows the one on screen. Their figures are
 * static (no chart, no paging), so the page needs no script to show them, and a test reads them as
 * a string: every text comes from {@link SECTION_TEXTS} (the same keys in both languages, checked
 * by the compiler), every value from the data goes through {@link escapeHtml}.
 *
 * This module is part of every `anquan check` (the executable bundles it): it imports no value of
 * the packages behind the sections (`@anquan/accident`, `@anquan/credit`, `@anquan/enforcement`,
 * `@anquan/whistleblowing`, `@anquan/standardization`), only their types; the names it needs (grades,
 * levels) come in the section's data or are its own texts.
 *
 * Lists are capped ({@link SECTION_LISTED} rows each, the rest counted and said so); the json report
 * carries them all.
 *
 * @since 0.2.0
 */
import type { Locale } from "@anquan/core"
import { sectorLabel, supervisingDepartmentLabel, SupervisingDepartments } from "@anquan/core"
import type { Sector, SupervisingDepartment } from "@anquan/core"
import type { RateFigures } from "@anquan/credit"
import type { CaseStage, StatisticsRow } from "@anquan/enforcement"
import type { CreditSection } from "../credit/section.ts"
import type { EnforcementSection } from "../enforcement/section.ts"
import type { InvestigationSection, SectionDeadline } from "../investigation/section.ts"
import type { ReportsFigures, ReportsSection } from "../reports/section.ts"
import type { StandardizationSection } from "../standardization/section.ts"

/** Rows listed in each table of these sections (all are counted). @since 0.2.0 */
export const SECTION_LISTED = 100

const zh = {
  enforcement: "执法",
  caseStore: "执法案件库",
  asOf: "截至",
  "card-cases": "案件（件）",
  "card-open": "未结案（件）",
  "card-closed": "已结案（件）",
  "card-running": "整改期限未到的责令（件）",
  "card-overdue-orders": "逾期未改（件）",
  "card-decided": "处罚决定（件）",
  "card-publication-late": "处罚决定逾期未公开或迟延公开（件）",
  "card-publication-due": "待公开、期限未到的处罚决定（件）",
  "card-target": "本年非事故类处罚案件 / 目标",
  "card-target-penalty": "本年处罚案件 / 目标",
  openByStage: "未结案件按阶段",
  stage: "阶段",
  count: "数量",
  "stage-inspected": "已检查",
  "stage-findings-recorded": "已认定违法行为",
  "stage-rectification-ordered": "已责令改正",
  "stage-penalty-decided": "已作出处罚决定",
  "stage-reviewed": "已复查",
  "stage-closed": "已结案",
  overdueOrders: "逾期未改的责令限期改正",
  runningOrders: "整改期限未到的责令限期改正",
  caseId: "案件编号",
  unit: "单位",
  department: "部门",
  issuedOn: "下达日期",
  deadline: "整改期限",
  daysOverdue: "逾期天数",
  daysLeft: "剩余天数",
  lastReview: "最近复查",
  notRectified: "{on} 复查未整改",
  publication: "处罚决定公开（安全生产法第七十八条：七个工作日内）",
  calendarGiven: "工作日按所给的工作日历（法定节假日、调休上班日）计算。",
  calendarWeekends: "未提供工作日历：只扣除周末，未扣除法定节假日（用 {flag} 提供）。",
  documentNo: "决定书文号",
  decidedOn: "作出日期",
  publishBy: "公开期限",
  publishedOn: "公开日期",
  notPublished: "未公开",
  workingDaysLate: "迟延工作日",
  publicationDue: "待公开的处罚决定（期限未到）",
  statistics: "本年执法统计",
  period: "统计期",
  comparison: "同比期",
  target: "目标",
  targetLine: "非事故类处罚案件同比增加 {n}%",
  targetLinePenalty: "处罚案件同比增加 {n}%",
  targetSource: "来源",
  noTarget: "未设目标",
  unverified: "未经官方文本核实",
  opened: "立案",
  ordered: "责令改正",
  penaltyCases: "处罚",
  nonAccident: "非事故类处罚",
  fineYuan: "罚款（元）",
  closed: "结案",
  overdue: "逾期",
  baseline: "同期基数",
  total: "合计",
  met: "达成",
  notMet: "未达成",
  none: "无",
  shownFirst: "仅列出 {n} 项，共 {m} 项",
  credit: "信用与失信名单",
  creditStore: "信用库",
  config: "配置",
  builtInConfig: "内置示例配置",
  "card-active": "生效中的名单条目（条）",
  "card-pending": "待生效（条）",
  "card-expired": "已到期（条）",
  "card-repaired": "已信用修复（条）",
  "card-removed": "已移出（条）",
  "card-rated": "评级有效的企业（家）",
  "card-class": "{id}类（{label}）企业（家）",
  "card-rate": "信用等级评估率（目标 ≥ {n}%）",
  inForce: "生效中的失信名单条目",
  entryId: "名单编号",
  condition: "列入情形",
  from: "列入日期",
  expiresOn: "到期日期",
  untilRepaired: "直至信用修复或移出",
  blocks: "限制事项",
  repairable: "可信用修复",
  yes: "是",
  no: "否",
  classes: "信用等级分布（有效评级中最新的一次）",
  creditClass: "等级",
  enterprises: "企业（家）",
  share: "占比",
  classLabel: "{id}类（{label}）",
  ratingsValid: "评级有效期 {n} 日",
  rate: "信用等级评估率（规模以上企业）",
  jurisdiction: "行政区划",
  inScope: "规模以上企业",
  rated: "已评级",
  ratePercent: "评估率",
  attained: "达成情况",
  noRate: "未提供企业名单（{flag}），未计算评估率。",
  scaleUnknown: "规模不明的企业（未计入）：{n} 家",
  unrated: "未评级的规模以上企业：{list}",
  investigations: "事故调查",
  investigationSource: "调查案件来源",
  counting: "期限计算",
  "clock-accident-day": "调查报告期限自事故发生之日起算",
  "clock-investigation-start": "调查报告期限自调查开始之日起算",
  "first-excluded": "起算当日不计入",
  "first-included": "起算当日计入",
  countingUnverified: "计算口径未经官方文本核实",
  "days-calendar": "按日历日计",
  "days-working": "按工作日计（所给的工作日历：法定节假日、调休上班日）",
  "card-inv-cases": "调查案件（件）",
  "card-grade": "{grade}（件）",
  "card-report-overdue": "调查报告超期（件）",
  "card-approval-overdue": "批复超期（件）",
  "card-inv-open": "未结案（件）",
  "card-level-below": "调查层级低于法定层级（件）",
  "card-rejected": "无法读取的案件（件）",
  deadlines: "调查与批复期限",
  accidentId: "事故编号",
  occurredOn: "发生日期",
  grade: "等级",
  investigatedBy: "负责调查（法定 / 实际）",
  notStated: "未填报",
  reportDeadline: "调查报告期限",
  reportStatus: "调查报告",
  approvalDeadline: "批复期限",
  approvalStatus: "批复",
  "ds-on-time": "按期完成",
  "ds-late": "超期完成",
  "ds-overdue": "已超期",
  "ds-pending": "未到期",
  "ds-waiting": "待调查报告",
  extended: "含延长 {n} 日",
  doneOn: "{on} 完成",
  closure: "结案核查（四不放过、结案备案）",
  closureStatus: "结案",
  "closure-closed": "已结案",
  "closure-open": "未结案",
  "ci-cause-identified": "原因查清",
  "ci-responsible-handled": "责任者处理",
  "ci-measures-taken": "整改措施落实",
  "ci-lessons-learned": "吸取教训",
  "ci-filed": "结案备案",
  "item-done": "已完成",
  "item-not-done": "未完成",
  "item-unknown": "不明",
  rejectedCases: "无法读取的案件",
  caseIndex: "序号",
  problems: "问题",
  reports: "举报与奖励",
  reportStore: "举报登记簿",
  reportsConfig: "办理时限与奖励档次",
  noReportsConfig: "未提供（无办理时限，不计逾期；无奖励档次）",
  rewardBasis: "奖励依据",
  "card-received": "受理举报（件）",
  "card-checked": "已核查（件）",
  "card-verified": "属实（件）",
  "card-verified-rate": "属实率",
  "card-rewards-granted": "决定奖励（件）",
  "card-rewards-declined": "不予奖励（件）",
  "card-yuan-granted": "决定奖励金额（元）",
  "card-yuan-paid": "已兑付金额（元）",
  "card-steps-overdue": "逾期未办的步骤（项）",
  byState: "按办理状态",
  byCategory: "按举报事项",
  state: "状态",
  category: "举报事项",
  "rs-received": "已受理",
  "rs-assigned": "已交办",
  "rs-verified": "属实",
  "rs-not-verified": "不属实",
  "rs-reward-granted": "决定奖励",
  "rs-reward-declined": "决定不予奖励",
  "rs-paid": "奖励已兑付",
  "rc-major-risk": "重大安全风险",
  "rc-major-hazard": "重大事故隐患",
  "rc-hazard": "事故隐患",
  "rc-violation": "安全生产违法行为",
  "step-assign": "交办",
  "step-finding": "核查",
  "step-reward-decision": "奖励决定",
  "step-payment": "兑付",
  deadlinesNotConfigured: "未配置时限、不计逾期的步骤：{list}",
  deadlineDays: "时限",
  deadlinesGiven: "{step} {n} 日",
  overdueSteps: "逾期未办的步骤",
  reportId: "举报编号",
  step: "步骤",
  dueOn: "应办日期",
  daysLate: "逾期天数",
  reportsByJurisdiction: "分地区（按举报所涉行政区划）",
  received: "受理",
  checked: "已核查",
  verified: "属实",
  verifiedRate: "属实率",
  rewardsGranted: "奖励",
  rewardsDeclined: "不予奖励",
  yuanGranted: "决定金额（元）",
  yuanPaid: "兑付金额（元）",
  rewardDecisions: "奖励决定（金额按决定记载，不作计算）",
  decidedOnCol: "决定日期",
  outcome: "决定",
  "outcome-granted": "奖励",
  "outcome-declined": "不予奖励",
  level: "档次",
  amountYuan: "金额（元）",
  paidOnCol: "兑付日期",
  paidYuan: "兑付金额（元）",
  notPaid: "未兑付",
  reporterProtected: "举报人身份不在本报告中（依法保护举报人）。",
  standardization: "安全生产标准化",
  stdSource: "标准化档案",
  targetsFrom: "目标",
  builtInTargets: "种子计划 002、004 所定目标",
  configTargets: "配置文件所定目标，未与种子计划核对",
  "card-std-enterprises": "登记企业（家）",
  "card-std-valid": "持有效证书（家）",
  "card-std-expired": "证书已过有效期（家）",
  "card-std-revoked": "证书已撤销（家）",
  "card-std-none": "未取得证书（家）",
  "grade-1": "一级",
  "grade-2": "二级",
  "grade-3": "三级",
  measureRate: "{grade}及以上达标率 ≥ {n}%",
  measureNew: "{from} – {to} 新达到{grade}及以上 ≥ {n} 家",
  dueLine: "期限 {due}",
  pastDue: "已过期限",
  source: "来源",
  reading: "解读（本工具的解读，非原文所述）",
  group: "分组",
  population: "覆盖企业",
  achieved: "达标",
  stdRate: "达标率",
  certExpired: "证书过期",
  certRevoked: "证书撤销",
  atLeastCount: "≥ {n} 家",
  validityNote: "证书未载明有效期的，按批准之日起三年计（未经官方文本核实）；过期或撤销的证书不计入达标。",
  revocationCandidates: "撤销候选",
  revocationLine: "按所给的触发条件（{file}），有效证书 {n} 张中 {m} 张为撤销候选：仅为建议，撤销须另行记录撤销步骤。",
  revocationUnverified: "何种事故或重大事故隐患导致撤销，现有法规资料未载明（未经官方文本核实）",
  revocationUnassessed: "未设事故触发条件，未评估的事故：{n} 起",
  certificate: "证书",
  triggersMet: "触发情形",
  "trigger-major-hazard": "{on} 发现重大事故隐患 {id}",
  "trigger-accident": "{on} 发生{grade} {id}（死亡 {deaths} 人）",
  localRules: "触发条件依据"
} as const

type SectionTextKey = keyof typeof zh

/**
 * Every text of these sections, in both languages: the same keys (the compiler checks it), and no
 * text of one language in the other (a test checks the rendered sections).
 *
 * @since 0.2.0
 */
export const SECTION_TEXTS: { readonly [L in Locale]: { readonly [K in SectionTextKey]: string } } = {
  "zh-CN": zh,
  en: {
    enforcement: "Enforcement",
    caseStore: "case store",
    asOf: "as of",
    "card-cases": "cases",
    "card-open": "open cases",
    "card-closed": "closed cases",
    "card-running": "orders to rectify before their deadline",
    "card-overdue-orders": "orders overdue",
    "card-decided": "penalty decisions",
    "card-publication-late": "penalty decisions published late or not yet",
    "card-publication-due": "penalty decisions to publish, before their deadline",
    "card-target": "non-accident penalty cases this year / target",
    "card-target-penalty": "penalty cases this year / target",
    openByStage: "Open cases by stage",
    stage: "Stage",
    count: "Count",
    "stage-inspected": "inspected",
    "stage-findings-recorded": "violations recorded",
    "stage-rectification-ordered": "ordered to rectify",
    "stage-penalty-decided": "penalty decided",
    "stage-reviewed": "reviewed",
    "stage-closed": "closed",
    overdueOrders: "Orders to rectify past their deadline",
    runningOrders: "Orders to rectify before their deadline",
    caseId: "Case",
    unit: "Unit",
    department: "Department",
    issuedOn: "Issued",
    deadline: "Deadline",
    daysOverdue: "Days overdue",
    daysLeft: "Days left",
    lastReview: "Last review",
    notRectified: "{on}: not rectified",
    publication: "Publication of penalty decisions (Work Safety Law art. 78: within 7 working days)",
    calendarGiven: "Working days follow the calendar given (public holidays, weekend days worked).",
    calendarWeekends: "No working-day calendar given: only weekends are skipped, not public holidays (give one with {flag}).",
    documentNo: "Decision",
    decidedOn: "Decided",
    publishBy: "Publish by",
    publishedOn: "Published",
    notPublished: "not published",
    workingDaysLate: "Working days late",
    publicationDue: "Penalty decisions to publish before their deadline",
    statistics: "Enforcement figures this year",
    period: "period",
    comparison: "compared with",
    target: "Target",
    targetLine: "non-accident penalty cases +{n}% year on year",
    targetLinePenalty: "penalty cases +{n}% year on year",
    targetSource: "source",
    noTarget: "no target",
    unverified: "not checked against an official text",
    opened: "Opened",
    ordered: "Ordered",
    penaltyCases: "Penalties",
    nonAccident: "Non-accident penalties",
    fineYuan: "Fines (yuan)",
    closed: "Closed",
    overdue: "Overdue",
    baseline: "Baseline",
    total: "total",
    met: "met",
    notMet: "not met",
    none: "none",
    shownFirst: "showing {n} of {m}",
    credit: "Credit and the blacklist",
    creditStore: "credit store",
    config: "configuration",
    builtInConfig: "the built-in example",
    "card-active": "blacklist entries in force",
    "card-pending": "entries not yet in force",
    "card-expired": "entries expired",
    "card-repaired": "entries repaired",
    "card-removed": "entries removed",
    "card-rated": "enterprises with a rating in force",
    "card-class": "enterprises in class {id}",
    "card-rate": "rating rate (target ≥ {n}%)",
    inForce: "Blacklist entries in force",
    entryId: "Entry",
    condition: "Condition",
    from: "Listed",
    expiresOn: "Expires",
    untilRepaired: "until repaired or removed",
    blocks: "Blocks",
    repairable: "Repairable",
    yes: "yes",
    no: "no",
    classes: "Enterprises by credit class (their latest rating in force)",
    creditClass: "Class",
    enterprises: "Enterprises",
    share: "Share",
    classLabel: "class {id}",
    ratingsValid: "a rating stays in force {n} days",
    rate: "Rating rate (enterprises above designated size)",
    jurisdiction: "Jurisdiction",
    inScope: "Above designated size",
    rated: "Rated",
    ratePercent: "Rate",
    attained: "Attained",
    noRate: "No list of enterprises given ({flag}): the rating rate is not computed.",
    scaleUnknown: "enterprises of unknown size (not counted): {n}",
    unrated: "enterprises above designated size without a rating: {list}",
    investigations: "Accident investigations",
    investigationSource: "investigation cases",
    counting: "deadlines",
    "clock-accident-day": "the report period runs from the day of the accident",
    "clock-investigation-start": "the report period runs from the start of the investigation",
    "first-excluded": "the first day not counted",
    "first-included": "the first day counted",
    countingUnverified: "this counting is not checked against an official text",
    "days-calendar": "calendar days",
    "days-working": "working days, by the calendar given (public holidays, weekend days worked)",
    "card-inv-cases": "investigations",
    "card-grade": "{grade}",
    "card-report-overdue": "reports past their deadline",
    "card-approval-overdue": "approvals past their deadline",
    "card-inv-open": "cases not closed",
    "card-level-below": "investigated below the required level",
    "card-rejected": "cases that could not be read",
    deadlines: "Investigation and approval deadlines",
    accidentId: "Accident",
    occurredOn: "Occurred",
    grade: "Grade",
    investigatedBy: "Investigated by (required / actual)",
    notStated: "not stated",
    reportDeadline: "Report due",
    reportStatus: "Report",
    approvalDeadline: "Approval due",
    approvalStatus: "Approval",
    "ds-on-time": "on time",
    "ds-late": "late",
    "ds-overdue": "overdue",
    "ds-pending": "not yet due",
    "ds-waiting": "awaiting the report",
    extended: "extended by {n} days",
    doneOn: "done {on}",
    closure: "Case closure checklist (the four “no letting go”, closure filed)",
    closureStatus: "Closure",
    "closure-closed": "closed",
    "closure-open": "open",
    "ci-cause-identified": "cause found",
    "ci-responsible-handled": "those responsible dealt with",
    "ci-measures-taken": "measures in place",
    "ci-lessons-learned": "lessons learned",
    "ci-filed": "closure filed",
    "item-done": "done",
    "item-not-done": "not done",
    "item-unknown": "unknown",
    rejectedCases: "Cases that could not be read",
    caseIndex: "Index",
    problems: "Problems",
    reports: "Public reports and rewards",
    reportStore: "report register",
    reportsConfig: "deadlines and reward levels",
    noReportsConfig: "none given (no deadlines, so nothing is overdue; no reward levels)",
    rewardBasis: "reward rules",
    "card-received": "reports received",
    "card-checked": "reports checked",
    "card-verified": "reports verified",
    "card-verified-rate": "verified rate",
    "card-rewards-granted": "rewards granted",
    "card-rewards-declined": "rewards declined",
    "card-yuan-granted": "rewards decided (yuan)",
    "card-yuan-paid": "rewards paid (yuan)",
    "card-steps-overdue": "steps overdue",
    byState: "By state",
    byCategory: "By category",
    state: "State",
    category: "Category",
    "rs-received": "received",
    "rs-assigned": "assigned",
    "rs-verified": "verified",
    "rs-not-verified": "not verified",
    "rs-reward-granted": "reward granted",
    "rs-reward-declined": "reward declined",
    "rs-paid": "reward paid",
    "rc-major-risk": "major safety risk",
    "rc-major-hazard": "major accident hazard",
    "rc-hazard": "accident hazard",
    "rc-violation": "violation of work-safety law",
    "step-assign": "assignment",
    "step-finding": "finding",
    "step-reward-decision": "reward decision",
    "step-payment": "payment",
    deadlinesNotConfigured: "steps without a configured deadline, never overdue: {list}",
    deadlineDays: "deadlines",
    deadlinesGiven: "{step} {n} days",
    overdueSteps: "Steps overdue",
    reportId: "Report",
    step: "Step",
    dueOn: "Due",
    daysLate: "Days late",
    reportsByJurisdiction: "By jurisdiction (where the reported matter is)",
    received: "Received",
    checked: "Checked",
    verified: "Verified",
    verifiedRate: "Verified rate",
    rewardsGranted: "Granted",
    rewardsDeclined: "Declined",
    yuanGranted: "Decided (yuan)",
    yuanPaid: "Paid (yuan)",
    rewardDecisions: "Reward decisions (amounts as decided, not computed)",
    decidedOnCol: "Decided",
    outcome: "Decision",
    "outcome-granted": "granted",
    "outcome-declined": "declined",
    level: "Level",
    amountYuan: "Amount (yuan)",
    paidOnCol: "Paid",
    paidYuan: "Paid (yuan)",
    notPaid: "not paid",
    reporterProtected: "No reporter's identity is in this report (reporters are protected).",
    standardization: "Work-safety standardization",
    stdSource: "standardization records",
    targetsFrom: "targets",
    builtInTargets: "the targets of seeds 002 and 004",
    configTargets: "targets from a configuration file, not checked against the seeds",
    "card-std-enterprises": "enterprises enrolled",
    "card-std-valid": "holding a certificate in force",
    "card-std-expired": "certificate lapsed",
    "card-std-revoked": "certificate revoked",
    "card-std-none": "never certified",
    "grade-1": "grade 1",
    "grade-2": "grade 2",
    "grade-3": "grade 3",
    measureRate: "{grade} or higher: rate ≥ {n}%",
    measureNew: "newly certified at {grade} or higher from {from} to {to}: ≥ {n}",
    dueLine: "due {due}",
    pastDue: "past due",
    source: "source",
    reading: "reading (this SDK's, not the source's words)",
    group: "Group",
    population: "Population",
    achieved: "Reached",
    stdRate: "Rate",
    certExpired: "Lapsed",
    certRevoked: "Revoked",
    atLeastCount: "≥ {n}",
    validityNote: "A certificate that states no end lasts three years from its approval (not checked against an official text); lapsed and revoked certificates do not count.",
    revocationCandidates: "Candidates for revocation",
    revocationLine: "Under the triggers given ({file}), {m} of the {n} certificates in force are candidates for revocation: proposed only, a revocation is recorded as its own step.",
    revocationUnverified: "which accidents or major accident hazards lead to revocation is not in the regulation facts (not checked against an official text)",
    revocationUnassessed: "no accident trigger configured; accidents not assessed: {n}",
    certificate: "Certificate",
    triggersMet: "Triggers met",
    "trigger-major-hazard": "{on}: major accident hazard {id} found",
    "trigger-accident": "{on}: {grade} accident {id} (deaths: {deaths})",
    localRules: "triggers' basis"
  }
}

/**
 * Escapes text for HTML content and attribute values.
 *
 * @since 0.2.0
 */
export const escapeHtml = (value: unknown): string =>
  String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c]!)

/** The texts of one language, with `{name}` placeholders filled (values escaped). */
const textsOf = (locale: Locale) => {
  const T = SECTION_TEXTS[locale]
  const t = (key: SectionTextKey, vars: Readonly<Record<string, string | number>> = {}): string =>
    escapeHtml(T[key]).replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? escapeHtml(vars[name]) : m))
  return t
}

const card = (cls: string, figure: string | number, key: string, label: string): string =>
  `<div class="card ${cls}" data-card="${key}"><div class="n${/^[0-9.\/%—-]*$/.test(String(figure)) ? "" : " small"}">${escapeHtml(figure)}</div><div class="l">${label}</div></div>`

/** A table: the header cells and the rows are HTML already (escaped by their makers). */
const table = (id: string, head: ReadonlyArray<string>, rows: ReadonlyArray<string>, none: string): string =>
  `<table id="${id}"><tr><th>${head.join("</th><th>")}</th></tr>${rows.length === 0 ? `<tr><td colspan="${head.length}" class="muted">${none}</td></tr>` : rows.join("")}</table>`

const tr = (cells: ReadonlyArray<string | number>, attrs = ""): string => `<tr${attrs}><td>${cells.join("</td><td>")}</td></tr>`

/** The first rows of a list and, when there are more, a line saying how many. */
const capped = <A>(list: ReadonlyArray<A>, t: ReturnType<typeof textsOf>): { readonly shown: ReadonlyArray<A>; readonly note: string } => ({
  shown: list.slice(0, SECTION_LISTED),
  note: list.length > SECTION_LISTED ? `<div class="muted note">${t("shownFirst", { n: SECTION_LISTED, m: list.length })}</div>` : ""
})

const code = (s: string): string => `<code>${escapeHtml(s)}</code>`
const unit = (name: string | null | undefined, creditCode: string): string =>
  name === null || name === undefined || name === "" ? code(creditCode) : `${escapeHtml(name)}<br>${code(creditCode)}`
const pct = (p: number | null): string => (p === null ? "—" : `${p}%`)
const sep = (locale: Locale): string => (locale === "en" ? ", " : "、")
const paren = (locale: Locale, s: string): string => (locale === "en" ? ` (${s})` : `（${s}）`)

const departmentName = (d: string, locale: Locale): string =>
  (SupervisingDepartments as ReadonlyArray<string>).includes(d) ? escapeHtml(supervisingDepartmentLabel(d as SupervisingDepartment, locale)) : code(d)

/** Both languages of a section, the page's language shown. */
const bilingual = (id: string, shown: Locale, render: (locale: Locale) => string): string =>
  `\n  <section id="${id}" class="regulator-section">${(["zh-CN", "en"] as const).map((l) =>
    `\n    <div data-lang-block lang="${l}"${l === shown ? "" : " hidden"}>${render(l)}\n    </div>`).join("")}\n  </section>`

// ---------------------------------------------------------------------------------------------
// 执法
// ---------------------------------------------------------------------------------------------

const STAGES: ReadonlyArray<CaseStage> = ["inspected", "findings-recorded", "rectification-ordered", "penalty-decided", "reviewed", "closed"]

const enforcementBody = (s: EnforcementSection, locale: Locale): string => {
  const t = textsOf(locale)
  const st = s.statistics
  const target = st.total.target
  const nonAccident = st.target?.metric === "non-accident-penalty-cases"
  const cards = [
    card("", s.cases.total, "enforcement-cases", t("card-cases")),
    card("", s.cases.open, "enforcement-open", t("card-open")),
    card("", s.cases.closed, "enforcement-closed", t("card-closed")),
    card("", s.runningOrders.length, "orders-running", t("card-running")),
    card("bad", s.overdueOrders.length, "orders-overdue", t("card-overdue-orders")),
    card("", s.publication.decided, "penalties-decided", t("card-decided")),
    card("bad", s.publication.late.length, "publication-late", t("card-publication-late")),
    card("", s.publication.due.length, "publication-due", t("card-publication-due")),
    ...(target === undefined ? [] : [card(target.met ? "ok" : "bad", `${target.actual}/${target.required}`, "enforcement-target", t(nonAccident ? "card-target" : "card-target-penalty"))])
  ]
  const overdue = capped(s.overdueOrders, t)
  const running = capped(s.runningOrders, t)
  const late = capped(s.publication.late, t)
  const due = capped(s.publication.due, t)
  const figures = (label: string, r: StatisticsRow, kind: string) => tr([
    label,
    r.figures.opened,
    r.figures.ordered,
    r.figures.penaltyCases,
    r.figures.nonAccidentPenaltyCases,
    r.figures.fineYuan,
    r.figures.closed,
    r.figures.overdueOrders,
    r.target?.baseline ?? r.comparison.penaltyCases,
    r.target === undefined ? "—" : `${r.target.actual}/${r.target.required} <span class="${r.target.met ? "met" : "not-met"}">${r.target.met ? t("met") : t("notMet")}</span>`
  ], ` data-row="${kind}"`)
  const targetLine = st.target === undefined
    ? t("noTarget")
    : `${t(nonAccident ? "targetLine" : "targetLinePenalty", { n: st.target.growthPercent })} · ${t("targetSource")}: <cite>${escapeHtml(st.target.source.document)}</cite>${st.target.source.verified ? "" : paren(locale, t("unverified"))}`
  return `
      <h2>${t("enforcement")}</h2>
      <div class="muted meta-line">${t("caseStore")}: ${code(s.source)} · ${t("asOf")} ${escapeHtml(s.asOf)}</div>
      <div class="cards">${cards.join("")}</div>
      <h3>${t("openByStage")}</h3>
      ${table("enforcement-stages", [t("stage"), t("count")], STAGES.filter((x) => x !== "closed").map((x) => tr([t(`stage-${x}` as SectionTextKey), s.cases.byStage[x]], ` data-stage="${x}"`)), t("none"))}
      <h3>${t("overdueOrders")}</h3>
      ${table("enforcement-overdue", [t("caseId"), t("unit"), t("department"), t("deadline"), t("daysOverdue"), t("lastReview")], overdue.shown.map((o) => tr([
        code(o.caseId), unit(o.subjectName, o.subject), departmentName(o.department, locale), escapeHtml(o.deadline),
        `<span class="overdue">${o.daysOverdue}</span>`, o.lastReviewOn === null ? "—" : t("notRectified", { on: o.lastReviewOn })
      ], ` class="overdue-order"`)), t("none"))}${overdue.note}
      <h3>${t("runningOrders")}</h3>
      ${table("enforcement-running", [t("caseId"), t("unit"), t("department"), t("issuedOn"), t("deadline"), t("daysLeft")], running.shown.map((o) => tr([
        code(o.caseId), unit(o.subjectName, o.subject), departmentName(o.department, locale), escapeHtml(o.issuedOn), escapeHtml(o.deadline), o.daysLeft
      ], ` class="running-order"`)), t("none"))}${running.note}
      <h3>${t("publication")}</h3>
      <div class="muted note">${s.publication.calendar === "given" ? t("calendarGiven") : t("calendarWeekends").replace("{flag}", code("--calendar"))}</div>
      ${table("enforcement-publication", [t("caseId"), t("documentNo"), t("decidedOn"), t("publishBy"), t("publishedOn"), t("workingDaysLate")], late.shown.map((f) => tr([
        code(f.caseId), escapeHtml(f.documentNo), escapeHtml(f.decidedOn), escapeHtml(f.deadline),
        f.publishedOn === undefined ? `<span class="late">${t("notPublished")}</span>` : escapeHtml(f.publishedOn), `<span class="late">${f.workingDaysLate}</span>`
      ], ` class="publication-late"`)), t("none"))}${late.note}
      <h3>${t("publicationDue")}</h3>
      ${table("enforcement-publication-due", [t("caseId"), t("documentNo"), t("decidedOn"), t("publishBy")], due.shown.map((f) => tr([
        code(f.caseId), escapeHtml(f.documentNo), escapeHtml(f.decidedOn), escapeHtml(f.deadline)
      ], ` class="publication-due"`)), t("none"))}${due.note}
      <h3>${t("statistics")}</h3>
      <div class="muted meta-line">${t("period")} ${escapeHtml(st.period.from)} – ${escapeHtml(st.period.to)} · ${t("comparison")} ${escapeHtml(st.comparisonPeriod.from)} – ${escapeHtml(st.comparisonPeriod.to)} · ${t("target")}: ${targetLine}</div>
      ${table("enforcement-statistics", [t("department"), t("opened"), t("ordered"), t("penaltyCases"), t("nonAccident"), t("fineYuan"), t("closed"), t("overdue"), t("baseline"), t("target")],
        [...st.rows.map((r) => figures(departmentName(r.key, locale), r, "department")), figures(t("total"), st.total, "total")], t("none"))}`
}

// ---------------------------------------------------------------------------------------------
// 信用
// ---------------------------------------------------------------------------------------------

const creditBody = (s: CreditSection, locale: Locale): string => {
  const t = textsOf(locale)
  const configText = s.config.builtIn ? t("builtInConfig") : escapeHtml(s.config.source)
  const rate = s.rate
  const cards = [
    card("bad", s.entriesByStatus.active, "credit-active", t("card-active")),
    card("", s.entriesByStatus.pending, "credit-pending", t("card-pending")),
    card("", s.entriesByStatus.expired, "credit-expired", t("card-expired")),
    card("", s.entriesByStatus.repaired, "credit-repaired", t("card-repaired")),
    card("", s.entriesByStatus.removed, "credit-removed", t("card-removed")),
    card("", s.rated, "credit-rated", t("card-rated")),
    ...s.classes.map((k) => card("", k.enterprises, `credit-class-${escapeHtml(k.id)}`, locale === "en" ? t("card-class", { id: k.id }) : t("card-class", { id: k.id, label: k.label }))),
    ...(rate === null ? [] : [card(rate.total.meetsTarget === false ? "bad" : "ok", pct(rate.total.percent), "credit-rate", t("card-rate", { n: rate.targetPercent }))])
  ]
  const entries = capped(s.inForce, t)
  const label = (x: { readonly id: string; readonly label: string | null }) => (locale === "en" || x.label === null ? code(x.id) : escapeHtml(x.label))
  const rateRow = (key: string, f: RateFigures, kind: string) => tr([
    key,
    f.inScope,
    f.rated,
    pct(f.percent),
    f.meetsTarget === null ? "—" : `<span class="${f.meetsTarget ? "met" : "not-met"}">${f.meetsTarget ? t("met") : t("notMet")}</span>`
  ], ` data-row="${kind}"`)
  const rated = s.classes.reduce((n, k) => n + k.enterprises, 0)
  return `
      <h2>${t("credit")}</h2>
      <div class="muted meta-line">${t("creditStore")}: ${code(s.source)} · ${t("asOf")} ${escapeHtml(s.asOf)} · ${t("config")}: ${configText}${s.config.verified ? "" : paren(locale, t("unverified"))} · ${t("ratingsValid", { n: s.validityDays })}</div>
      <div class="cards">${cards.join("")}</div>
      <h3>${t("inForce")}</h3>
      ${table("credit-entries", [t("entryId"), t("unit"), t("condition"), t("from"), t("expiresOn"), t("blocks"), t("repairable")], entries.shown.map((e) => tr([
        code(e.id), unit(e.name, e.enterprise), label(e.condition), escapeHtml(e.from), e.expiresOn === null ? t("untilRepaired") : escapeHtml(e.expiresOn),
        e.blocks.map(label).join(sep(locale)) || "—", e.repairable ? t("yes") : t("no")
      ], ` class="credit-entry"`)), t("none"))}${entries.note}
      <h3>${t("classes")}</h3>
      ${table("credit-classes", [t("creditClass"), t("enterprises"), t("share")], s.classes.map((k) => tr([
        locale === "en" ? t("classLabel", { id: k.id }) : t("classLabel", { id: k.id, label: k.label }), k.enterprises,
        rated === 0 ? "—" : `${Math.round((k.enterprises * 1000) / rated) / 10}%`
      ], ` data-class="${escapeHtml(k.id)}"`)), t("none"))}
      <h3>${t("rate")}</h3>
      ${rate === null
    ? `<div class="muted note">${t("noRate").replace("{flag}", code("--credit-enterprises"))}</div>`
    : `${table("credit-rate", [t("jurisdiction"), t("inScope"), t("rated"), t("ratePercent"), t("attained")],
      [...Object.entries(rate.byJurisdiction).map(([k, f]) => rateRow(code(k), f, "jurisdiction")), rateRow(t("total"), rate.total, "total")], t("none"))}${
      rate.total.unrated.length === 0 ? "" : `<div class="muted note">${t("unrated", { list: rate.total.unrated.slice(0, SECTION_LISTED).join(sep(locale)) })}</div>`}${
      rate.total.scaleUnknown.length === 0 ? "" : `<div class="muted note">${t("scaleUnknown", { n: rate.total.scaleUnknown.length })}</div>`}`}`
}

// ---------------------------------------------------------------------------------------------
// 事故调查
// ---------------------------------------------------------------------------------------------

const GRADES = ["especially-serious", "serious", "relatively-serious", "general"] as const
const CLOSURE_ITEMS = ["cause-identified", "responsible-handled", "measures-taken", "lessons-learned", "filed"] as const

const investigationBody = (s: InvestigationSection, locale: Locale): string => {
  const t = textsOf(locale)
  const cards = [
    card("", s.summary.cases, "investigation-cases", t("card-inv-cases")),
    ...GRADES.map((g) => card(g === "general" ? "" : "major", s.byGrade[g], `investigation-${g}`, t("card-grade", { grade: s.labels.grades[g][locale] }))),
    card("bad", s.summary.reportOverdue, "investigation-report-overdue", t("card-report-overdue")),
    card("bad", s.summary.approvalOverdue, "investigation-approval-overdue", t("card-approval-overdue")),
    card("", s.summary.open, "investigation-open", t("card-inv-open")),
    card("bad", s.summary.levelBelowRequired, "investigation-level-below", t("card-level-below")),
    ...(s.rejected.length === 0 ? [] : [card("bad", s.rejected.length, "investigation-rejected", t("card-rejected"))])
  ]
  const deadline = (d: SectionDeadline) => {
    const cls = d.status === "overdue" || d.status === "late" ? "late" : d.status === "on-time" ? "met" : ""
    return `<span class="${cls}">${t(`ds-${d.status}` as SectionTextKey)}</span>${d.doneOn === null ? "" : `<br><span class="muted">${t("doneOn", { on: d.doneOn })}</span>`}`
  }
  const due = (d: SectionDeadline) => (d.deadline === null ? "—" : escapeHtml(d.deadline)) + (d.extensionDays > 0 ? `<br><span class="muted">${t("extended", { n: d.extensionDays })}</span>` : "")
  const level = (l: InvestigationSection["cases"][number]["level"]) =>
    `${escapeHtml(levelName(l.required))} / ${l.investigatedBy === undefined ? `<span class="muted">${t("notStated")}</span>` : `<span class="${l.status === "below-required" ? "late" : ""}">${escapeHtml(levelName(l.investigatedBy))}</span>`}`
  const cases = capped(s.cases, t)
  const levelName = (level: string) => s.labels.levels[level]?.[locale] ?? level
  const itemCell = (status: "done" | "not-done" | "unknown") =>
    `<span class="${status === "done" ? "met" : status === "not-done" ? "not-met" : "muted"}">${status === "done" ? "✓ " : status === "not-done" ? "✗ " : "? "}${t(`item-${status}` as SectionTextKey)}</span>`
  const counting = `${t(`clock-${s.counting.reportClockFrom}` as SectionTextKey)}${sep(locale)}${t(`first-${s.counting.firstDay}` as SectionTextKey)}${sep(locale)}${t(`days-${s.counting.dayKind}`)}${paren(locale, t("countingUnverified"))}`
  const rejected = capped(s.rejected, t)
  return `
      <h2>${t("investigations")}</h2>
      <div class="muted meta-line">${t("investigationSource")}: ${code(s.source)} · ${t("asOf")} ${escapeHtml(s.asOf)} · ${t("counting")}: ${counting}</div>
      <div class="cards">${cards.join("")}</div>
      <h3>${t("deadlines")}</h3>
      ${table("investigation-deadlines", [t("accidentId"), t("unit"), t("occurredOn"), t("grade"), t("investigatedBy"), t("reportDeadline"), t("reportStatus"), t("approvalDeadline"), t("approvalStatus")],
        cases.shown.map((c) => tr([
          code(c.accidentId), c.subject === null ? "—" : code(c.subject), escapeHtml(c.occurredOn), escapeHtml(s.labels.grades[c.grade][locale]), level(c.level),
          due(c.report), deadline(c.report), due(c.approval), deadline(c.approval)
        ], ` class="investigation" data-report="${c.report.status}" data-approval="${c.approval.status}"`)), t("none"))}${cases.note}
      <h3>${t("closure")}</h3>
      ${table("investigation-closure", [t("accidentId"), ...CLOSURE_ITEMS.map((i) => t(`ci-${i}`)), t("closureStatus")],
        cases.shown.map((c) => tr([
          code(c.accidentId),
          ...CLOSURE_ITEMS.map((id) => itemCell(c.closure.items.find((i) => i.id === id)?.status ?? "unknown")),
          `<span class="${c.closure.status === "closed" ? "met" : "not-met"}">${t(`closure-${c.closure.status}`)}</span>`
        ], ` class="closure" data-closure="${c.closure.status}"`)), t("none"))}${s.rejected.length === 0 ? "" : `
      <h3>${t("rejectedCases")}</h3>
      ${table("investigation-rejected", [t("caseIndex"), t("problems")], rejected.shown.map((r) => tr([
        r.index,
        r.issues.map((i) => `<div>${code(i.path)}: ${escapeHtml(i.message[locale])}</div>`).join("")
      ])), t("none"))}${rejected.note}`}`
}


// ---------------------------------------------------------------------------------------------
// 举报与奖励 — no reporter and no free text reach this section (see reports/section.ts)
// ---------------------------------------------------------------------------------------------

const REPORT_STATES = ["received", "assigned", "verified", "not-verified", "reward-granted", "reward-declined", "paid"] as const
const REPORT_CATEGORIES = ["major-risk", "major-hazard", "hazard", "violation"] as const
const DEADLINE_STEPS = { assignWithinDays: "assign", findingWithinDays: "finding", rewardDecisionWithinDays: "reward-decision", paymentWithinDays: "payment" } as const

/** A share (0–1) as a percentage with one decimal, `—` when there is none. */
const share = (r: number | null): string => (r === null ? "—" : `${Math.round(r * 1000) / 10}%`)

const reportsBody = (s: ReportsSection, locale: Locale): string => {
  const t = textsOf(locale)
  const total = s.total
  const cards = [
    card("", total.received, "reports-received", t("card-received")),
    card("", total.checked, "reports-checked", t("card-checked")),
    card("", total.verified, "reports-verified", t("card-verified")),
    card("", share(total.verifiedRate), "reports-verified-rate", t("card-verified-rate")),
    card("", total.rewardsGranted, "reports-rewards-granted", t("card-rewards-granted")),
    card("", total.rewardsDeclined, "reports-rewards-declined", t("card-rewards-declined")),
    card("", total.rewardYuanGranted, "reports-yuan-granted", t("card-yuan-granted")),
    card("", total.rewardYuanPaid, "reports-yuan-paid", t("card-yuan-paid")),
    card(total.overdue > 0 ? "bad" : "", total.overdue, "reports-overdue", t("card-steps-overdue"))
  ]
  const stepName = (step: string) => t(`step-${step}` as SectionTextKey)
  const given = (Object.keys(DEADLINE_STEPS) as Array<keyof typeof DEADLINE_STEPS>).filter((k) => s.config.deadlines[k] !== undefined)
  const configLine = s.config.source === null
    ? t("noReportsConfig")
    : `${code(s.config.source)}${given.length === 0 ? "" : ` · ${t("deadlineDays")}: ${given.map((k) => t("deadlinesGiven", { step: SECTION_TEXTS[locale][`step-${DEADLINE_STEPS[k]}`], n: s.config.deadlines[k]! })).join(sep(locale))}`}`
  const notConfigured = s.config.deadlinesNotConfigured.length === 0 || s.config.source === null
    ? ""
    : `<div class="muted note">${t("deadlinesNotConfigured", { list: s.config.deadlinesNotConfigured.map((k) => SECTION_TEXTS[locale][`step-${DEADLINE_STEPS[k]}` as SectionTextKey]).join(sep(locale)) })}</div>`
  const overdue = capped(s.overdue, t)
  const groups = capped(s.byJurisdiction, t)
  const rewards = capped(s.rewards, t)
  const figuresRow = (key: string, f: ReportsFigures, kind: string) => tr([
    key, f.received, f.checked, f.verified, share(f.verifiedRate), f.rewardsGranted, f.rewardsDeclined, f.rewardYuanGranted, f.rewardYuanPaid,
    f.overdue > 0 ? `<span class="overdue">${f.overdue}</span>` : f.overdue
  ], ` data-row="${kind}"`)
  return `
      <h2>${t("reports")}</h2>
      <div class="muted meta-line">${t("reportStore")}: ${code(s.source)} · ${t("asOf")} ${escapeHtml(s.asOf)} · ${t("reportsConfig")}: ${configLine}${s.config.basis === null ? "" : ` · ${t("rewardBasis")}: <cite>${escapeHtml(s.config.basis)}</cite>`}</div>
      <div class="muted note">${t("reporterProtected")}</div>
      <div class="cards">${cards.join("")}</div>
      <h3>${t("byState")}</h3>
      ${table("reports-states", [t("state"), t("count")], REPORT_STATES.map((x) => tr([t(`rs-${x}`), total.byState[x]], ` data-state="${x}"`)), t("none"))}
      <h3>${t("byCategory")}</h3>
      ${table("reports-categories", [t("category"), t("count")], REPORT_CATEGORIES.map((x) => tr([t(`rc-${x}`), total.byCategory[x]], ` data-category="${x}"`)), t("none"))}
      <h3>${t("overdueSteps")}</h3>${notConfigured}
      ${table("reports-overdue", [t("reportId"), t("jurisdiction"), t("category"), t("state"), t("step"), t("dueOn"), t("daysLate")], overdue.shown.map((o) => tr([
        code(o.reportId), code(o.jurisdiction), t(`rc-${o.category}`), t(`rs-${o.state}`), stepName(o.step), escapeHtml(o.due), `<span class="overdue">${o.daysLate}</span>`
      ], ` class="report-overdue" data-step="${o.step}"`)), t("none"))}${overdue.note}
      <h3>${t("reportsByJurisdiction")}</h3>
      ${table("reports-jurisdictions", [t("jurisdiction"), t("received"), t("checked"), t("verified"), t("verifiedRate"), t("rewardsGranted"), t("rewardsDeclined"), t("yuanGranted"), t("yuanPaid"), t("overdue")],
        [...groups.shown.map((g) => figuresRow(code(g.jurisdiction), g, "jurisdiction")), figuresRow(t("total"), total, "total")], t("none"))}${groups.note}
      <h3>${t("rewardDecisions")}</h3>
      ${table("reports-rewards", [t("reportId"), t("jurisdiction"), t("category"), t("decidedOnCol"), t("outcome"), t("level"), t("amountYuan"), t("paidOnCol"), t("paidYuan")], rewards.shown.map((r) => tr([
        code(r.reportId), code(r.jurisdiction), t(`rc-${r.category}`), escapeHtml(r.decidedOn),
        `<span class="${r.outcome === "granted" ? "met" : "muted"}">${t(`outcome-${r.outcome}`)}</span>`,
        r.level === null ? "—" : code(r.level), r.amountYuan === null ? "—" : r.amountYuan,
        r.paidOn === null ? (r.outcome === "granted" ? `<span class="muted">${t("notPaid")}</span>` : "—") : escapeHtml(r.paidOn), r.paidYuan === null ? "—" : r.paidYuan
      ], ` class="reward-decision" data-outcome="${r.outcome}"`)), t("none"))}${rewards.note}`
}


// ---------------------------------------------------------------------------------------------
// 安全生产标准化 — the package's figures (rolloutRates), shown; nothing re-derived here
// ---------------------------------------------------------------------------------------------

const standardizationBody = (s: StandardizationSection, locale: Locale): string => {
  const t = textsOf(locale)
  const st = s.standing
  const cards = [
    card("", st.enterprises, "std-enterprises", t("card-std-enterprises")),
    card("ok", st.valid, "std-valid", t("card-std-valid")),
    card(st.expired > 0 ? "bad" : "", st.expired, "std-expired", t("card-std-expired")),
    card(st.revoked > 0 ? "bad" : "", st.revoked, "std-revoked", t("card-std-revoked")),
    card("", st.none, "std-none", t("card-std-none"))
  ]
  const targetsLine = s.targets.builtIn ? t("builtInTargets") : `${code(s.targets.source)}${paren(locale, t("configTargets"))}`
  const grade = (g: 1 | 2 | 3) => SECTION_TEXTS[locale][`grade-${g}`]
  const groupCell = (r: StandardizationSection["byTarget"][number]["rows"][number]) =>
    r.group.jurisdiction === undefined && r.group.sector === undefined
      ? t("total")
      : [r.group.jurisdiction === undefined ? "" : code(r.group.jurisdiction), r.group.sector === undefined ? "" : escapeHtml(sectorLabel(r.group.sector as Sector, locale))].filter((x) => x !== "").join(" · ")
  const targets = s.byTarget.map(({ target: g, rows }) => {
    const measure = g.measure.kind === "rate"
      ? t("measureRate", { grade: grade(g.minGrade), n: Math.round(g.measure.atLeast * 1000) / 10 })
      : t("measureNew", { grade: grade(g.minGrade), n: g.measure.atLeast, from: g.measure.from, to: g.measure.to })
    const pastDue = rows[0]?.pastDue === true
    const listed = capped(rows, t)
    const isRate = g.measure.kind === "rate"
    return `
      <h3><cite>${escapeHtml(g.label)}</cite> ${code(g.id)}</h3>
      <div class="muted meta-line">${measure}${g.due === null ? "" : ` · ${t("dueLine", { due: g.due })}${pastDue ? paren(locale, t("pastDue")) : ""}`} · ${t("source")}: <cite>${escapeHtml(g.source)}</cite>${g.note === null ? "" : ` · ${t("reading")}: <cite>${escapeHtml(g.note)}</cite>`}</div>
      ${table(`std-${escapeHtml(g.id)}`, [t("group"), t("population"), t("achieved"), t("stdRate"), t("target"), t("attained"), t("certExpired"), t("certRevoked")], listed.shown.map((r) => tr([
        groupCell(r), r.population, r.achieved, isRate ? share(r.rate) : "—", isRate ? `≥ ${Math.round(r.atLeast * 1000) / 10}%` : t("atLeastCount", { n: r.atLeast }),
        r.meets === null ? "—" : `<span class="${r.meets ? "met" : "not-met"}">${r.meets ? t("met") : t("notMet")}</span>`, r.expired, r.revoked
      ], ` class="std-row" data-target="${escapeHtml(g.id)}" data-group="${r.group.jurisdiction === undefined && r.group.sector === undefined ? "total" : r.group.sector === undefined ? "jurisdiction" : r.group.jurisdiction === undefined ? "sector" : "jurisdiction-sector"}"`)), t("none"))}${listed.note}`
  })
  const rv = s.revocation
  const revocation = rv === null ? "" : (() => {
    const listed = capped(rv.candidates, t)
    const trigger = (x: NonNullable<StandardizationSection["revocation"]>["candidates"][number]["triggers"][number]) =>
      x.kind === "major-hazard"
        ? t("trigger-major-hazard", { on: x.on, id: "\u0000" }).replace("\u0000", code(x.hazardId))
        : t("trigger-accident", { on: x.on, grade: ACCIDENT_GRADE_NAMES[x.grade][locale], deaths: x.deaths, id: "\u0000" }).replace("\u0000", code(x.accidentId))
    return `
      <h3>${t("revocationCandidates")}</h3>
      <div class="muted meta-line" data-revocation="${rv.candidates.length}">${t("revocationLine", { file: rv.source, n: rv.certificatesInForce, m: rv.candidates.length }).replace(escapeHtml(rv.source), code(rv.source))}${paren(locale, t("revocationUnverified"))}${rv.configBasis === null ? "" : ` · ${t("localRules")}: <cite>${escapeHtml(rv.configBasis)}</cite>`}</div>${
      rv.accidentRuleConfigured ? "" : `<div class="muted note">${t("revocationUnassessed", { n: rv.unassessedAccidents.length })}</div>`}
      ${table("std-revocation", [t("unit"), t("certificate"), t("triggersMet")], listed.shown.map((c) => tr([
        code(c.enterprise), `${escapeHtml(grade(c.certificate.grade))} ${escapeHtml(c.certificate.approvedOn)} – ${escapeHtml(c.certificate.validUntil)}${c.certificate.certificateNo === null ? "" : `<br>${code(c.certificate.certificateNo)}`}`,
        c.triggers.map((x) => `<div>${trigger(x)}</div>`).join("")
      ], ` class="revocation-candidate"`)), t("none"))}${listed.note}`
  })()
  return `
      <h2>${t("standardization")}</h2>
      <div class="muted meta-line">${t("stdSource")}: ${code(s.source)} · ${t("asOf")} ${escapeHtml(s.asOf)} · ${t("targetsFrom")}: ${targetsLine}</div>
      <div class="muted note">${t("validityNote")}</div>
      <div class="cards">${cards.join("")}</div>${targets.join("")}${revocation}`
}

/** The accident grades' names (事故等级, 第三条), for the revocation triggers. */
const ACCIDENT_GRADE_NAMES = {
  "especially-serious": { "zh-CN": "特别重大事故", en: "especially serious" },
  serious: { "zh-CN": "重大事故", en: "serious" },
  "relatively-serious": { "zh-CN": "较大事故", en: "relatively serious" },
  general: { "zh-CN": "一般事故", en: "general" }
} as const

/**
 * The enforcement section (`<section id="enforcement">`), both languages, `locale` shown.
 *
 * @since 0.2.0
 */
export const enforcementSectionHtml = (s: EnforcementSection, locale: Locale): string => bilingual("enforcement", locale, (l) => enforcementBody(s, l))

/**
 * The credit section (`<section id="credit">`), both languages, `locale` shown.
 *
 * @since 0.2.0
 */
export const creditSectionHtml = (s: CreditSection, locale: Locale): string => bilingual("credit", locale, (l) => creditBody(s, l))

/**
 * The investigation section (`<section id="investigations">`), both languages, `locale` shown.
 *
 * @since 0.2.0
 */
export const investigationSectionHtml = (s: InvestigationSection, locale: Locale): string => bilingual("investigations", locale, (l) => investigationBody(s, l))

/**
 * The public reports section (`<section id="reports">`), both languages, `locale` shown. It holds no
 * reporter: the section's data has none.
 *
 * @since 0.2.0
 */
export const reportsSectionHtml = (s: ReportsSection, locale: Locale): string => bilingual("reports", locale, (l) => reportsBody(s, l))

/**
 * The standardization section (`<section id="standardization">`), both languages, `locale` shown.
 *
 * @since 0.2.0
 */
export const standardizationSectionHtml = (s: StandardizationSection, locale: Locale): string =>
  bilingual("standardization", locale, (l) => standardizationBody(s, l))
