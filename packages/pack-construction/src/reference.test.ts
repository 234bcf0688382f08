import { PackTester } from "@anquan/testing"
import { constructionPack } from "./index.ts"

PackTester.referencePage(constructionPack, new URL("../REFERENCE.md", import.meta.url))
