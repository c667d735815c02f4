import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    // A hang guard, not a speed test: a loaded CI machine runs a simulated day many times slower.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
