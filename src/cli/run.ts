/**
 * The `vietnorm` command: `run(argv, io)` returns the exit code and never touches process globals, so every flag is
 * tested in-process with fake streams. `bin.ts` is the launcher.
 * @module
 */
import pkg from '../../package.json' with { type: 'json' };
import { isVietnormError } from '../errors.js';
import { createRewriter } from '../index.js';
import type { DespinOptions } from '../types.js';
import { parseCliArgs, UsageError, type CliOptions } from './args.js';
import { loadDictionaries } from './dictionaries.js';
import { formatExplanation } from './explain.js';
import { formatDiff, formatJsonDocument, formatSummary, formatVerdict, pickColors, type RunSummary } from './format.js';
import { formatHelp } from './help.js';
import { openInput, readInput, STDIN_NAME, STREAM_THRESHOLD_BYTES, type InputSource } from './input.js';
import { writeText, type CliIo } from './io.js';
import { repairJsonLines, type JsonLinesOptions } from './jsonl.js';
import { createProgress } from './progress.js';
import { repairInput, type Repair } from './repair.js';
import { streamInput } from './stream.js';
import { writeFileAtomic } from './write.js';

/**
 * Exit codes of `vietnorm`: 0 success, 1 `--check` found spin or edits, 2 usage, I/O, encoding or dictionary error.
 * @example
 * (await run(['--check', 'a.txt'], io)) === EXIT.spin //=> true when a.txt looks spun
 */
export const EXIT = { ok: 0, spin: 1, error: 2 } as const;

type Rewriter = ReturnType<typeof createRewriter>;

/** Running totals: the summary line's figures, and whether `--check` found spin or edits left to apply. */
interface Tally extends RunSummary {
  checkFailed: boolean;
}

/**
 * Run `vietnorm` with these arguments.
 * @param argv - Arguments after the program name, e.g. `process.argv.slice(2)`.
 * @param io - Streams, environment and working directory (see {@link CliIo}).
 * @returns The exit code: 0 success, 1 `--check` found spin or edits, 2 usage, I/O, encoding or dictionary error.
 * @example
 * process.exitCode = await run(['--diff', 'article.txt'], createProcessIo())
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (error) {
    await reportError(io, error, 'vietnorm');
    return EXIT.error;
  }
}

async function runCommand(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await writeText(io.stderr, `vietnorm: ${error.message}\nTry \`vietnorm --help\`.\n`);
    return EXIT.error;
  }
  if (options.help) {
    await writeText(io.stdout, formatHelp(pkg.version));
    return EXIT.ok;
  }
  if (options.version) {
    await writeText(io.stdout, `${pkg.version}\n`);
    return EXIT.ok;
  }
  let configFailed = options.warnings.length > 0;
  for (const warning of options.warnings) await writeText(io.stderr, `vietnorm: ${warning}\n`);
  const dictionaries = await loadDictionaries(options.dicts, io.cwd, async (error, name) => {
    configFailed = true;
    await reportError(io, error, name);
  });
  // Rewriting files in place is not undone: with a dictionary or a flag left out, nothing is written.
  if (configFailed && options.mode === 'write') {
    await writeText(io.stderr, 'vietnorm: --write: no file written, fix the errors above first\n');
    return EXIT.error;
  }
  const despinOptions: DespinOptions = { defaultDictionaries: options.defaultDictionaries, dictionaries };
  if (options.minConfidence !== undefined) despinOptions.minConfidence = options.minConfidence;
  if (options.tone !== undefined) despinOptions.tone = options.tone;
  let rewriter: Rewriter;
  try {
    rewriter = createRewriter(despinOptions);
  } catch (error) {
    await reportError(io, error, 'vietnorm');
    return EXIT.error;
  }

  const names = options.files.length === 0 ? ['-'] : options.files;
  const tally: Tally = { files: 0, edits: 0, spun: 0, failed: 0, streamed: 0, checkFailed: false };
  // On a terminal showing stdout too, the bar would tangle with the output: draw it only for --check/--write then.
  const quietStdout = options.mode === 'check' || (options.mode === 'write' && !options.explain);
  const showProgress = io.stderrIsTTY === true && (io.stdoutIsTTY !== true || quietStdout);
  const progress = createProgress(io.stderr, names.length, showProgress, io.columns);
  for (const [index, name] of names.entries()) {
    progress.update(index, name === '-' ? STDIN_NAME : name);
    try {
      const source: InputSource = name === '-' ? { name: STDIN_NAME } : await openInput(name, io.cwd);
      await processInput(source, options, io, rewriter, tally, progress.clear);
      tally.files++;
    } catch (error) {
      progress.clear();
      tally.failed++;
      await reportError(io, error, name === '-' ? STDIN_NAME : name);
    }
  }
  progress.clear();
  if (names.length > 1) await writeText(io.stderr, formatSummary(tally, options.spinThreshold));
  if (configFailed || tally.failed > 0) return EXIT.error;
  return tally.checkFailed ? EXIT.spin : EXIT.ok;
}

async function processInput(
  source: InputSource,
  options: CliOptions,
  io: CliIo,
  rewriter: Rewriter,
  tally: Tally,
  clearProgress: () => void,
): Promise<void> {
  const { mode } = options;
  if (mode === 'jsonl') {
    const jsonl: JsonLinesOptions = { field: options.field, strip: options.stripBoilerplate };
    if (options.encoding !== undefined) jsonl.encoding = options.encoding;
    const summary = await repairJsonLines(source, io, rewriter, jsonl, options.spinThreshold);
    tally.edits += summary.edits;
    tally.spun += summary.spun;
    if (summary.errors > 0) tally.failed++;
    return;
  }
  if (mode === 'text' && (source.file === undefined || (source.size ?? 0) > (io.streamThresholdBytes ?? STREAM_THRESHOLD_BYTES))) {
    await streamInput(source, io, rewriter.stream(), options.stripBoilerplate, options.encoding);
    tally.streamed++;
    return;
  }
  const repair = repairInput(await readInput(source, io.stdin, options.encoding), rewriter, options.stripBoilerplate);
  tally.edits += repair.edits.length + repair.removed.length;
  if (repair.spinScore >= options.spinThreshold) tally.spun++;
  const colors = pickColors(io);
  switch (mode) {
    case 'text':
      await writeText(io.stdout, repair.text);
      return;
    case 'diff':
      await writeText(io.stdout, formatDiff(repair, colors));
      if (options.explain) await writeText(io.stdout, formatExplanation(repair, colors));
      return;
    case 'explain':
      await writeText(io.stdout, formatExplanation(repair, colors));
      return;
    case 'json':
      await writeText(io.stdout, formatJsonDocument(repair));
      return;
    case 'check': {
      const verdict = formatVerdict(repair, options.spinThreshold);
      if (verdict.failed) tally.checkFailed = true;
      clearProgress();
      await writeText(io.stderr, verdict.line);
      if (options.explain) await writeText(io.stderr, formatExplanation(repair, pickColors({ ...io, stdoutIsTTY: io.stderrIsTTY === true })));
      return;
    }
    case 'write':
      await writeBack(source, repair, options, io, clearProgress);
  }
}

async function writeBack(source: InputSource, repair: Repair, options: CliOptions, io: CliIo, clearProgress: () => void): Promise<void> {
  if (options.explain) await writeText(io.stdout, formatExplanation(repair, pickColors(io)));
  if (repair.text === repair.input || source.file === undefined) return;
  await writeFileAtomic(source.file, repair.text, repair.bom && repair.encoding === 'utf8', source.name);
  const changes = repair.edits.length + repair.removed.length;
  const converted = repair.encoding === 'utf8' ? '' : `, converted from ${repair.encoding} to UTF-8`;
  clearProgress();
  await writeText(io.stderr, `${source.name}: ${changes} edit${changes === 1 ? '' : 's'} written${converted}\n`);
}

/**
 * One line `vietnorm: <file>: <message>` for a VietnormError (dictionary errors already start with `file:line:col:`);
 * the stack for anything else, which is a bug.
 */
async function reportError(io: CliIo, error: unknown, name: string): Promise<void> {
  if (isVietnormError(error)) {
    const located = error.file !== undefined && error.message.startsWith(`${error.file}:`);
    await writeText(io.stderr, `vietnorm: ${located || name === 'vietnorm' ? '' : `${name}: `}${error.message}\n`);
    return;
  }
  const stack = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  await writeText(io.stderr, `vietnorm: ${name}: unexpected error\n${stack}\n`);
}
