import { t } from '@/lib/i18n';
import type { KnownNames, Portfolio } from '@/lib/settings';

interface Props {
  id: string;
  legend: string;
  portfolios: Portfolio[];
  names: KnownNames | undefined;
  selected: string[];
  onToggle: (id: string, on: boolean) => void;
  error?: string | undefined;
}

export function portfolioName(portfolio: Portfolio, names: KnownNames | undefined): string {
  return names?.portfolios[portfolio.id] ?? (portfolio.label || portfolio.id);
}

/** The configured portfolios as checkboxes in one labelled group. */
export function PortfolioPicker({ id, legend, portfolios, names, selected, onToggle, error }: Props) {
  return (
    <fieldset id={id} class="field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {legend} <span class="hint-inline">({t('fieldPortfoliosOptional')})</span>
      </legend>
      {portfolios.length === 0 && <p class="hint">{t('portfoliosNone')}</p>}
      {portfolios.map((portfolio) => (
        <label key={portfolio.id} class="check">
          <input
            type="checkbox"
            checked={selected.includes(portfolio.id)}
            onChange={(event) => onToggle(portfolio.id, event.currentTarget.checked)}
          />
          {portfolioName(portfolio, names)}
        </label>
      ))}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
