/** Facts of the API contract (`shared/apexscore-api.md`), free of any library so every page can load them. */

/** Any 8-4-4-4-12 hex id: Django's UUIDField does not check version or variant bits. */
export const UUID_PATTERN = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
export const MAX_NAME_LENGTH = 25;
export const DEFAULT_BASE_URL = 'https://api.main.apexscore.ai';
export const INVITATIONS_PATH = 'api/v1/organization-invitations/';
export const DEFAULT_TIMEOUT_MS = 15_000;

/** 0 member (the API's default), 1 collaborator, 2 administrator. */
export const ROLES = [0, 1, 2] as const;
export type Role = (typeof ROLES)[number];
