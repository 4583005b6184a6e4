import '@internal/stagecraft-frontend-test-utils/setupTests';

// jsdom has no SVG layout; the dependency graph measures nodes with getBBox.
if (typeof window !== 'undefined') {
  Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
    configurable: true,
    value: () => ({ x: 0, y: 0, width: 200, height: 44 }),
  });
}
