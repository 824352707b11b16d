#!/usr/bin/env node
// The installed `ai-code` command. Everything it does lives in cli/ (built to dist/cli/),
// where tests call `execute` directly; this file only hands it the arguments.
import module from 'node:module';

// Node 22 can keep compiled code between runs; a report spends much of a small run compiling
// the parser the project's configuration imports. (Node 20 has no such cache: a no-op there.)
/** @type {{ enableCompileCache?: () => unknown }} */ (module).enableCompileCache?.();

const { execute } = await import('../dist/cli/index.js');
process.exitCode = await execute(process.argv.slice(2));
