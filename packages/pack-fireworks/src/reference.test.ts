import { PackTester } from "@anquan/testing"
import { fireworksPack } from "./index.ts"

PackTester.referencePage(fireworksPack, new URL("../REFERENCE.md", import.meta.url))
