import { PackTester } from "@anquan/testing"
import { workSafetyLaw } from "./index.ts"

PackTester.referencePage(workSafetyLaw, new URL("../REFERENCE.md", import.meta.url))
