export { Accident, AccidentGrade, accidentGradeOf, AccidentKind, IsoInstant, parseIsoInstant } from "./Accident.ts"
