import { PackTester } from "@anquan/testing"
import { noncoalMinePack } from "./index.ts"

PackTester.referencePage(noncoalMinePack, new URL("../REFERENCE.md", import.meta.url))
