interface Props {
  id: string;
  type?: 'text' | 'email' | 'url';
  autoComplete?: string;
  spellcheck?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  readOnly?: boolean;
  onBlur?: (event: FocusEvent) => void;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** Shown under the field and announced with it; the field is marked invalid. */
  error?: string | undefined;
  hint?: string | undefined;
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField({ id, label, value, onValue, error, hint, type = 'text', ...input }: Props) {
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        {...input}
        // Preact types each input type apart, so a union of three is refused though all take these attributes.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it (see above)
        type={type as 'text'}
        id={id}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
