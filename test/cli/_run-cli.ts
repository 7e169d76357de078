/** Run the CLI in-process with fake streams. Not a test file (no `.test.ts`). */
import { run } from '../../src/cli/run.js';
import { createFakeIo, type FakeIoOptions } from './_fake-io.js';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with fake streams. */
export async function runCli(argv: string[], options: FakeIoOptions = {}): Promise<CliOutcome> {
  const fake = createFakeIo(options);
  const code = await run(argv, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}


/** Replace the printed spin scores (`spinScore 0.93`) by `spinScore #`, so verdict tests do not pin the scorer's figures. */
export function maskScores(text: string): string {
  return text.replace(/spinScore \d\.\d\d/gu, 'spinScore #');
}
