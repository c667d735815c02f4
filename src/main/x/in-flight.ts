/**
 * Counts the calls to X under way, so that a test can wait for the moment nothing is being asked
 * of X — an explicit signal, rather than "nothing changed for a while", which a loaded machine
 * makes wrong. `whenIdle` resolves once no call is under way and none started in the turn of the
 * event loop after the last one ended (a finished poll plans its next page at once).
 */
export function createInFlight(nextTurn: () => Promise<void> = () => new Promise(setImmediate)) {
  let count = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    const ready = waiters;
    waiters = [];
    ready.forEach((w) => w());
  };
  return {
    track<T>(start: () => Promise<T>): Promise<T> {
      count += 1;
      let ran: Promise<T>;
      try {
        ran = start();
      } catch (e) {
        ran = Promise.reject(e);
      }
      return ran.finally(() => {
        count -= 1;
        if (count === 0) settle();
      });
    },
    count: () => count,
    async whenIdle(): Promise<void> {
      for (;;) {
        if (count > 0) await new Promise<void>((resolve) => waiters.push(resolve));
        await nextTurn();
        if (count === 0) return;
      }
    },
  };
}
