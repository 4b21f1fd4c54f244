/**
 * The addresses of a mailto URL as RFC 6068 defines them: the path and the `to` and `cc`
 * fields (also `bcc`), percent-decoded. Other header fields (subject, body...) are not addresses.
 * Returns the decoded address lists, each still to be parsed as an RFC 5322 list.
 */
export function mailtoAddressLists(url: string): string[] | null {
  const match = /^mailto:([^?#\s]*)(?:\?([^#\s]*))?(?:#\S*)?$/i.exec(url.trim());
  if (!match) return null;
  const lists: string[] = [];
  const path = safeDecode(match[1] ?? '');
  if (path) lists.push(path);
  for (const field of (match[2] ?? '').split('&')) {
    const eq = field.indexOf('=');
    if (eq < 0) continue;
    const name = safeDecode(field.slice(0, eq)).toLowerCase();
    if (name === 'to' || name === 'cc' || name === 'bcc') {
      const value = safeDecode(field.slice(eq + 1));
      if (value) lists.push(value);
    }
  }
  return lists;
}

/** A percent-encoded text decoded, or as it is where it is not validly encoded. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const MAILTO_IN_TEXT = /mailto:[^\s"'<>()]+/gi;
/** A link as Slack writes one, `<mailto:jane@…|Jane Doe>`: where it points, then its text. */
const SLACK_LINK = /<mailto:([^\s<>|]+)\|([^\n<>]*)>/gi;

/**
 * Whether a mailto URL is only its path: no query, fragment or escape, so the path is its
 * address list as written. Most links are; a page of them is read without decoding each.
 */
function onlyPath(url: string): boolean {
  for (let i = 7; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code === 63 || code === 35 || code === 37) return false;
  }
  return true;
}

/**
 * A Slack link's addresses, its text written before the first as its display name (an address
 * as the text says nothing more).
 */
function slackLink(_link: string, url: string, label: string): string {
  const [first = '', ...others] = mailtoAddressLists(`mailto:${url}`) ?? [];
  const named = first !== '' && !first.includes(',') && !label.includes('@') ? `${label} <${first}>` : first;
  return [named, ...others].join(', ');
}

/** Replaces each mailto URL inside text with its decoded address lists. */
export function decodeMailtoUrls(text: string): string {
  if (!/mailto:/i.test(text)) return text;
  const links = text.includes('|') ? text.replace(SLACK_LINK, slackLink) : text;
  return links.replace(MAILTO_IN_TEXT, (url) =>
    onlyPath(url) ? url.slice(7) : (mailtoAddressLists(url) ?? []).join(', '),
  );
}
