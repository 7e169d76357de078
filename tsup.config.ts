import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: true,
  shims: true,
  splitting: false,
});
