import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { inFrames } from '@/lib/frames';
import { chooseSelection, readSelection, type FrameSelection } from '@/lib/page-selection';
import type { PageScan } from '@/lib/page-scan';
import { collectPage, joinScans } from '@/lib/scan-tab';

const TAB = 7;

function selected(text: string, where: Partial<FrameSelection> = {}): FrameSelection {
  return { text, focusInChild: false, hasFocus: false, ...where };
}

function scanOf(text: string, email = ''): PageScan {
  return {
    links: email ? [{ href: `mailto:${email}`, text: '' }] : [],
    elements: [],
    structured: [],
    text,
  };
}

/** `executeScript` answering each call in turn: results, or an error. */
function injections(...answers: (unknown[] | Error)[]) {
  const executeScript = vi.fn(() => {
    const answer = answers.shift() ?? new Error('no more answers');
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  });
  Object.assign(browser.scripting, { executeScript });
  return executeScript;
}

describe('chooseSelection, among the frames of a page', () => {
  it("takes the top frame's selection when it is the only one", () => {
    expect(chooseSelection([{ frameId: 0, result: selected('Jane Doe <jane@acme.com>') }])).toBe(
      'Jane Doe <jane@acme.com>',
    );
  });

  it('takes a selection made in a frame inside the page (a rich-text editor)', () => {
    const frames = [
      { frameId: 0, result: selected('') },
      { frameId: 4, result: selected('') },
      { frameId: 9, result: selected('Grace Hopper <grace@navy.example>') },
    ];
    expect(chooseSelection(frames)).toBe('Grace Hopper <grace@navy.example>');
  });

  it('prefers the frame that holds the focus to an older selection left in the page around it', () => {
    const frames = [
      { frameId: 0, result: selected('old@acme.com', { focusInChild: true, hasFocus: true }) },
      { frameId: 9, result: selected('new@acme.com', { hasFocus: true }) },
    ];
    expect(chooseSelection(frames)).toBe('new@acme.com');
  });

  it('prefers a focused frame, then the top frame, when two hold selections', () => {
    expect(
      chooseSelection([
        { frameId: 0, result: selected('top@acme.com') },
        { frameId: 3, result: selected('frame@acme.com', { hasFocus: true }) },
      ]),
    ).toBe('frame@acme.com');
    expect(
      chooseSelection([
        { frameId: 3, result: selected('frame@acme.com') },
        { frameId: 0, result: selected('top@acme.com') },
      ]),
    ).toBe('top@acme.com');
  });

  it("is '' when no frame has anything selected, and null when no frame could be read", () => {
    expect(chooseSelection([{ frameId: 0, result: selected('  \n') }])).toBe('');
    expect(chooseSelection([])).toBeNull();
    // What is not what the function gives back (a frame that threw) is not a reading.
    expect(chooseSelection([{ frameId: 0 }, { frameId: 2, result: 'text' }])).toBeNull();
  });
});

describe('inFrames', () => {
  it("runs in every frame the extension may read, the top frame's result first", async () => {
    const executeScript = injections([
      { frameId: 5, result: 'inner' },
      { frameId: 0, result: 'top' },
    ]);
    const func = () => 'x';
    expect(await inFrames(TAB, func)).toEqual([
      { frameId: 0, result: 'top' },
      { frameId: 5, result: 'inner' },
    ]);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: TAB, allFrames: true },
      func,
      injectImmediately: true,
    });
  });

  it('falls back to the top frame when the browser refuses all frames for one out of reach', async () => {
    const executeScript = injections(new Error('Cannot access contents of the page'), [{ frameId: 0, result: 'top' }]);
    expect(await inFrames(TAB, () => 'x')).toEqual([{ frameId: 0, result: 'top' }]);
    expect(executeScript).toHaveBeenLastCalledWith(expect.objectContaining({ target: { tabId: TAB } }));
  });

  it('is null when the page cannot be read at all', async () => {
    injections(new Error('Cannot access a chrome:// URL'), new Error('Cannot access a chrome:// URL'));
    expect(await inFrames(TAB, () => 'x')).toBeNull();
  });
});

describe('readSelection', () => {
  it('reads the one frame a menu click names', async () => {
    const executeScript = injections([{ frameId: 3, result: selected('jane@acme.com') }]);
    expect(await readSelection(TAB, 3)).toBe('jane@acme.com');
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: TAB, frameIds: [3] } }));
  });

  it('reads every frame when none is named (the toolbar popup)', async () => {
    injections([
      { frameId: 0, result: selected('') },
      { frameId: 2, result: selected('anna@acme.nl') },
    ]);
    expect(await readSelection(TAB)).toBe('anna@acme.nl');
  });

  it('is null when the page cannot be read', async () => {
    injections(new Error('Cannot access'), new Error('Cannot access'));
    expect(await readSelection(TAB)).toBeNull();
    injections(new Error('Cannot access'));
    expect(await readSelection(TAB, 0)).toBeNull();
  });
});

describe('collectPage, the page scan in every frame', () => {
  it('joins what the frames hold into one page, the top frame first', async () => {
    injections([
      { frameId: 6, result: scanOf('Staff\nann@acme.com', 'ann@acme.com') },
      { frameId: 0, result: scanOf('Welcome') },
      { frameId: 8, result: 'not a scan' },
    ]);
    expect(await collectPage(TAB)).toEqual({
      links: [{ href: 'mailto:ann@acme.com', text: '' }],
      elements: [],
      structured: [],
      text: 'Welcome\n\nStaff\nann@acme.com',
    });
  });

  it("is one frame's scan as it is, and null when the page cannot be read", async () => {
    const page = scanOf('Welcome', 'bob@acme.com');
    injections([{ frameId: 0, result: page }]);
    expect(await collectPage(TAB)).toEqual(page);
    injections(new Error('Cannot access'), new Error('Cannot access'));
    expect(await collectPage(TAB)).toBeNull();
  });

  it('leaves out the text of frames that show none', () => {
    expect(joinScans([scanOf('Top'), scanOf(''), scanOf('Inner')])?.text).toBe('Top\n\nInner');
    expect(joinScans([])).toBeNull();
  });
});
