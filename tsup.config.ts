import { defineConfig } from 'tsup';

const common = { target: 'node20', platform: 'node', sourcemap: true, shims: true, splitting: false } as const;

export default defineConfig([
  // dist/ is emptied by `npm run build` before tsup runs (two configs build in parallel, so neither cleans).
  // The library: ESM and CommonJS with type declarations for both.
  { ...common, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: { entry: 'src/index.ts' } },
  // The CLI: one ESM file (bin `vietnorm`); tsup keeps the shebang and makes it executable. Beside it, internals
  // for the project's scripts (fitting, evaluation); not in the package's `exports`.
  { ...common, entry: { cli: 'src/cli/bin.ts', internal: 'src/internal.ts' }, format: ['esm'] },
]);
