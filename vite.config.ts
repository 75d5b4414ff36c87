/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'

import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

import { firstVisitSizeBudget } from './scripts/first-visit-size.ts'
import { routeChunks } from './scripts/route-chunks.ts'

// The dev server and the built app are both served by server/start.ts, which puts the
// sandbox API on the same origin; this file only describes the app's build and tests.
export default defineConfig({
  // The build fails when the first visit's JavaScript is over budget: see docs/decisions/0005.
  plugins: [react(), tailwindcss(), firstVisitSizeBudget()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Read by `npm run bench` to tell what a first visit loads.
    manifest: true,
    // Every browser the app supports (es2022) preloads modules itself: no polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: routeChunks() } },
  },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.contract.test.ts'],
          setupFiles: ['./src/testing/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'contract',
          environment: 'node',
          include: [
            // server/gateway and server/store run in the gateway project, beside PostgreSQL.
            'server/*.test.ts',
            'sandbox/**/*.test.ts',
            'src/**/*.contract.test.ts',
            'scripts/**/*.test.ts',
            'eslint.config.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          // The sign-in gateway and its stores; PostgreSQL is provisioned for the run.
          name: 'gateway',
          environment: 'node',
          include: [
            'server/gateway/**/*.test.ts',
            'server/store/**/*.test.ts',
            'server/audit/**/*.test.ts',
          ],
          globalSetup: ['./server/store/testing/postgres-global-setup.ts'],
        },
      },
    ],
  },
})
