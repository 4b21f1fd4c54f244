import { ROLES, type Role } from '@/lib/apexscore/contract';
import { roleLabel } from './roles';

interface Props<T extends Role | null> {
  id: string;
  label: string;
  value: T;
  onValue: (role: T) => void;
  error?: string | undefined;
  /** Offered as the first choice, meaning "no role of its own" (null). */
  inheritLabel?: string;
}

export function RoleSelect<T extends Role | null>({ id, label, value, onValue, error, inheritLabel }: Props<T>) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        onChange={(event) => {
          const raw = event.currentTarget.value;
          onValue((raw === '' ? null : Number(raw)) as T);
        }}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {inheritLabel !== undefined && <option value="">{inheritLabel}</option>}
        {ROLES.map((role) => (
          <option key={role} value={String(role)}>
            {roleLabel(role)}
          </option>
        ))}
      </select>
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
