import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts', 'packs/**/*.test.ts'],
    // CLI tests run in-process against the TypeScript sources; no build needed.
    pool: 'threads',
  },
});
