import { ROLES, type Role } from '@/lib/apexscore/contract';
import { roleLabel } from './roles';

interface Props {
  id: string;
  label: string;
  value: Role;
  onValue: (role: Role) => void;
  error?: string | undefined;
}

export function RoleSelect({ id, label, value, onValue, error }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(event) => onValue(Number(event.currentTarget.value) as Role)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
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
