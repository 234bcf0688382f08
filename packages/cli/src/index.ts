/**
 * @anquan/cli — the `anquan` command as a library: the check runner, the input readers and the
 * pack listing, for tools that embed them.
 *
 * @module \@anquan/cli
 * @since 0.1.0
 */
export { check, DEFAULT_MAX_REJECTED, UsageError } from "./check.ts"
export { checklist, CSV_COLUMNS, fillChecklist } from "./checklist.ts"
export type { ChecklistCommandOptions, ChecklistFormat, CsvEncoding, FillOptions } from "./checklist.ts"
export { diff } from "./diff.ts"
export type { DiffFormat, DiffOptions, DiffResult, DiffSide } from "./diff.ts"
export { ExitCode } from "./exitCode.ts"
export { OutputError } from "./output/sink.ts"
export type { CheckOptions, CheckReport, CheckResult, LocatedRejection, LocatedResult, OutputFormat } from "./check.ts"
export { checkReadOptions, formatOf, formatSource, inputBytes, inputFiles, readRecordBatches, readRecords } from "./input/readRecords.ts"
export { DEFAULT_MAX_LINE_BYTES, decodeBytes, readText } from "./input/encoding.ts"
export type { Warn } from "./input/encoding.ts"
export type { InputFormat, InputItem, ReadOptions, Source } from "./input/readRecords.ts"
export { parseCsv } from "./input/csv.ts"
export type { CsvRow } from "./input/csv.ts"
export { installedPacks, listPacks, loadJsonPack, selectPacks } from "./packs.ts"
export { anquan } from "./main.ts"
export * as Progress from "./output/progress.ts"
export { HtmlReport, renderHtml } from "./output/html.ts"
export type { HtmlReportOptions, HtmlSummary } from "./output/html.ts"
export * as Ledger from "./ledger/index.ts"
export { campaignSection, campaignStatus, loadCampaignStatus } from "./campaign.ts"
export type { CampaignFiles, CampaignSection, CampaignStatus, CampaignStatusOptions } from "./campaign.ts"
export type { RiskMapPoint, RiskSection, RiskSectionOptions, RiskSite } from "./risk/section.ts"
export { investigationAccountability, investigationCheck } from "./investigation.ts"
export type { InvestigationAccountabilityOptions, InvestigationCheckOptions } from "./investigation.ts"
export type { EnforcementSection, EnforcementSectionOptions, RunningOrder, SectionOverdueOrder } from "./enforcement/section.ts"
export type { CreditSection, CreditSectionEntry, CreditSectionOptions } from "./credit/section.ts"
export type { InvestigationSection, InvestigationSectionOptions, SectionDeadline, SectionInvestigation } from "./investigation/section.ts"
export type { ReportsFigures, ReportsSection, ReportsSectionOptions } from "./reports/section.ts"
export type { StandardizationSection, StandardizationSectionOptions, StandardizationTargetRows } from "./standardization/section.ts"
