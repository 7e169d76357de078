/**
 * Command-line options of scripts/eval.mjs.
 *
 * @example
 *   parseArgs(['--quick', '--json']) //=> { quick: true, json: 'eval/.cache/last.json', module: 'dist/index.js', … }
 */

/**
 * @param {string[]} argv arguments after the script name
 * @returns {{ quick: boolean, out?: string, json?: string, module: string, seed: number, thresholds: boolean, help?: boolean }}
 * @throws {Error} on an unknown option or a missing value
 */
export function parseArgs(argv) {
  const args = { quick: false, out: undefined, json: undefined, module: 'dist/index.js', seed: 20261130, thresholds: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new Error(`Missing value for \`${a}\``);
      i++;
      return v;
    };
    if (a === '--quick') args.quick = true;
    else if (a === '--out') args.out = value();
    else if (a === '--json') args.json = argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : 'eval/.cache/last.json';
    else if (a === '--module') args.module = value();
    else if (a === '--seed') args.seed = Number.parseInt(value(), 10);
    else if (a === '--no-thresholds') args.thresholds = false;
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error(`Unknown option \`${a}\``);
  }
  if (!Number.isInteger(args.seed)) throw new Error('Expected an integer for `--seed`');
  return args;
}
