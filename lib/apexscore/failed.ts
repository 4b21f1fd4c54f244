/** A `failed` entry of an invitation answer, whose shape is not documented, made readable. */
export interface FailedEntry {
  email: string | null;
  messages: string[];
}

const MESSAGE_KEYS = ['error', 'errors', 'detail', 'details', 'message', 'messages', 'reason', 'non_field_errors'];

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item).map((text) => `${key}: ${text}`));
  }
  return [];
}

/** Never throws, never drops: what is not a known message key is still shown as `key: value`. */
export function describeFailed(entry: unknown): FailedEntry {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
    return { email: null, messages: strings(entry) };
  const record = entry as Record<string, unknown>;
  const email = typeof record.email === 'string' ? record.email : null;
  const messages: string[] = [];
  for (const key of MESSAGE_KEYS) messages.push(...strings(record[key]));
  for (const [key, value] of Object.entries(record)) {
    if (key === 'email' || key === 'token' || MESSAGE_KEYS.includes(key)) continue;
    messages.push(...strings(value).map((text) => `${key}: ${text}`));
  }
  return { email, messages };
}
