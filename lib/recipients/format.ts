import type { Recipient } from './types';

function quote(text: string): string {
  return `"${text.replace(/["\\]/g, (char) => `\\${char}`)}"`;
}

/**
 * People as text, one a line, that `parseRecipients` reads back to the same people:
 * `"Last, First" <email>`, `<email>` without a name, `"Last, First"` without an address.
 */
export function formatRecipients(people: Recipient[]): string {
  return people
    .map((person) => {
      const name = person.firstName || person.lastName ? quote(`${person.lastName}, ${person.firstName}`) : '';
      if (person.email === null) return name;
      return name ? `${name} <${person.email}>` : `<${person.email}>`;
    })
    .filter(Boolean)
    .join('\n');
}
