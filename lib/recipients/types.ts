/** One person found in text. `email` is null when only a name was found. */
export interface Recipient {
  email: string | null;
  firstName: string;
  lastName: string;
  /** True when the name was guessed from the address, not written beside it. */
  nameGuessed: boolean;
}
