import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { dictArgs, useDictDir } from './_fixtures.js';
import { runCli } from './_run-cli.js';

const tmp = useDictDir();

const cli = (argv: string[], stdin: string | (string | Uint8Array)[]) => runCli([...dictArgs(tmp.dir), '--jsonl', ...argv], { cwd: tmp.dir, stdin });
const parseLines = (out: string): Record<string, unknown>[] => out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('--jsonl', () => {
  test('repairs `text`, keeps every other field and its order, adds spinScore and edits', async () => {
    const input = '{"id":1,"text":"Kết quả tiến công giá cao.","url":"https://a.vn/1"}\n{"id":2,"text":"Quân đội tiến công.","tags":["x"]}\n';
    const result = await cli([], input);
    const records = parseLines(result.stdout);
    expect(records.map((r) => Object.keys(r))).toEqual([['id', 'text', 'url', 'spinScore', 'edits'], ['id', 'text', 'tags', 'spinScore', 'edits']]);
    expect(records[0]).toMatchObject({ id: 1, text: 'Kết quả đánh giá cao.', url: 'https://a.vn/1', edits: [{ start: 8, end: 17, replacement: 'đánh' }] });
    expect(records[1]).toMatchObject({ id: 2, text: 'Quân đội tiến công.', tags: ['x'], edits: [] });
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  test('--field NAME repairs another field', async () => {
    const records = parseLines((await cli(['--field', 'body'], '{"text":"Kết quả tiến công giá cao.","body":"Kết quả tiến công giá cao."}\n')).stdout);
    expect(records[0]).toMatchObject({ text: 'Kết quả tiến công giá cao.', body: 'Kết quả đánh giá cao.' });
  });

  test('a bad line: one stderr line naming the line number, the rest continues, exit 2 at the end', async () => {
    const input = ['{"text":"Kết quả tiến công giá cao."}', '{not json', '[1,2]', '{"text":42}', '{"text":"Văn phiên bản này."}'].join('\n');
    const result = await cli([], input);
    const err = result.stderr.trimEnd().split('\n');
    expect(err[0]).toMatch(/^vietnorm: <stdin>:2: invalid JSON \(.+\), line skipped$/u);
    expect(err.slice(1)).toEqual([
      'vietnorm: <stdin>:3: expected a JSON object, line skipped',
      'vietnorm: <stdin>:4: expected string for `text`, got `number`, record passed through',
    ]);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('{"text":42}');
    expect(lines[3]).toBe('');
    expect([lines[0], lines[2]].map((l) => (JSON.parse(l ?? '') as { text: string }).text)).toEqual(['Kết quả đánh giá cao.', 'Văn bản này.']);
    expect(result.code).toBe(2);
  });

  test('a missing or null field passes through with spinScore 0 and no edits', async () => {
    const records = parseLines((await cli([], '{"id":1}\n{"id":2,"text":null}\n')).stdout);
    expect(records).toEqual([{ id: 1, spinScore: 0, edits: [] }, { id: 2, text: null, spinScore: 0, edits: [] }]);
  });

  test('CRLF line ends, blank lines and a last line without a break', async () => {
    const result = await cli([], '{"text":"Kết quả tiến công giá cao."}\r\n\r\n\n{"text":"a"}');
    expect(parseLines(result.stdout).map((r) => r.text)).toEqual(['Kết quả đánh giá cao.', 'a']);
    expect(result.code).toBe(0);
  });

  test('records split across chunks, even inside a UTF-8 character', async () => {
    const bytes = Buffer.from('{"text":"Kết quả tiến công giá cao."}\n{"text":"Văn phiên bản này."}\n', 'utf8');
    const chunks = Array.from(bytes, (b) => Uint8Array.of(b));
    const result = await cli([], chunks);
    expect(parseLines(result.stdout).map((r) => r.text)).toEqual(['Kết quả đánh giá cao.', 'Văn bản này.']);
  });

  test('--encoding applies to JSON Lines input too', async () => {
    const bytes = Buffer.from('\uFEFF{"text":"Kết quả tiến công giá cao."}\n', 'utf16le');
    const result = await runCli([...dictArgs(tmp.dir), '--jsonl', '--encoding', 'utf16le'], { cwd: tmp.dir, stdin: [bytes] });
    expect(parseLines(result.stdout).map((r) => r.text)).toEqual(['Kết quả đánh giá cao.']);
  });

  test('files as input, with a summary line', async () => {
    writeFileSync(path.join(tmp.dir, 'a.jsonl'), '{"text":"Kết quả tiến công giá cao."}\n');
    writeFileSync(path.join(tmp.dir, 'b.jsonl'), '{"text":"sạch"}\n');
    const result = await runCli([...dictArgs(tmp.dir), '--jsonl', 'a.jsonl', 'b.jsonl'], { cwd: tmp.dir });
    expect(parseLines(result.stdout).map((r) => r.text)).toEqual(['Kết quả đánh giá cao.', 'sạch']);
    expect(result.stderr).toBe('vietnorm: 2 files, 1 edit, 1 spun (spinScore >= 0.5)\n');
  });
});
