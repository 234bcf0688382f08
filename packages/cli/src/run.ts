/**
 * The `anquan` command, run: effect's CLI module, with Node's services, exit codes as documented.
 *
 * @since 0.1.0
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Cause, Effect, Exit } from "effect"
import { Command } from "effect/cli"
import { ExitCode } from "./exitCode.ts"
// the version `anquan --version` prints is the package's (the executable's bundle inlines it)
import packageJson from "../package.json" with { type: "json" }
import { anquan } from "./main.ts"
import { guardStdout } from "./output/sink.ts"

// a failed write to stdout or stderr is never an uncaught 'error' event (a stack trace)
guardStdout()

anquan.pipe(
  Command.run({ version: packageJson.version }),
  Effect.provide(NodeServices.layer),
  NodeRuntime.runMain({
    // Success: the command set process.exitCode (see exitCode.ts) once its output was written
    // (a code other than 0 ends the process at once: nothing may be queued then). Interrupted
    // (SIGINT, SIGTERM): 130, an --out file's temporary file removed at exit. Failure: bad usage (2).
    teardown: (exit, onExit) =>
      onExit(
        Exit.isSuccess(exit)
          ? Number(process.exitCode ?? ExitCode.noViolation)
          : Cause.hasInterruptsOnly(exit.cause)
          ? ExitCode.interrupted
          : ExitCode.usage
      )
  })
)
