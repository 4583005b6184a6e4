import '@testing-library/jest-dom';

// Rendering Backstage pages in jsdom takes seconds on a busy shared machine.
jest.setTimeout(30_000);
