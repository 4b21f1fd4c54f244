import { useState } from 'preact/hooks';
import { unknownRoles } from '@/lib/draft';
import { t } from '@/lib/i18n';
import { peopleInPaste } from '@/lib/read-people';
import type { Recipient } from '@/lib/recipients';

interface Props {
  /**
   * Adds the people; answers how many were added, how many were already on the list, and how many
   * rows a table gave a role of their own.
   */
  onAdd: (people: Recipient[]) => { added: number; skipped: number; ownRoles: number };
}

/** A box to paste any list of people into: a To: line, spreadsheet rows, a signature. */
export function PastePeople({ onAdd }: Props) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const add = async () => {
    const { people, unread } = await peopleInPaste(text);
    if (people.length === 0) {
      setMessage(t('pasteNone'));
      return;
    }
    const { added, skipped, ownRoles } = onAdd(people);
    const done = skipped
      ? t('pasteAddedSkipped', [String(added), String(skipped)])
      : added === 1
        ? t('pasteAddedOne')
        : t('pasteAdded', String(added));
    // People named without an address (`Priya Patel` on a line of its own) are rows to complete.
    const unaddressed = people.filter((person) => person.email === null).length;
    const toFill =
      unaddressed === 0 ? '' : unaddressed === 1 ? t('pasteNoAddressOne') : t('pasteNoAddress', String(unaddressed));
    // A role column's roles that are not ApexScore's (`Viewer`) are said, not taken: the first few.
    const unknown = unknownRoles(people);
    const roles =
      unknown.length === 0
        ? ''
        : t('pasteRolesUnknown', unknown.slice(0, 3).join(', ') + (unknown.length > 3 ? ', …' : ''));
    // What holds an `@` but was not read as an address stays in the box, to be corrected.
    const left =
      unread.length === 0 ? '' : unread.length === 1 ? t('pasteUnreadOne') : t('pasteUnread', String(unread.length));
    // Rows given a role of their own are said, as the role shows only on each row.
    const taken = ownRoles === 0 ? '' : ownRoles === 1 ? t('pasteOwnRoleOne') : t('pasteOwnRoles', String(ownRoles));
    setMessage([done, toFill, taken, roles, left].filter(Boolean).join(' '));
    setText(unread.join('\n'));
  };
  return (
    <details class="paste">
      <summary>{t('pasteTitle')}</summary>
      <div class="stack">
        <div class="field">
          <label for="paste-box">{t('pasteLabel')}</label>
          <textarea id="paste-box" rows={4} value={text} onInput={(event) => setText(event.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="button" class="secondary" onClick={() => void add()} disabled={text.trim() === ''}>
            {t('pasteAdd')}
          </button>
          <p class="hint" role="status">
            {message}
          </p>
        </div>
      </div>
    </details>
  );
}
