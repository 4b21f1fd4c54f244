import { t } from '@/lib/i18n';
import type { Reply } from '@/lib/messages';

export interface Notice {
  tone: 'ok' | 'error' | 'info';
  text: string;
}

/** "Check connection" tells apart: connected, token rejected, no permission, cannot reach the server. */
export function checkMessage(reply: Reply<'checkConnection'>): Notice {
  if (reply.ok) return { tone: 'ok', text: t('optConnected') };
  const { kind, status } = reply.error;
  switch (kind) {
    case 'not_configured':
      return { tone: 'error', text: t('optCheckNoToken') };
    case 'unauthorized':
      return { tone: 'error', text: t('optCheckRejected') };
    case 'forbidden':
      return { tone: 'error', text: t('optCheckForbidden') };
    case 'network':
    case 'timeout':
      return { tone: 'error', text: t('optCheckUnreachable') };
    default:
      return status === 404 || status === 405
        ? { tone: 'info', text: t('optCheckUnsupported', String(status)) }
        : { tone: 'error', text: t('kindServer', String(status ?? 0)) };
  }
}
