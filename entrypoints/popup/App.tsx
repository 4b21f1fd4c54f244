import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { InviteForm } from '@/components/InviteForm';
import { t } from '@/lib/i18n';
import { sendMessage, type Status } from '@/lib/messages';
import type { Recipient } from '@/lib/recipients';
import { readActiveTabSelection } from './active-selection';

/** The people to start with: a pending context-menu prefill first, else the current tab's selection. */
async function initialPeople(): Promise<Recipient[]> {
  const pending = await sendMessage('takePrefill');
  if (pending.ok && pending.value) return pending.value;
  return readActiveTabSelection();
}

export function App() {
  const [status, setStatus] = useState<Status | null>(null);
  const [people, setPeople] = useState<Recipient[]>([]);

  useEffect(() => {
    document.title = t('formTitle');
    void sendMessage('getStatus').then((reply) => reply.ok && setStatus(reply.value));
    void initialPeople().then(setPeople);
  }, []);

  const openOptions = () => void browser.runtime.openOptionsPage();
  const unconfigured = status !== null && (status.tokenHint === null || status.settings.organizationId === '');
  return (
    <>
      <h1>{t('formTitle')}</h1>
      {unconfigured && (
        <div class="banner banner-warning" role="status">
          <p>{t('kindNotConfigured')}</p>
          <button type="button" class="secondary" onClick={openOptions}>
            {t('openOptions')}
          </button>
        </div>
      )}
      {people.length > 1 && (
        <p class="hint" role="status">
          {t('moreInSelection', String(people.length - 1))}
        </p>
      )}
      <InviteForm status={status} prefill={people[0] ?? null} onOpenOptions={openOptions} />
    </>
  );
}
