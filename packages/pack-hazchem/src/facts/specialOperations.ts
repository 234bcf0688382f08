/**
 * 特殊作业 — special operations and their safety work permits (安全作业票) under GB 30871-2022
 * 《危险化学品企业特殊作业安全规范》 (in force 2022-10-01), as regulations.md §8 records it.
 *
 * Only what §8 states is modelled: the 8 kinds, the 动火 grades and what sets them, the permit
 * validity limits (动火, 受限空间, 高处, 临时用电 — §8 gives none for 盲板抽堵, 吊装, 动土, 断路),
 * gas analysis timing and pass values, the 高处作业 grades Ⅰ–Ⅳ with their 9 raising factors and
 * the 吊装 grades. Every permit fact is optional: absent means unknown.
 *
 * @since 0.1.0
 */
import { IsoInstant } from "@anquan/core"
import { Schema } from "effect"
import { Interval } from "./time.ts"

/** The citation id of GB 30871-2022. @since 0.1.0 */
export const specialOperationsCitationDocument = "special-operations-gb30871-2022" as const

/**
 * The 8 kinds, in the standard's order (§8: GB 30871-2022 §1, §3.1, chapters 5–12).
 *
 * @since 0.1.0
 */
export const specialOperationKinds = [
  /** 动火作业 */
  "hot-work",
  /** 受限空间作业 */
  "confined-space",
  /** 盲板抽堵作业 */
  "blinding",
  /** 高处作业 */
  "work-at-height",
  /** 吊装作业 */
  "lifting",
  /** 临时用电作业 */
  "temporary-power",
  /** 动土作业 */
  "excavation",
  /** 断路作业 */
  "road-breaking"
] as const

/** @since 0.1.0 */
export type SpecialOperationKind = (typeof specialOperationKinds)[number]

/** zh names of the 8 kinds. @since 0.1.0 */
export const specialOperationNames: Readonly<Record<SpecialOperationKind, string>> = {
  "hot-work": "动火作业",
  "confined-space": "受限空间作业",
  "blinding": "盲板抽堵作业",
  "work-at-height": "高处作业",
  "lifting": "吊装作业",
  "temporary-power": "临时用电作业",
  "excavation": "动土作业",
  "road-breaking": "断路作业"
}

// ---------------------------------------------------------------------------------------------
// Values §8 records
// ---------------------------------------------------------------------------------------------

/**
 * 动火级别 — `special` 特级, `level-1` 一级, `level-2` 二级 (GB 30871-2022 §5.1).
 *
 * @since 0.1.0
 */
export const HotWorkGrade = Schema.Literals(["special", "level-1", "level-2"]).annotate({
  description: "动火级别: special 特级 | level-1 一级 | level-2 二级"
})

/** @since 0.1.0 */
export type HotWorkGrade = typeof HotWorkGrade.Type

/**
 * 作业票有效期 — maximum validity of a permit, in hours (§8: GB 30871-2022 §5.1.5, §6.10, §8.2.11, §10.8).
 * 临时用电: normally ≤ 15 days, never more than 30 days; when it serves 动火 or 受限空间 work its
 * period matches that work's permit.
 *
 * @since 0.1.0
 */
export const permitValidityHours = {
  hotWork: { "special": 8, "level-1": 8, "level-2": 72 } as Readonly<Record<HotWorkGrade, number>>,
  confinedSpace: 24,
  workAtHeight: 7 * 24,
  temporaryPower: { normal: 15 * 24, absolute: 30 * 24 }
} as const

/**
 * 气体分析 — the timing and pass values §8 records (GB 30871-2022 §5.3.1, §5.3.2, §6.3–§6.5).
 *
 * @since 0.1.0
 */
export const gasAnalysis = {
  hotWork: {
    /** Sample no more than 30 min before the work starts. */
    sampleBeforeStartMaxMinutes: 30,
    /** Re-analyse after a break longer than this: 30 min for 特级 and 一级, 60 min for 二级. */
    reanalyseAfterBreakMinutes: { "special": 30, "level-1": 30, "level-2": 60 } as Readonly<Record<HotWorkGrade, number>>,
    /** Analyse before 动火 every day; 特级 is monitored continuously. */
    daily: true,
    continuousFor: ["special"] as ReadonlyArray<HotWorkGrade>,
    /** Flammable gas pass value, % (v/v): ≤ 0.5 when the LEL is ≥ 4 %, ≤ 0.2 when it is < 4 %. */
    flammableMaxPercent: { lelAtLeast4: 0.5, lelBelow4: 0.2 }
  },
  confinedSpace: {
    /** O₂ 19.5 %–21 % (v/v); up to 23.5 % in 富氧 environments. */
    oxygenPercent: { min: 19.5, max: 21, maxOxygenEnriched: 23.5 },
    /** Test within 30 min before entry. */
    testBeforeEntryMaxMinutes: 30,
    /** Re-test after a break longer than 60 min. */
    retestAfterBreakMinutes: 60,
    /** Continuous detection during the work, recorded every 2 h. */
    recordEveryHours: 2
  }
} as const

/**
 * The 动火 flammable-gas pass value, % (v/v), for a gas whose lower explosive limit is `lelPercent`.
 *
 * @since 0.1.0
 */
export const hotWorkFlammableMaxPercent = (lelPercent: number): number =>
  lelPercent >= 4 ? gasAnalysis.hotWork.flammableMaxPercent.lelAtLeast4 : gasAnalysis.hotWork.flammableMaxPercent.lelBelow4

/**
 * 高处作业客观危险因素 — the 9 factors of GB 30871-2022 §8.1.2, a)–i); any one raises the grade.
 *
 * @since 0.1.0
 */
export const heightHazardFactorIds = [
  /** a) 阵风风力五级(风速 8.0 m/s)以上 */
  "gusts-force-5-or-more",
  /** b) 平均气温 ≤ 5 ℃ */
  "mean-temperature-5c-or-below",
  /** c) 接触冷水温度 ≤ 12 ℃ */
  "cold-water-12c-or-below",
  /** d) 冰、雪、霜、油、水等易滑物 */
  "slippery-footing",
  /** e) 光线不足或能见度差 */
  "poor-light-or-visibility",
  /** f) 与带电体距离小于表1 (≤10 kV 1.7 m; 35 kV 2.0 m; 63–110 kV 2.5 m; 220 kV 4.0 m; 330 kV 5.0 m; 500 kV 6.0 m) */
  "near-live-conductor",
  /** g) 摆动, 立足处不是平面或只有很小的平面 (< 500 mm 边长或直径) */
  "unstable-or-small-footing",
  /** h) 有毒气体或含氧量 < 19.5 % */
  "toxic-gas-or-low-oxygen",
  /** i) 易引起灾害事故的作业环境或抢救突发灾害 */
  "disaster-environment-or-rescue"
] as const

/** @since 0.1.0 */
export type HeightHazardFactorId = (typeof heightHazardFactorIds)[number]

/**
 * 高处作业级别 Ⅰ–Ⅳ (GB 30871-2022 §8.1.3 表2).
 *
 * @since 0.1.0
 */
export const HeightGrade = Schema.Literals(["I", "II", "III", "IV"]).annotate({ description: "高处作业级别 Ⅰ/Ⅱ/Ⅲ/Ⅳ" })

/** @since 0.1.0 */
export type HeightGrade = typeof HeightGrade.Type

/**
 * The height band of GB/T 3608 (§8.1.1): 1 for 2 m ≤ h ≤ 5 m, 2 for 5 < h ≤ 15, 3 for 15 < h ≤ 30,
 * 4 above 30 m; `undefined` below 2 m (not 高处作业 by these bands) or for a bad number.
 *
 * @since 0.1.0
 */
export const heightBand = (heightMetres: number): 1 | 2 | 3 | 4 | undefined =>
  !Number.isFinite(heightMetres) || heightMetres < 2
    ? undefined
    : heightMetres <= 5 ? 1 : heightMetres <= 15 ? 2 : heightMetres <= 30 ? 3 : 4

/**
 * 高处作业分级 (§8.1.3 表2): method A (no factor) Ⅰ, Ⅱ, Ⅲ, Ⅳ by band; method B (one or more of the 9
 * factors) Ⅱ, Ⅲ, Ⅳ, Ⅳ. A 4 m job in force-5 gusts is Ⅱ.
 *
 * @example
 * ```ts
 * workAtHeightGrade(4, ["gusts-force-5-or-more"]) // "II"
 * workAtHeightGrade(31, [])                       // "IV"
 * ```
 * @since 0.1.0
 */
export const workAtHeightGrade = (heightMetres: number, factors: ReadonlyArray<HeightHazardFactorId>): HeightGrade | undefined => {
  const band = heightBand(heightMetres)
  if (band === undefined) return undefined
  const methodA: ReadonlyArray<HeightGrade> = ["I", "II", "III", "IV"]
  const methodB: ReadonlyArray<HeightGrade> = ["II", "III", "IV", "IV"]
  return (factors.length > 0 ? methodB : methodA)[band - 1]
}

/**
 * 吊装级别 (GB 30871-2022 §9.1): `level-1` 一级 m > 100 t, `level-2` 二级 40 t ≤ m ≤ 100 t, `level-3` 三级 m < 40 t.
 *
 * @since 0.1.0
 */
export const LiftingGrade = Schema.Literals(["level-1", "level-2", "level-3"]).annotate({
  description: "吊装级别: level-1 一级 (>100 t) | level-2 二级 (40–100 t) | level-3 三级 (<40 t)"
})

/** @since 0.1.0 */
export type LiftingGrade = typeof LiftingGrade.Type

/** The 吊装 grade of a load of `massTonnes`. @since 0.1.0 */
export const liftingGrade = (massTonnes: number): LiftingGrade =>
  massTonnes > 100 ? "level-1" : massTonnes >= 40 ? "level-2" : "level-3"

// ---------------------------------------------------------------------------------------------
// Permits
// ---------------------------------------------------------------------------------------------

const NonNegative = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a number ≥ 0" }))
const Percent = Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 100 }, { message: "Expected a percentage 0–100" }))

const common = {
  /** 作业票编号. */
  id: Schema.optionalKey(Schema.String),
  /** 作业票有效期起. */
  validFrom: Schema.optionalKey(IsoInstant),
  /** 作业票有效期止. */
  validTo: Schema.optionalKey(IsoInstant),
  /** 实际开始作业. */
  workStartedAt: Schema.optionalKey(IsoInstant),
  /** 实际结束作业. */
  workEndedAt: Schema.optionalKey(IsoInstant),
  /** 作业中断 — breaks in the work (re-analysis after a break, §5.3.1, §6.3 f). */
  pauses: Schema.optionalKey(Schema.Array(Interval))
}

const windowIsOrdered = Schema.makeFilter((p: { readonly validFrom?: Date; readonly validTo?: Date }) =>
  p.validFrom === undefined || p.validTo === undefined || p.validFrom.getTime() <= p.validTo.getTime() ||
  { path: ["validTo"], issue: "Expected validTo not before validFrom" }
)

/**
 * 气体分析记录 — one analysis or detection reading.
 *
 * @since 0.1.0
 */
export const GasAnalysisRecord = Schema.Struct({
  at: IsoInstant,
  /** 可燃气体浓度, % (v/v). */
  flammableGasPercent: Schema.optionalKey(Percent),
  /** 被测可燃气体的爆炸下限, % (v/v) — selects the 0.5 % or 0.2 % pass value. */
  lowerExplosiveLimitPercent: Schema.optionalKey(Percent),
  /** 氧含量, % (v/v). */
  oxygenPercent: Schema.optionalKey(Percent),
  /** 有毒物质浓度符合 GBZ 2.1. */
  toxicWithinLimit: Schema.optionalKey(Schema.Boolean)
}).annotate({ identifier: "GasAnalysisRecord", description: "气体分析记录" })

/** @since 0.1.0 */
export type GasAnalysisRecord = typeof GasAnalysisRecord.Type

/**
 * 节假日/夜间等特殊情况 — circumstances in which 动火 "应升级管理" (§5.1.1).
 *
 * @since 0.1.0
 */
export const HotWorkCircumstance = Schema.Literals(["holiday", "rest-day", "night", "other-special"]).annotate({
  description: "holiday 节假日 | rest-day 公休日 | night 夜间 | other-special 其他特殊情况"
})

/**
 * 动火作业票.
 *
 * @since 0.1.0
 */
export const HotWorkPermit = Schema.Struct({
  kind: Schema.Literal("hot-work"),
  ...common,
  /** 作业票上的动火级别. */
  grade: Schema.optionalKey(HotWorkGrade),
  /** 动火地点 — the facts that set the grade (§5.1.1–§5.1.4). */
  location: Schema.optionalKey(Schema.Struct({
    /** 火灾爆炸危险场所内. */
    inFireExplosionHazardPlace: Schema.optionalKey(Schema.Boolean),
    /** 在运行状态下的生产装置设备、管道、储罐、容器等部位上动火 (特级 in a fire/explosion-hazard place). */
    onOperatingEquipment: Schema.optionalKey(Schema.Boolean),
    /** 带压不置换动火 (特级). */
    pressurisedWithoutPurging: Schema.optionalKey(Schema.Boolean),
    /** 存有易燃易爆介质的重大危险源罐区防火堤内 (特级). */
    insideMajorHazardTankFarmDike: Schema.optionalKey(Schema.Boolean),
    /** 管廊上 (managed as 一级). */
    onPipeRack: Schema.optionalKey(Schema.Boolean)
  })),
  /**
   * 全厂停车后按二级动火管理 — after a full shutdown, with 清洗, 置换, 分析 and isolation done, the
   * enterprise's 生产负责人 or 安全管理负责人 may approve managing the work as 二级 (§5.1.1–§5.1.4).
   */
  shutdownDowngrade: Schema.optionalKey(Schema.Struct({
    fullShutdown: Schema.optionalKey(Schema.Boolean),
    cleaned: Schema.optionalKey(Schema.Boolean),
    purged: Schema.optionalKey(Schema.Boolean),
    analysed: Schema.optionalKey(Schema.Boolean),
    isolated: Schema.optionalKey(Schema.Boolean),
    approvedBy: Schema.optionalKey(Schema.Literals(["production-head", "safety-head"]).annotate({
      description: "production-head 生产负责人 | safety-head 安全管理负责人"
    }))
  })),
  /** 节假日、公休日、夜间或其他特殊情况 (empty = none). */
  circumstances: Schema.optionalKey(Schema.Array(HotWorkCircumstance)),
  /** 室外动火. */
  outdoor: Schema.optionalKey(Schema.Boolean),
  /** 风力等级 (Beaufort). Force 5 or more: outdoor 动火 is banned; work production truly needs is 升级管理 (§5.2.15). */
  windForce: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 17 }, { message: "Expected a Beaufort force 0–17" }))),
  /** 已升级管理 — managed one step up under the enterprise's 制度 (the standard fixes no number of levels). */
  upgradedManagement: Schema.optionalKey(Schema.Boolean),
  /** 动火分析记录. */
  gasAnalyses: Schema.optionalKey(Schema.Array(GasAnalysisRecord)),
  /** 连续监测 (required for 特级). */
  continuousMonitoring: Schema.optionalKey(Schema.Boolean)
}).pipe(Schema.check(windowIsOrdered)).annotate({ identifier: "HotWorkPermit", description: "动火安全作业票" })

/**
 * 受限空间安全作业票.
 *
 * @since 0.1.0
 */
export const ConfinedSpacePermit = Schema.Struct({
  kind: Schema.Literal("confined-space"),
  ...common,
  /** 富氧环境 (O₂ up to 23.5 %). */
  oxygenEnriched: Schema.optionalKey(Schema.Boolean),
  /** 便携式检测仪连续检测可燃气体、有毒气体和氧气 (§6.5). */
  continuousDetection: Schema.optionalKey(Schema.Boolean),
  /** 气体检测记录 — before entry and, during the work, at least every 2 h ("2h记录1次", §6.5). */
  gasDetections: Schema.optionalKey(Schema.Array(GasAnalysisRecord))
}).pipe(Schema.check(windowIsOrdered)).annotate({ identifier: "ConfinedSpacePermit", description: "受限空间安全作业票" })

/**
 * 高处安全作业票.
 *
 * @since 0.1.0
 */
export const WorkAtHeightPermit = Schema.Struct({
  kind: Schema.Literal("work-at-height"),
  ...common,
  /** 作业高度 h, m. */
  heightMetres: Schema.optionalKey(NonNegative),
  /** 存在的客观危险因素 (empty = none of the 9). */
  hazardFactors: Schema.optionalKey(Schema.Array(Schema.Literals(heightHazardFactorIds).annotate({
    expected: "one of the 9 GB 30871-2022 §8.1.2 hazard factor ids (gusts-force-5-or-more … disaster-environment-or-rescue)"
  }))),
  /** 作业票上的级别. */
  grade: Schema.optionalKey(HeightGrade)
}).pipe(Schema.check(windowIsOrdered)).annotate({ identifier: "WorkAtHeightPermit", description: "高处安全作业票" })

/**
 * 吊装安全作业票.
 *
 * @since 0.1.0
 */
export const LiftingPermit = Schema.Struct({
  kind: Schema.Literal("lifting"),
  ...common,
  /** 吊物质量 m, t. */
  massTonnes: Schema.optionalKey(NonNegative),
  grade: Schema.optionalKey(LiftingGrade)
}).pipe(Schema.check(windowIsOrdered)).annotate({ identifier: "LiftingPermit", description: "吊装安全作业票" })

/**
 * 临时用电安全作业票. When it serves 动火 or 受限空间 work, its period matches that work's permit.
 *
 * @since 0.1.0
 */
export const TemporaryPowerPermit = Schema.Struct({
  kind: Schema.Literal("temporary-power"),
  ...common,
  /** The 动火 or 受限空间 permit it serves. */
  servesPermitId: Schema.optionalKey(Schema.String),
  servesWorkKind: Schema.optionalKey(Schema.Literals(["hot-work", "confined-space"]))
}).pipe(Schema.check(windowIsOrdered)).annotate({ identifier: "TemporaryPowerPermit", description: "临时用电安全作业票" })

const plain = <K extends "blinding" | "excavation" | "road-breaking">(kind: K, zh: string, identifier: string) =>
  Schema.Struct({ kind: Schema.Literal(kind), ...common }).pipe(Schema.check(windowIsOrdered)).annotate({
    identifier,
    description: zh
  })

/** 盲板抽堵安全作业票. @since 0.1.0 */
export const BlindingPermit = plain("blinding", "盲板抽堵安全作业票", "BlindingPermit")

/** 动土安全作业票. @since 0.1.0 */
export const ExcavationPermit = plain("excavation", "动土安全作业票", "ExcavationPermit")

/** 断路安全作业票. @since 0.1.0 */
export const RoadBreakingPermit = plain("road-breaking", "断路安全作业票", "RoadBreakingPermit")

/**
 * 安全作业票 — a permit of one of the 8 kinds, told apart by `kind`.
 *
 * @since 0.1.0
 */
export const SpecialOperationPermit = Schema.Union([
  HotWorkPermit,
  ConfinedSpacePermit,
  BlindingPermit,
  WorkAtHeightPermit,
  LiftingPermit,
  TemporaryPowerPermit,
  ExcavationPermit,
  RoadBreakingPermit
]).annotate({
  description: "安全作业票 (GB 30871-2022)",
  expected: `a permit whose kind is one of ${specialOperationKinds.map((k) => JSON.stringify(k)).join(", ")}`
})

/** @since 0.1.0 */
export type SpecialOperationPermit = typeof SpecialOperationPermit.Type
