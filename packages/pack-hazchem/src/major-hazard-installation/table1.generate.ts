/**
 * 表1 生成器 — writes `table1.generated.ts` from the 表1 section of `data/gb18218-tables.md` (a copy
 * of the project's domain facts file `gb18218-tables.md`, GB 18218-2018 表1 in full with its sources).
 *
 * The markdown gives 序号, 名称和说明, 别名, CAS 号, 临界量 and the source notes of each row; this file
 * adds only what the markdown cannot: a stable English id and name per 序号, the extra lookup names
 * of a few rows (read from the row's own text) and which rows carry a composition or state
 * condition (the list in the markdown's §3.4, point 3).
 *
 * Run `node packages/pack-hazchem/src/major-hazard-installation/table1.generate.ts` after the
 * markdown changes; `table1.test.ts` fails while the generated file is stale.
 *
 * Not part of the package's API.
 *
 * @since 0.2.0
 */

/** 序号 → [id, English name]. Ids of the 26 rows the pack knew before keep their old id. */
const IDS: Readonly<Record<number, readonly [string, string]>> = {
  1: ["ammonia", "ammonia"],
  2: ["oxygen-difluoride", "oxygen difluoride"],
  3: ["nitrogen-dioxide", "nitrogen dioxide"],
  4: ["sulfur-dioxide", "sulfur dioxide"],
  5: ["fluorine", "fluorine"],
  6: ["phosgene", "carbonyl chloride (phosgene)"],
  7: ["ethylene-oxide", "ethylene oxide"],
  8: ["formaldehyde-over-90pct", "formaldehyde (content > 90 %)"],
  9: ["phosphine", "phosphine"],
  10: ["hydrogen-sulfide", "hydrogen sulfide"],
  11: ["hydrogen-chloride", "hydrogen chloride (anhydrous)"],
  12: ["chlorine", "chlorine"],
  13: ["coal-gas", "coal gas (CO, mixtures of CO with H₂, CH₄ etc.)"],
  14: ["arsine", "arsine"],
  15: ["stibine", "stibine"],
  16: ["hydrogen-selenide", "hydrogen selenide"],
  17: ["methyl-bromide", "methyl bromide"],
  18: ["acetone-cyanohydrin", "acetone cyanohydrin"],
  19: ["acrolein", "acrolein"],
  20: ["hydrogen-fluoride", "hydrogen fluoride"],
  21: ["epichlorohydrin", "1-chloro-2,3-epoxypropane (epichlorohydrin)"],
  22: ["epibromohydrin", "3-bromo-1,2-epoxypropane (epibromohydrin)"],
  23: ["toluene-diisocyanate", "toluene diisocyanate (TDI)"],
  24: ["sulfur-monochloride", "sulfur monochloride"],
  25: ["hydrogen-cyanide", "hydrogen cyanide"],
  26: ["sulfur-trioxide", "sulfur trioxide"],
  27: ["allylamine", "3-aminopropene (allylamine)"],
  28: ["bromine", "bromine"],
  29: ["ethyleneimine", "ethyleneimine (aziridine)"],
  30: ["methyl-isocyanate", "methyl isocyanate"],
  31: ["barium-azide", "barium azide"],
  32: ["lead-azide", "lead azide"],
  33: ["mercury-fulminate", "mercury fulminate"],
  34: ["trinitroanisole", "trinitroanisole"],
  35: ["trinitrotoluene", "2,4,6-trinitrotoluene (TNT)"],
  36: ["nitroglycerin", "nitroglycerin"],
  37: ["nitrocellulose-dry-or-wetted-under-25pct", "nitrocellulose, dry or with < 25 % water (or ethanol)"],
  38: ["nitrocellulose-unmodified-or-plasticised-under-18pct", "nitrocellulose, unmodified or plasticised with < 18 % plasticiser"],
  39: ["nitrocellulose-ethanol-min-25pct", "nitrocellulose with ≥ 25 % ethanol"],
  40: ["nitrocellulose-nitrogen-max-12.6pct", "nitrocellulose with ≤ 12.6 % nitrogen"],
  41: ["nitrocellulose-water-min-25pct", "nitrocellulose with ≥ 25 % water"],
  42: ["nitrocellulose-solution", "nitrocellulose solution (nitrogen ≤ 12.6 %, nitrocellulose ≤ 55 %)"],
  43: ["ammonium-nitrate-combustible-over-0.2pct", "ammonium nitrate, combustibles > 0.2 %"],
  44: ["ammonium-nitrate-combustible-max-0.2pct", "ammonium nitrate, combustibles ≤ 0.2 %"],
  45: ["ammonium-nitrate-fertiliser-combustible-max-0.4pct", "ammonium nitrate fertiliser, combustibles ≤ 0.4 %"],
  46: ["potassium-nitrate", "potassium nitrate"],
  47: ["butadiene", "1,3-butadiene"],
  48: ["dimethyl-ether", "dimethyl ether"],
  49: ["methane", "methane, natural gas"],
  50: ["vinyl-chloride", "vinyl chloride"],
  51: ["hydrogen", "hydrogen"],
  52: ["liquefied-petroleum-gas", "liquefied petroleum gas (propane, butane and their mixtures)"],
  53: ["methylamine", "monomethylamine"],
  54: ["acetylene", "acetylene"],
  55: ["ethylene", "ethylene"],
  56: ["oxygen", "oxygen (compressed or liquefied)"],
  57: ["benzene", "benzene"],
  58: ["styrene", "styrene"],
  59: ["acetone", "acetone"],
  60: ["acrylonitrile", "2-propenenitrile (acrylonitrile)"],
  61: ["carbon-disulfide", "carbon disulfide"],
  62: ["cyclohexane", "cyclohexane"],
  63: ["propylene-oxide", "1,2-epoxypropane (propylene oxide)"],
  64: ["toluene", "toluene"],
  65: ["methanol", "methanol"],
  66: ["gasoline", "gasoline (incl. ethanol and methanol gasoline)"],
  67: ["ethanol", "ethanol"],
  68: ["diethyl-ether", "diethyl ether"],
  69: ["ethyl-acetate", "ethyl acetate"],
  70: ["n-hexane", "n-hexane"],
  71: ["peracetic-acid", "peracetic acid"],
  72: ["methyl-ethyl-ketone-peroxide", "methyl ethyl ketone peroxide (10 % < active oxygen ≤ 10.7 %, type A diluent ≥ 48 %)"],
  73: ["white-phosphorus", "white (yellow) phosphorus"],
  74: ["alkylaluminium", "aluminium alkyls"],
  75: ["pentaborane", "pentaborane"],
  76: ["potassium-peroxide", "potassium peroxide"],
  77: ["sodium-peroxide", "sodium peroxide"],
  78: ["potassium-chlorate", "potassium chlorate"],
  79: ["sodium-chlorate", "sodium chlorate"],
  80: ["fuming-nitric-acid", "fuming nitric acid"],
  81: ["nitric-acid-over-70pct", "nitric acid (> 70 %, other than red fuming)"],
  82: ["guanidine-nitrate", "guanidine nitrate"],
  83: ["calcium-carbide", "calcium carbide"],
  84: ["potassium", "potassium"],
  85: ["sodium", "sodium"]
}

/**
 * Rows whose name carries a composition or state condition (markdown §3.4, point 3: "Rows 8, 11,
 * 37–45, 56, 72 and 81"). A material outside the condition is not "在表1范围内".
 */
const CONDITIONED: ReadonlySet<number> = new Set([8, 11, 37, 38, 39, 40, 41, 42, 43, 44, 45, 56, 72, 81])

/**
 * Lookup names written inside a row's own 名称 cell: 汽油(乙醇汽油、甲醇汽油) names two gasolines;
 * "甲烷,天然气" is two names; 液化石油气(含丙烷、丁烷及其混合物) is 液化石油气.
 */
const NAMES_IN_ROW: Readonly<Record<number, ReadonlyArray<string>>> = {
  49: ["甲烷", "天然气"],
  52: ["液化石油气"],
  66: ["汽油", "乙醇汽油", "甲醇汽油"]
}

const CAS = /\d{2,7}-\d{2}-\d/g

interface Row {
  readonly seq: number
  readonly zh: string
  readonly aliases: ReadonlyArray<string>
  readonly cas: ReadonlyArray<string>
  readonly criticalQuantity: number
  readonly agree: string
  readonly notes: string
}

const cells = (line: string): Array<string> => {
  const out: Array<string> = []
  let cur = ""
  for (let i = 1; i < line.length; i++) {
    const c = line[i]!
    if (c === "\\" && line[i + 1] === "|") { cur += "|"; i++; continue }
    if (c === "|") { out.push(cur.trim()); cur = ""; continue }
    cur += c
  }
  return out
}

const stripMarkup = (s: string): string => s.replace(/\*\*/g, "").trim()

/**
 * The 85 rows of the 表1 table in the markdown (the table under "## 1. 表1"). Throws when the table
 * is not 85 rows numbered 1–85 in order, or a 临界量 is not a number.
 */
export const parseTable1 = (markdown: string): ReadonlyArray<Row> => {
  const start = markdown.indexOf("## 1. 表1")
  const end = markdown.indexOf("\n## 2.", start)
  if (start < 0 || end < 0) throw new Error("no 表1 section in the markdown")
  const rows: Array<Row> = []
  for (const line of markdown.slice(start, end).split("\n")) {
    if (!/^\| \d+ \|/.test(line)) continue
    const [seq, zh, alias, cas, q, agree, notes] = cells(line)
    const quantity = Number(stripMarkup(q!))
    if (!Number.isFinite(quantity) || quantity <= 0) throw new Error(`row ${seq}: 临界量 ${q} is not a number`)
    const aliasText = stripMarkup(alias!).replace(/\s*\(merged\)\s*$/, "")
    rows.push({
      seq: Number(seq),
      zh: stripMarkup(zh!),
      aliases: aliasText === "—" ? [] : aliasText.split(/[;、]/).map((a) => a.trim()).filter((a) => a.length > 0),
      cas: [...stripMarkup(cas!).matchAll(CAS)].map((m) => m[0]),
      criticalQuantity: quantity,
      agree: stripMarkup(agree!),
      notes: stripMarkup(notes!)
    })
  }
  rows.forEach((r, i) => {
    if (r.seq !== i + 1) throw new Error(`表1 row ${i + 1} is numbered ${r.seq}`)
  })
  if (rows.length !== 85) throw new Error(`表1 has ${rows.length} rows, expected 85`)
  return rows
}

const q = (s: string): string => JSON.stringify(s)

/** The text of `table1.generated.ts` for the markdown. */
export const generateTable1 = (markdown: string): string => {
  const rows = parseTable1(markdown)
  const lines: Array<string> = [
    "// Generated by table1.generate.ts from data/gb18218-tables.md (§1, GB 18218-2018 表1). Do not edit by hand.",
    "",
    "/** 表1 序号 → id, in table order. @since 0.2.0 */",
    "export const table1Ids = [",
    ...rows.map((r, i) => `  ${q(IDS[r.seq]![0])}${i === rows.length - 1 ? "" : ","}`),
    "] as const",
    "",
    "/** The generated 表1 rows, in table order. @internal */",
    "export const table1Rows = ["
  ]
  rows.forEach((r, i) => {
    const [id, en] = IDS[r.seq]!
    const source = `gb18218-tables.md §1 表1 序号 ${r.seq}; sources agreeing on 临界量: ${r.agree}; ${r.notes}`
    const fields = [
      `seq: ${r.seq}`,
      `id: ${q(id)}`,
      `zh: ${q(r.zh)}`,
      `aliases: [${r.aliases.map(q).join(", ")}]`,
      `namesInRow: [${(NAMES_IN_ROW[r.seq] ?? []).map(q).join(", ")}]`,
      `en: ${q(en)}`,
      `casNumbers: [${r.cas.map(q).join(", ")}]`,
      `criticalQuantity: ${r.criticalQuantity}`,
      `conditioned: ${CONDITIONED.has(r.seq)}`,
      `source: ${q(source)}`
    ]
    lines.push(`  { ${fields.join(", ")} }${i === rows.length - 1 ? "" : ","}`)
  })
  lines.push("] as const", "")
  return lines.join("\n")
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync } = await import("node:fs")
  const markdown = readFileSync(new URL("../../data/gb18218-tables.md", import.meta.url), "utf8")
  writeFileSync(new URL("./table1.generated.ts", import.meta.url), generateTable1(markdown))
}
