declare module 'email-regex-safe' {
  /** A global RegExp that matches email addresses (the library measured against in `npm run bench`). */
  export default function emailRegexSafe(options?: Record<string, unknown>): RegExp;
}
