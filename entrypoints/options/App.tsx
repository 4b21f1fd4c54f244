import { useEffect, useRef, useState } from 'preact/hooks';
import { RoleSelect } from '@/components/RoleSelect';
import { TextField } from '@/components/TextField';
import { UUID_PATTERN, type Role } from '@/lib/apexscore/contract';
import { t } from '@/lib/i18n';
import { normalizeToken, tokenSchema } from '@/lib/message-schemas';
import { sendMessage } from '@/lib/messages';
import {
  DEFAULT_SETTINGS,
  formatPortfolios,
  isAllowedBaseUrl,
  normalizeBaseUrl,
  parsePortfolios,
  type KnownNames,
} from '@/lib/settings';
import { checkMessage, type Notice } from './check-message';
import { HostAccess } from './HostAccess';
import { Shortcut } from './Shortcut';
import { TokenField } from './TokenField';

interface Draft {
  token: string;
  organizationId: string;
  defaultRole: Role;
  portfolios: string;
  baseUrl: string;
}

type Problems = Partial<Record<keyof Draft, string>>;

function problemsOf(draft: Draft): Problems {
  const problems: Problems = {};
  const token = normalizeToken(draft.token);
  if (token && !tokenSchema.safeParse(token).success) problems.token = t('optTokenInvalid');
  const organizationId = draft.organizationId.trim();
  if (!organizationId) problems.organizationId = t('optOrganizationRequired');
  else if (!UUID_PATTERN.test(organizationId)) problems.organizationId = t('optOrganizationInvalid');
  const { badLines } = parsePortfolios(draft.portfolios);
  if (badLines.length) problems.portfolios = t('optPortfoliosInvalid', badLines.join(', '));
  if (!isAllowedBaseUrl(normalizeBaseUrl(draft.baseUrl))) problems.baseUrl = t('optBaseUrlInvalid');
  return problems;
}

const FIELD_IDS: Record<keyof Draft, string> = {
  token: 'opt-token',
  organizationId: 'opt-organization',
  defaultRole: 'opt-role',
  portfolios: 'opt-portfolios',
  baseUrl: 'opt-base-url',
};

export function App() {
  const [draft, setDraft] = useState<Draft>({ ...DEFAULT_SETTINGS, token: '', portfolios: '' });
  const [tokenHint, setTokenHint] = useState<string | null>(null);
  const [names, setNames] = useState<KnownNames | null>(null);
  const [touched, setTouched] = useState<Set<keyof Draft>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const loaded = useRef(false);

  useEffect(() => {
    document.title = t('optionsTitle');
    void sendMessage('getStatus').then((reply) => {
      if (!reply.ok) return;
      const { settings } = reply.value;
      loaded.current = true;
      setTokenHint(reply.value.tokenHint);
      setNames(reply.value.names);
      setDraft({ ...settings, token: '', portfolios: formatPortfolios(settings.portfolios) });
    });
  }, []);

  const problems = problemsOf(draft);
  const shown = (field: keyof Draft) => {
    const problem = problems[field];
    // The organization ID is judged as it is typed, once it is long enough to be whole.
    const early = field === 'organizationId' && draft.organizationId.trim().length >= 36;
    return problem && (touched.has(field) || early) ? problem : undefined;
  };
  const set = (field: keyof Draft) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setNotice(null);
  };
  const blur = (field: keyof Draft) => () => setTouched((current) => new Set(current).add(field));

  async function save(): Promise<boolean> {
    const invalid = (Object.keys(FIELD_IDS) as (keyof Draft)[]).filter((field) => problems[field]);
    if (invalid.length) {
      setTouched(new Set(invalid));
      setNotice({ tone: 'error', text: t('optSaveFailed') });
      document.getElementById(FIELD_IDS[invalid[0]!])?.focus();
      return false;
    }
    const saved = await sendMessage('saveSettings', {
      organizationId: draft.organizationId.trim().toLowerCase(),
      defaultRole: draft.defaultRole,
      baseUrl: normalizeBaseUrl(draft.baseUrl),
      portfolios: parsePortfolios(draft.portfolios).portfolios,
    });
    if (!saved.ok) {
      setNotice({ tone: 'error', text: t('optSaveFailed') });
      return false;
    }
    if (draft.token.trim()) {
      const token = await sendMessage('saveToken', { token: draft.token });
      if (!token.ok) {
        setNotice({ tone: 'error', text: t('optTokenInvalid') });
        return false;
      }
      setTokenHint(token.value.tokenHint);
      setDraft((current) => ({ ...current, token: '' }));
    }
    setNotice({ tone: 'ok', text: t('optSaved') });
    return true;
  }

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  async function check() {
    if (!(await save())) return;
    setNotice({ tone: 'info', text: t('optChecking') });
    setNotice(checkMessage(await sendMessage('checkConnection')));
  }

  async function forget() {
    const reply = await sendMessage('forgetToken');
    if (reply.ok) {
      setTokenHint(null);
      setNotice({ tone: 'ok', text: t('optTokenForgotten') });
    }
  }

  const organizationName = names?.organizations[draft.organizationId.trim().toLowerCase()];
  return (
    <form
      class="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(save);
      }}
    >
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">{t('optionsIntro')}</p>
      <TokenField
        value={draft.token}
        onValue={set('token')}
        hint={tokenHint}
        error={shown('token')}
        onForget={() => void run(forget)}
      />
      <TextField
        id="opt-organization"
        label={t('optOrganization')}
        value={draft.organizationId}
        onValue={set('organizationId')}
        onBlur={blur('organizationId')}
        spellcheck={false}
        autoComplete="off"
        hint={organizationName ? t('optOrganizationName', organizationName) : t('optOrganizationHelp')}
        error={shown('organizationId')}
      />
      <RoleSelect
        id="opt-role"
        label={t('optDefaultRole')}
        value={draft.defaultRole}
        onValue={(role) => setDraft((current) => ({ ...current, defaultRole: role }))}
      />
      <div class="field">
        <label for="opt-portfolios">{t('optPortfolios')}</label>
        <textarea
          id="opt-portfolios"
          rows={4}
          spellcheck={false}
          value={draft.portfolios}
          onInput={(event) => set('portfolios')(event.currentTarget.value)}
          onBlur={blur('portfolios')}
          aria-invalid={shown('portfolios') ? 'true' : undefined}
          aria-describedby={shown('portfolios') ? 'opt-portfolios-hint opt-portfolios-error' : 'opt-portfolios-hint'}
        />
        <p class="hint" id="opt-portfolios-hint">
          {t('optPortfoliosHelp')}
        </p>
        {shown('portfolios') && (
          <p class="error" id="opt-portfolios-error">
            {shown('portfolios')}
          </p>
        )}
      </div>
      <details open={Boolean(shown('baseUrl'))}>
        <summary>{t('optAdvanced')}</summary>
        <div class="stack">
          <TextField
            id="opt-base-url"
            label={t('optBaseUrl')}
            type="url"
            spellcheck={false}
            value={draft.baseUrl}
            onValue={set('baseUrl')}
            onBlur={blur('baseUrl')}
            hint={t('optBaseUrlHelp')}
            error={shown('baseUrl')}
          />
          <HostAccess baseUrl={normalizeBaseUrl(draft.baseUrl)} />
        </div>
      </details>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('optSave')}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={() => void run(check)}>
          {t('optCheck')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {notice && <p class={`banner banner-${notice.tone === 'info' ? 'warning' : notice.tone}`}>{notice.text}</p>}
      </div>
      <Shortcut />
    </form>
  );
}
