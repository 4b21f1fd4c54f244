import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '@/lib/apexscore/errors';
import type { Role } from '@/lib/apexscore/contract';
import type { InvitationResponse } from '@/lib/apexscore/schemas';
import { t } from '@/lib/i18n';
import { checkInvitee, type Invitee, type InviteeField } from '@/lib/invitee';
import { sendMessage, type Status } from '@/lib/messages';
import type { Recipient } from '@/lib/recipients';
import { ErrorBanner } from './ErrorBanner';
import { InviteResult } from './InviteResult';
import { PortfolioPicker } from './PortfolioPicker';
import { RoleSelect } from './RoleSelect';
import { TextField } from './TextField';
import { useCountdown } from './use-countdown';

interface Props {
  status: Status | null;
  /** The person to start from (a selection, a mailto link); ignored once the user has typed. */
  prefill: Recipient | null;
  onOpenOptions: () => void;
}

const EMPTY: Invitee = { email: '', firstName: '', lastName: '' };
const FIELDS: InviteeField[] = ['email', 'firstName', 'lastName'];

function fromRecipient(recipient: Recipient): Invitee {
  return { email: recipient.email ?? '', firstName: recipient.firstName, lastName: recipient.lastName };
}

/** The invite form of the popup and of the invite window. */
export function InviteForm({ status, prefill, onOpenOptions }: Props) {
  const [invitee, setInvitee] = useState<Invitee>(prefill ? fromRecipient(prefill) : EMPTY);
  const [role, setRole] = useState<Role | null>(null);
  const [portfolioIds, setPortfolioIds] = useState<string[]>([]);
  const [touched, setTouched] = useState<Set<InviteeField>>(new Set());
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [response, setResponse] = useState<InvitationResponse | null>(null);
  const [secondsLeft, startCountdown] = useCountdown();
  const inFlight = useRef(false);
  const typed = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (prefill && !typed.current) setInvitee(fromRecipient(prefill));
  }, [prefill]);
  useEffect(() => {
    if (response) document.getElementById('invite-result')?.focus();
  }, [response]);

  const effectiveRole: Role = role ?? status?.settings.defaultRole ?? 0;
  const problems = checkInvitee(invitee);
  const serverFields = error?.fields ?? {};

  function fieldError(field: InviteeField): string | undefined {
    const server = serverFields[field];
    if (server?.length) return server.join(' ');
    const problem = problems[field];
    return problem && touched.has(field) ? t(problem) : undefined;
  }

  function update(field: InviteeField, value: string) {
    typed.current = true;
    setInvitee((current) => ({ ...current, [field]: value }));
    // The server's complaint about a field is answered once the user edits it.
    if (error?.fields?.[field]) setError({ ...error, fields: { ...error.fields, [field]: undefined } });
  }

  async function submit() {
    if (inFlight.current || secondsLeft > 0) return;
    const invalid = FIELDS.filter((field) => problems[field]);
    if (invalid.length > 0) {
      setTouched(new Set(FIELDS));
      formRef.current?.querySelector<HTMLElement>(`#invite-${invalid[0]}`)?.focus();
      return;
    }
    inFlight.current = true;
    setSending(true);
    setError(null);
    const reply = await sendMessage('sendInvite', {
      attemptId: crypto.randomUUID(),
      ...invitee,
      role: effectiveRole,
      portfolioIds,
    });
    inFlight.current = false;
    setSending(false);
    if (reply.ok) {
      setResponse(reply.value.response);
      return;
    }
    setError(reply.error);
    if (reply.error.kind === 'rate_limited' && reply.error.retryAfterSeconds)
      startCountdown(reply.error.retryAfterSeconds);
  }

  function inviteAnother() {
    typed.current = false;
    setInvitee(EMPTY);
    setTouched(new Set());
    setResponse(null);
    setError(null);
    setTimeout(() => document.getElementById('invite-email')?.focus());
  }

  if (response) {
    return (
      <div class="stack">
        <InviteResult response={response} names={status?.names} />
        <button type="button" onClick={inviteAnother}>
          {t('inviteAnother')}
        </button>
      </div>
    );
  }

  const blur = (field: InviteeField) => () => setTouched((current) => new Set(current).add(field));
  return (
    <form
      ref={formRef}
      class="stack"
      noValidate
      aria-busy={sending}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      {error && <ErrorBanner error={error} secondsLeft={secondsLeft || undefined} onOpenOptions={onOpenOptions} />}
      <TextField
        id="invite-email"
        label={t('fieldEmail')}
        type="email"
        autoFocus
        autoComplete="off"
        spellcheck={false}
        required
        value={invitee.email}
        onValue={(value) => update('email', value)}
        onBlur={blur('email')}
        error={fieldError('email')}
      />
      <div class="row">
        <TextField
          id="invite-firstName"
          label={t('fieldFirstName')}
          autoComplete="off"
          value={invitee.firstName}
          onValue={(value) => update('firstName', value)}
          onBlur={blur('firstName')}
          error={fieldError('firstName')}
        />
        <TextField
          id="invite-lastName"
          label={t('fieldLastName')}
          autoComplete="off"
          value={invitee.lastName}
          onValue={(value) => update('lastName', value)}
          onBlur={blur('lastName')}
          error={fieldError('lastName')}
        />
      </div>
      <RoleSelect
        id="invite-role"
        label={t('fieldRole')}
        value={effectiveRole}
        onValue={setRole}
        error={serverFields.role?.join(' ')}
      />
      <PortfolioPicker
        portfolios={status?.settings.portfolios ?? []}
        names={status?.names}
        selected={portfolioIds}
        onToggle={(id, on) => setPortfolioIds((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)))}
        error={serverFields.portfolios?.join(' ')}
      />
      <div class="actions">
        <button type="submit" disabled={sending || secondsLeft > 0} aria-describedby="send-shortcut">
          {sending ? t('sending') : t('sendInvite')}
        </button>
        <span class="hint" id="send-shortcut">
          {t('sendShortcut')}
        </span>
      </div>
    </form>
  );
}
