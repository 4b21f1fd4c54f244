import { useEffect, useRef, useState } from 'preact/hooks';
import type { Role } from '@/lib/apexscore/contract';
import type { ApiError } from '@/lib/apexscore/errors';
import { MAX_BATCH_ROWS, rowState, type BatchRow, type RowState } from '@/lib/batch';
import { type AddedPeople, addPeople, emptyRow, isBlank, newRowId, type PersonRow, unknownRoles } from '@/lib/draft';
import { t } from '@/lib/i18n';
import { checkInvitee, fieldValue, type InviteeField, type InviteeProblems } from '@/lib/invitee';
import { sendMessage, type Status } from '@/lib/messages';
import type { Recipient } from '@/lib/recipients';
import type { ScanCandidate } from '@/lib/recipients/scan';
import { addedMessage } from './added-message';
import { ErrorBanner } from './ErrorBanner';
import { errorHeadline, needsOptions } from './error-text';
import { PastePeople } from './PastePeople';
import { PersonRowView } from './PersonRowView';
import { ScanList } from './ScanList';
import { SharedChoices } from './SharedChoices';
import { useBatches, useDraft, useNow } from './use-session';

interface Props {
  status: Status | null;
  /** People to add (a selection, a mailto link); a new array adds again. */
  incoming: Recipient[] | null;
  /** A page scan to offer (from the menu); undefined when none. */
  scan: ScanCandidate[] | null | undefined;
  onScan: () => Promise<ScanCandidate[] | null>;
  onOpenOptions: () => void;
}

const FIELDS: InviteeField[] = ['email', 'firstName', 'lastName'];

const NO_PROBLEMS: InviteeProblems = {};

// Each row's problems, kept with it: a row is a new object when it changes, and the form renders
// again at each change of a sending batch, with hundreds of rows.
const checked = new WeakMap<PersonRow, InviteeProblems>();
function rowProblems(row: PersonRow): InviteeProblems {
  let problems = checked.get(row);
  if (!problems) checked.set(row, (problems = checkInvitee(row)));
  return problems;
}

/** The invite form of the popup and of the invite window: a list of people, sent in batches of up to 500. */
export function InviteForm({ status, incoming, scan, onScan, onOpenOptions }: Props) {
  const [draft, update, loaded] = useDraft();
  const [batches, batchesReady] = useBatches(draft.rows, loaded);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const [scanResult, setScanResult] = useState<ScanCandidate[] | null | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const submittingRef = useRef(false);
  // The batches sent from this form, which it may not have heard of yet.
  const sentHere = useRef(new Set<string>());

  // What a selection added, said under the rows when the form had rows before it: its people are
  // then at the end. It says what the last addition did: people added otherwise (pasted, found
  // on the page) take it away, as would a selection that needs no word.
  const [added, setAdded] = useState('');
  useEffect(() => {
    if (!loaded || !incoming?.length) return;
    setAdded('');
    const before = new Set<string>();
    const result = add(incoming, (rows) => rows.forEach((row) => isBlank(row) || before.add(row.id)));
    if (
      before.size === 0 &&
      result.skipped === 0 &&
      result.ownRoles === 0 &&
      result.noReply.length === 0 &&
      unknownRoles(incoming).length === 0
    )
      return;
    setAdded(addedMessage(incoming, result));
    // The first of them is brought into sight, below the rows that were there.
    const first = result.rows.find((row) => !before.has(row.id));
    if (first && before.size > 0)
      setTimeout(() => document.getElementById(`p-${first.id}-email`)?.closest('fieldset')?.scrollIntoView());
  }, [incoming, loaded]);
  useEffect(() => {
    if (scan !== undefined) setScanResult(scan);
  }, [scan]);

  const [running, setRunning] = useState(false);
  const now = useNow(running);
  const states = draft.rows.map((row) => rowState(row, batches, sentHere.current, now, batchesReady));
  const inFlight = states.some((state) => state?.state === 'waiting' || state?.state === 'sending');
  useEffect(() => setRunning(inFlight), [inFlight]);
  const problems = draft.rows.map((row) => (isBlank(row) ? {} : rowProblems(row)));
  // A row's problems are shown once its field was left or Send pressed.
  const shown = draft.rows.map((row, index) => {
    const all = problems[index] ?? {};
    const fields = (Object.keys(all) as InviteeField[]).filter((field) => touched.has(`${row.id}:${field}`));
    return fields.length === 0 ? NO_PROBLEMS : Object.fromEntries(fields.map((field) => [field, all[field]]));
  });
  // A row sent before the form opened is not sent again before its state is read.
  const sendable = draft.rows.filter(
    (row, index) => !isBlank(row) && !isFinalOrBusy(states[index]) && (batchesReady || !row.batchId),
  );
  const rowErrors = states.flatMap((state) => (state?.state === 'failed' && state.error ? [state.error] : []));
  const optionsError = rowErrors.find(needsOptions);

  function setRow(id: string, change: Partial<PersonRow>) {
    update((current) => ({
      ...current,
      rows: current.rows.map((row) => (row.id === id ? { ...row, ...change } : row)),
    }));
  }

  /** Adds people to the rows (`addPeople`); `seen` is shown the rows they are added to. */
  function add(people: Recipient[], seen?: (rows: PersonRow[]) => void): AddedPeople {
    let result: AddedPeople = { rows: [], added: 0, skipped: 0, ownRoles: 0, noAddress: 0, noReply: [] };
    update((current) => {
      seen?.(current.rows);
      const next = addPeople(current.rows, people);
      result = next;
      return { ...current, rows: next.rows };
    });
    return result;
  }

  function resolve(row: PersonRow): BatchRow {
    const role: Role = row.role ?? draft.role ?? status?.settings.defaultRole ?? 0;
    return {
      rowId: row.id,
      email: fieldValue(row.email),
      firstName: fieldValue(row.firstName),
      lastName: fieldValue(row.lastName),
      role,
      portfolioIds: row.portfolioIds ?? draft.portfolioIds,
    };
  }

  async function send(rows: PersonRow[]) {
    if (submittingRef.current) return;
    const invalid = rows.filter((row) => Object.keys(rowProblems(row)).length > 0);
    const invalidSet = new Set(invalid);
    const valid = rows.filter((row) => !invalidSet.has(row));
    setTouched(
      (current) => new Set([...current, ...invalid.flatMap((row) => FIELDS.map((field) => `${row.id}:${field}`))]),
    );
    if (valid.length === 0) {
      if (invalid[0]) focusFirstProblem(invalid[0]);
      else setNotice(t('nothingToSend'));
      return;
    }
    submittingRef.current = true;
    setSubmitting(true);
    setError(null);
    setNotice('');
    // A long list goes as several batches, which the background runs one after another.
    for (let start = 0; start < valid.length; start += MAX_BATCH_ROWS) {
      const chunk = valid.slice(start, start + MAX_BATCH_ROWS);
      const batchId = `b${newRowId()}`;
      const before = new Map(chunk.map((row) => [row.id, row.batchId]));
      const setBatch = (id: string | null) =>
        update((current) => ({
          ...current,
          rows: current.rows.map((row) =>
            before.has(row.id) ? { ...row, batchId: id ?? before.get(row.id) ?? null } : row,
          ),
        }));
      // The rows are marked with their batch before it is sent (the draft is written at once): a
      // popup closed before the answer came must not show them as never sent, to be sent again.
      sentHere.current.add(batchId);
      setBatch(batchId);
      const reply = await sendMessage('sendBatch', { batchId, rows: chunk.map(resolve) });
      if (!reply.ok) {
        // Not taken: the rows are as they were.
        sentHere.current.delete(batchId);
        setBatch(null);
        setError(reply.error);
        break;
      }
    }
    submittingRef.current = false;
    setSubmitting(false);
    if (invalid[0]) focusFirstProblem(invalid[0]);
  }

  function focusFirstProblem(row: PersonRow) {
    const field = FIELDS.find((name) => rowProblems(row)[name]);
    setTimeout(() => document.getElementById(`p-${row.id}-${field ?? 'email'}`)?.focus());
  }

  function startOver() {
    update((current) => ({ ...current, rows: [emptyRow()] }));
    setAdded('');
    setTouched(new Set());
    setError(null);
    setTimeout(() => document.querySelector<HTMLInputElement>('input[type=email]')?.focus());
  }

  const finishedBatch = !inFlight && draft.rows.some((row) => row.batchId);
  const sentCount = states.filter((state) => state?.state === 'sent').length;
  const failedCount = states.filter((state) => state?.state === 'failed').length;
  const attention = draft.rows.filter((row, index) => !isBlank(row) && shown[index] !== NO_PROBLEMS).length;
  const many = draft.rows.length > 1;
  // What a row's callbacks need of this render: the rows and how they are sent as of now.
  const latest = useRef({ rows: draft.rows, send });
  latest.current = { rows: draft.rows, send };

  return (
    <form
      class="stack"
      noValidate
      aria-busy={submitting || inFlight}
      onSubmit={(event) => {
        event.preventDefault();
        void send(sendable);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void send(sendable);
        }
      }}
    >
      {error && <ErrorBanner error={error} onOpenOptions={onOpenOptions} />}
      {optionsError && !error && (
        <div class="banner banner-error">
          <p>{errorHeadline(optionsError)}</p>
          <button type="button" class="secondary" onClick={onOpenOptions}>
            {t('openOptions')}
          </button>
        </div>
      )}
      {scanResult !== undefined && (
        <ScanList
          candidates={scanResult}
          onAdd={(people) => {
            const result = add(people);
            // (What was added shows as rows; only a no-reply address left out needs saying.)
            setAdded(result.noReply.length > 0 ? addedMessage(people, result) : '');
            setScanResult(undefined);
          }}
          onClose={() => setScanResult(undefined)}
        />
      )}
      {/* The rows in an element of their own, so that rows added after the last are appended.
          Among the form's other parts, Preact searched for each new row's place: adding 1,600
          pasted people took 15 s, growing with the square of their number. */}
      <div class="stack">
        {draft.rows.map((row, index) => (
          <PersonRowView
            key={row.id}
            row={row}
            index={index}
            many={many}
            state={states[index]}
            problems={shown[index] ?? NO_PROBLEMS}
            portfolios={status?.settings.portfolios ?? []}
            names={status?.names}
            now={now}
            onChange={(change) => setRow(row.id, change)}
            onBlur={(field) => setTouched((current) => new Set(current).add(`${row.id}:${field}`))}
            onRemove={() =>
              update((current) => {
                const rows = current.rows.filter((other) => other.id !== row.id);
                return { ...current, rows: rows.length ? rows : [emptyRow()] };
              })
            }
            onRetry={() => {
              // (Through `latest`: a row not rendered again keeps this callback from an earlier render.)
              const current = latest.current.rows.find((other) => other.id === row.id);
              if (current) void latest.current.send([current]);
            }}
          />
        ))}
      </div>
      {/* Always there, for a screen reader to hear what a selection added; under the rows, so it
          shows with the first of them brought into sight. */}
      <p class="hint form-notice" role="status">
        {added}
      </p>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => update((current) => ({ ...current, rows: [...current.rows, emptyRow()] }))}
        >
          {t('addPerson')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setScanResult(undefined);
            void onScan().then(setScanResult);
          }}
        >
          {t('scanButton')}
        </button>
      </div>
      <PastePeople
        onAdd={(people) => {
          setAdded('');
          return add(people);
        }}
      />
      <SharedChoices draft={draft} status={status} update={update} />
      {notice && <p class="hint">{notice}</p>}
      <div class="actions">
        <button type="submit" disabled={submitting || inFlight} aria-describedby="send-shortcut">
          {submitting || inFlight
            ? t('sending')
            : sendable.length > 1
              ? t('sendInvites', String(sendable.length))
              : t('sendInvite')}
        </button>
        <span class="hint" id="send-shortcut">
          {t('sendShortcut')}
        </span>
      </div>
      {attention > 0 && (
        <p class="error" role="alert">
          {attention === 1 ? t('needAttentionOne') : t('needAttention', String(attention))}
        </p>
      )}
      <div role="status" aria-live="polite" class="summary">
        {finishedBatch && (sentCount > 0 || failedCount > 0) && (
          <p>{t('summary', [String(sentCount), String(failedCount)])}</p>
        )}
      </div>
      {finishedBatch && sentCount > 0 && (
        <button type="button" class="secondary" onClick={startOver}>
          {t('startOver')}
        </button>
      )}
    </form>
  );
}

function isFinalOrBusy(state: RowState | undefined): boolean {
  return state?.state === 'sent' || state?.state === 'waiting' || state?.state === 'sending';
}
