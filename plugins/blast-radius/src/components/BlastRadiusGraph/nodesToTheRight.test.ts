import { nodesToTheRight } from './nodesToTheRight';

/** A canvas `clientWidth` wide at `left`, holding nodes that end at each of `rights`. */
function canvasWith(left: number, clientWidth: number, rights: number[]) {
  const canvas = document.createElement('div');
  Object.defineProperty(canvas, 'clientWidth', { value: clientWidth });
  canvas.getBoundingClientRect = () => ({ left } as DOMRect);
  for (const right of rights) {
    const node = document.createElement('div');
    node.setAttribute('data-entity-ref', `component:default/ends-at-${right}`);
    node.getBoundingClientRect = () => ({ right } as DOMRect);
    canvas.appendChild(node);
  }
  // Neither an entity node nor counted.
  canvas.appendChild(document.createElement('span'));
  return canvas;
}

describe('nodesToTheRight', () => {
  it('counts the nodes that end beyond the right edge of the view', () => {
    // The view spans 200 to 600.
    expect(
      nodesToTheRight(canvasWith(200, 400, [300, 600, 601, 602, 900])),
    ).toBe(2);
  });

  it('counts none when everything is in view, or there is no canvas yet', () => {
    expect(nodesToTheRight(canvasWith(0, 1000, [100, 999]))).toBe(0);
    expect(nodesToTheRight(null)).toBe(0);
  });
});
