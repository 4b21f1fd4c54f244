/** Where a person's name came from: written beside the address, guessed from it, or nowhere. */
export type NameSource = 'given' | 'guessed' | 'none';

/** One person found in text. `email` is null when only a name was found, for the form to complete. */
export interface Recipient {
  email: string | null;
  firstName: string;
  lastName: string;
  nameSource: NameSource;
  /** The role a table's role column gives them, as written there (`Administrator`), when it gives one. */
  role?: string;
}
