import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { STREAM_THRESHOLD_BYTES } from '../../src/cli/input.js';
import { dictArgs, REPAIRED, SPUN, useDictDir } from './_fixtures.js';
import { runCli } from './_run-cli.js';

const tmp = useDictDir();

const cli = (argv: string[], options: Parameters<typeof runCli>[1] = {}) => runCli([...dictArgs(tmp.dir), ...argv], { cwd: tmp.dir, ...options });

/** Windows-1258 keeps ă â ê ô ơ ư đ whole and writes the tone as a combining mark. */
function toWindows1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  const parts = text.normalize('NFD').split(/(?=\P{M})/u);
  return iconv.encode(parts.map((p) => p.replace(tones, '').normalize('NFC') + (p.match(tones) ?? []).join('')).join(''), 'windows1258');
}

describe('input encodings, detected or forced', () => {
  test.each`
    label                     | bytes                                                       | argv
    ${'UTF-8 with BOM'}       | ${Buffer.from(`\uFEFF${SPUN}`, 'utf8')}                     | ${[]}
    ${'UTF-16 LE with BOM'}   | ${iconv.encode(SPUN, 'utf16le', { addBOM: true })}          | ${[]}
    ${'UTF-16 BE with BOM'}   | ${iconv.encode(SPUN, 'utf16be', { addBOM: true })}          | ${[]}
    ${'Windows-1258'}         | ${toWindows1258(SPUN)}                                      | ${[]}
    ${'TCVN3, detected'}      | ${iconv.encode(SPUN, 'tcvn')}                               | ${[]}
    ${'TCVN3, forced'}        | ${iconv.encode(SPUN, 'tcvn')}                               | ${['--encoding', 'tcvn3']}
    ${'VNI-Windows, detected'} | ${iconv.encode('Keát quaû tieán coâng giaù cao.\nVaên phieân baûn naøy ñaõ ñöôïc kyù.\n', 'windows1252')} | ${[]}
    ${'VNI-Windows, forced'}  | ${iconv.encode('Keát quaû tieán coâng giaù cao.\nVaên phieân baûn naøy ñaõ ñöôïc kyù.\n', 'windows1252')} | ${['--encoding', 'vni']}
  `('$label', async ({ bytes, argv }: { bytes: Buffer; argv: string[] }) => {
    const name = 'in.txt';
    writeFileSync(path.join(tmp.dir, name), bytes);
    expect(await cli([...argv, name])).toEqual({ code: 0, stdout: REPAIRED, stderr: '' });
    expect(await cli(argv, { stdin: [bytes] })).toEqual({ code: 0, stdout: REPAIRED, stderr: '' });
  });

  test('--json reports the encoding it read', async () => {
    writeFileSync(path.join(tmp.dir, 'w.txt'), toWindows1258(SPUN));
    expect(JSON.parse((await cli(['--json', 'w.txt'])).stdout)).toMatchObject({ encoding: 'windows-1258', text: REPAIRED });
  });
});

describe('streaming', () => {
  test('stdin in tiny chunks, split inside characters, with --strip-boilerplate across chunk ends', async () => {
    const input = `${SPUN}Rate this post\n${SPUN}Chia sẻ:\n`.repeat(50);
    const bytes = Buffer.from(input, 'utf8');
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const result = await cli(['--strip-boilerplate'], { stdin: chunks });
    expect(result).toEqual({ code: 0, stdout: REPAIRED.repeat(100), stderr: '' });
  });

  test('a file over the stream threshold is streamed and repaired in full, the same as when read whole', async () => {
    const input = `${SPUN}Quân đội tiến công giải phóng.\n\n`.repeat(3000);
    writeFileSync(path.join(tmp.dir, 'big.txt'), input);
    const whole = await cli(['big.txt']);
    const streamed = await cli(['big.txt'], { streamThresholdBytes: 64 * 1024 });
    expect(Buffer.byteLength(input)).toBeGreaterThan(64 * 1024 * 3);
    expect(streamed).toEqual(whole);
    expect(streamed.stdout).toBe(`${REPAIRED}Quân đội tiến công giải phóng.\n\n`.repeat(3000));
  });

  test('files over the threshold are reported as streamed in the summary', async () => {
    writeFileSync(path.join(tmp.dir, 's1.txt'), SPUN);
    const result = await cli(['s1.txt', 's1.txt'], { streamThresholdBytes: 10 });
    expect(result.stdout).toBe(REPAIRED + REPAIRED);
    expect(result.stderr).toBe('vietnorm: 2 files, 0 edits, 0 spun (spinScore >= 0.5), 2 streamed (edits and spin not counted)\n');
  });

  test('the default threshold is 8 MiB', () => {
    expect(STREAM_THRESHOLD_BYTES).toBe(8 * 1024 * 1024);
  });
});

describe('progress and summary', () => {
  test('a progress bar on a TTY stderr when there are several files, erased before the summary', async () => {
    writeFileSync(path.join(tmp.dir, 'p1.txt'), SPUN);
    writeFileSync(path.join(tmp.dir, 'p2.txt'), SPUN);
    const result = await cli(['p1.txt', 'p2.txt'], { stderrIsTTY: true, columns: 60 });
    expect(result.stderr).toContain('\r\u001b[2K[----------------------------------------] 1/2 p1.txt'.replace('-'.repeat(40), '-'.repeat(20)));
    expect(result.stderr.endsWith('\r\u001b[2Kvietnorm: 2 files, 4 edits, 2 spun (spinScore >= 0.5)\n')).toBe(true);
    expect(result.stdout).toBe(REPAIRED + REPAIRED);
  });

  test.each`
    argv            | stdoutIsTTY | drawn
    ${[]}           | ${true}     | ${false}
    ${['--check']}  | ${true}     | ${true}
    ${['--write']}  | ${true}     | ${true}
    ${['--json']}   | ${false}    | ${true}
  `('$argv with stdout TTY=$stdoutIsTTY: bar drawn $drawn', async ({ argv, stdoutIsTTY, drawn }: { argv: string[]; stdoutIsTTY: boolean; drawn: boolean }) => {
    writeFileSync(path.join(tmp.dir, 'q1.txt'), SPUN);
    writeFileSync(path.join(tmp.dir, 'q2.txt'), SPUN);
    const result = await cli([...argv, 'q1.txt', 'q2.txt'], { stderrIsTTY: true, stdoutIsTTY });
    expect(result.stderr.includes('] 1/2 q1.txt')).toBe(drawn);
  });

  test('no progress bar when stderr is not a TTY', async () => {
    const result = await cli(['p1.txt', 'p2.txt']);
    expect(result.stderr).toBe('vietnorm: 2 files, 4 edits, 2 spun (spinScore >= 0.5)\n');
  });
});
