import { type AddedPeople, unknownRoles } from '@/lib/draft';
import { t } from '@/lib/i18n';
import type { Recipient } from '@/lib/recipients';

/**
 * What adding people to the form did, in words: how many were added and how many were already
 * there, who still needs an address, which rows a table gave a role of their own, the roles it
 * named that are not ApexScore's, and the no-reply addresses left out. Said after a paste, after
 * a selection added to a form that had rows (its people then stand at the end), and after any
 * adding that left a no-reply address out.
 */
export function addedMessage(people: readonly Recipient[], result: Omit<AddedPeople, 'rows'>): string {
  const { added, skipped, ownRoles, noAddress, noReply } = result;
  const done =
    added === 0 && skipped === 0
      ? ''
      : added === 0
        ? skipped === 1
          ? t('pasteNobodyNewOne')
          : t('pasteNobodyNew', String(skipped))
        : added === 1
          ? t('pasteAddedOne')
          : t('pasteAdded', String(added));
  const already =
    added === 0 || skipped === 0 ? '' : skipped === 1 ? t('pasteAlreadyOne') : t('pasteAlready', String(skipped));
  // People named without an address (`Priya Patel` on a line of its own) are rows to complete.
  const toFill =
    noAddress === 0
      ? ''
      : added === 1
        ? t('pasteNoAddressSole')
        : noAddress === 1
          ? t('pasteNoAddressOne')
          : t('pasteNoAddress', String(noAddress));
  // Rows given a role of their own are said, as the role shows only on each row.
  const taken = ownRoles === 0 ? '' : ownRoles === 1 ? t('pasteOwnRoleOne') : t('pasteOwnRoles', String(ownRoles));
  // A role column's roles that are not ApexScore's (`Viewer`) are said, not taken: the first few.
  const unknown = unknownRoles(people);
  const roles = unknown.length === 0 ? '' : t('pasteRolesUnknown', firstFew(unknown));
  // No-reply addresses are left out, and said: the first few.
  const unread =
    noReply.length === 0
      ? ''
      : noReply.length === 1
        ? t('pasteNoReplyOne', noReply[0] ?? '')
        : t('pasteNoReply', [String(noReply.length), firstFew(noReply)]);
  return [done, already, toFill, taken, roles, unread].filter(Boolean).join(' ');
}

/** The first three of a list, and how many more (`a, b, c and 2 more`). */
function firstFew(items: readonly string[]): string {
  return items.length > 3
    ? t('rolesAndMore', [items.slice(0, 3).join(', '), String(items.length - 3)])
    : items.join(', ');
}
