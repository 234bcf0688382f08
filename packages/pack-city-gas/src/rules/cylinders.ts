/**
 * 第七条 气瓶 — the three items of gas cylinders.
 *
 * "燃气经营者有下列情形之一的，判定为重大隐患：（一）擅自为非自有气瓶充装燃气；（二）销售未经许可的充装单位充装的
 * 瓶装燃气；（三）销售充装单位擅自为非自有气瓶充装的瓶装燃气。"
 *
 * [verified: GAS-text, sector-criteria.md §14]
 *
 * (一) concerns an operator that fills cylinders, (二) and (三) one that sells bottled gas; an operator
 * that does neither has none of them (`not-applicable`).
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import { flag, text } from "../facts/facts.ts"
import { item, yes } from "./item.ts"

const Y = "facts.cylinders"

const fills = { [`${Y}.fills`]: flag("从事瓶装燃气充装", "fills gas cylinders") }
const sells = { [`${Y}.sells`]: flag("销售瓶装燃气", "sells bottled gas") }
const noFilling = C.because(C.eq(`${Y}.fills`, false), "不从事瓶装燃气充装", "fills no cylinders")
const noSelling = C.because(C.eq(`${Y}.sells`, false), "不销售瓶装燃气", "sells no bottled gas")

/** 第七条(一) 擅自为非自有气瓶充装燃气. @since 0.2.0 */
export const fillingNonOwnedCylinders = item({
  slug: "filling-non-owned-cylinders",
  article: 7,
  item: 1,
  title: text("为非自有气瓶充装燃气", "Filling cylinders the filler does not own"),
  message: text("擅自为非自有气瓶充装燃气", "Gas is filled without authorisation into cylinders the filler does not own"),
  remediation: text("停止为非自有气瓶充装燃气。", "Stop filling cylinders the filler does not own."),
  facts: { ...fills, [`${Y}.fillsNonOwnedCylinders`]: flag("擅自为非自有气瓶充装燃气", "fills cylinders it does not own without authorisation") },
  absentWhen: noFilling,
  violationWhen: yes(`${Y}.fillsNonOwnedCylinders`, "擅自为非自有气瓶充装燃气", "fills cylinders it does not own without authorisation")
})

/** 第七条(二) 销售未经许可的充装单位充装的瓶装燃气. @since 0.2.0 */
export const sellingUnlicensedFills = item({
  slug: "selling-unlicensed-fills",
  article: 7,
  item: 2,
  title: text("销售未经许可的充装单位充装的瓶装燃气", "Selling gas filled by unlicensed fillers"),
  message: text("销售未经许可的充装单位充装的瓶装燃气", "Bottled gas filled by a filler without a licence is sold"),
  remediation: text("只销售经许可的充装单位充装的瓶装燃气。", "Sell only bottled gas filled by licensed fillers."),
  facts: { ...sells, [`${Y}.sellsUnlicensedFills`]: flag("销售未经许可的充装单位充装的瓶装燃气", "sells bottled gas filled by unlicensed fillers") },
  absentWhen: noSelling,
  violationWhen: yes(`${Y}.sellsUnlicensedFills`, "销售未经许可的充装单位充装的瓶装燃气", "sells bottled gas filled by unlicensed fillers")
})

/** 第七条(三) 销售充装单位擅自为非自有气瓶充装的瓶装燃气. @since 0.2.0 */
export const sellingNonOwnedCylinderFills = item({
  slug: "selling-non-owned-cylinder-fills",
  article: 7,
  item: 3,
  title: text("销售充装单位擅自为非自有气瓶充装的瓶装燃气", "Selling gas filled into cylinders the filler does not own"),
  message: text("销售充装单位擅自为非自有气瓶充装的瓶装燃气", "Bottled gas that a filler filled without authorisation into cylinders it does not own is sold"),
  remediation: text("停止销售充装单位擅自为非自有气瓶充装的瓶装燃气。", "Stop selling gas filled into cylinders the filler does not own."),
  facts: {
    ...sells,
    [`${Y}.sellsNonOwnedCylinderFills`]: flag("销售充装单位擅自为非自有气瓶充装的瓶装燃气", "sells gas a filler filled into cylinders it does not own")
  },
  absentWhen: noSelling,
  violationWhen: yes(`${Y}.sellsNonOwnedCylinderFills`, "销售充装单位擅自为非自有气瓶充装的瓶装燃气", "sells gas a filler filled into cylinders it does not own")
})

/** The items of 第七条, in order. @since 0.2.0 */
export const cylinderItems = [fillingNonOwnedCylinders, sellingUnlicensedFills, sellingNonOwnedCylinderFills]
