/** Counts the turns of the event loop (one `setImmediate` each) until stopped. */
export function turnCounter() {
  let turns = 0;
  let counting = true;
  const count = () => {
    if (counting) {
      turns += 1;
      setImmediate(count);
    }
  };
  setImmediate(count);
  return {
    get turns() {
      return turns;
    },
    stop() {
      counting = false;
    },
  };
}
