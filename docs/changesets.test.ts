// The pending changesets (`.changeset/*.md`) name only packages of this workspace, with a bump changesets knows:
// `pnpm changeset version` stops on the first one that does not (a package removed after its changeset was
// written did exactly that), so the next release would fail where nobody looks until then.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { root } from "./snippets.ts"

const packages = new Set(
  readdirSync(join(root, "packages"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      try {
        return [(JSON.parse(readFileSync(join(root, "packages", d.name, "package.json"), "utf8")) as { name: string }).name]
      } catch {
        return []
      }
    })
)
const changesets = readdirSync(join(root, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")

describe("pending changesets", () => {
  it("the workspace has its packages", () => {
    expect(packages.has("@anquan/core")).toBe(true)
  })
  for (const file of changesets) {
    it(`${file} names workspace packages with a major, minor or patch bump and says what changed`, () => {
      const text = readFileSync(join(root, ".changeset", file), "utf8")
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)
      expect(m, "front matter between --- lines").not.toBeNull()
      const entries = m![1]!.split("\n").filter((l) => l.trim() !== "")
      expect(entries.length).toBeGreaterThan(0)
      for (const line of entries) {
        const e = /^"([^"]+)": (major|minor|patch)$/.exec(line.trim())
        expect(e, `"${line}" is "<package>": major|minor|patch`).not.toBeNull()
        expect(packages.has(e![1]!), `${e![1]} is a package of the workspace`).toBe(true)
      }
      expect(m![2]!.trim().length).toBeGreaterThan(0)
    })
  }
})
