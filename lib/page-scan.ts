/** What a page holds that may name people, as `scanPageInPage` collects it. */
export interface PageScan {
  links: { href: string; text: string }[];
  elements: { email: string; name: string }[];
  structured: { email: string; name: string; givenName: string; familyName: string }[];
  text: string;
}

/**
 * Runs in the page (it is serialized: no outside names). Collects `mailto:` links, elements that
 * carry `email`/`name` attributes (as webmail shows participants), JSON-LD and microdata
 * `Person` entries, and the visible text. Reads the text in slices of a few milliseconds,
 * yielding between them, so a 5 MB page does not freeze; the parsing happens in the extension.
 */
export async function scanPageInPage(): Promise<PageScan> {
  const SLICE_MS = 8;
  const MAX_STRUCTURED = 10_000;
  const trim = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const stripMailto = (text: string) => text.replace(/^mailto:/i, '').trim();
  let sliceStart = performance.now();
  // Called as `if (tired()) await breathe()`: the clock is cheap, but an `await` on each of a big
  // page's half a million text nodes cost more than reading them.
  const tired = () => performance.now() - sliceStart >= SLICE_MS;
  // The page gets its turn through a message to itself: a task queued behind those already due
  // (its timers, its input), without the 4 ms that browsers add to a `setTimeout` called from
  // within others, which made a big page's scan about a fifth longer (measured).
  const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
  const breathe = async () => {
    await new Promise((resolve) => {
      if (!channel) setTimeout(resolve, 0);
      else {
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      }
    });
    sliceStart = performance.now();
  };
  // Each look-up of the whole page is one call that cannot yield: on a page of 320,000 elements
  // one takes 10 to 25 ms, and the six of them in one turn held the page for about 80 ms
  // (measured). Each starts a turn of its own once the last has used up its slice.
  const lookUp = async <E extends Element = Element>(selectors: string) => {
    if (tired()) await breathe();
    return document.querySelectorAll<E>(selectors);
  };
  const holds = async (selectors: string) => {
    if (tired()) await breathe();
    return document.querySelector(selectors) !== null;
  };

  // A link that shows no name ("Email", "Send an email", an icon) is read once more within the
  // smallest block around it that holds more than the link (a staff page's card: the name, the
  // title), where it points written in its place: the name there is then read as a signature's
  // over an address. (Its text then is the block's text alone, at most a few hundred characters.)
  const MAX_CONTEXTS = 10_000;
  const MAX_CONTEXT = 400;
  const MAX_HEIGHT = 600;
  const contexts: string[] = [];
  // Link text of two capitalised words or more may be a name: the link names its person then.
  const named = (text: string) =>
    text.split(' ').filter((word) => word !== '' && word.charAt(0) !== word.charAt(0).toLowerCase()).length >= 2;
  const contextOf = (link: Element, text: string, href: string) => {
    let around = '';
    for (let up = link.parentElement, depth = 0; up && up !== document.body && depth < 4; depth++) {
      // A block taller than a card, or not shown, is not read: its text could be the page's (a
      // look at its height costs nothing, the page being laid out; reading its text would not).
      // `innerText` lays the block out as it shows, a line for each of its blocks (`textContent`
      // where nothing is laid out).
      const box = up as { innerText?: string; textContent: string | null; offsetHeight?: number };
      if (box.offsetHeight !== undefined && (box.offsetHeight === 0 || box.offsetHeight > MAX_HEIGHT)) break;
      const inner = (box.innerText ?? box.textContent ?? '').trim();
      if (inner.length > MAX_CONTEXT) break;
      around = inner;
      if (inner !== text) break;
      up = up.parentElement;
    }
    if (around === '' || around === text) return '';
    const at = text === '' ? -1 : around.lastIndexOf(text);
    return at < 0 ? `${around}\n${href}` : `${around.slice(0, at)} ${href} ${around.slice(at + text.length)}`;
  };
  const links: PageScan['links'] = [];
  for (const link of await lookUp<HTMLAnchorElement>('a[href^="mailto:" i]')) {
    const href = link.getAttribute('href') ?? '';
    const text = trim(link.textContent);
    links.push({ href, text });
    if (contexts.length < MAX_CONTEXTS && !text.includes('@') && !named(text)) {
      const context = contextOf(link, text, href);
      if (context) contexts.push(context);
    }
    if (tired()) await breathe();
  }

  const elements: PageScan['elements'] = [];
  for (const element of await lookUp('[email], [data-email]')) {
    const email = element.getAttribute('email') ?? element.getAttribute('data-email') ?? '';
    const name = element.getAttribute('name') ?? element.getAttribute('data-name') ?? trim(element.textContent);
    elements.push({ email: stripMailto(email), name: name === email ? '' : name });
    if (tired()) await breathe();
  }

  const structured: PageScan['structured'] = [];
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const isPerson = (type: unknown) => type === 'Person' || (Array.isArray(type) && type.includes('Person'));
  const walk = (value: unknown, depth: number): void => {
    if (depth > 12 || structured.length >= MAX_STRUCTURED || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (isPerson(record['@type']) && typeof record.email === 'string') {
      structured.push({
        email: stripMailto(record.email),
        name: text(record.name),
        givenName: text(record.givenName),
        familyName: text(record.familyName),
      });
    }
    for (const item of Object.values(record)) walk(item, depth + 1);
  };
  for (const script of await lookUp('script[type="application/ld+json" i]')) {
    try {
      walk(JSON.parse(script.textContent), 0);
    } catch {
      // A broken JSON-LD block is skipped; the page's other people still count.
    }
    if (tired()) await breathe();
  }
  for (const scope of await lookUp('[itemscope][itemtype*="schema.org/Person" i]')) {
    const prop = (name: string) => {
      const element = scope.querySelector(`[itemprop="${name}"]`);
      if (!element) return '';
      return trim(element.getAttribute('content') ?? element.getAttribute('href') ?? element.textContent);
    };
    const email = stripMailto(prop('email'));
    if (email)
      structured.push({ email, name: prop('name'), givenName: prop('givenName'), familyName: prop('familyName') });
    if (tired()) await breathe();
  }

  // The visible text, laid out as the page shows it (and as a copy of it reads): an inline run
  // ("Contact <b>Jane Doe</b> at ...") on one line, a line for each block and line break, and a
  // table row's cells on one line between tabs. Which elements are inline is told by their tag:
  // their style would cost a look-up each.
  // The text read, and the pieces of it read since the last turn: those are joined at each turn
  // (the last kept apart, as the next piece may trim it), since joining a big page's half a million
  // pieces at the end held the page for 25 ms or so (measured).
  const read: string[] = [];
  let parts: string[] = [];
  const settle = () => {
    const last = parts.pop();
    read.push(parts.join(''));
    parts = last === undefined ? [] : [last];
  };
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
  const inline = new Set(
    (
      'A ABBR B BDI BDO BIG CITE CODE DATA DEL DFN EM FONT I INS KBD LABEL MARK NOBR ' +
      'Q S SAMP SMALL SPAN STRIKE STRONG SUB SUP TIME TT U VAR'
    ).split(' '),
  );
  // A mailto link's text is followed in the text by where it points, when it does not say so
  // itself: the name it shows is then read as that address's (as from the link), and not as the
  // name of the next address written below it.
  let link: Element | null = null;
  const endLink = () => {
    if (link && !link.textContent.includes('@')) parts.push(` ${link.getAttribute('href') ?? ''}`);
    link = null;
  };
  // Text nodes come in document order, so the ones under one element mostly follow each other:
  // the last element's answers are kept, rather than a map of every element (which made a big
  // page's scan twice as slow, and its garbage collections longer).
  let parent: Element | null = null;
  let shown = false;
  let inLink: Element | null = null;
  let cell: Element | null = null;
  // Where the text read last stood, and whether white space came after it.
  let lastParent: Element | null = null;
  let lastCell: Element | null = null;
  let space = false;
  // Whether two elements holding text one after the other stand in one run of inline content:
  // one inside the other, inline elements side by side, or one inside an inline element beside
  // the other (`<b>Jane</b> <span><i>Doe</i></span>`). Told without reaching their block, which
  // would make a script object for every block of the page, garbage for the page to collect.
  // Inline elements nested deeper apart count as two runs.
  const isInline = (element: Element) => inline.has(element.tagName);
  const besideIn = (outer: Element | null, inner: Element) =>
    outer !== null && isInline(outer) && outer.contains(inner);
  const sameRun = (before: Element, after: Element) =>
    (isInline(before) &&
      ((isInline(after) &&
        (before.nextElementSibling === after ||
          besideIn(before.nextElementSibling, after) ||
          besideIn(after.previousElementSibling, before))) ||
        after.contains(before))) ||
    (isInline(after) && before.contains(after));
  // What is looked for only on a page that has some, for the same reason.
  const tables = await holds('td, th');
  const breaks = await holds('br');
  // Whether a `<br>` stands before a text node in its run ("Jane Doe<br>Manager"): before it or
  // before the inline elements it is in, past white space.
  const afterBreak = (node: Node) => {
    for (let at: Node | null = node; at; at = at.parentElement) {
      if (at !== node && !isInline(at as Element)) return false;
      let before = at.previousSibling;
      while (before && before.nodeType === Node.TEXT_NODE && (before as Text).data.trim() === '') {
        before = before.previousSibling;
      }
      if (before) return before.nodeName === 'BR';
    }
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (tired()) {
      settle();
      await breathe();
    }
    let data = (node as Text).data;
    if (data.trim() === '') {
      space = true;
      continue;
    }
    const element = node.parentElement;
    if (!element) continue;
    if (element !== parent) {
      parent = element;
      shown =
        !skipped.has(element.tagName.toUpperCase()) &&
        (typeof element.checkVisibility === 'function' ? element.checkVisibility() : true);
      inLink = shown && links.length > 0 ? element.closest('a[href^="mailto:" i]') : null;
      cell = shown && tables ? element.closest('td, th') : null;
    }
    if (!shown) continue;
    if (inLink !== link) endLink();
    // White space as the page shows it: each run of it one space (a `<pre>`'s kept as written).
    if (/\s\s|[^\S ]/.test(data) && !element.closest('pre')) data = data.replace(/\s+/g, ' ');
    if (lastParent) {
      if ((element !== lastParent && !sameRun(lastParent, element)) || (breaks && afterBreak(node))) {
        const sameRow = cell && lastCell && cell !== lastCell && cell.parentElement === lastCell.parentElement;
        parts[parts.length - 1] = parts[parts.length - 1]?.trimEnd() ?? '';
        parts.push(sameRow ? '\t' : '\n');
        data = data.trimStart();
      } else if (space && data.charCodeAt(0) !== 32 && !parts[parts.length - 1]?.endsWith(' ')) parts.push(' ');
    } else data = data.trimStart();
    parts.push(data);
    space = false;
    lastParent = element;
    lastCell = cell;
    link = inLink;
  }
  endLink();
  channel?.port1.close();
  read.push(parts.join(''));
  // (After the page's text, each apart: an address there again is the same person.)
  for (const context of contexts) read.push(`\n\n${context}`);
  return { links, elements, structured, text: read.join('') };
}
