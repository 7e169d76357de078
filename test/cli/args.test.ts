import { describe, expect, test } from 'vitest';
import { DEFAULT_SPIN_THRESHOLD, parseCliArgs, UsageError } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  test.each`
    argv                                   | mode         | files
    ${[]}                                  | ${'text'}    | ${[]}
    ${['-']}                               | ${'text'}    | ${['-']}
    ${['a.txt', 'b.txt']}                  | ${'text'}    | ${['a.txt', 'b.txt']}
    ${['--diff', 'a.txt']}                 | ${'diff'}    | ${['a.txt']}
    ${['--explain']}                       | ${'explain'} | ${[]}
    ${['--diff', '--explain']}             | ${'diff'}    | ${[]}
    ${['--json', 'a', 'b']}                | ${'json'}    | ${['a', 'b']}
    ${['--jsonl']}                         | ${'jsonl'}   | ${[]}
    ${['--check', 'a']}                    | ${'check'}   | ${['a']}
    ${['--write', 'a']}                    | ${'write'}   | ${['a']}
    ${['-w', 'a']}                         | ${'write'}   | ${['a']}
    ${['--', '--diff']}                    | ${'text'}    | ${['--diff']}
  `('$argv → $mode', ({ argv, mode, files }: { argv: string[]; mode: string; files: string[] }) => {
    const options = parseCliArgs(argv);
    expect(options.mode).toBe(mode);
    expect(options.files).toEqual(files);
    expect(options.warnings).toEqual([]);
  });

  test('reads every value option', () => {
    const options = parseCliArgs([
      '--min-confidence', '0.9', '--spin-threshold=0.3', '--dict', 'a.yaml', '-d', 'b.yaml', '--no-default-dict',
      '--tone', 'new', '--strip-boilerplate', '--encoding', 'TCVN3', 'x.txt',
    ]);
    expect(options).toMatchObject({
      minConfidence: 0.9, spinThreshold: 0.3, dicts: ['a.yaml', 'b.yaml'], defaultDictionaries: false, tone: 'new',
      stripBoilerplate: true, encoding: 'tcvn3', files: ['x.txt'],
    });
  });

  test('defaults', () => {
    const options = parseCliArgs([]);
    expect(options).toMatchObject({ spinThreshold: DEFAULT_SPIN_THRESHOLD, dicts: [], defaultDictionaries: true, field: 'text', stripBoilerplate: false });
    expect(options.minConfidence).toBeUndefined();
    expect(options.tone).toBeUndefined();
    expect(options.encoding).toBeUndefined();
  });

  test.each`
    name              | encoding
    ${'utf-8'}        | ${'utf8'}
    ${'UTF-16LE'}     | ${'utf16le'}
    ${'cp1258'}       | ${'windows-1258'}
    ${'windows-1252'} | ${'windows-1252'}
    ${'vni-windows'}  | ${'vni'}
    ${'abc'}          | ${'tcvn3'}
  `('--encoding $name → $encoding', ({ name, encoding }: { name: string; encoding: string }) => {
    expect(parseCliArgs(['--encoding', name]).encoding).toBe(encoding);
  });

  test('unknown flags are warnings, not failures, so the files still run', () => {
    const options = parseCliArgs(['--chek', 'a.txt', '-z']);
    expect(options.files).toEqual(['a.txt']);
    expect(options.warnings).toEqual(['--chek: unknown option (ignored), see --help', '-z: unknown option (ignored), see --help']);
  });

  test.each`
    argv                                    | message
    ${['--min-confidence', '2']}            | ${'--min-confidence: expected a number from 0 to 1, got `2`'}
    ${['--min-confidence', 'abc']}          | ${'--min-confidence: expected a number from 0 to 1, got `abc`'}
    ${['--min-confidence=']}                | ${'--min-confidence: expected a number from 0 to 1, got ``'}
    ${['--spin-threshold', '-0.1']}         | ${'--spin-threshold: expected a number from 0 to 1, got `-0.1`'}
    ${['--tone', 'loud']}                   | ${'--tone: expected keep, old or new, got `loud`'}
    ${['--encoding', 'koi8-r']}             | ${'--encoding: unknown encoding `koi8-r` (expected one of utf8, utf16le, utf16be, windows-1258, tcvn3, vni, windows-1252)'}
    ${['--diff', '--json']}                 | ${'--diff and --json cannot be used together'}
    ${['--check', '--write', 'a']}          | ${'--check and --write cannot be used together'}
    ${['--json', '--explain']}              | ${'--explain cannot be used with --json (its edits already carry the reasons)'}
    ${['--field', 'body']}                  | ${'--field needs --jsonl'}
    ${['--write']}                          | ${'--write needs file names (it cannot write back to stdin)'}
    ${['--write', '-']}                     | ${'--write needs file names (it cannot write back to stdin)'}
    ${['--dict']}                           | ${'--dict: missing value'}
    ${['--diff=yes']}                       | ${'--diff: takes no value'}
  `('$argv is a usage error', ({ argv, message }: { argv: string[]; message: string }) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  test('--jsonl --field NAME', () => {
    expect(parseCliArgs(['--jsonl', '--field', 'body']).field).toBe('body');
  });
});
