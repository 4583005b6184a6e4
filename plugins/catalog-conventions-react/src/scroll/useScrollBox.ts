import { useEffect, useRef, useState } from 'react';

/**
 * How wide a horizontally scrolling element is, how wide its content, and where it is scrolled to.
 *
 * @public
 */
export interface ScrollBox {
  /** The width of the element's view. */
  clientWidth: number;
  /** The width of its content, in view or not. */
  scrollWidth: number;
  /** How far it is scrolled from the left. */
  scrollLeft: number;
}

const sameBox = (a: ScrollBox | undefined, b: ScrollBox) =>
  a !== undefined &&
  a.clientWidth === b.clientWidth &&
  a.scrollWidth === b.scrollWidth &&
  a.scrollLeft === b.scrollLeft;

/**
 * Measures the element the returned ref is put on, again when it is scrolled and when it or
 * its content (its first child) changes size; on the window's resize where there is no
 * ResizeObserver.
 *
 * @public
 */
export function useScrollBox<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [box, setBox] = useState<ScrollBox | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => {
      const next = {
        clientWidth: element.clientWidth,
        scrollWidth: element.scrollWidth,
        scrollLeft: element.scrollLeft,
      };
      setBox(previous => (sameBox(previous, next) ? previous : next));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    let stopWatchingSize: () => void;
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure);
      stopWatchingSize = () => window.removeEventListener('resize', measure);
    } else {
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      if (element.firstElementChild) {
        observer.observe(element.firstElementChild);
      }
      stopWatchingSize = () => observer.disconnect();
    }
    return () => {
      element.removeEventListener('scroll', measure);
      stopWatchingSize();
    };
  }, []);
  return { ref, box };
}
