/**
 * `--write`: replace a file atomically. The new text goes to a temporary file in the same directory (same file
 * system, so `rename` is atomic), which then replaces the original; readers see the old or the new file, never half.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toIoError } from './input.js';

/**
 * Write `text` as UTF-8 to `file` atomically, keeping the file's permission bits.
 * @param file - Absolute path of the existing file.
 * @param text - New content.
 * @param bom - Start with a UTF-8 byte-order mark (the original had one).
 * @param name - The file name as given, for errors.
 * @returns A promise settled when the file is replaced.
 * @throws VietnormError `E_IO` when the directory is not writable or the rename fails; the temporary file is removed.
 * @example
 * await writeFileAtomic('/work/a.txt', 'Kết quả đánh giá cao.\n', false, 'a.txt')
 */
export async function writeFileAtomic(file: string, text: string, bom: boolean, name: string): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.vietnorm-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const { mode } = await stat(file);
    await writeFile(temp, bom ? `\uFEFF${text}` : text, { encoding: 'utf8', flag: 'wx', mode: mode & 0o777 });
    await chmod(temp, mode & 0o7777);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw toIoError(error, name);
  }
}
