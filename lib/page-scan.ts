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
  const breathe = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    sliceStart = performance.now();
  };

  const links: PageScan['links'] = [];
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:" i]')) {
    links.push({ href: link.getAttribute('href') ?? '', text: trim(link.textContent) });
    if (tired()) await breathe();
  }

  const elements: PageScan['elements'] = [];
  for (const element of document.querySelectorAll('[email], [data-email]')) {
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
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      walk(JSON.parse(script.textContent), 0);
    } catch {
      // A broken JSON-LD block is skipped; the page's other people still count.
    }
    if (tired()) await breathe();
  }
  for (const scope of document.querySelectorAll('[itemscope][itemtype*="schema.org/Person" i]')) {
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

  const parts: string[] = [];
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
  // A mailto link's text is followed in the text by where it points, when it does not say so
  // itself: the name it shows is then read as that address's (as from the link), and not as the
  // name of the next address written below it.
  let link: Element | null = null;
  const endLink = () => {
    const shown = link && !link.textContent.includes('@') ? parts.pop() : undefined;
    if (link && shown !== undefined) parts.push(`${shown} ${link.getAttribute('href') ?? ''}`);
    link = null;
  };
  // Text nodes come in document order, so the ones under one element mostly follow each other:
  // the last element's answers are kept, rather than a map of every element (which made a big
  // page's scan twice as slow, and its garbage collections longer).
  let parent: Element | null = null;
  let shown = false;
  let inLink: Element | null = null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (tired()) await breathe();
    const data = (node as Text).data;
    if (data.trim() === '') continue;
    const element = node.parentElement;
    if (!element) continue;
    if (element !== parent) {
      parent = element;
      shown =
        !skipped.has(element.tagName.toUpperCase()) &&
        (typeof element.checkVisibility === 'function' ? element.checkVisibility() : true);
      inLink = shown && links.length > 0 ? element.closest('a[href^="mailto:" i]') : null;
    }
    if (!shown) continue;
    if (inLink !== link) endLink();
    parts.push(data);
    link = inLink;
  }
  endLink();
  return { links, elements, structured, text: parts.join('\n') };
}
