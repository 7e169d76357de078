/** The machine a bench ran on: CPU model, cores, memory, Node and OS. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export function describeMachine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) cpu = match[1].trim();
  } catch {
    // Not Linux: os.cpus() is enough.
  }
  return {
    cpu,
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / (1 << 30)) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    // Other work on the machine skews every figure; the 1-minute load average at the start says how busy it was.
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}
