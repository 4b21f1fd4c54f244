import { describeFailed } from '@/lib/apexscore/failed';
import type { InvitationResponse, SentInvitation } from '@/lib/apexscore/schemas';
import { fullName } from '@/lib/full-name';
import { t } from '@/lib/i18n';
import type { KnownNames } from '@/lib/settings';
import { roleLabel } from './roles';

interface Props {
  response: InvitationResponse;
  names: KnownNames | undefined;
}

// Made once: making a date format costs more than using it, and a batch shows hundreds of dates.
let dateFormat: Intl.DateTimeFormat | undefined;

function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return dateFormat.format(date);
}

function who(invitation: SentInvitation): string {
  const name = fullName(invitation.first_name ?? '', invitation.last_name ?? '');
  return name ? `${name} <${invitation.email}>` : invitation.email;
}

function SentCard({ invitation, names }: { invitation: SentInvitation; names: KnownNames | undefined }) {
  const organization = invitation.organization;
  const organizationName = organization
    ? (organization.name ?? names?.organizations[organization.id] ?? organization.id)
    : null;
  const portfolios = (invitation.accessible_portfolios ?? []).map((p) => p.name ?? names?.portfolios[p.id] ?? p.id);
  const expires = formatDate(invitation.expiry_date);
  return (
    <div class="result-card">
      <p class="result-title">{t('resultSent', who(invitation))}</p>
      <dl>
        {invitation.role !== undefined && (
          <>
            <dt>{t('resultRole')}</dt>
            <dd>{roleLabel(invitation.role)}</dd>
          </>
        )}
        {organizationName && (
          <>
            <dt>{t('resultOrganization')}</dt>
            <dd>{organizationName}</dd>
          </>
        )}
        {expires && (
          <>
            <dt>{t('resultExpires')}</dt>
            <dd>{expires}</dd>
          </>
        )}
        <dt>{t('resultPortfolios')}</dt>
        <dd>{portfolios.length ? portfolios.join(', ') : t('resultNoPortfolios')}</dd>
      </dl>
      {invitation.email_sent === false && (
        <p class="banner banner-warning">{t('resultEmailNotSent', invitation.email)}</p>
      )}
    </div>
  );
}

/** What the API answered: every sent invitation, and every failed entry whatever its shape. */
export function InviteResult({ response, names }: Props) {
  return (
    <div class="result">
      {response.sent.map((invitation) => (
        <SentCard key={invitation.id ?? invitation.email} invitation={invitation} names={names} />
      ))}
      {response.sent.length === 0 && response.failed.length === 0 && (
        <p class="banner banner-warning">{t('resultNothingSent')}</p>
      )}
      {response.failed.length > 0 && (
        <div class="banner banner-error" role="alert">
          <p>{t('resultFailedTitle')}</p>
          <ul class="details">
            {response.failed.map((entry, index) => {
              const failed = describeFailed(entry);
              const messages = failed.messages.length ? failed.messages : [t('resultFailedUnknown')];
              return (
                <li key={index /* failed entries have no id of their own */}>
                  {failed.email && <strong>{failed.email}: </strong>}
                  {messages.join(' ')}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
