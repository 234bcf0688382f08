import { PackTester } from "@anquan/testing"
import { coalMinePack } from "./index.ts"

PackTester.referencePage(coalMinePack, new URL("../REFERENCE.md", import.meta.url))
