/**
 * What every Stagecraft frontend package's Jest setup needs: each package's own
 * `src/setupTests.ts` imports this module, and adds what only it needs.
 *
 * @packageDocumentation
 */
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// jsdom has no ResizeObserver; recharts' ResponsiveContainer needs one to exist.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as any).ResizeObserver ??= ResizeObserverStub;

// Rendering Backstage pages in jsdom takes seconds on a busy shared machine.
jest.setTimeout(30_000);

// A page settles within a second on an idle machine but can take ten on a busy CI runner:
// findBy and waitFor wait for it that long instead of Testing Library's 1 s default.
configure({ asyncUtilTimeout: 10_000 });
