#!/usr/bin/env node
// The installed `ai-code` command. Everything it does lives in cli/ (built to dist/cli/),
// where tests call `execute` directly; this file only hands it the arguments.
import { execute } from '../dist/cli/index.js';

process.exitCode = await execute(process.argv.slice(2));
