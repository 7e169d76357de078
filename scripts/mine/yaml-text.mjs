// Writes dictionary entries as YAML text: one flow mapping per example, plain phrases where safe.
const PLAIN = /^[\p{L}\p{M}][\p{L}\p{M} ]*$/u;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n)$/i;

/** @param {string} s */
export function toScalar(s) {
  return PLAIN.test(s) && !RESERVED.test(s) ? s : JSON.stringify(s);
}

/**
 * @param {{from: string[], to: string, category: string, confidence: number, when?: object, unless?: object,
 *   examples: {in: string, out?: string}[], note?: string}} entry
 * @returns {string}
 */
export function formatEntry(entry) {
  const lines = [];
  const from = entry.from.length === 1 ? toScalar(entry.from[0]) : `[${entry.from.map(toScalar).join(', ')}]`;
  lines.push(`  - from: ${from}`);
  lines.push(`    to: ${toScalar(entry.to)}`);
  lines.push(`    category: ${entry.category}`);
  lines.push(`    confidence: ${entry.confidence}`);
  for (const key of ['when', 'unless']) {
    const guard = entry[key];
    if (!guard) continue;
    const parts = [];
    if (guard.prev) parts.push(`prev: [${guard.prev.map(toScalar).join(', ')}]`);
    if (guard.next) parts.push(`next: [${guard.next.map(toScalar).join(', ')}]`);
    lines.push(`    ${key}: { ${parts.join(', ')} }`);
  }
  lines.push('    examples:');
  for (const ex of entry.examples) {
    lines.push(
      ex.out === undefined
        ? `      - { in: ${JSON.stringify(ex.in)} }`
        : `      - { in: ${JSON.stringify(ex.in)}, out: ${JSON.stringify(ex.out)} }`,
    );
  }
  if (entry.note) lines.push(`    note: ${JSON.stringify(entry.note)}`);
  return lines.join('\n');
}
