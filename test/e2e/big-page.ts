/**
 * A 5 MB page as a big directory is: 80,000 rows of small elements (it is the number of nodes
 * that costs a scan), an address on every twentieth row: 4,000 people.
 */
export const BIG_PAGE_PEOPLE = 4000;

export function bigDirectoryPage(): string {
  const rows = Array.from(
    { length: 80_000 },
    (_, i) => `<li><b>Item ${i}</b> <i>${i % 20 ? 'no address on this row' : `p${i}@example.com`}</i> <u>note</u></li>`,
  );
  return `<!doctype html><title>Big</title>${rows.join('')}`;
}

// Strings, not functions, to be run in the page: tsx (which runs the bench) wraps named
// functions in a helper the page does not have.

/**
 * Installs in the page a timer every 10 ms that notes how long the page's event loop went without
 * running it (`window.stalls`, in ms).
 */
export const COUNT_STALLS = `(() => {
  clearTimeout(window.stallTimer);
  window.stalls = [];
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    window.stalls.push(now - last);
    last = now;
    window.stallTimer = setTimeout(tick, 10);
  };
  tick();
})()`;

/** Resolves once the page has been laid out and painted, as a page is by the time a user right-clicks it. */
export const SETTLED = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';
