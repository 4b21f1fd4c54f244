import { useEffect, useState } from 'preact/hooks';
import type { ApiError, ErrorField } from '@/lib/apexscore/errors';
import { type RowState, sameRowState } from '@/lib/batch';
import type { PersonRow } from '@/lib/draft';
import { t, type MessageKey } from '@/lib/i18n';
import type { InviteeField } from '@/lib/invitee';
import type { KnownNames, Portfolio } from '@/lib/settings';
import { errorHeadline } from './error-text';
import { InviteResult } from './InviteResult';
import { memoized } from './memoized';
import { PortfolioPicker } from './PortfolioPicker';
import { RoleSelect } from './RoleSelect';
import { TextField } from './TextField';

interface Props {
  row: PersonRow;
  index: number;
  /** More than one row: each gets a visible "Person N" legend and a Remove button. */
  many: boolean;
  state: RowState | undefined;
  /** Problems found before sending, shown once a field was left or Send pressed. */
  problems: Partial<Record<InviteeField, MessageKey>>;
  portfolios: Portfolio[];
  names: KnownNames | undefined;
  /** The time, for a paused row's count down (a row not waiting is not rendered again for it). */
  now: number;
  /** The callbacks act on the row by its id, whichever render they come from. */
  onChange: (change: Partial<PersonRow>) => void;
  onBlur: (field: InviteeField) => void;
  onRemove: () => void;
  onRetry: () => void;
}

const LABELS: Record<InviteeField, MessageKey> = {
  email: 'fieldEmail',
  firstName: 'fieldFirstName',
  lastName: 'fieldLastName',
};

function serverError(state: RowState | undefined, field: ErrorField): string | undefined {
  const error = state?.state === 'failed' ? state.error : undefined;
  const messages = error?.fields?.[field];
  return messages?.length ? messages.join(' ') : undefined;
}

interface StateProps {
  state: RowState | undefined;
  now: number;
  onRetry: () => void;
  /** Server errors about choices the row takes from everyone's: shown here, having no field of their own. */
  sharedFields: ('role' | 'portfolios')[];
}

function StateLine({ state, now, onRetry, sharedFields }: StateProps) {
  if (!state) return null;
  switch (state.state) {
    case 'waiting':
      return (
        <p class="row-state">
          {state.pausedUntil && state.pausedUntil > now
            ? t('rowPaused', String(Math.ceil((state.pausedUntil - now) / 1000)))
            : t('rowWaiting')}
        </p>
      );
    case 'sending':
      return <p class="row-state">{t('rowSending')}</p>;
    case 'sent':
      return null;
    case 'failed':
      return state.error ? (
        <FailedLine error={state.error} onRetry={onRetry} sharedFields={sharedFields} />
      ) : (
        <button type="button" class="secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      );
  }
}

const SHARED_LABELS: Record<'role' | 'portfolios', MessageKey> = { role: 'fieldRole', portfolios: 'fieldPortfolios' };

function FailedLine({
  error,
  onRetry,
  sharedFields,
}: {
  error: ApiError;
  onRetry: () => void;
  sharedFields: StateProps['sharedFields'];
}) {
  return (
    <div class="banner banner-error" role="alert">
      <p>
        <strong>{t('rowFailed')}: </strong>
        {errorHeadline(error)}
      </p>
      {error.mayHaveBeenSent && <p>{t('mayHaveBeenSent')}</p>}
      {error.details.length > 0 && (
        <ul class="details">
          {error.details.map((text) => (
            <li key={text}>{t('serverSaid', text)}</li>
          ))}
        </ul>
      )}
      {error.fields?.organization?.map((text) => (
        <p key={text}>{t('organizationError', text)}</p>
      ))}
      {sharedFields.map((field) =>
        error.fields?.[field]?.length ? (
          <p key={field}>
            {t(SHARED_LABELS[field])}: {error.fields[field].join(' ')}
          </p>
        ) : null,
      )}
      <button type="button" class="secondary" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}

interface OwnChoicesProps {
  id: string;
  row: PersonRow;
  portfolios: Portfolio[];
  names: KnownNames | undefined;
  roleError: string | undefined;
  portfoliosError: string | undefined;
  onChange: Props['onChange'];
}

/**
 * A row's own role and portfolios, folded away unless it has some. What is folded away is not
 * rendered until it is opened: it was nine of a row's 23 elements, and a big page's scan adds
 * thousands of rows.
 */
function OwnChoices({ id, row, portfolios, names, roleError, portfoliosError, onChange }: OwnChoicesProps) {
  const own = row.role !== null || row.portfolioIds !== null;
  const [open, setOpen] = useState(own);
  // Opened when the row gains choices of its own (a pasted table's role for a row already there),
  // so none is set unseen.
  useEffect(() => {
    if (own) setOpen(true);
  }, [own]);
  return (
    <details class="own-choices" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('ownChoices')}</summary>
      {open && (
        <>
          <RoleSelect
            id={`${id}-role`}
            label={t('fieldRole')}
            value={row.role}
            inheritLabel={t('sameAsEveryone')}
            onValue={(role) => onChange({ role })}
            error={roleError}
          />
          <label class="check">
            <input
              type="checkbox"
              checked={row.portfolioIds !== null}
              onChange={(event) => onChange({ portfolioIds: event.currentTarget.checked ? [] : null })}
            />
            {t('ownPortfolios')}
          </label>
          {row.portfolioIds !== null && (
            <PortfolioPicker
              id={`${id}-portfolios`}
              legend={t('fieldPortfolios')}
              portfolios={portfolios}
              names={names}
              selected={row.portfolioIds}
              onToggle={(portfolio, on) => {
                const ids = row.portfolioIds ?? [];
                onChange({ portfolioIds: on ? [...ids, portfolio] : ids.filter((other) => other !== portfolio) });
              }}
              error={portfoliosError}
            />
          )}
        </>
      )}
    </details>
  );
}

/** One person on the invite form: their fields, their own choices, and how their invitation went. */
function PersonRowFields(props: Props) {
  const { row, index, many, state, problems, portfolios, names, now, onChange, onBlur } = props;
  const sent = state?.state === 'sent';
  const busy = state?.state === 'waiting' || state?.state === 'sending';
  const id = `p-${row.id}`;
  const who = row.email.trim() || t('personLegend', String(index + 1));
  const response = state?.state === 'sent' || state?.state === 'failed' ? state.response : undefined;
  const remove = (many || row.email || row.firstName || row.lastName) && !busy && (
    <button type="button" class="link" aria-label={t('removePerson', who)} onClick={props.onRemove}>
      {t('remove')}
    </button>
  );
  // Remove sits beside the own choices unless a state, a failure or a result stands below them.
  const footRemove = !state;
  const input = (field: InviteeField) => (
    <TextField
      id={`${id}-${field}`}
      label={t(LABELS[field])}
      type={field === 'email' ? 'email' : 'text'}
      autoComplete="off"
      spellcheck={field !== 'email' ? undefined : false}
      readOnly={sent || busy}
      value={row[field]}
      onValue={(value) => onChange({ [field]: value })}
      onBlur={(event) => {
        // Leaving a field for Send must not put a message above Send and move it from under the pointer.
        if (!(event.relatedTarget instanceof HTMLButtonElement && event.relatedTarget.type === 'submit')) onBlur(field);
      }}
      error={serverError(state, field) ?? (problems[field] ? t(problems[field]) : undefined)}
    />
  );
  return (
    <fieldset class={`person${sent ? ' person-sent' : ''}`} aria-busy={busy} data-row={index}>
      <legend class={many ? undefined : 'visually-hidden'}>{t('personLegend', String(index + 1))}</legend>
      {input('email')}
      {/* First and last name side by side: a long list is a third shorter to scroll. */}
      <div class="row">
        {input('firstName')}
        {input('lastName')}
      </div>
      {/* The row's own choices, and Remove beside them while the row has nothing to report. */}
      {!sent && (
        <div class="person-foot">
          <OwnChoices
            id={id}
            row={row}
            portfolios={portfolios}
            names={names}
            roleError={serverError(state, 'role')}
            portfoliosError={serverError(state, 'portfolios')}
            onChange={onChange}
          />
          {footRemove && remove}
        </div>
      )}
      <StateLine
        state={state}
        now={now}
        onRetry={props.onRetry}
        sharedFields={[
          ...(row.role === null ? (['role'] as const) : []),
          ...(row.portfolioIds === null ? (['portfolios'] as const) : []),
        ]}
      />
      {response && <InviteResult response={response} names={names} />}
      {!footRemove && remove}
    </fieldset>
  );
}

function sameProblems(before: Props['problems'], after: Props['problems']): boolean {
  const keys = Object.keys(before) as InviteeField[];
  return keys.length === Object.keys(after).length && keys.every((key) => before[key] === after[key]);
}

/**
 * A row, rendered again only when what it shows changed: with hundreds of rows (a big page's
 * scan), each keystroke rendered every one of them (0.5 s a keystroke with 1,600 rows).
 */
export const PersonRowView = memoized<Props>(
  PersonRowFields,
  (before, after) =>
    before.row === after.row &&
    before.index === after.index &&
    before.many === after.many &&
    sameRowState(before.state, after.state) &&
    sameProblems(before.problems, after.problems) &&
    (before.portfolios === after.portfolios || (before.portfolios.length === 0 && after.portfolios.length === 0)) &&
    before.names === after.names &&
    (before.now === after.now || after.state?.state !== 'waiting'),
);
