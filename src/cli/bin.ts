#!/usr/bin/env node
import { createProcessIo } from './io.js';
import { run } from './run.js';
void run(process.argv.slice(2), createProcessIo()).then((code) => (process.exitCode = code));
