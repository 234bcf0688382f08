import { PackTester } from "@anquan/testing"
import { cityGasPack } from "./index.ts"

PackTester.referencePage(cityGasPack, new URL("../REFERENCE.md", import.meta.url))
