import { blankForm, judge, registeredUnit, stillToFind } from "./checklist.ts"

const asOf = "2026-11-23"
const form = blankForm(asOf)
console.log(`blank form: ${form.items.length} facts`)
for (const item of form.items.slice(0, 6)) console.log(`  ${item.topic.label["zh-CN"]} · ${item.label["zh-CN"]} (${item.type}) — ${item.rules.length} rules`)
const todo = stillToFind(registeredUnit, asOf)
console.log(`still to find for ${registeredUnit.name}: ${todo.items.length} facts; undecided rules now: ${judge(registeredUnit, asOf).undecided.length}`)
