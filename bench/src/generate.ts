/**
 * 企业档案生成器 — a seeded generator of realistic enterprise records for every shipped pack.
 *
 * Each record is what an inspection database would export for one enterprise (wire shape: plain
 * JSON, dates as `YYYY-MM-DD`, instants with their `+08:00` offset): identity (a valid 统一社会信用代码
 * whose division code is the jurisdiction), sectors, unit kinds, staff, key people with their
 * assessments and certificates, licences, and the fact section of every pack that applies
 * (`workSafety` for everyone, `hazchem`, `fireworks`, `construction`, `industryTrade`, `cityGas`, `specialEquipment` by sector; the mine
 * share is split into coal mines with `coalMine` and metal/non-metal mines with `noncoalMine`, see `src/mines.ts`).
 *
 * Rates are those of real inspections: every compliance fact is compliant unless a draw with
 * probability `violationRate` makes it a violation, and every optional fact is present unless a draw
 * with probability `missingRate` leaves it out (then the rules that need it answer "indeterminate").
 * A share `badShare` of records (0 by default) is deliberately invalid (bad credit code, unknown
 * sector, a text where a number belongs, an impossible date, a fact of the wrong type …) and must be
 * rejected by the engine's decoder.
 *
 * Record `i` depends only on (seed, i): the generator is random-access and streams any N.
 *
 * CLI: `node bench/src/generate.ts --n 1000000 --out /tmp/enterprises.ndjson [--seed 1] [--bad 0.01] [--check 5000]`
 * writes NDJSON with back-pressure (never the whole file in memory) and, with `--check K`, decodes the
 * first K records through the engine (every shipped pack) and prints outcome rates.
 */
import { createWriteStream } from "node:fs"
import { realpathSync } from "node:fs"
import { computeCheckCharacter, CREDIT_CODE_CHARSET, Engine } from "@anquan/core"
import type { RecordResult } from "@anquan/core"
import { keyHazardousProcessIds } from "@anquan/pack-hazchem"
import { cityGasSection } from "./city-gas.ts"
import { industryTradeSection } from "./industry-trade.ts"
import { addMineFacts } from "./mines.ts"
import { installedPacks } from "./packs.ts"
import { mixSeed, Rng } from "./prng.ts"
import { specialEquipmentSection } from "./special-equipment.ts"

/**
 * The generator's version, part of the cached data's file names: 2 adds `facts.industryTrade` to every record
 * whose sectors include `industry-trade` and `facts.cityGas` to every one whose sectors include `gas` (each
 * drawn from a stream of its own, so every other field is as in 1); 4 adds `facts.specialEquipment` (the
 * equipment register, `src/special-equipment.ts`) to the special-equipment users and to about half of the 工贸,
 * metal-smelting, hazchem and gas units, from a stream of its own (every other field as in 3).
 */
export const GENERATOR_VERSION = 4

/** The as-of date every benchmark evaluates at (fixed, so results do not drift with the calendar). */
export const BENCH_AS_OF = "2026-11-23"

export type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [k: string]: Json | undefined }
export type JsonObject = { [k: string]: Json | undefined }

export interface GenerateOptions {
  readonly seed: number
  /** `YYYY-MM-DD`; dates in records are placed relative to it. Default {@link BENCH_AS_OF}. */
  readonly asOf?: string
  /** Probability that one compliance fact is in breach. Default 0.012. */
  readonly violationRate?: number
  /** Probability that one optional fact (or section) is left out. Default 0.004. */
  readonly missingRate?: number
  /** Share of deliberately invalid records. Default 0. */
  readonly badShare?: number
  /** Sector mix (primary sector → weight). Default {@link DEFAULT_SECTOR_MIX}. */
  readonly sectorMix?: ReadonlyArray<readonly [PrimarySector, number]>
}

export type PrimarySector =
  | "industry-trade"
  | "hazardous-chemicals"
  | "construction"
  | "fireworks"
  | "transport"
  | "metal-smelting"
  | "non-coal-mine"
  | "gas"

/**
 * A provincial key-supervision list (重点监管企业名录): mostly 工贸, then 危险化学品 and 建筑施工,
 * fireworks concentrated in a few counties, some transport, smelting, mines and gas. `non-coal-mine` is the mine
 * share: `src/mines.ts` makes 40 % of it coal mines.
 */
export const DEFAULT_SECTOR_MIX: ReadonlyArray<readonly [PrimarySector, number]> = [
  ["industry-trade", 38],
  ["hazardous-chemicals", 22],
  ["construction", 15],
  ["fireworks", 10],
  ["transport", 8],
  ["metal-smelting", 3],
  ["non-coal-mine", 2],
  ["gas", 2]
]

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/** County-level divisions (real codes) with the place name used in enterprise names and addresses. */
const COUNTIES: ReadonlyArray<readonly [code: string, city: string, full: string]> = [
  ["330102", "杭州", "浙江省杭州市上城区"],
  ["330106", "杭州", "浙江省杭州市西湖区"],
  ["330114", "杭州", "浙江省杭州市钱塘区"],
  ["330205", "宁波", "浙江省宁波市江北区"],
  ["330211", "宁波", "浙江省宁波市镇海区"],
  ["330402", "嘉兴", "浙江省嘉兴市南湖区"],
  ["330802", "衢州", "浙江省衢州市柯城区"],
  ["320116", "南京", "江苏省南京市六合区"],
  ["320506", "苏州", "江苏省苏州市吴中区"],
  ["320981", "东台", "江苏省东台市"],
  ["370305", "淄博", "山东省淄博市临淄区"],
  ["371102", "日照", "山东省日照市东港区"],
  ["440303", "深圳", "广东省深圳市罗湖区"],
  ["440113", "广州", "广东省广州市番禺区"],
  ["510104", "成都", "四川省成都市锦江区"],
  ["420106", "武汉", "湖北省武汉市武昌区"],
  ["610113", "西安", "陕西省西安市雁塔区"],
  ["350203", "厦门", "福建省厦门市思明区"],
  ["340104", "合肥", "安徽省合肥市蜀山区"],
  ["210211", "大连", "辽宁省大连市甘井子区"],
  ["120116", "天津", "天津市滨海新区"],
  ["310115", "上海", "上海市浦东新区"],
  ["500112", "重庆", "重庆市渝北区"]
]

/** Fireworks counties: 浏阳, 醴陵, 上栗, 万载. */
const FIREWORKS_COUNTIES: ReadonlyArray<readonly [string, string, string]> = [
  ["430181", "浏阳", "湖南省浏阳市"],
  ["430281", "醴陵", "湖南省醴陵市"],
  ["360322", "上栗", "江西省萍乡市上栗县"],
  ["360922", "万载", "江西省宜春市万载县"]
]

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
const GIVEN = "建国军伟强磊洋勇艳杰娟涛明超秀兰霞平刚桂英华丽敏静芳红玉萍海燕志鹏飞宇浩然欣怡晓东立新春生永庆卫东国平雅琴小芳志刚海涛"
const BRANDS = ["恒远", "金穗", "宏达", "华岳", "永盛", "瑞丰", "鑫源", "天成", "东方", "中联", "顺达", "禾丰", "新华", "长江", "海通", "远航", "凯丰", "博达", "汇通", "嘉诚", "正泰", "明阳", "润和", "安泰", "隆兴", "信诚", "晨光", "亿丰", "华昌", "德胜"]

const INDUSTRY_WORDS: Record<PrimarySector, ReadonlyArray<string>> = {
  "industry-trade": ["机械制造", "五金制品", "纺织", "食品", "家具", "塑料制品", "电子科技", "包装材料", "印染", "木业", "金属制品", "服饰"],
  "hazardous-chemicals": ["化工", "精细化工", "氯碱化工", "石化", "涂料", "化学品贸易", "液化气储运", "新材料"],
  construction: ["建设工程", "建筑工程", "市政工程", "建工集团", "城建"],
  fireworks: ["花炮制造", "烟花爆竹", "烟花"],
  transport: ["物流", "运输", "内河航运", "危险货物运输", "港务"],
  "metal-smelting": ["冶金", "特钢", "铝业", "铜业"],
  "non-coal-mine": ["矿业", "石料", "建材矿业"],
  gas: ["燃气", "天然气", "液化石油气"]
}

const SPECIAL_OP_TYPES = [
  ["危险化学品安全作业（氯化工艺作业）", "special-operation:chlorination-process"],
  ["危险化学品安全作业（加氢工艺作业）", "special-operation:hydrogenation-process"],
  ["危险化学品安全作业（重氮化工艺作业）", "special-operation:diazotization-process"],
  ["化工自动化控制仪表作业", "special-operation:chemical-automation"],
  ["电工作业（低压电工作业）", "special-operation:electrician"],
  ["焊接与热切割作业（熔化焊接与热切割作业）", "special-operation:welding"],
  ["高处作业（登高架设作业）", "special-operation:work-at-height"]
] as const

// ---------------------------------------------------------------------------------------------
// Generation context
// ---------------------------------------------------------------------------------------------

const DAY = 86_400_000

class Ctx {
  readonly rng: Rng
  readonly asOf: number
  readonly v: number
  readonly m: number

  constructor(rng: Rng, asOf: number, v: number, m: number) {
    this.rng = rng
    this.asOf = asOf
    this.v = v
    this.m = m
  }

  /** `true` unless a breach is drawn. */
  ok(): boolean {
    return !this.rng.chance(this.v)
  }

  /** Like {@link ok} at a third of the rate: for entries of long lists (each person, each distance). */
  okEntry(): boolean {
    return !this.rng.chance(this.v / 3)
  }

  /** The compliant value, or its negation with probability v. */
  bool(compliant: boolean): boolean {
    return this.ok() ? compliant : !compliant
  }

  /** Whether an optional fact is present. */
  has(): boolean {
    return !this.rng.chance(this.m)
  }

  /** `YYYY-MM-DD` `days` from the as-of date. */
  day(days: number): string {
    return new Date(this.asOf + days * DAY).toISOString().slice(0, 10)
  }

  /** An instant `minutes` from the as-of date at 00:00 China time, ISO with `+08:00`. */
  instant(minutes: number): string {
    const ms = this.asOf - 8 * 3_600_000 + minutes * 60_000
    return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19) + "+08:00"
  }

  /** Drops each listed key with probability m (they must be optional in the schema). */
  opt<T extends JsonObject>(obj: T, ...keys: ReadonlyArray<keyof T & string>): T {
    for (const k of keys) if (obj[k] !== undefined && this.rng.chance(this.m)) delete obj[k]
    return obj
  }

  /** Every key optional: drops each present key with probability m. */
  optAll<T extends JsonObject>(obj: T, ...required: ReadonlyArray<keyof T & string>): T {
    for (const k of Object.keys(obj)) if (!required.includes(k) && this.rng.chance(this.m)) delete obj[k]
    return obj
  }

  personName(): string {
    const n = this.rng.chance(0.7) ? 2 : 1
    let s = SURNAMES[this.rng.int(0, SURNAMES.length - 1)]!
    for (let i = 0; i < n; i++) s += GIVEN[this.rng.int(0, GIVEN.length - 1)]!
    return s
  }
}

const creditCode = (rng: Rng, division: string, individual: boolean): string => {
  let body = (individual ? "92" : "91") + division
  for (let i = 0; i < 9; i++) body += CREDIT_CODE_CHARSET[rng.int(0, i === 8 ? 9 : CREDIT_CODE_CHARSET.length - 1)]
  return body + computeCheckCharacter(body)
}

// ---------------------------------------------------------------------------------------------
// Core profile
// ---------------------------------------------------------------------------------------------

interface Profile {
  readonly sector: PrimarySector
  readonly sectors: Array<string>
  readonly unitKinds: Array<string>
  readonly employees: number
  readonly activities: Array<string>
  readonly fireworksRole?: "production" | "wholesale" | "retail"
}

const profileOf = (c: Ctx, sector: PrimarySector): Profile => {
  const r = c.rng
  switch (sector) {
    case "hazardous-chemicals": {
      const kind = r.weighted([["producer", 45], ["storage-trading", 25], ["trading", 15], ["user", 15]] as const)
      const unitKinds = kind === "producer" ? ["production", "storage"] : kind === "storage-trading" ? ["storage", "trading"] : kind === "trading" ? ["trading"] : ["use"]
      const activities = kind === "producer"
        ? ["production", "storage", ...(r.chance(0.4) ? ["loading"] : [])]
        : kind === "storage-trading" ? ["storage", "trading", ...(r.chance(0.6) ? ["loading"] : [])]
        : kind === "trading" ? ["trading"] : ["use", "storage"]
      const employees = kind === "producer" ? r.count(60, 220, 3000) : kind === "trading" ? r.count(3, 12, 80) : r.count(20, 90, 600)
      return { sector, sectors: ["hazardous-chemicals", ...(r.chance(0.05) ? ["fire-safety-key-site"] : [])], unitKinds, employees, activities }
    }
    case "fireworks": {
      const role = r.weighted([["production", 35], ["wholesale", 15], ["retail", 50]] as const)
      const unitKinds = role === "production" ? ["production"] : role === "wholesale" ? ["trading", "storage"] : ["retail-point"]
      const employees = role === "production" ? r.count(30, 150, 800) : role === "wholesale" ? r.count(8, 25, 120) : r.count(1, 2, 6)
      const activities = role === "production" ? ["production", "storage"] : role === "wholesale" ? ["trading", "storage"] : ["trading"]
      return { sector, sectors: ["fireworks"], unitKinds, employees, activities, fireworksRole: role }
    }
    case "construction":
      return { sector, sectors: ["construction"], unitKinds: ["construction-contractor"], employees: r.count(20, 120, 5000), activities: [] }
    case "transport": {
      const dg = r.chance(0.3)
      return {
        sector,
        sectors: ["transport"],
        unitKinds: dg && r.chance(0.5) ? ["loading", "transport"] : ["transport"],
        employees: r.count(10, 80, 2000),
        activities: dg ? ["transport", ...(r.chance(0.5) ? ["loading"] : [])] : []
      }
    }
    case "metal-smelting":
      return { sector, sectors: ["metal-smelting", ...(r.chance(0.4) ? ["industry-trade"] : [])], unitKinds: ["production"], employees: r.count(80, 400, 6000), activities: [] }
    case "non-coal-mine":
      return { sector, sectors: ["non-coal-mine"], unitKinds: ["production"], employees: r.count(30, 120, 1500), activities: r.chance(0.5) ? ["use", "storage"] : [] }
    case "gas":
      return { sector, sectors: ["gas", ...(r.chance(0.5) ? ["hazardous-chemicals"] : [])], unitKinds: ["storage", "trading"], employees: r.count(15, 60, 900), activities: ["storage", "trading"] }
    default: {
      const dg = r.chance(0.15)
      return {
        sector,
        sectors: ["industry-trade", ...(r.chance(0.04) ? ["special-equipment"] : [])],
        unitKinds: r.chance(0.85) ? ["production"] : ["trading"],
        employees: r.count(5, 60, 3000),
        activities: dg ? ["use"] : []
      }
    }
  }
}

const licencesOf = (c: Ctx, p: Profile, division: string): Array<JsonObject> => {
  const r = c.rng
  const out: Array<JsonObject> = []
  const lic = (kind: string, years: number, number: string): JsonObject => {
    const from = -r.int(30, years * 365 - 30)
    // expired licences are a (rare) violation for the rules that read them
    const until = c.ok() ? from + years * 365 - 1 : -r.int(1, 60)
    return c.opt({ kind, number, issuedBy: "应急管理局", validFrom: c.day(Math.min(from, until)), validUntil: c.day(until), status: "valid" }, "number", "issuedBy", "status")
  }
  const prov = division.slice(0, 2)
  if (p.sector === "hazardous-chemicals") {
    if (p.unitKinds.includes("production")) out.push(lic("work-safety-licence", 3, `(${prov})WH安许证字[${2023 + r.int(0, 2)}]${r.int(100, 9999)}`))
    if (p.unitKinds.includes("trading")) out.push(lic("hazchem-business-licence", 3, `${prov}危化经字[${2023 + r.int(0, 2)}]${r.int(100, 9999)}`))
    if (p.unitKinds.includes("use") && r.chance(0.5)) out.push(lic("hazchem-use-licence", 3, `${prov}危化使字[${2024}]${r.int(10, 999)}`))
  } else if (p.sector === "fireworks") {
    if (p.fireworksRole === "production") out.push(lic("fireworks-production-licence", 3, `(${prov})YH安许证字[${2024}]${String(r.int(1, 999)).padStart(6, "0")}`))
    else out.push(lic("fireworks-business-licence", p.fireworksRole === "retail" ? 1 : 3, `${prov}烟零字[2025]第${String(r.int(1, 999)).padStart(4, "0")}号`))
  } else if (p.sector === "construction") {
    out.push(lic("work-safety-licence", 3, `(${prov})JZ安许证字[${2022 + r.int(0, 3)}]${r.int(10000, 99999)}`))
    out.push(lic("construction-qualification", 5, `D${r.int(100000000, 999999999)}`))
  } else if (p.sector === "non-coal-mine" || p.sector === "metal-smelting") {
    if (p.sector === "non-coal-mine") out.push(lic("work-safety-licence", 3, `(${prov})FM安许证字[2024]${r.int(100, 999)}`))
  } else if (p.sector === "gas") {
    out.push(lic("other", 3, `燃气经营许可证${r.int(1000, 9999)}`))
  }
  return out
}

const keyPeopleOf = (c: Ctx, p: Profile): Array<JsonObject> => {
  const r = c.rng
  const highRisk = ["hazardous-chemicals", "fireworks", "construction", "transport", "metal-smelting", "non-coal-mine", "gas"].includes(p.sector) || p.activities.length > 0
  const assessment = (): JsonObject | undefined => {
    if (!highRisk && r.chance(0.6)) return undefined
    if (!c.has()) return undefined
    return c.opt({ passed: c.bool(true), date: c.day(-r.int(60, 1400)) }, "date")
  }
  const people: Array<JsonObject> = []
  const person = (roles: Array<string>, fullTime: boolean): JsonObject => {
    const pp: JsonObject = { name: c.personName(), roles, employment: fullTime ? "full-time" : "part-time" }
    const a = roles.some((x) => x === "principal" || x === "safety-officer") ? assessment() : undefined
    if (a !== undefined) pp.assessment = a
    return c.opt(pp, "employment")
  }
  // a retail point's principal is its own (full-time) safety officer
  people.push(person(p.fireworksRole === "retail" && c.ok() ? ["principal", "safety-officer"] : ["principal"], true))
  const big = p.employees > 100 || highRisk
  const officers = p.fireworksRole === "retail" ? 0 : big ? r.int(1, p.employees > 300 ? 4 : 2) : c.ok() ? 1 : 0
  for (let i = 0; i < officers; i++) {
    const roles = ["safety-officer"]
    if (i === 0 && (p.sector === "hazardous-chemicals" || p.sector === "metal-smelting" || p.sector === "non-coal-mine" || p.activities.some((a) => a === "production" || a === "storage" || a === "loading"))) {
      if (c.ok()) roles.push("registered-safety-engineer")
    }
    // the staffing rule needs full-time officers in big or high-risk units: a part-timer is a (rare) breach
    people.push(person(roles, big ? c.ok() || i > 0 : r.chance(0.5)))
  }
  // special operators on the core profile (read by work-safety-law/special-operator-certificates and fireworks item 2)
  const operators = p.fireworksRole === "production" ? r.int(2, 6) : p.fireworksRole === "retail" ? 0 : r.chance(0.6) ? r.int(1, 4) : 0
  for (let i = 0; i < operators; i++) {
    const kind = p.sector === "fireworks" ? "special-operation:fireworks" : r.pick(SPECIAL_OP_TYPES)[1]
    const issued = -r.int(100, 2000)
    const until = c.ok() ? issued + 6 * 365 - 1 : -r.int(1, 200)
    const pp: JsonObject = { name: c.personName(), roles: ["special-operator"], employment: "full-time" }
    if (c.has()) pp.certificates = [c.opt({ kind, number: `T${r.int(1e9, 9e9)}`, issuedOn: c.day(Math.min(issued, until)), validUntil: c.day(until) }, "number", "issuedOn")]
    people.push(pp)
  }
  return people
}

// ---------------------------------------------------------------------------------------------
// work-safety-law facts (every enterprise)
// ---------------------------------------------------------------------------------------------

const workSafetyFacts = (c: Ctx, p: Profile, installationsWithGrade: number): JsonObject => {
  const r = c.rng
  const staff = p.employees
  const dispatched = r.chance(0.3) ? r.int(1, Math.max(1, Math.round(staff / 10))) : 0
  const interns = r.chance(0.1) ? r.int(1, 8) : 0
  const group = (count: number): JsonObject => c.opt({ count, untrainedAtWork: count === 0 || c.ok() ? 0 : r.int(1, Math.min(3, count)) }, "untrainedAtWork")
  const training = c.optAll({
    staff: group(staff),
    dispatchedWorkers: group(dispatched),
    interns: group(interns),
    file: c.optAll({ kept: c.bool(true), recordedItems: c.ok() ? ["time", "content", "attendees", "results"] : ["time", "content", "attendees"], truthful: c.bool(true) })
  })
  const projects: Array<JsonObject> = []
  if (p.activities.length > 0 && r.chance(0.2)) {
    const stage = r.pick(["design", "construction", "in-use"] as const)
    projects.push(c.optAll({
      name: `${r.pick(["年产", "扩建", "技改"])}${r.int(1, 50) * 1000}吨项目`,
      kind: p.sector === "metal-smelting" ? "metal-smelting" : p.sector === "non-coal-mine" ? "mine" : "dangerous-goods",
      stage,
      safetyFacilitiesDesignedConcurrently: c.bool(true),
      ...(stage !== "design" ? { safetyFacilitiesBuiltConcurrently: c.bool(true) } : {}),
      ...(stage === "in-use" ? { safetyFacilitiesInUseConcurrently: c.bool(true) } : {}),
      safetyInvestmentInBudget: c.bool(true),
      safetyEvaluation: c.bool(true)
    }))
  }
  const mhi: Array<JsonObject> = []
  for (let i = 0; i < installationsWithGrade; i++) {
    mhi.push(c.optAll({
      installation: `MH-${i + 1}`,
      registered: c.bool(true),
      tested: c.bool(true),
      assessed: c.bool(true),
      monitored: c.bool(true),
      emergencyPlan: c.bool(true),
      measuresCommunicated: c.bool(true),
      filed: c.bool(true)
    }, "installation"))
  }
  const hazards: Array<JsonObject> = []
  if (r.chance(0.06)) {
    hazards.push(c.optAll({
      id: `ZD-2026-${String(r.int(1, 99)).padStart(2, "0")}`,
      description: r.pick(["紧急切断阀未投用", "安全出口堵塞", "可燃气体报警器失效", "防爆电气不符合要求"]),
      identifiedOn: c.day(-r.int(1, 200)),
      reportedToDepartment: c.bool(true),
      reportedToWorkersCongress: c.bool(true)
    }))
  }
  const dormitory = r.chance(0.25)
  const premises: Array<JsonObject> = p.activities.length > 0 && r.chance(0.5)
    ? [c.optAll({ name: r.pick(["原料仓库", "成品库", "门市部"]), kind: r.pick(["workshop", "shop", "warehouse"] as const), sameBuildingAsDormitory: dormitory ? c.bool(false) : false, safeDistanceFromDormitory: c.bool(true) })]
    : []
  const ops: Array<JsonObject> = []
  const nOps = r.chance(0.4) ? r.int(1, 3) : 0
  for (let i = 0; i < nOps; i++) {
    ops.push(c.opt({ kind: r.pick(["hot-work", "hoisting", "temporary-electricity", "blasting", "other"] as const), description: r.pick(["设备检修焊接", "吊装作业", "临时照明"]), date: c.day(-r.int(1, 60)), onSiteSafetyManager: c.bool(true) }, "description", "date", "onSiteSafetyManager"))
  }
  const policyFrom = -r.int(10, 360)
  const policies: Array<JsonObject> = c.ok()
    ? [c.opt({ insurer: "（虚构）财产保险股份有限公司", policyNumber: `PZ${r.int(1e8, 9e8)}`, from: c.day(policyFrom), to: c.day(policyFrom + 364) }, "insurer", "policyNumber")]
    : r.chance(0.5) ? [] : [{ from: c.day(policyFrom - 800), to: c.day(policyFrom - 436) }]
  const adopted = -r.int(200, 2000)
  const onSite = r.int(0, 6)
  const drills: Array<JsonObject> = []
  drills.push(c.opt({ plan: r.pick(["comprehensive", "special"] as const), date: c.day(c.ok() ? -r.int(10, 330) : -r.int(400, 600)), name: "综合应急演练" }, "name"))
  if (onSite > 0) drills.push(c.opt({ plan: "on-site", date: c.day(c.ok() ? -r.int(5, 170) : -r.int(200, 300)), name: "现场处置演练" }, "name"))
  return c.optAll({
    training,
    specialOperatorsListed: true,
    constructionProjects: projects,
    hasMajorHazardInstallations: installationsWithGrade > 0,
    majorHazardInstallations: mhi,
    dualPrevention: c.optAll({
      riskControlSystem: c.bool(true),
      controlsByRiskLevel: c.bool(true),
      hazardInvestigationSystem: c.bool(true),
      hazardRecordsTruthful: c.bool(true),
      hazardRecordsNotified: c.bool(true),
      majorAccidentHazards: hazards
    }),
    staffDormitory: dormitory,
    dangerousGoodsPremises: premises,
    evacuation: c.optAll({ exitsCompliant: c.bool(true), exitsObstructed: c.bool(false) }),
    dangerousOperations: ops,
    liabilityInsurancePolicies: policies,
    emergencyPlan: c.optAll({
      established: c.bool(true),
      adoptedOn: c.day(adopted),
      linkedWithLocalGovernmentPlan: c.bool(true),
      onSitePlans: onSite,
      drills
    })
  })
}

// ---------------------------------------------------------------------------------------------
// hazchem facts
// ---------------------------------------------------------------------------------------------

const TANK_SUBSTANCES = [
  // substance, β-bearing class when it needs one, typical tonnes, tank medium, is liquefied hydrocarbon
  ["liquefied-petroleum-gas", "W2", [20, 800], ["liquefied-gas"], true],
  ["chlorine", undefined, [2, 200], ["toxic-gas", "liquefied-gas"], false],
  ["ammonia", undefined, [5, 300], ["toxic-gas", "liquefied-gas"], false],
  ["methanol", "W5.3", [100, 3000], [], false],
  ["gasoline", "W5.3", [100, 5000], [], false],
  ["benzene", "W5.3", [20, 600], [], false],
  ["toluene", "W5.3", [100, 2000], [], false]
] as const

const hazchemFacts = (c: Ctx, p: Profile): { facts: JsonObject; majorHazards: number } => {
  const r = c.rng
  const producer = p.unitKinds.includes("production")
  const storage = p.unitKinds.includes("storage")
  const nUnits = producer ? r.int(1, 4) : storage ? r.int(0, 1) : 0
  const units = Array.from({ length: nUnits }, (_, i) => ({ id: `U-${String(i + 1).padStart(2, "0")}`, name: `${r.pick(["加氢", "氯化", "精馏", "合成", "聚合", "电解", "硝化", "氧化"])}装置` }))
  const processes = producer ? r.sample(units, r.weighted([[0, 30], [1, 45], [2, 20], [3, 5]] as const)).map((u) => ({ unit: u, process: r.pick(keyHazardousProcessIds) })) : []
  const nTanks = storage || producer ? r.weighted([[0, 55], [1, 35], [2, 10]] as const) : 0
  const tanks = Array.from({ length: nTanks }, (_, i) => {
    const [substance, hazardClass, [lo, hi], media, lh] = r.pick(TANK_SUBSTANCES)
    return { id: `T-${String(i + 1).padStart(2, "0")}`, substance, hazardClass, tonnes: r.float(lo, hi, 1), media, lh }
  })
  const facts: JsonObject = {}

  const operators: Array<JsonObject> = []
  for (let i = 0, n = producer ? r.int(2, 8) : r.int(0, 2); i < n; i++) {
    const [type] = r.pick(SPECIAL_OP_TYPES)
    const ok = c.okEntry()
    const o: JsonObject = { name: c.personName(), operationType: type, holdsCertificate: ok ? true : r.chance(0.5) ? false : true }
    if (c.has()) o.certificateValidUntil = c.day(ok || o.holdsCertificate === false ? r.int(30, 1800) : -r.int(1, 300))
    operators.push(c.opt(o, "name", "operationType", "holdsCertificate"))
  }
  facts.specialOperators = operators

  const distances: Array<JsonObject> = []
  for (const kp of processes) {
    const required = r.pick([100, 150, 200, 300, 500])
    const d: JsonObject = { unitId: kp.unit.id, unitName: kp.unit.name, involvesKeyProcess: true }
    if (r.chance(0.5)) {
      d.requiredMetres = required
      d.actualMetres = c.ok() ? required + r.int(0, 300) : required - r.int(5, 60)
    } else d.meetsStandard = c.bool(true)
    distances.push(c.opt(d, "unitName"))
  }
  for (const t of tanks) {
    distances.push(c.opt({ unitId: t.id, unitName: `${t.substance}储罐区`, involvesKeySupervisedChemical: true, involvesMajorHazard: true, meetsStandard: c.bool(true) }, "unitName"))
  }
  facts.externalSafetyDistances = distances

  facts.keyProcesses = processes.map((kp) => {
    const bad = !c.ok()
    return c.opt({
      process: kp.process,
      unitId: kp.unit.id,
      automation: bad && r.chance(0.5) ? r.pick(["absent", "installed-not-in-use"] as const) : "in-use",
      emergencyShutdown: bad ? r.pick(["absent", "installed-not-in-use"] as const) : "in-use"
    }, "automation", "emergencyShutdown")
  })

  let majorHazards = 0
  facts.majorHazardInstallations = tanks.map((t) => {
    const substance: JsonObject = { kind: "named", substance: t.substance, quantityTonnes: t.tonnes }
    if (t.hazardClass !== undefined) substance.hazardClass = t.hazardClass
    const sis = t.media.length > 0 ? c.bool(true) : r.chance(0.5)
    const inst: JsonObject = {
      id: t.id,
      name: `${t.substance}储罐区`,
      unitKind: "storage",
      substances: [substance],
      exposedPeople: r.int(0, 300),
      isTankFarm: true,
      tankFarm: c.opt({ hasEmergencyShutOff: c.bool(true), hasIndependentSis: sis, media: [...t.media] }, "hasEmergencyShutOff", "hasIndependentSis")
    }
    if (r.chance(0.3)) inst.recordedGrade = r.int(1, 4)
    majorHazards++
    return c.opt(inst, "name", "exposedPeople")
  })

  const lhTanks = tanks.filter((t) => t.lh)
  facts.pressurisedLiquefiedHydrocarbonTanks = lhTanks.flatMap((t) =>
    Array.from({ length: r.int(1, 4) }, (_, i) => c.opt({ id: `${t.id}-V${i + 1}`, hasWaterInjection: c.bool(true) }, "hasWaterInjection"))
  )
  const loading = p.activities.includes("loading")
  facts.liquefiedGasLoading = loading
    ? tanks.filter((t) => t.media.includes("liquefied-gas" as never)).map((t, i) =>
      c.opt({
        id: `LD-${i + 1}`,
        medium: t.substance === "chlorine" ? "liquid-chlorine" : t.substance === "ammonia" ? "liquid-ammonia" : "liquefied-hydrocarbon",
        method: c.ok() ? "universal-loading-arm" : "other"
      }, "method")
    )
    : []
  const toxic = tanks.filter((t) => t.substance === "chlorine" || t.substance === "ammonia")
  facts.toxicGasPipelines = toxic.filter((t) => t.substance === "chlorine").map((_, i) =>
    c.opt({ id: `P-CL2-${i + 1}`, medium: "chlorine", areasCrossedOutsidePlant: c.ok() ? r.pick([[], ["chemical-park"]]) : ["public-area"] }, "areasCrossedOutsidePlant")
  )
  facts.overheadPowerLines = r.chance(0.4)
    ? [c.optAll({ id: `${r.pick([10, 35, 110])}kV 线路`, crossesProductionArea: r.chance(0.15), compliesWithStandard: c.bool(true) })]
    : []
  facts.chemicalUnits = units.map((u) => {
    const formal = r.chance(0.9)
    const cu: JsonObject = { id: u.id, name: u.name, inService: true, formallyDesigned: formal }
    if (!formal) cu.safetyDesignDiagnosisDone = c.bool(true)
    cu.dualPowerSupply = c.bool(true)
    cu.automationUps = c.bool(true)
    return c.opt(cu, "name", "inService", "formallyDesigned", "safetyDesignDiagnosisDone", "dualPowerSupply", "automationUps")
  })
  facts.obsoleteTechnologyInUse = c.ok() ? [] : [{ kind: r.pick(["process", "equipment"] as const), name: r.pick(["氨冷冻盐水法氯气液化", "釜式蒸馏", "敞开式离心机"]) }]
  const gasLocations = producer || storage ? r.int(1, 4) : r.int(0, 1)
  facts.gasLeakLocations = Array.from({ length: gasLocations }, (_, i) =>
    c.opt({ id: `${r.pick(["压缩机房", "罐区", "装置区", "泵房"])}${i + 1}`, gas: r.pick(["flammable", "toxic", "flammable-and-toxic"] as const), hasDetectionAlarm: c.bool(true) }, "gas", "hasDetectionAlarm")
  )
  facts.explosionHazardAreas = Array.from({ length: producer ? r.int(1, 3) : r.int(0, 1) }, (_, i) =>
    c.opt({ id: `防爆区${i + 1}`, explosionProofEquipmentCompliant: c.bool(true) }, "explosionProofEquipmentCompliant")
  )
  facts.controlRooms = producer
    ? [c.opt({ kind: r.pick(["control-room", "cabinet-room"] as const), id: "中央控制室", facesFireExplosionHazardUnit: r.chance(0.4), fireAndBlastProtectionCompliant: c.bool(true) }, "facesFireExplosionHazardUnit", "fireAndBlastProtectionCompliant")]
    : []
  facts.safetyAccessories = Array.from({ length: producer || storage ? r.int(2, 10) : 0 }, (_, i) =>
    c.opt({ kind: r.pick(["safety-valve", "rupture-disc", "other"] as const), id: `PSV-${100 + i}`, inNormalService: c.bool(true) }, "inNormalService")
  )
  facts.responsibilitySystem = c.optAll({ established: c.bool(true), matchedToPosts: c.bool(true) })
  facts.hazardInvestigationSystem = c.optAll({ established: c.bool(true), implemented: c.bool(true) })
  facts.operatingProceduresEstablished = c.bool(true)
  facts.processControlLimitsEstablished = c.bool(true)
  facts.specialOperationManagement = c.optAll({ systemEstablished: c.bool(true), systemEnforced: c.bool(true) })
  facts.specialOperationPermits = permits(c, producer || storage ? r.weighted([[0, 30], [1, 25], [2, 20], [3, 15], [5, 10]] as const) : 0)
  facts.processDevelopment = c.optAll({
    newProcesses: producer && r.chance(0.2)
      ? [c.optAll({
        name: r.pick(["连续流重氮化", "微通道硝化", "新型加氢工艺"]),
        newlyDeveloped: true,
        inIndustrialProduction: true,
        labScaleTest: c.bool(true),
        pilotScaleTest: c.bool(true),
        industrialTrial: c.bool(true),
        firstUseInChina: r.chance(0.2),
        provincialSafetyReliabilityDemonstration: c.bool(true)
      })]
      : [],
    newUnits: producer && r.chance(0.25) ? [c.optAll({ id: "U-NEW", chargedAndStarted: true, trialRunPlan: c.bool(true) })] : [],
    isFineChemicalEnterprise: producer && r.chance(0.4),
    reactionSafetyRiskAssessmentDone: c.bool(true)
  })
  facts.storageAreas = Array.from({ length: r.int(1, 3) }, (_, i) =>
    c.opt({
      id: `${r.pick(["原料仓库", "成品仓库", "甲类仓库"])}${i + 1}`,
      zonedAndClassified: c.bool(true),
      overQuantity: c.bool(false),
      overVariety: c.bool(false),
      incompatibleMixedStorage: c.bool(false)
    }, "zonedAndClassified", "overQuantity", "overVariety", "incompatibleMixedStorage")
  )
  // a whole list may be unknown (never surveyed)
  for (const k of Object.keys(facts)) if (c.rng.chance(c.m)) delete facts[k]
  return { facts, majorHazards }
}

/** GB 30871-2022 permits, in order by default; `c.ok()` failures break one requirement each. */
const permits = (c: Ctx, n: number): Array<JsonObject> => {
  const r = c.rng
  const out: Array<JsonObject> = []
  for (let i = 0; i < n; i++) {
    const kind = r.weighted([["hot-work", 35], ["confined-space", 20], ["work-at-height", 20], ["lifting", 10], ["temporary-power", 5], ["blinding", 4], ["excavation", 4], ["road-breaking", 2]] as const)
    const startMin = -r.int(1, 60) * 1440 + r.int(7, 9) * 60 // a morning in the last two months
    const id = `${kind.slice(0, 2).toUpperCase()}-${String(i + 1).padStart(3, "0")}`
    switch (kind) {
      case "hot-work": {
        const grade = r.weighted([["level-2", 55], ["level-1", 35], ["special", 10]] as const)
        const hours = grade === "level-2" ? r.int(8, 72) : r.int(4, 8)
        const validHours = c.ok() ? hours : hours + r.int(2, 24)
        const workStart = startMin + r.int(5, 30)
        const lel = r.pick([4.0, 5.0, 1.1, 2.5])
        const limit = lel >= 4 ? 0.5 : 0.2
        const location: JsonObject = grade === "special"
          ? { inFireExplosionHazardPlace: true, onOperatingEquipment: true, pressurisedWithoutPurging: false, insideMajorHazardTankFarmDike: false, onPipeRack: false }
          : grade === "level-1"
          ? { inFireExplosionHazardPlace: true, onOperatingEquipment: false, pressurisedWithoutPurging: false, insideMajorHazardTankFarmDike: false, onPipeRack: r.chance(0.3) }
          : { inFireExplosionHazardPlace: c.bool(false), onOperatingEquipment: false, pressurisedWithoutPurging: false, insideMajorHazardTankFarmDike: false, onPipeRack: false }
        const night = r.chance(0.1)
        const wind = r.int(0, 6)
        out.push(c.opt({
          kind,
          id,
          grade,
          validFrom: c.instant(startMin),
          validTo: c.instant(startMin + validHours * 60),
          workStartedAt: c.instant(workStart),
          workEndedAt: c.instant(workStart + Math.min(hours * 60 - 40, r.int(60, 480))),
          location: c.opt(location, "onPipeRack", "pressurisedWithoutPurging"),
          circumstances: night ? ["night"] : [],
          outdoor: r.chance(0.6),
          windForce: wind,
          upgradedManagement: night || wind >= 5 ? c.bool(true) : false,
          gasAnalyses: [{ at: c.instant(workStart - (c.ok() ? r.int(5, 25) : r.int(40, 90))), flammableGasPercent: c.ok() ? r.float(0, limit, 2) : r.float(limit + 0.1, 2, 1), lowerExplosiveLimitPercent: lel }],
          ...(grade === "special" ? { continuousMonitoring: c.bool(true) } : {})
        }, "workEndedAt", "windForce", "circumstances", "outdoor"))
        break
      }
      case "confined-space": {
        const hours = r.int(2, 10)
        const workStart = startMin + r.int(15, 60)
        const detections: Array<JsonObject> = []
        let t = workStart - r.int(5, 25)
        const end = workStart + hours * 60
        const gap = c.ok() ? 110 : 170
        while (t < end) {
          detections.push({ at: c.instant(t), oxygenPercent: r.float(19.8, 20.9, 1), flammableGasPercent: 0, toxicWithinLimit: true })
          t += r.int(60, gap)
        }
        detections.push({ at: c.instant(end - r.int(1, 10)), oxygenPercent: 20.6, flammableGasPercent: 0, toxicWithinLimit: true })
        out.push(c.opt({
          kind,
          id,
          validFrom: c.instant(startMin),
          validTo: c.instant(startMin + (c.ok() ? 12 : 30) * 60),
          workStartedAt: c.instant(workStart),
          workEndedAt: c.instant(Math.min(end, startMin + 12 * 60 - 5)),
          continuousDetection: c.bool(true),
          gasDetections: detections
        }, "continuousDetection"))
        break
      }
      case "work-at-height": {
        const height = r.float(2.5, 40, 1)
        const factors = r.chance(0.3) ? ["gusts-force-5-or-more"] : []
        const band = height <= 5 ? 0 : height <= 15 ? 1 : height <= 30 ? 2 : 3
        const grades = factors.length > 0 ? ["II", "III", "IV", "IV"] : ["I", "II", "III", "IV"]
        const grade = c.ok() ? grades[band]! : band > 0 ? grades[band - 1]! : grades[band]!
        const days = r.int(1, 6)
        out.push(c.opt({
          kind,
          id,
          validFrom: c.instant(startMin),
          validTo: c.instant(startMin + days * 1440 + (c.ok() ? 0 : 2 * 1440)),
          heightMetres: height,
          hazardFactors: factors,
          grade
        }, "hazardFactors"))
        break
      }
      case "lifting": {
        const mass = r.float(2, 160, 1)
        const grade = mass > 100 ? "level-1" : mass >= 40 ? "level-2" : "level-3"
        out.push(c.opt({
          kind,
          id,
          validFrom: c.instant(startMin),
          validTo: c.instant(startMin + 9 * 60),
          massTonnes: mass,
          grade: c.ok() ? grade : grade === "level-3" ? "level-3" : "level-3"
        }, "massTonnes"))
        break
      }
      case "temporary-power": {
        out.push(c.opt({
          kind,
          id,
          validFrom: c.instant(startMin),
          validTo: c.instant(startMin + (c.ok() ? r.int(1, 14) : r.int(16, 40)) * 1440)
        }))
        break
      }
      default:
        out.push(c.opt({ kind, id, validFrom: c.instant(startMin), validTo: c.instant(startMin + r.int(4, 10) * 60) }, "id"))
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// fireworks facts
// ---------------------------------------------------------------------------------------------

const fireworksFacts = (c: Ctx, p: Profile): JsonObject => {
  const r = c.rng
  const production = p.fireworksRole === "production"
  const retail = p.fireworksRole === "retail"
  const building = (id: string, name: string, hazardClass: string, heads: number, kg: number, store: boolean): JsonObject => {
    const b: JsonObject = {
      id,
      name,
      hazardClass,
      approvedHeadCount: heads,
      actualHeadCount: c.ok() ? r.int(Math.max(0, heads - 2), heads) : heads + r.int(1, 3),
      approvedExplosiveKg: kg,
      actualExplosiveKg: c.ok() ? r.float(kg * 0.3, kg, 0) : r.float(kg * 1.05, kg * 1.6, 0),
      internalDistances: [distance()],
      externalDistances: [distance()],
      protectiveBarrier: c.ok() ? r.pick(["compliant", "not-required"] as const) : r.pick(["missing", "substandard"] as const),
      antiStatic: c.ok() ? "effective" : r.pick(["missing", "failed"] as const),
      fireProtection: c.ok() ? "effective" : r.pick(["missing", "failed"] as const),
      lightningProtection: c.ok() ? "effective" : r.pick(["missing", "failed"] as const),
      designedUse: name,
      actualUse: name,
      useChanged: false
    }
    if (!c.ok()) {
      b.useChanged = true
      b.actualUse = `${name}（改作他用）`
      b.useChangeApproved = false
    }
    if (store) {
      b.holdsOxidiser = r.chance(0.3)
      b.holdsReducer = b.holdsOxidiser === true ? c.bool(false) : r.chance(0.3)
      b.otherDangerousGoods = c.ok() ? [] : ["汽油"]
    } else {
      b.oxidiserCrushedOrWeighed = r.chance(0.3)
      b.reducerCrushedOrWeighed = b.oxidiserCrushedOrWeighed === true ? c.bool(false) : r.chance(0.3)
    }
    return c.opt(b, "name", "hazardClass", "approvedHeadCount", "actualHeadCount", "approvedExplosiveKg", "actualExplosiveKg", "protectiveBarrier", "antiStatic", "fireProtection", "lightningProtection", "useChanged")
  }
  const distance = (): JsonObject => {
    const required = r.pick([20, 35, 50, 120, 180, 220])
    return c.opt({ target: r.pick(["相邻工房", "村民住宅", "县道", "中转库"]), requiredMetres: required, actualMetres: c.okEntry() ? required + r.int(0, 80) : required - r.int(1, 15) }, "target")
  }
  const workshops = production
    ? Array.from({ length: r.int(2, 8) }, (_, i) => building(`A${i + 1}`, r.pick(["药物混合工房", "装药工房", "筑药工房", "包装工房"]), r.pick(["1.1-1", "1.1-2", "1.3"]), r.int(1, 4), r.pick([10, 20, 50, 100]), false))
    : []
  const stores = production || p.fireworksRole === "wholesale"
    ? Array.from({ length: r.int(1, production ? 4 : 6) }, (_, i) => building(`C${i + 1}`, r.pick(["成品总库", "中转库", "药物总库", "成品仓库"]), r.pick(["1.1", "1.3"]), r.int(2, 6), r.pick([1000, 2000, 5000, 10000]), true))
    : []
  const kinds = ["组合烟花", "喷花", "旋转类", "爆竹", "小礼花"]
  const licensedKinds = r.sample(kinds, r.int(2, 4))
  const facts: JsonObject = {
    hasSpecialOperations: production,
    repairsWithExplosivesPresent: c.bool(false),
    personalToolsInExplosiveWork: c.bool(false),
    workshops,
    stores,
    unauthorisedStructures: c.ok() ? [] : [{ description: "违规搭建工棚", location: "厂区东侧" }],
    responsibilitySystem: c.optAll({ established: c.bool(true), matchedToPosts: c.bool(true) }),
    hazardInvestigationSystem: c.optAll({ established: c.bool(true), implemented: c.bool(true) }),
    licenceMisuse: c.ok() ? [] : [r.pick(["rented-out", "lent", "transferred"] as const)],
    licensedScope: { productKinds: licensedKinds, hazardGrades: ["C级", "D级"] },
    products: Array.from({ length: r.int(1, 4) }, () => ({
      name: `${r.int(16, 200)}发${r.pick(licensedKinds)}`,
      kind: c.ok() ? r.pick(licensedKinds) : r.pick(kinds),
      hazardGrade: r.pick(["C级", "D级"])
    })),
    prohibitedChemicalsUsed: c.bool(false),
    outsourcedFacilities: c.ok() ? [] : [{ object: "production-line", arrangement: "subcontract", facility: "组合烟花生产线二", counterparty: "个人" }],
    oneLicenceMultiplePlants: c.bool(false),
    shareholdersOperateIndependently: c.bool(false),
    inOperation: true,
    suspensions: r.chance(0.3)
      ? [(() => {
        const from = -r.int(20, 200)
        return { reason: r.pick(["severe-weather", "rectification", "ordered"] as const), from: c.day(from), to: c.day(from + r.int(1, 15)), operatedDuring: c.bool(false) }
      })()]
      : [],
    dealsInProhibitedOrSubstandardProducts: c.bool(false)
  }
  if (production) {
    facts.plant = c.optAll({ perimeterWallComplete: c.bool(true), zoningCompliant: c.bool(true) })
    facts.improperPremixing = c.bool(false)
    facts.explosiveMachinery = Array.from({ length: r.int(0, 3) }, (_, i) =>
      c.opt({ id: `M${i + 1}`, name: r.pick(["自动装药机", "筑药机", "压药机"]), inUse: true, safetyDemonstrated: c.bool(true), unapprovedModification: c.bool(false), unapprovedUseChange: c.bool(false) }, "name", "safetyDemonstrated")
    )
    facts.centralStoreCapacity = c.optAll({
      transferStore: { capacityKg: r.pick([500, 600, 800]), matchesDesignedCapacity: c.bool(true) },
      compositionStore: { capacityKg: r.pick([300, 500]), matchesDesignedCapacity: c.bool(true) },
      finishedProductStore: { capacityKg: r.pick([5000, 8000, 10000]), matchesDesignedCapacity: c.bool(true) }
    })
  }
  if (retail) facts.retailPremises = c.optAll({ sameBuildingAsResidence: c.bool(false), openFlameUsed: c.bool(false) })
  for (const k of Object.keys(facts)) if (c.rng.chance(c.m)) delete facts[k]
  return facts
}

// ---------------------------------------------------------------------------------------------
// construction facts
// ---------------------------------------------------------------------------------------------

const constructionFacts = (c: Ctx, p: Profile, city: string, full: string): JsonObject => {
  const r = c.rng
  const bool = (good: boolean) => c.bool(good)
  const kind = r.weighted([["building", 75], ["municipal", 25]] as const)
  const storeys = kind === "building" ? r.int(3, 40) : 0
  const certificate = (): JsonObject => c.opt({ held: c.okEntry(), number: `浙建安${r.pick(["A", "B", "C"])}(${r.int(2018, 2024)})${r.int(100000, 999999)}`, validUntil: c.day(c.okEntry() ? r.int(30, 1500) : -r.int(1, 300)) }, "number", "validUntil")
  const required = storeys > 20 ? 3 : r.int(1, 2)
  const dangerous = (name: string, k: string, over: boolean): JsonObject => c.optAll({
    name,
    kind: k,
    overSize: over,
    specialPlan: c.optAll({ prepared: bool(true), reviewed: bool(true), seriousDefects: bool(false) }),
    expertReview: over ? bool(true) : false,
    acceptance: c.optAll({ required: true, passed: bool(true), proceeded: true })
  }, "name")
  const deepPit = r.chance(0.5)
  const pits = kind === "building" || r.chance(0.5)
    ? [c.optAll({
      name: "地下室基坑",
      deep: deepPit,
      supported: true,
      excavationDepthMetres: deepPit ? r.float(5, 18, 1) : r.float(2, 4.9, 1),
      adjacentAtRisk: r.chance(0.4),
      adjacentProtection: bool(true),
      overExcavated: bool(false),
      thirdPartyMonitoring: deepPit ? bool(true) : r.chance(0.3),
      collapseSigns: c.optAll({
        deformationMm: r.float(2, 30, 0),
        designDeformationLimitMm: 35,
        sideWallLeakageOrSoilFlow: bool(false),
        bottomPiping: false,
        bottomBlowout: false,
        soilLossHoleDepthMetres: 0,
        pileDiameterMetres: 0.8
      }),
      edgeSurchargeKpa: c.ok() ? r.float(5, 20, 0) : r.float(21, 40, 0),
      designAllowableEdgeSurchargeKpa: 20
    }, "name")]
    : []
  const cranes = Array.from({ length: r.int(0, 3) }, (_, i) => {
    const tower = i === 0 || r.chance(0.4)
    const crane: JsonObject = {
      name: tower ? `${i + 1}#塔吊` : `${i + 1}#施工升降机`,
      kind: tower ? "tower-crane" : "construction-hoist",
      inUse: true,
      acceptancePassed: bool(true),
      useRegistered: bool(true),
      foundationMeetsDesign: bool(true),
      operations: [{ kind: "installation", date: c.day(-r.int(60, 900)), checkedBeforehand: bool(true) }],
      safetyDevicesComplete: bool(true),
      safetyDevicesWorking: bool(true),
      safetyDevicesRemovedOrDamaged: bool(false),
      mainMemberDefects: bool(false),
      mainMemberConnectionsMissingOrFailed: bool(false),
      tieSpacingMeetsCode: bool(true),
      overhangAboveTopTieMeetsCode: bool(true),
      verticalityMeetsCode: bool(true),
      atScrapStandard: bool(false)
    }
    if (tower) {
      crane.freestandingHeightMeetsCode = bool(true)
      crane.clearanceToStructuresMeetsCode = bool(true)
      crane.groupOperation = r.chance(0.3)
      if (crane.groupOperation === true) crane.clearanceToOtherCranesMeetsCode = bool(true)
    } else {
      crane.fallArresterCalibrationValidUntil = c.day(c.ok() ? r.int(10, 700) : -r.int(1, 200))
      crane.mastBoltsMissingOrFailed = bool(false)
    }
    return c.optAll(crane, "name", "kind")
  })
  const facts: JsonObject = {
    project: c.optAll({
      name: `${city}${r.pick(["安置房", "商业综合体", "学校", "医院", "道路改造", "综合管廊"])}${r.pick(["一", "二", "三"])}期工程`,
      kind,
      works: r.weighted([["new-build", 80], ["extension", 10], ["alteration", 10]] as const),
      scale: c.optAll({ grossFloorAreaM2: r.int(5000, 200000), buildingHeightMetres: storeys * 3, storeysAboveGround: storeys, contractSumTenThousandYuan: r.int(2000, 90000) }),
      address: `${full}（示例地址）`
    }),
    contractor: c.optAll({
      name: `${city}${r.pick(BRANDS)}建设工程有限公司`,
      workSafetyLicence: c.optAll({ held: bool(true), number: `(浙)JZ安许证字[${r.int(2021, 2024)}]${r.int(10000, 99999)}`, validUntil: c.day(c.ok() ? r.int(30, 1000) : -r.int(1, 100)), suspendedOrRevoked: bool(false) }),
      qualification: c.optAll({ held: bool(true), description: "建筑工程施工总承包二级", coversProject: bool(true) })
    }),
    keyPersonnel: [
      c.optAll({ role: "principal", name: c.personName(), certificate: certificate() }),
      c.optAll({ role: "project-manager", name: c.personName(), certificate: certificate() }),
      ...Array.from({ length: required }, () => c.optAll({ role: "full-time-safety-manager", name: c.personName(), certificate: certificate() }))
    ],
    safetyManagerStaffing: c.optAll({ required, assigned: c.ok() ? required : required - 1 }),
    specialOperators: Array.from({ length: r.int(2, 8) }, () =>
      c.optAll({ name: c.personName(), trade: r.pick(["建筑电工", "建筑架子工", "建筑起重信号司索工", "建筑起重机械司机(塔式起重机)"]), certificate: c.optAll({ held: c.okEntry(), validUntil: c.day(c.okEntry() ? r.int(30, 1200) : -r.int(1, 300)) }) })
    ),
    dangerousWorks: [
      ...(pits.length > 0 ? [dangerous("基坑支护及土方开挖", "基坑工程", deepPit)] : []),
      ...(r.chance(0.6) ? [dangerous("落地式脚手架", "脚手架工程", r.chance(0.3))] : []),
      ...(cranes.length > 0 ? [dangerous("塔式起重机安装拆卸", "起重吊装及起重机械安装拆卸工程", false)] : []),
      ...(r.chance(0.5) ? [dangerous("模板支撑体系", "模板工程及支撑体系", r.chance(0.3))] : [])
    ],
    foundationPits: pits,
    slopes: [],
    formworkSupports: r.chance(0.6)
      ? [c.optAll({ name: "顶板模板支架", foundationMeetsDesign: bool(true), constructionLoad: c.ok() ? r.float(3, 5.9, 1) : r.float(6.2, 8, 1), designLoad: 6, removedOrClimbed: false, dangerousWork: true, pourSequencePerPlan: bool(true), pourLayerThicknessPerPlan: bool(true) }, "name")]
      : [],
    scaffolds: Array.from({ length: r.int(0, 2) }, (_, i) => {
      const attached = r.chance(0.3)
      const s: JsonObject = { name: `${i + 1}#脚手架`, kind: attached ? "attached-lifting" : "floor-standing", foundationMeetsDesign: bool(true), wallTies: c.ok() ? "present" : "whole-storey-missing", inUse: true, gapToStructureOpen: r.chance(0.3) }
      if (s.gapToStructureOpen === true) s.gapHorizontalProtection = bool(true)
      if (attached) {
        s.acceptancePassed = bool(true)
        s.antiTiltDevice = c.ok() ? "conforming" : "failed"
        s.antiFallDevice = c.ok() ? "conforming" : "failed"
        s.syncLiftControl = c.ok() ? "conforming" : "failed"
      }
      return c.optAll(s, "name", "kind")
    }),
    cranes,
    rigging: { scrappedInUse: bool(false) },
    steelErectionSupports: [],
    prefabricatedMembers: [],
    cantileverPlatforms: r.chance(0.4) ? [c.optAll({ name: "悬挑式卸料平台", purpose: "unloading", pointsOnStableStructure: bool(true), reliablyConnected: bool(true) }, "name")] : [],
    elevatorShafts: storeys > 6 ? [c.optAll({ name: "电梯井", openThrough: true, horizontalProtection: bool(true), openingDoors: bool(true) }, "name")] : [],
    gondolas: r.chance(0.2) ? [c.optAll({ name: "外墙吊篮", loadKg: r.int(100, 250), ratedLoadKg: 250, safetyLockWorking: bool(true), lifelinesIndependent: bool(true) }, "name")] : [],
    lightingAreas: pits.length > 0 ? [c.optAll({ name: "地下室", tunnel: false, civilAirDefence: r.chance(0.3), damp: true, poorVentilation: true, highTemperature: false, conductiveDust: false, longTermRelativeHumidityPercent: r.int(60, 85), muddy: false, standingWaterOrConductiveLiquid: false, otherSpecialEnvironment: false, safetyVoltageLighting: bool(true) }, "name")] : [],
    overheadLines: r.chance(0.3) ? [c.optAll({ name: "10kV架空线", clearanceMeetsCode: r.chance(0.6), protectiveMeasures: bool(true) }, "name")] : [],
    confinedSpaceManagement: c.optAll({ identified: bool(true), warningSigns: bool(true) }),
    confinedSpaceWorks: r.chance(0.3)
      ? [c.optAll({ name: "集水井清理", approved: bool(true), specialTraining: bool(true), ventilatedTestedFirst: bool(true), attendant: bool(true), safetyManagerOnSite: bool(true), gasDetection: bool(true), mechanicalVentilation: bool(true), respiratoryProtection: bool(true), rescueEquipment: bool(true) }, "name")]
      : [],
    structuralAlterations: [],
    demolitions: [],
    tunnels: [],
    shieldEnds: [],
    shieldMachines: [],
    railProtectionZone: r.chance(0.1) ? { worksWithin: true, approved: bool(true) } : { worksWithin: false },
    temporaryLoads: r.chance(0.5) ? [c.optAll({ name: "钢筋堆场", on: "basement-roof", loadKnPerM2: c.ok() ? r.float(3, 9.5, 1) : r.float(10.5, 15, 1), designAllowableKnPerM2: 10 }, "name")] : [],
    heavyMachines: r.chance(0.5) ? [c.optAll({ name: "混凝土泵车", kind: "concrete-pump-truck", groundBearingChecked: bool(true) }, "name")] : [],
    severeWeatherWorks: c.ok() ? [] : [{ date: c.day(-r.int(1, 60)), weather: "high-wind", operation: "lifting", inBreachOfRules: true }],
    peopleLifted: c.ok() ? [] : [{ date: c.day(-r.int(1, 60)), equipment: "tower-crane" }],
    prohibitedTechnology: [],
    otherSeriousBreaches: []
  }
  void p
  for (const k of Object.keys(facts)) if (c.rng.chance(c.m)) delete facts[k]
  return facts
}

// ---------------------------------------------------------------------------------------------
// The record
// ---------------------------------------------------------------------------------------------

const COUNTY_NAMES: Record<string, string> = {}

const buildRecord = (c: Ctx, sector: PrimarySector): JsonObject => {
  const r = c.rng
  const [division, city, full] = sector === "fireworks" ? r.pick(FIREWORKS_COUNTIES) : r.pick(COUNTIES)
  COUNTY_NAMES[division] = full
  const p = profileOf(c, sector)
  const retail = p.fireworksRole === "retail"
  const name = retail
    ? `${city}市${r.pick(BRANDS)}烟花爆竹零售店`
    : `${city}${r.pick(BRANDS)}${r.pick(INDUSTRY_WORDS[sector])}有限公司`
  const record: JsonObject = {
    creditCode: creditCode(r, division, retail),
    name,
    jurisdiction: division,
    address: `${full}${r.pick(["工业园", "经济开发区", "化工园区", "高新区", "镇"])}${r.int(1, 200)}号（虚构地址）`,
    sectors: p.sectors,
    unitKinds: p.unitKinds,
    employees: p.employees,
    scale: p.employees >= 300 || (p.employees >= 100 && r.chance(0.5)) ? "above-designated-size" : "below-designated-size",
    dangerousGoodsActivities: p.activities,
    ...(p.sector === "transport" ? { transportModes: [r.weighted([["road", 70], ["waterway", 20], ["railway", 5], ["pipeline", 5]] as const)] } : {}),
    safetyDepartment: p.employees > 100 || ["hazardous-chemicals", "construction", "metal-smelting", "non-coal-mine"].includes(sector) ? c.bool(true) : r.chance(0.3),
    keyPeople: keyPeopleOf(c, p),
    licences: licencesOf(c, p, division),
    supervisionClass: r.weighted([["A", 20], ["B", 55], ["C", 22], ["D", 3]] as const)
  }
  if (p.employees > 50 && r.chance(0.5)) {
    record.standardization = c.opt({ grade: r.weighted([[1, 5], [2, 35], [3, 60]] as const), approvedBy: r.pick(["state", "province", "city"] as const), validUntil: c.day(r.int(30, 1000)) }, "approvedBy", "validUntil")
  }
  const facts: JsonObject = {}
  let majorHazards = 0
  if (p.sectors.includes("hazardous-chemicals")) {
    const h = hazchemFacts(c, p)
    facts.hazchem = h.facts
    majorHazards = h.majorHazards
  }
  if (p.sector === "fireworks") facts.fireworks = fireworksFacts(c, p)
  if (p.sector === "construction") facts.construction = constructionFacts(c, p, city, full)
  // sites and installations on the core profile for units with premises (checked by Enterprise's refinement)
  if (majorHazards > 0 || (p.unitKinds.includes("production") && r.chance(0.3))) {
    const sites = [{ id: "S-1", name: "厂区" }]
    if (r.chance(0.3)) sites.push({ id: "S-2", name: "库区" })
    record.sites = sites
    const installations: Array<JsonObject> = []
    for (let i = 0; i < majorHazards; i++) installations.push({ id: `MH-${i + 1}`, name: `重大危险源${i + 1}`, site: r.pick(sites).id, kind: "tank-farm", majorHazardGrade: r.int(1, 4) })
    if (r.chance(0.5)) installations.push({ id: "U-MAIN", name: "主装置", site: "S-1", kind: "process-unit" })
    record.installations = installations
  }
  facts.workSafety = workSafetyFacts(c, p, majorHazards)
  record.facts = facts
  return c.opt(record, "address", "unitKinds", "employees", "scale", "dangerousGoodsActivities", "safetyDepartment", "keyPeople", "licences", "supervisionClass")
}

/** The kinds of deliberate corruption, each rejected by the decoder (the core profile or a pack's facts). */
export const CORRUPTIONS = [
  "credit-code-check-character",
  "unknown-sector",
  "employees-as-text",
  "impossible-date",
  "missing-name",
  "pack-fact-wrong-type",
  "negative-count",
  "not-an-object"
] as const

const corrupt = (c: Ctx, record: JsonObject): { record: Json; corruption: (typeof CORRUPTIONS)[number] } => {
  const kind = c.rng.pick(CORRUPTIONS)
  const facts = record.facts as JsonObject
  switch (kind) {
    case "credit-code-check-character": {
      const code = record.creditCode as string
      const last = code[17]!
      const other = CREDIT_CODE_CHARSET[(CREDIT_CODE_CHARSET.indexOf(last) + 1) % CREDIT_CODE_CHARSET.length]!
      record.creditCode = code.slice(0, 17) + other
      break
    }
    case "unknown-sector":
      record.sectors = [...(record.sectors as Array<string>), "mining"]
      break
    case "employees-as-text":
      record.employees = `约${record.employees ?? 200}`
      break
    case "impossible-date":
      record.licences = [{ kind: "other", validFrom: "2025-02-30", validUntil: "2027-02-28" }]
      break
    case "missing-name":
      delete record.name
      break
    case "pack-fact-wrong-type": {
      const section = (facts.hazchem ?? facts.fireworks ?? facts.construction ?? facts.workSafety) as JsonObject
      section[Object.keys(section)[0] ?? "specialOperatorsListed"] = "是"
      break
    }
    case "negative-count":
      facts.workSafety = { ...(facts.workSafety as JsonObject), training: { staff: { count: -3 } } }
      break
    case "not-an-object":
      return { record: `${record.creditCode as string},${record.name as string}`, corruption: kind }
  }
  return { record, corruption: kind }
}

export interface Generator {
  /** Record `index` (deterministic for the seed). */
  readonly record: (index: number) => Json
  /** Whether record `index` is deliberately invalid. */
  readonly isBad: (index: number) => boolean
}

export const makeGenerator = (options: GenerateOptions): Generator => {
  const asOf = Date.parse(`${options.asOf ?? BENCH_AS_OF}T00:00:00Z`)
  const v = options.violationRate ?? 0.012
  const m = options.missingRate ?? 0.004
  const bad = options.badShare ?? 0
  const mix = options.sectorMix ?? DEFAULT_SECTOR_MIX
  const badRng = (index: number) => new Rng(mixSeed(options.seed ^ 0x5bd1e995, index))
  const isBad = (index: number) => bad > 0 && badRng(index).chance(bad)
  // the 工贸 and 城镇燃气 sections have streams of their own: adding them changed no other field of any record
  const industryTradeRng = (index: number) => new Rng(mixSeed(options.seed ^ 0x2c1b3c6d, index))
  const cityGasRng = (index: number) => new Rng(mixSeed(options.seed ^ 0x68e31da4, index))
  // so has the 特种设备 register (generator version 4)
  const specialEquipmentRng = (index: number) => new Rng(mixSeed(options.seed ^ 0x1f3a9c57, index))
  return {
    isBad,
    record: (index) => {
      const rng = new Rng(mixSeed(options.seed, index))
      const c = new Ctx(rng, asOf, v, m)
      const sector = rng.weighted(mix)
      const record = buildRecord(c, sector)
      if ((record.sectors as ReadonlyArray<string>).includes("industry-trade")) {
        (record.facts as JsonObject).industryTrade = industryTradeSection(industryTradeRng(index), record, v / 2, m) as JsonObject
      }
      if ((record.sectors as ReadonlyArray<string>).includes("gas")) {
        (record.facts as JsonObject).cityGas = cityGasSection(cityGasRng(index), record, (n) => c.day(n), v, m) as JsonObject
      }
      const equipment = specialEquipmentSection(specialEquipmentRng(index), record, v, m)
      if (equipment !== undefined) (record.facts as JsonObject).specialEquipment = equipment as JsonObject
      // mines: coal or metal/non-metal, with their fact sections, from streams of their own (src/mines.ts)
      if (sector === "non-coal-mine") addMineFacts(record, options.seed, index, asOf, v, m)
      return isBad(index) ? corrupt(c, record).record : record
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Self-check and NDJSON writing
// ---------------------------------------------------------------------------------------------

export interface CheckSummary {
  readonly records: number
  readonly rejected: number
  readonly rejectedGood: number
  readonly acceptedBad: number
  readonly withViolation: number
  readonly incomplete: number
  readonly meanBytes: number
  readonly meanBytesBySector: Record<string, number>
  readonly bySector: Record<string, number>
  readonly byRule: Record<string, { violation: number; indeterminate: number; compliant: number; notApplicable: number; error: number }>
  readonly firstProblems: ReadonlyArray<string>
}

/**
 * Decodes and evaluates records `0 … n-1` through an engine with every shipped pack and checks that
 * exactly the deliberately bad ones are rejected. Throws when a good record is rejected (the
 * generator must never emit those) or a bad one is accepted.
 */
export const selfCheck = (gen: Generator, n: number, options: { readonly asOf?: string; readonly throwOnProblem?: boolean } = {}): CheckSummary => {
  const engine = Engine.make({ packs: installedPacks })
  const plan = engine.plan(options.asOf ?? BENCH_AS_OF)
  let rejected = 0, rejectedGood = 0, acceptedBad = 0, withViolation = 0, incomplete = 0, bytes = 0
  const bySector: Record<string, number> = {}
  const bytesBySector: Record<string, number> = {}
  const byRule: CheckSummary["byRule"] = {}
  const problems: Array<string> = []
  for (let i = 0; i < n; i++) {
    const rec = gen.record(i)
    bytes += Buffer.byteLength(JSON.stringify(rec))
    const res: RecordResult = engine.evaluateRecord(rec, i, plan, "all")
    const bad = gen.isBad(i)
    if (res._tag === "rejected") {
      rejected++
      if (!bad) {
        rejectedGood++
        if (problems.length < 5) problems.push(`record ${i} rejected: ${JSON.stringify(res.issues.slice(0, 3))}`)
      }
      continue
    }
    if (bad) {
      acceptedBad++
      if (problems.length < 5) problems.push(`bad record ${i} accepted`)
    }
    for (const s of res.subject.sectors) bySector[s] = (bySector[s] ?? 0) + 1
    const primary = res.subject.sectors[0]!
    bytesBySector[primary] = (bytesBySector[primary] ?? 0) + Buffer.byteLength(JSON.stringify(rec))
    if (res.counts.violation > 0) withViolation++
    if (!res.complete) incomplete++
    for (const f of res.findings) {
      const e = (byRule[f.ruleId] ??= { violation: 0, indeterminate: 0, compliant: 0, notApplicable: 0, error: 0 })
      if (f.outcome === "violation") e.violation++
      else if (f.outcome === "indeterminate") e.indeterminate++
      else if (f.outcome === "compliant") e.compliant++
      else if (f.outcome === "not-applicable") e.notApplicable++
      else e.error++
    }
  }
  const meanBytesBySector: Record<string, number> = {}
  for (const s in bytesBySector) meanBytesBySector[s] = Math.round(bytesBySector[s]! / bySector[s]!)
  const summary: CheckSummary = { records: n, rejected, rejectedGood, acceptedBad, withViolation, incomplete, meanBytes: bytes / n, meanBytesBySector, bySector, byRule, firstProblems: problems }
  if ((options.throwOnProblem ?? true) && (rejectedGood > 0 || acceptedBad > 0)) {
    throw new Error(`generator self-check failed: ${rejectedGood} good records rejected, ${acceptedBad} bad records accepted\n${problems.join("\n")}`)
  }
  return summary
}

/** Writes records `0 … n-1` as NDJSON, streaming with back-pressure. Returns the byte count. */
export const writeNdjson = async (gen: Generator, n: number, path: string): Promise<number> => {
  const out = createWriteStream(path)
  let bytes = 0
  let buf = ""
  for (let i = 0; i < n; i++) {
    buf += JSON.stringify(gen.record(i)) + "\n"
    if (buf.length >= 1 << 20 || i === n - 1) {
      bytes += Buffer.byteLength(buf)
      if (!out.write(buf)) await new Promise<void>((resolve) => out.once("drain", resolve))
      buf = ""
    }
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())))
  return bytes
}

/** Writes records `0 … n-1` as one JSON array file (small files only). */
export const writeJsonArray = async (gen: Generator, n: number, path: string): Promise<void> => {
  const { writeFile } = await import("node:fs/promises")
  await writeFile(path, JSON.stringify(Array.from({ length: n }, (_, i) => gen.record(i)), null, 2) + "\n")
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i < 0 ? undefined : process.argv[i + 1]
}

const isMain = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(import.meta.filename)
  } catch {
    return false
  }
})()

if (isMain) {
  const n = Number(arg("n") ?? 1000)
  const seed = Number(arg("seed") ?? 1)
  const badShare = Number(arg("bad") ?? 0)
  const gen = makeGenerator({ seed, badShare })
  const check = arg("check")
  if (check !== undefined) {
    const s = selfCheck(gen, Number(check), { throwOnProblem: false })
    const rules = Object.entries(s.byRule).sort((a, b) => a[0].localeCompare(b[0]))
    console.log(JSON.stringify({ ...s, byRule: undefined }, null, 1))
    console.log("rule                                                   viol%   indet%   compl%   n/a%  (of records where the rule applied)")
    for (const [id, e] of rules) {
      const t = e.violation + e.indeterminate + e.compliant + e.notApplicable + e.error
      const pc = (x: number) => (x / t * 100).toFixed(1).padStart(7)
      console.log(`${id.padEnd(54)}${pc(e.violation)}${pc(e.indeterminate)}${pc(e.compliant)}${pc(e.notApplicable)}  ${t}`)
    }
  }
  const out = arg("out")
  if (out !== undefined) {
    const t = performance.now()
    const bytes = await writeNdjson(gen, n, out)
    console.log(`wrote ${n} records (${(bytes / 1e6).toFixed(1)} MB) to ${out} in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  }
}
