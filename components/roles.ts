import type { Role } from '@/lib/apexscore/contract';
import { t, type MessageKey } from '@/lib/i18n';

const ROLE_LABELS: Record<Role, MessageKey> = { 0: 'roleMember', 1: 'roleCollaborator', 2: 'roleAdministrator' };

export function roleLabel(role: number): string {
  return role in ROLE_LABELS ? t(ROLE_LABELS[role as Role]) : String(role);
}
