/**
 * Code blocks in the guides (and in the root README.md) that name a source, as ```ts file=examples/x/src/y.ts region=name,
 * must equal that region of the file (between `// #region name` and `// #endregion name`).
 * `node docs/snippets.ts --write` rewrites the blocks from the sources.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

export const root = fileURLToPath(new URL("..", import.meta.url))
const docsDir = fileURLToPath(new URL(".", import.meta.url))
const BLOCK = /```(\w+) file=(\S+)(?: region=(\S+))?\n([\s\S]*?)```/g

export const region = (file: string, name: string | undefined): string => {
  const text = readFileSync(join(root, file), "utf8")
  if (name === undefined) return text.trimEnd()
  const start = text.indexOf(`// #region ${name}\n`)
  const end = text.indexOf(`// #endregion ${name}`, start)
  if (start < 0 || end < 0) throw new Error(`${file} has no region "${name}"`)
  return text.slice(start + `// #region ${name}\n`.length, end).trimEnd()
}

export interface Snippet {
  readonly guide: string
  readonly file: string
  readonly region: string | undefined
  readonly body: string
}

export const guides = (): Array<string> => readdirSync(docsDir).filter((f) => f.endsWith(".md")).sort()

/** The root README.md, as a guide's path (its blocks with `file=` are checked; it may have others). */
export const readme = "../README.md"

export const snippets = (guide: string): Array<Snippet> =>
  [...readFileSync(join(docsDir, guide), "utf8").matchAll(BLOCK)].map((m) => ({ guide, file: m[2]!, region: m[3], body: m[4]!.trimEnd() }))

if (process.argv.includes("--write")) {
  for (const guide of [...guides(), readme]) {
    const path = join(docsDir, guide)
    const text = readFileSync(path, "utf8").replace(BLOCK, (_all, lang: string, file: string, name: string | undefined) =>
      "```" + lang + " file=" + file + (name ? " region=" + name : "") + "\n" + region(file, name) + "\n```")
    writeFileSync(path, text)
  }
}
