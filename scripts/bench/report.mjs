/** Markdown for docs/performance.md: the results block (between bench markers) and the hot-spots block. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatNumber, toMiB } from './stats.mjs';

const MiB = (bytes) => `${formatNumber(toMiB(bytes), 0)} MiB`;
const pass = (ok) => (ok === undefined ? 'n/a' : ok ? '**met**' : '**not met**');

function stageRow(name, stage, extra = '') {
  if (stage === undefined) return `| ${name} | not run | | | | | |`;
  const m = stage.memory;
  return `| ${name} | ${formatNumber(stage.mbPerSecond, 2)} | ${formatNumber(stage.medianMs, 0)} ms × ${stage.ms.length} (${stage.ms.map((ms) => ms.toFixed(0)).join(', ')}) | ${stage.cpuPerWall === undefined ? 'n/a' : stage.cpuPerWall.toFixed(2)} | ${MiB(m.peakRss)} | ${MiB(m.heapUsedBefore)} → ${MiB(m.heapUsedAfter)} | ${[extra, stage.note].filter(Boolean).join('; ')} |`;
}

function ratio(a, b) {
  return a === undefined || b === undefined ? undefined : a.mbPerSecond / b.mbPerSecond;
}

/** The targets of issue 7 beside the measured figures. */
function renderTargets(r) {
  const s = r.stages;
  const rows = [];
  const add = (target, measured, ok) => rows.push(`| ${target} | ${measured} | ${pass(ok)} |`);
  const vs = (x, base, min) => {
    const q = ratio(x, base);
    return q === undefined ? ['not run', undefined] : [`${q.toFixed(2)}×`, q >= min];
  };
  add('normalize ≥ 0.5× NFC (NFD→NFC, the realistic one)', ...vs(s.normalize, s['nfd-nfc'], 0.5));
  add('normalize ≥ 0.5× NFC (NFC on NFC text, V8 short-cut)', ...vs(s.normalize, s.nfc, 0.5));
  add('despin ≥ 0.25× NFC (NFD→NFC)', ...vs(s.despin, s['nfd-nfc'], 0.25));
  add('despin ≥ 0.25× NFC (NFC on NFC text)', ...vs(s.despin, s.nfc, 0.25));
  add('despin ≥ 30× naive replaceAll', ...vs(s.despin, s.naive, 30));
  if (r.coldStart) add('cold start < 300 ms (import + first despin)', `${r.coldStart.medianTotalMs.toFixed(0)} ms (whole process ${r.coldStart.medianProcessMs.toFixed(0)} ms)`, r.coldStart.medianTotalMs < 300);
  else add('cold start < 300 ms', 'not run', undefined);
  if (r.cli) add(`CLI ${formatNumber(r.cli.bytes / 1e6, 0)} MB via stdin < 400 MB RSS`, `${MiB(r.cli.peakRss)} peak RSS (${(r.cli.peakRss / 1e6).toFixed(0)} MB)`, r.cli.peakRss < 400e6 && r.cli.bytes >= 200e6 ? true : r.cli.peakRss >= 400e6 ? false : undefined);
  else add('CLI 200 MB < 400 MB RSS', 'not run', undefined);
  return ['| target (issue 7) | measured | status |', '|---|---|---|', ...rows].join('\n');
}

/** The whole results block as Markdown. */
export function renderReport(r) {
  const s = r.stages;
  const m = r.machine;
  const lines = [
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC with \`${r.command}\`${r.quick ? ' (QUICK smoke run: not representative)' : ''}.`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}, ${m.os}; load average at start ${m.loadAverage.join(' / ')} (1/5/15 min), end ${r.loadAverageEnd?.join(' / ') ?? 'n/a'}.`,
    '',
    `Input: ${formatNumber(r.input.bytes / 1e6, 2)} MB (10^6 bytes of UTF-8) from ${r.input.name}. MB/s = input bytes / median wall time.`,
    '',
    ...r.notes.map((note) => `- ${note}`),
    ...(r.notes.length > 0 ? [''] : []),
    renderTargets(r),
    '',
    '| stage | MB/s | median (runs) | cpu/wall | peak RSS | heapUsed before → after | notes |',
    '|---|---|---|---|---|---|---|',
    stageRow("`String.prototype.normalize('NFC')` on the (NFC) text", s.nfc, 'V8 may short-cut already-NFC text'),
    stageRow("`.normalize('NFC')` on `text.normalize('NFD')`", s['nfd-nfc'], 'NFD→NFC: real composition work'),
    stageRow('`normalize(text)`', s.normalize),
    stageRow('`tokenize(text)`', s.tokenize),
    stageRow('`despin(text)` (default options: built-in dictionaries + model)', s.despin),
    stageRow('naive `replaceAll` of every dictionary form', s.naive),
    stageRow('`despin` on spun text (examples/spun-article.txt repeated)', s.spun),
    stageRow('`createRewriter().despin(chunk)` for each chunk, in this thread', s.chunks, 'the pool\'s work without the pool'),
    stageRow('`createPool({ size: 1 }).map(chunks)`', s['pool-1']),
    stageRow('`createPool({ size: 2 }).map(chunks)`', s['pool-2'], s['pool-1'] && s['pool-2'] ? `${ratio(s['pool-2'], s['pool-1']).toFixed(2)}× of 1 worker` : ''),
    '',
  ];
  if (r.coldStart) {
    const c = r.coldStart;
    lines.push(
      `Cold start (fresh \`node -e\`: \`import('dist/index.js')\` + first \`despin\` of a sentence, median of ${c.samples.length}): ` +
        `**${c.medianTotalMs.toFixed(0)} ms** inside the process (import ${c.samples.map((x) => x.importMs.toFixed(0)).join('/')} ms, first despin ${c.samples.map((x) => x.firstDespinMs.toFixed(0)).join('/')} ms); ` +
        `whole process including Node start-up ${c.medianProcessMs.toFixed(0)} ms.`,
      '',
    );
  }
  if (r.cli) {
    const c = r.cli;
    lines.push(
      `CLI: \`node dist/cli.js < ${c.file} > /dev/null\` (${formatNumber(c.bytes / 1e6, 0)} MB, the news text repeated): median **${(c.medianMs / 1000).toFixed(1)} s** ` +
        `(${formatNumber(c.mbPerSecond, 2)} MB/s) of ${c.samples.length} (${c.samples.map((x) => (x.ms / 1000).toFixed(1)).join(', ')} s), peak RSS **${MiB(c.peakRss)}** (VmHWM polled every 50 ms).`,
      '',
    );
  }
  return lines.join('\n');
}

function renderProfile(p) {
  return [
    `Profiled ${p.date.slice(0, 16).replace('T', ' ')} UTC: \`node --cpu-prof\` over one process that imports dist/index.js, despins a sentence, then despins the news text (${(p.totalMs / 1000).toFixed(1)} s sampled in all, so loading the dictionaries and model is included). Self time = samples in the function itself, not its callees; locations through dist/index.js.map.`,
    '',
    '| # | function | source | self ms | % |',
    '|---|---|---|---|---|',
    ...p.rows.map((row, i) => `| ${i + 1} | \`${row.function}\` | ${row.location} | ${row.selfMs.toFixed(0)} | ${row.percent.toFixed(1)} |`),
    '',
  ].join('\n');
}

function replaceBlock(doc, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i === -1 || j === -1) return `${doc.trimEnd()}\n\n${start}\n${body}\n${end}\n`;
  return `${doc.slice(0, i + start.length)}\n${body}\n${doc.slice(j)}`;
}

/** Rewrite the generated blocks of docs/performance.md (the rest of the file is hand-written and kept). */
export function updateDoc(file, results, { bench = true } = {}) {
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  if (bench) doc = replaceBlock(doc, 'bench', renderReport(results));
  if (results.profile) doc = replaceBlock(doc, 'hotspots', renderProfile(results.profile));
  writeFileSync(file, doc);
}
