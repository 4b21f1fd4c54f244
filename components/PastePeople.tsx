import { useState } from 'preact/hooks';
import { type AddedPeople } from '@/lib/draft';
import { t } from '@/lib/i18n';
import { peopleInPaste } from '@/lib/read-people';
import type { Recipient } from '@/lib/recipients';
import { addedMessage } from './added-message';

interface Props {
  /** Adds the people; answers what it did, to be told. */
  onAdd: (people: Recipient[]) => Omit<AddedPeople, 'rows'>;
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
    const result = onAdd(people);
    // What holds an `@` but was not read as an address stays in the box, to be corrected.
    const left =
      unread.length === 0 ? '' : unread.length === 1 ? t('pasteUnreadOne') : t('pasteUnread', String(unread.length));
    setMessage([addedMessage(people, result), left].filter(Boolean).join(' '));
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
