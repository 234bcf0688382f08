import { PackTester } from "@anquan/testing"
import { industryTradePack } from "./index.ts"

PackTester.referencePage(industryTradePack, new URL("../REFERENCE.md", import.meta.url))
