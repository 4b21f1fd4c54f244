import type { Draft } from '@/lib/draft';
import { t } from '@/lib/i18n';
import type { Status } from '@/lib/messages';
import { PortfolioPicker } from './PortfolioPicker';
import { RoleSelect } from './RoleSelect';

interface Props {
  draft: Draft;
  status: Status | null;
  update: (change: (draft: Draft) => Draft) => void;
}

/** The role and portfolios for every row that has no choice of its own. */
export function SharedChoices({ draft, status, update }: Props) {
  return (
    <>
      <RoleSelect
        id="invite-role"
        label={draft.rows.length > 1 ? t('everyoneRole') : t('fieldRole')}
        value={draft.role ?? status?.settings.defaultRole ?? 0}
        onValue={(role) => update((current) => ({ ...current, role }))}
      />
      <PortfolioPicker
        id="invite-portfolios"
        legend={draft.rows.length > 1 ? t('everyonePortfolios') : t('fieldPortfolios')}
        portfolios={status?.settings.portfolios ?? []}
        names={status?.names}
        selected={draft.portfolioIds}
        onToggle={(id, on) =>
          update((current) => ({
            ...current,
            portfolioIds: on ? [...current.portfolioIds, id] : current.portfolioIds.filter((other) => other !== id),
          }))
        }
      />
    </>
  );
}
