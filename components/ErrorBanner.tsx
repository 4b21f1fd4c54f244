import type { ApiError } from '@/lib/apexscore/errors';
import { t } from '@/lib/i18n';
import { errorHeadline, needsOptions } from './error-text';

interface Props {
  error: ApiError;
  onOpenOptions: () => void;
}

/** An API failure as a sentence, the server's own words (as text), and the way forward. */
export function ErrorBanner({ error, onOpenOptions }: Props) {
  const organization = error.fields?.organization ?? [];
  return (
    <div class="banner banner-error" role="alert">
      <p>{errorHeadline(error)}</p>
      {error.mayHaveBeenSent && <p>{t('mayHaveBeenSent')}</p>}
      {(error.details.length > 0 || organization.length > 0) && (
        <ul class="details">
          {organization.map((text) => (
            <li key={`o${text}`}>{t('organizationError', text)}</li>
          ))}
          {error.details.map((text) => (
            <li key={`d${text}`}>{t('serverSaid', text)}</li>
          ))}
        </ul>
      )}
      {needsOptions(error) && (
        <button type="button" class="secondary" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      )}
    </div>
  );
}
