import { useMemo, useState } from 'preact/hooks';
import { fullName } from '@/lib/full-name';
import { t, type MessageKey } from '@/lib/i18n';
import type { Recipient } from '@/lib/recipients';
import { isNoReply } from '@/lib/recipients/local-part';
import type { ScanCandidate, ScanSource } from '@/lib/recipients/scan';
import { memoized } from './memoized';

const SOURCE_LABELS: Record<ScanSource, MessageKey> = {
  link: 'scanSourceLink',
  element: 'scanSourceElement',
  structured: 'scanSourceStructured',
  text: 'scanSourceText',
};

interface Props {
  /** null: the page could not be read. */
  candidates: ScanCandidate[] | null;
  onAdd: (people: Recipient[]) => void;
  onClose: () => void;
}

function label(person: Recipient): string {
  const name = fullName(person.firstName, person.lastName);
  return name ? `${name} <${person.email ?? ''}>` : (person.email ?? '');
}

interface RowProps {
  candidate: ScanCandidate;
  index: number;
  checked: boolean;
  /** Ticks or unticks the row (by its index, whichever render the callback comes from). */
  onToggle: (on: boolean) => void;
}

function ScanRowItem({ candidate, checked, onToggle }: RowProps) {
  const found = t('scanFoundIn', candidate.sources.map((source) => t(SOURCE_LABELS[source])).join(', '));
  // A no-reply address is listed as found, but cannot be ticked: the form would leave it out.
  if (isNoReply(candidate.person.email ?? '')) {
    return (
      <li class="scan-no-reply">
        {label(candidate.person)}{' '}
        <span class="hint-inline">
          ({found}; {t('scanNoReply')})
        </span>
      </li>
    );
  }
  return (
    <li>
      <label class="check">
        <input type="checkbox" checked={checked} onChange={(event) => onToggle(event.currentTarget.checked)} />
        <span>
          {label(candidate.person)} <span class="hint-inline">({found})</span>
        </span>
      </label>
    </li>
  );
}

/** A found person, rendered again only when ticked or unticked: a big page lists thousands. */
const ScanRow = memoized<RowProps>(
  ScanRowItem,
  (before, after) =>
    before.candidate === after.candidate && before.index === after.index && before.checked === after.checked,
);

/** The people a page scan found, each with where it was found, for the user to tick. */
export function ScanList({ candidates, onAdd, onClose }: Props) {
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  // The rows that can be ticked: not the no-reply addresses.
  const selectable = useMemo(
    () => (candidates ?? []).flatMap((candidate, index) => (isNoReply(candidate.person.email ?? '') ? [] : [index])),
    [candidates],
  );
  const all = selectable.length > 0 && ticked.size === selectable.length;
  return (
    <section class="scan stack" aria-labelledby="scan-title">
      <h2 id="scan-title">{t('scanTitle')}</h2>
      {candidates === null && <p class="banner banner-warning">{t('scanFailed')}</p>}
      {candidates?.length === 0 && <p class="hint">{t('scanEmpty')}</p>}
      {selectable.length > 1 && (
        <label class="check">
          <input type="checkbox" checked={all} onChange={() => setTicked(all ? new Set() : new Set(selectable))} />
          {t('scanSelectAll')}
        </label>
      )}
      {candidates && candidates.length > 0 && (
        <ul class="scan-list">
          {candidates.map((candidate, index) => (
            <ScanRow
              key={candidate.person.email}
              candidate={candidate}
              index={index}
              checked={ticked.has(index)}
              onToggle={(on) =>
                setTicked((current) => {
                  const next = new Set(current);
                  if (on) next.add(index);
                  else next.delete(index);
                  return next;
                })
              }
            />
          ))}
        </ul>
      )}
      <div class="actions">
        {candidates && candidates.length > 0 && (
          <button
            type="button"
            disabled={ticked.size === 0}
            onClick={() =>
              onAdd(candidates.filter((_, index) => ticked.has(index)).map((candidate) => candidate.person))
            }
          >
            {t('scanAddSelected')}
          </button>
        )}
        <button type="button" class="secondary" onClick={onClose}>
          {t('scanClose')}
        </button>
      </div>
    </section>
  );
}
