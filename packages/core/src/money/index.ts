export {
  Fen,
  fenToYuan,
  formatWanYuan,
  fromWanYuan,
  isWholeYuan,
  NonNegativeFen,
  NonNegativeYuan,
  Yuan,
  yuanToFen
} from "./Money.ts"
