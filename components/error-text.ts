import type { ApiError } from '@/lib/apexscore/errors';
import { t } from '@/lib/i18n';

/** The sentence that says what went wrong and what to do next, chosen by kind (never by parsing text). */
export function errorHeadline(error: ApiError): string {
  switch (error.kind) {
    case 'not_configured':
      return t('kindNotConfigured');
    case 'unauthorized':
      return t('kindUnauthorized');
    case 'forbidden':
      return t('kindForbidden');
    case 'invalid_input':
      return t('kindInvalidInput');
    case 'rate_limited':
      return error.retryAfterSeconds === undefined
        ? t('kindRateLimitedNoDelay')
        : t('kindRateLimited', String(error.retryAfterSeconds));
    case 'network':
      return t('kindNetwork');
    case 'timeout':
      return t('kindTimeout');
    case 'server':
      return t('kindServer', String(error.status ?? 500));
    case 'unexpected':
      return error.status === 404 ? t('kindNotFound') : t('kindUnexpected');
  }
}

/** Whether the fix lives on the options page. */
export function needsOptions(error: ApiError): boolean {
  return (
    error.kind === 'not_configured' ||
    error.kind === 'unauthorized' ||
    error.kind === 'forbidden' ||
    error.status === 404 ||
    Boolean(error.fields?.organization)
  );
}
