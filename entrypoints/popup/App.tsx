import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { InviteForm } from '@/components/InviteForm';
import { t } from '@/lib/i18n';
import { sendMessage, type Status } from '@/lib/messages';
import type { Recipient } from '@/lib/recipients';
import type { ScanCandidate } from '@/lib/recipients/scan';
import { peopleInText, peopleOnPage } from '@/lib/read-people';
import { collectPage } from '@/lib/scan-tab';
import { activeTabId, readActiveTabSelection } from './active-selection';

export function App() {
  const [status, setStatus] = useState<Status | null>(null);
  const [incoming, setIncoming] = useState<Recipient[] | null>(null);
  const [scan, setScan] = useState<ScanCandidate[] | null | undefined>(undefined);

  useEffect(() => {
    document.title = t('formTitle');
    void sendMessage('getStatus').then((reply) => reply.ok && setStatus(reply.value));
    // A context-menu click's people first; else the current tab's selection.
    void sendMessage('takePrefill').then(async (pending) => {
      if (pending.ok && pending.value) {
        const { text, scan: collected } = pending.value;
        if (collected !== undefined) setScan(collected && (await peopleOnPage(collected)));
        setIncoming(await peopleInText(text ?? ''));
        return;
      }
      setIncoming(await readActiveTabSelection());
    });
  }, []);

  const openOptions = () => void browser.runtime.openOptionsPage();
  const unconfigured = status !== null && (status.tokenHint === null || status.settings.organizationId === '');
  const scanActiveTab = async () => {
    const tabId = await activeTabId();
    const collected = tabId === null ? null : await collectPage(tabId);
    return collected && peopleOnPage(collected);
  };
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
      <InviteForm status={status} incoming={incoming} scan={scan} onScan={scanActiveTab} onOpenOptions={openOptions} />
    </>
  );
}
