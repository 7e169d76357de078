/**
 * Whole-process measurements: cold start (a fresh `node` process imports the package and despins one short sentence)
 * and the CLI reading a big file on stdin. Peak resident memory of the CLI is the kernel's VmHWM, polled from
 * /proc/<pid>/status every 50 ms while it runs (VmHWM only grows, so the last reading is the peak).
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Run a command, resolve with its stdout, wall time and polled VmHWM. */
export function runProcess(command, args, { stdinFile, stdout = 'pipe' } = {}) {
  return new Promise((resolve, reject) => {
    const stdinFd = stdinFile === undefined ? 'ignore' : openSync(stdinFile, 'r');
    const start = performance.now();
    const child = spawn(command, args, { stdio: [stdinFd, stdout, 'pipe'] });
    let out = '';
    let err = '';
    let peakRss = 0;
    const poll = () => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peakRss = Math.max(peakRss, Number(match[1]) * 1024);
      } catch {
        // The process has just exited; the previous reading stands.
      }
    };
    const timer = setInterval(poll, 50);
    child.stdout?.setEncoding('utf8').on('data', (data) => (out += data));
    child.stderr.setEncoding('utf8').on('data', (data) => (err += data));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - start;
      clearInterval(timer);
      if (typeof stdinFd === 'number') closeSync(stdinFd);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${err.slice(0, 2000)}`));
      else resolve({ ms, stdout: out, stderr: err, peakRss });
    });
  });
}

/**
 * Cold start: `node -e` that imports dist/index.js and despins a sentence. Returns the whole-process wall time and
 * the time measured inside the process from before `import()` to the end of the first `despin`.
 */
export async function measureColdStart(distDir) {
  const entry = pathToFileURL(`${distDir}/index.js`).href;
  const code = [
    'const t0 = performance.now();',
    `import(${JSON.stringify(entry)}).then((lib) => {`,
    '  const t1 = performance.now();',
    "  const r = lib.despin('Kết quả tiến công giá mức độ hài lòng của người dân.');",
    '  const t2 = performance.now();',
    '  console.log(JSON.stringify({ importMs: t1 - t0, firstDespinMs: t2 - t1, text: r.text }));',
    '});',
  ].join('\n');
  const result = await runProcess(process.execPath, ['-e', code]);
  const inner = JSON.parse(result.stdout.trim().split('\n').pop());
  return { processMs: result.ms, importMs: inner.importMs, firstDespinMs: inner.firstDespinMs, totalMs: inner.importMs + inner.firstDespinMs, peakRss: result.peakRss, text: inner.text };
}

/** The CLI with `file` on stdin and stdout to /dev/null: wall time and peak RSS. */
export async function measureCli(distDir, file) {
  const result = await runProcess(process.execPath, [`${distDir}/cli.js`], { stdinFile: file, stdout: 'ignore' });
  return { ms: result.ms, peakRss: result.peakRss, stderr: result.stderr.slice(0, 500) };
}
