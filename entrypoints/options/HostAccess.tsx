import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_BASE_URL } from '@/lib/apexscore/contract';
import { t } from '@/lib/i18n';
import { isAllowedBaseUrl } from '@/lib/settings';

/** The match pattern for a base URL's host (ports are not part of host permissions). */
function originPattern(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * For a custom API base URL: asks for its host permission, only when the user presses the
 * button. Nothing else waits on the browser's prompt, which may never be answered.
 */
export function HostAccess({ baseUrl }: { baseUrl: string }) {
  const [state, setState] = useState<'unknown' | 'granted' | 'missing' | 'denied'>('unknown');
  const custom = isAllowedBaseUrl(baseUrl) && new URL(baseUrl).origin !== new URL(DEFAULT_BASE_URL).origin;

  useEffect(() => {
    if (!custom) return;
    setState('unknown');
    browser.permissions
      .contains({ origins: [originPattern(baseUrl)] })
      .then((granted) => setState(granted ? 'granted' : 'missing'))
      .catch(() => setState('missing'));
  }, [baseUrl, custom]);

  if (!custom) return null;
  const origin = new URL(baseUrl).origin;
  if (state === 'granted')
    return (
      <p class="hint" role="status">
        {t('optAccessGranted', origin)}
      </p>
    );
  const request = () => {
    browser.permissions
      .request({ origins: [originPattern(baseUrl)] })
      .then((granted) => setState(granted ? 'granted' : 'denied'))
      .catch(() => setState('denied'));
  };
  return (
    <div class="stack">
      <div>
        <button type="button" class="secondary" onClick={request}>
          {t('optGrantAccess', origin)}
        </button>
      </div>
      {state === 'denied' && (
        <p class="hint" role="status">
          {t('optAccessDenied')}
        </p>
      )}
    </div>
  );
}
