import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanPageInPage } from '@/lib/page-scan';

// The browser tests run the scan on real pages; these pin down, on a small stand-in for the DOM,
// what a real page cannot show dependably on a shared machine: that the scan stops every few
// milliseconds to let the page run, however long it takes.

interface FakeElement {
  tagName: string;
  hidden?: boolean;
  href?: string;
  parent?: FakeElement;
  textContent: string;
}

function element(tagName: string, options: Partial<FakeElement> = {}): FakeElement {
  return { tagName, textContent: '', ...options };
}

/** A page of text nodes, read through a tree walker whose every step costs `msPerNode` of a fake clock. */
function fakePage(texts: { data: string; parent: FakeElement }[], msPerNode = 0) {
  const clock = { now: 0, read: 0 };
  const wrap = (fake: FakeElement): unknown => ({
    tagName: fake.tagName,
    get textContent() {
      return fake.textContent;
    },
    getAttribute: (name: string) => (name === 'href' ? (fake.href ?? null) : null),
    checkVisibility: () => !fake.hidden,
    closest: () => {
      for (let at: FakeElement | undefined = fake; at; at = at.parent)
        if (at.href?.startsWith('mailto:')) return wrapped(at);
      return null;
    },
  });
  const cache = new Map<FakeElement, unknown>();
  const wrapped = (fake: FakeElement) => {
    if (!cache.has(fake)) cache.set(fake, wrap(fake));
    return cache.get(fake);
  };
  const links = [...new Set(texts.map((text) => text.parent))].filter((fake) => fake.href).map(wrapped);
  vi.stubGlobal('NodeFilter', { SHOW_TEXT: 4 });
  vi.stubGlobal('document', {
    body: {},
    querySelectorAll: (selector: string) => (selector.startsWith('a[href') ? links : []),
    createTreeWalker: () => ({
      nextNode: () => {
        const text = texts[clock.read];
        if (!text) return null;
        clock.read++;
        clock.now += msPerNode;
        return { data: text.data, parentElement: wrapped(text.parent) };
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
  it('reads the visible text, one text node a line, without scripts, hidden elements or blank nodes', async () => {
    const p = element('P');
    fakePage([
      { data: 'Jane Doe', parent: p },
      { data: '  \n ', parent: p },
      { data: 'jane@acme.com', parent: element('B') },
      { data: 'hidden@acme.com', parent: element('SPAN', { hidden: true }) },
      { data: 'var x = "script@acme.com"', parent: element('script') },
      { data: 'John Smith', parent: p },
    ]);
    expect((await scanPageInPage()).text).toBe('Jane Doe\njane@acme.com\nJohn Smith');
  });

  it("follows a mailto link's text with where it points, unless the text is an address itself", async () => {
    const named = element('A', { href: 'mailto:fay@acme.com', textContent: 'Fay Green' });
    const addressed = element('A', { href: 'mailto:gus@acme.com', textContent: 'gus@acme.com' });
    fakePage([
      { data: 'Board:', parent: element('P') },
      { data: 'Fay Green', parent: named },
      { data: 'Treasurer:', parent: element('P') },
      { data: 'gus@acme.com', parent: addressed },
    ]);
    const scan = await scanPageInPage();
    expect(scan.text).toBe('Board:\nFay Green mailto:fay@acme.com\nTreasurer:\ngus@acme.com');
    expect(scan.links).toEqual([
      { href: 'mailto:fay@acme.com', text: 'Fay Green' },
      { href: 'mailto:gus@acme.com', text: 'gus@acme.com' },
    ]);
  });

  it('lets the page run at least every 8 ms of reading, and still reads every node', async () => {
    const parents = Array.from({ length: 50 }, () => element('LI'));
    const texts = Array.from({ length: 1000 }, (_, i) => ({
      data: `row ${i}`,
      parent: parents[i % 50] ?? element('LI'),
    }));
    const clock = fakePage(texts, 1);
    // Where the walk stood each time it gave the page a turn.
    const turns: number[] = [];
    const setTimeout = globalThis.setTimeout;
    vi.stubGlobal('setTimeout', (run: () => void, ms?: number) => {
      turns.push(clock.read);
      return setTimeout(run, ms);
    });
    const scan = await scanPageInPage();
    expect(scan.text.split('\n')).toHaveLength(1000);
    // At one millisecond a node, a turn after every eight: 125 in all, none of them skipped.
    expect(turns).toHaveLength(125);
    expect(turns.map((read, i) => read - (turns[i - 1] ?? 0))).toEqual(Array.from({ length: 125 }, () => 8));
  });
});
