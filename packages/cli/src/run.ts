/**
 * The `anquan` command, run: effect's CLI module, with Node's services, exit codes as documented.
 *
 * @since 0.1.0
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Effect, Exit } from "effect"
import { Command } from "effect/cli"
// the version `anquan --version` prints is the package's (the executable's bundle inlines it)
import packageJson from "../package.json" with { type: "json" }
import { anquan } from "./main.ts"

anquan.pipe(
  Command.run({ version: packageJson.version }),
  Effect.provide(NodeServices.layer),
  NodeRuntime.runMain({
    // Success: the command set process.exitCode (0, 1 or 2). Failure: bad usage (2).
    teardown: (exit, onExit) => onExit(Exit.isSuccess(exit) ? Number(process.exitCode ?? 0) : 2)
  })
)
