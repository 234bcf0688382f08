export {
  Accident,
  AccidentGrade,
  accidentGrade,
  AccidentKind,
  IsoInstant,
  parseIsoInstant
} from "./Accident.ts"
