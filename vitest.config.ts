import { defineConfig } from 'vitest/config';

// One Vitest configuration for every project; Nx runs it with `--dir <projectRoot>`.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['**/*.spec.ts', '**/*.spec.tsx'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    allowOnly: false,
    passWithNoTests: false,
    testTimeout: 20_000,
  },
});
