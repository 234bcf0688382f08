import { PackTester } from "@anquan/testing"
import { fireworksPack } from "./index.ts"

PackTester.coverage(fireworksPack, {
  document: "fireworks-major-hazard-2017",
  items: Array.from({ length: 20 }, (_, i) => i + 1)
})
