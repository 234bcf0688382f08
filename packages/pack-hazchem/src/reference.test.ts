import { PackTester } from "@anquan/testing"
import { hazchemPack } from "./pack.ts"

PackTester.referencePage(hazchemPack, new URL("../REFERENCE.md", import.meta.url))
