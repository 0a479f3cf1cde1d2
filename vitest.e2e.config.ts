import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in the system Chromium, one file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits on a real browser: 1 s (vitest's default) is too short on a busy 2-core
    // machine, where opening an extension page alone can take longer. Polls still end when met.
    expect: { poll: { timeout: 10_000 } },
  },
});
