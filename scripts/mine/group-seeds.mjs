#!/usr/bin/env node
// Prints the multi-syllable members of dictionaries/_spin-groups.json, one per line: seeds for the swap miner.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries/_spin-groups.json');
const members = new Set(JSON.parse(readFileSync(file, 'utf8')).groups.flat().filter((m) => m.includes(' ')));
process.stdout.write([...members].join('\n') + '\n');
