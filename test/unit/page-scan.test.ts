import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanPageInPage } from '@/lib/page-scan';

// The browser tests run the scan on real pages; these pin down, on a small stand-in for the DOM,
// how it lays out what it reads, and what a real page cannot show dependably on a shared machine:
// that the scan stops every few milliseconds to let the page run, however long it takes.

interface FakeElement {
  tagName: string;
  children: (FakeElement | string)[];
  hidden?: boolean;
  href?: string;
  /** Its laid-out height, in pixels (none: the stand-in lays nothing out). */
  height?: number;
}

function el(tagName: string, children: (FakeElement | string)[], options: Partial<FakeElement> = {}): FakeElement {
  return { tagName, children, ...options };
}

function textOf(fake: FakeElement): string {
  return fake.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

interface FakeNode {
  nodeType: number;
  nodeName: string;
  parentElement: FakeDom | null;
  previousSibling: FakeNode | null;
  data?: string;
}

interface FakeDom extends FakeNode {
  tagName: string;
  nextElementSibling: FakeDom | null;
  previousElementSibling: FakeDom | null;
  href?: string;
}

/** Whether a fake element matches one of the selectors the scan uses. */
function matches(element: FakeDom, selector: string): boolean {
  if (selector.includes('mailto')) return element.href?.startsWith('mailto:') ?? false;
  return selector.split(', ').some((tag) => element.tagName === tag.toUpperCase());
}

/**
 * A page holding `body`, its text nodes walked in document order as a tree walker does, each
 * step of the walk costing `msPerNode` of a fake clock. Returns the clock, with how many text
 * nodes were read.
 */
function fakePage(body: FakeElement[], msPerNode = 0, msPerLookUp = 0) {
  const clock = { now: 0, read: 0, lookUps: [] as { selectors: string; at: number }[] };
  // Each look-up of the whole page costs `msPerLookUp`, and notes the clock when it began.
  const lookUp = <T>(selectors: string, answer: () => T): T => {
    clock.lookUps.push({ selectors, at: clock.now });
    clock.now += msPerLookUp;
    return answer();
  };
  const texts: FakeNode[] = [];
  const elements: FakeDom[] = [];
  const visit = (fake: FakeElement, parent: FakeDom | null, previous: FakeNode | null): FakeDom => {
    const element: FakeDom = {
      nodeType: 1,
      nodeName: fake.tagName,
      tagName: fake.tagName,
      parentElement: parent,
      previousSibling: previous,
      nextElementSibling: null,
      previousElementSibling: null,
      href: fake.href,
    };
    Object.assign(element, {
      get textContent() {
        return textOf(fake);
      },
      getAttribute: (name: string) => (name === 'href' ? (fake.href ?? null) : null),
      checkVisibility: () => !fake.hidden,
      offsetHeight: fake.height,
      closest: (selector: string) => {
        let at: FakeDom | null = element;
        while (at && !matches(at, selector)) at = at.parentElement;
        return at;
      },
      contains: (other: FakeNode | null) => {
        for (let at = other; at; at = at.parentElement) if (at === element) return true;
        return false;
      },
    });
    elements.push(element);
    let last: FakeNode | null = null;
    let lastElement: FakeDom | null = null;
    for (const child of fake.children) {
      if (typeof child === 'string') {
        last = { nodeType: 3, nodeName: '#text', data: child, parentElement: element, previousSibling: last };
        texts.push(last);
      } else {
        const made = visit(child, element, last);
        if (lastElement) lastElement.nextElementSibling = made;
        made.previousElementSibling = lastElement;
        last = lastElement = made;
      }
    }
    return element;
  };
  let previous: FakeDom | null = null;
  for (const fake of body) {
    const made = visit(fake, null, previous);
    if (previous) previous.nextElementSibling = made;
    made.previousElementSibling = previous;
    previous = made;
  }
  const links = elements.filter((element) => element.href);
  vi.stubGlobal('Node', { TEXT_NODE: 3 });
  vi.stubGlobal('NodeFilter', { SHOW_TEXT: 4 });
  vi.stubGlobal('document', {
    body: {},
    querySelector: (selector: string) =>
      lookUp(selector, () => elements.find((element) => matches(element, selector)) ?? null),
    querySelectorAll: (selector: string) => lookUp(selector, () => (selector.startsWith('a[href') ? links : [])),
    createTreeWalker: () => ({
      nextNode: () => {
        if (clock.read >= texts.length) return null;
        clock.now += msPerNode;
        return texts[clock.read++];
      },
    }),
  });
  vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
  return clock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scanPageInPage', () => {
  it.each([
    ['in one turn', 0],
    ['with a turn after every node', 8],
  ])(
    'lays the visible text out as the page shows it (%s): inline runs, blocks and line breaks, table rows',
    async (_, msPerNode) => {
      // At 8 ms a node, what was read is put together across turns: a run or a line that a turn
      // splits reads the same.
      fakePage(
        [
          el('P', [
            'Contact ',
            el('B', ['Jane Doe']),
            ' at ',
            el('A', ['jane@acme.com'], { href: 'mailto:jane@acme.com' }),
            '.',
          ]),
          el('DIV', ['hidden@acme.com'], { hidden: true }),
          el('SCRIPT', ['var x = "script@acme.com"']),
          el('P', ['\n  Best regards,', el('BR', []), 'John   Smith', el('BR', []), el('SPAN', ['CTO']), '  \n']),
          el('TABLE', [
            el('TR', [el('TH', ['Name']), ' ', el('TH', ['Email'])]),
            el('TR', [el('TD', [el('DIV', ['Ann ', el('EM', ['Lee'])])]), el('TD', ['ann@acme.com'])]),
          ]),
          el('PRE', ['a  b\n c']),
          el('P', [el('B', ['Max']), ' ', el('I', ['Mustermann'])]),
          el('P', [el('B', ['Eva ']), ' ', el('I', ['Roth'])]),
          // One inline element inside another beside it is one run; in two blocks, two.
          el('P', [el('B', ['Bo']), ' ', el('SPAN', [el('I', ['Li'])]), ' ', el('A', ['bo@x.io'])]),
          el('DIV', [el('P', [el('B', ['Kim'])]), el('P', [el('SPAN', [el('I', ['Ray'])])])]),
        ],
        msPerNode,
      );
      expect((await scanPageInPage()).text).toBe(
        'Contact Jane Doe at jane@acme.com.\nBest regards,\nJohn Smith\nCTO\nName\tEmail\nAnn Lee\tann@acme.com\na  b\n c\nMax Mustermann\nEva Roth\nBo Li bo@x.io\nKim\nRay',
      );
    },
  );

  it("follows a mailto link's text with where it points, unless the text is an address itself", async () => {
    fakePage([
      el('P', ['Board: ', el('A', ['Fay Green'], { href: 'mailto:fay@acme.com' })]),
      el('P', ['Treasurer: ', el('A', ['gus@acme.com'], { href: 'mailto:gus@acme.com' })]),
    ]);
    const scan = await scanPageInPage();
    expect(scan.text).toBe('Board: Fay Green mailto:fay@acme.com\nTreasurer: gus@acme.com');
    expect(scan.links).toEqual([
      { href: 'mailto:fay@acme.com', text: 'Fay Green' },
      { href: 'mailto:gus@acme.com', text: 'gus@acme.com' },
    ]);
  });

  it("reads a link that shows no name again within the block around it, where it points in the link's place", async () => {
    fakePage([
      el('DIV', [el('H3', ['Ann Lee']), el('P', ['Designer']), el('A', ['Email'], { href: 'mailto:ann@acme.com' })]),
      el('DIV', [el('H3', ['Bo Li']), el('A', [], { href: 'mailto:bo@acme.com' })]),
      // A link that names its person, or shows its address, is not read again.
      el('DIV', [el('P', ['Board']), el('A', ['Fay Green'], { href: 'mailto:fay@acme.com' })]),
      el('DIV', [el('P', ['Treasurer']), el('A', ['gus@acme.com'], { href: 'mailto:gus@acme.com' })]),
    ]);
    const { text } = await scanPageInPage();
    // (The stand-in DOM lays nothing out: a block's text is its nodes' text run together, where a
    // browser's innerText gives a line for each of its blocks.)
    expect(text.slice(text.indexOf('\n\n'))).toBe(
      '\n\nAnn LeeDesigner mailto:ann@acme.com \n\nBo Li\nmailto:bo@acme.com',
    );
  });

  it('does not read the block around such a link when it is taller than a card, or not shown', async () => {
    // Its text could be the page's, read again for each link.
    fakePage([
      el('DIV', [el('P', ['Jane Doe']), el('A', ['Contact'], { href: 'mailto:jd@acme.com' })], { height: 2000 }),
      el('DIV', [el('P', ['Bo Li']), el('A', ['Email'], { href: 'mailto:bo@acme.com' })], { height: 0 }),
      el('DIV', [el('P', ['Ann Lee']), el('A', ['Email'], { href: 'mailto:ann@acme.com' })], { height: 120 }),
    ]);
    const { text } = await scanPageInPage();
    expect(text.slice(text.indexOf('\n\n'))).toBe('\n\nAnn Lee mailto:ann@acme.com ');
  });

  it.each([
    ['a message to itself', true],
    ['a timer, where there are no message channels', false],
  ])('lets the page run after every 8 ms of reading, through %s, and still reads every node', async (_, channels) => {
    const rows = Array.from({ length: 1000 }, (_, i) => el('LI', [`row ${i}`]));
    const clock = fakePage([el('UL', rows)], 1);
    // Where the walk stood each time it gave the page a turn.
    const turns: number[] = [];
    const setTimeout = globalThis.setTimeout;
    if (channels) {
      vi.stubGlobal(
        'MessageChannel',
        class {
          port1 = { onmessage: null as (() => void) | null, close: () => undefined };
          port2 = {
            postMessage: () => {
              turns.push(clock.read);
              setTimeout(() => this.port1.onmessage?.(), 0);
            },
          };
        },
      );
    } else {
      vi.stubGlobal('MessageChannel', undefined);
      vi.stubGlobal('setTimeout', (run: () => void, ms?: number) => {
        turns.push(clock.read);
        return setTimeout(run, ms);
      });
    }
    const scan = await scanPageInPage();
    expect(scan.text.split('\n')).toHaveLength(1000);
    // At one millisecond a node, a turn after every eight of its 1,000 text nodes.
    expect(clock.read).toBe(1000);
    expect(turns).toEqual(Array.from({ length: 125 }, (_, i) => 8 * (i + 1)));
  });

  it('gives the page a turn before each look-up of the whole page, once the slice is used up', async () => {
    // On a page of 320,000 elements each look-up takes 10 to 25 ms; the six of them in one turn
    // held the page for about 80 ms.
    const clock = fakePage(
      [el('P', ['Jane Doe ', el('A', ['jane@acme.com'], { href: 'mailto:jane@acme.com' })])],
      0,
      10,
    );
    const turnsAt: number[] = [];
    const setTimeout = globalThis.setTimeout;
    vi.stubGlobal('MessageChannel', undefined);
    vi.stubGlobal('setTimeout', (run: () => void, ms?: number) => {
      turnsAt.push(clock.now);
      return setTimeout(run, ms);
    });
    const scan = await scanPageInPage();
    expect(scan.text).toBe('Jane Doe jane@acme.com');
    expect(clock.lookUps.map((lookUp) => lookUp.selectors)).toEqual([
      'a[href^="mailto:" i]',
      '[email], [data-email]',
      'script[type="application/ld+json" i]',
      '[itemscope][itemtype*="schema.org/Person" i]',
      'td, th',
      'br',
    ]);
    // Each look-up after the first began right after a turn: none shares a turn with the one
    // before. The text is then read in a turn of its own.
    expect(turnsAt).toEqual([...clock.lookUps.slice(1).map((lookUp) => lookUp.at), 60]);
  });
});
