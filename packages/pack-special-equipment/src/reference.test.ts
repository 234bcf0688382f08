import { PackTester } from "@anquan/testing"
import { specialEquipmentPack } from "./index.ts"

PackTester.referencePage(specialEquipmentPack, new URL("../REFERENCE.md", import.meta.url))
