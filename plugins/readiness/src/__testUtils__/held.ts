/**
 * A promise that stays pending until `release()`: a fake backend's answer waits on it, so a
 * test can look at the view while a request is still on its way.
 */
export function held() {
  let release: () => void = () => {};
  const promise = new Promise<void>(resolve => {
    release = resolve;
  });
  return { promise, release };
}
