import { PackTester } from "@anquan/testing"
import { hazchemPack } from "./pack.ts"

PackTester.coverage(hazchemPack, {
  document: "hazchem-major-hazard-2017",
  items: Array.from({ length: 20 }, (_, i) => i + 1)
})
