import { PackTester } from "@anquan/testing"
import { workSafetyLaw } from "./index.ts"

// Not the full numbering of the law: the articles this pack encodes. The helper also fails when a
// rule cites an article of work-safety-law-2021 outside this list, so keep the two in step.
PackTester.coverage(workSafetyLaw, {
  document: "work-safety-law-2021",
  articles: { 4: 0, 21: 0, 22: 0, 23: 0, 24: 0, 26: 0, 27: 0, 28: 0, 29: 0, 30: 0, 31: 0, 32: 0, 33: 0, 34: 0, 35: 0, 36: 0, 37: 0, 38: 0, 39: 0, 40: 0, 41: 0, 42: 0, 43: 0, 44: 0, 45: 0, 46: 0, 47: 0, 48: 0, 49: 0, 51: 0, 81: 0, 82: 0, 83: 0 }
})
