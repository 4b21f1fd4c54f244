import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  value: string;
  onValue: (value: string) => void;
  /** null: no token is set; '' : set but too short to show its end. */
  hint: string | null;
  error?: string | undefined;
  onForget: () => void;
}

/** The token box: a password field with a show toggle. The saved token is never shown, only its end. */
export function TokenField({ value, onValue, hint, error, onForget }: Props) {
  const [shown, setShown] = useState(false);
  const state = hint === null ? t('optTokenNone') : hint ? t('optTokenSet', hint) : t('optTokenSetShort');
  const describedBy = ['token-state', 'token-help', error ? 'token-error' : ''].filter(Boolean).join(' ');
  const input = {
    id: 'opt-token',
    autoComplete: 'off',
    spellcheck: false,
    value,
    onInput: (event: { currentTarget: HTMLInputElement }) => onValue(event.currentTarget.value),
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div class="field">
      <label for="opt-token">{t('optToken')}</label>
      <p class="hint" id="token-state" role="status">
        {state} {hint !== null && t('optTokenReplace')}
      </p>
      <div class="token-row">
        {shown ? <input type="text" {...input} /> : <input type="password" {...input} />}
        <button type="button" class="secondary" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {t('optShowToken')}
        </button>
      </div>
      <p class="hint" id="token-help">
        {t('optTokenHelp')}
      </p>
      {error && (
        <p class="error" id="token-error">
          {error}
        </p>
      )}
      {hint !== null && (
        <div>
          <button type="button" class="secondary" onClick={onForget}>
            {t('optForgetToken')}
          </button>
        </div>
      )}
    </div>
  );
}
