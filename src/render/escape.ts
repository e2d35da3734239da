/**
 * Makes report text inert in GitHub Markdown: no HTML (so no `<details>` can be closed and no
 * hidden marker forged), no table breaks, no line breaks, no mentions or team pings, no links.
 * The output reads the same as the input.
 *
 * Mentions and autolinks are found by GitHub in the rendered text, after escapes and entities are
 * decoded, so escaping `@` or `:` is not enough: a zero-width space goes after each `@` (no
 * `@user`, `@org/team` or e-mail address), inside each `://` and after `www` (no bare URL).
 */
export function inert(text: string, maxLength = 300): string {
  // Markdown punctuation first: escaping it after the entities would turn `&#124;` into `&\#124;`.
  return defuse(clean(text, maxLength))
    .replace(/([\\`*_[\]#~!:])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\|/g, '&#124;');
}

/**
 * Text in `<code>`, for paths and status cells. Markdown is still parsed inside a `<code>` element
 * and not at all in an HTML block (the `<summary>` line), so every character that could start
 * Markdown is written as an entity, which reads the same in both.
 */
export function code(text: string, maxLength = 200): string {
  const escaped = defuse(clean(text, maxLength))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[|\\`*[\]!~]/g, (char) => `&#${char.charCodeAt(0)};`)
    // `_` between letters or digits cannot start or end emphasis: `RELEASE_1.3_REPORT.md` stays readable.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '&#95;');
  return `<code>${escaped}</code>`;
}

/**
 * A finding's message: its code spans (the cited path, the status, the word to add to the policy)
 * as `<code>`, the rest inert. Only paired backticks make spans: with an odd count, from report
 * text or from the cut at `maxLength`, the whole message is inert text, backticks shown.
 */
export function message(text: string, maxLength = 1000): string {
  const value = clean(text, maxLength);
  const parts = value.split('`');
  if (parts.length % 2 === 0) return inert(value, maxLength);
  return parts.map((part, index) => (index % 2 === 1 ? code(part, maxLength) : part && inert(part, maxLength))).join('');
}

/**
 * One line of text for a terminal or a log: no control characters (an ANSI escape could recolour,
 * hide or rewrite what the log shows), no bidirectional overrides (which reorder what is shown),
 * no line breaks.
 */
export function plain(text: string): string {
  return text
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\t/g, ' ');
}

const ZWSP = '\u200b';

/** Line breaks to spaces, control and bidirectional characters out, then cut to `maxLength`. */
function clean(text: string, maxLength: number): string {
  const value = plain(text);
  if (value.length <= maxLength) return value;
  // Never cut between the two halves of a surrogate pair (an emoji).
  const cut = /[\ud800-\udbff]/.test(value[maxLength - 2] ?? '') ? maxLength - 2 : maxLength - 1;
  return `${value.slice(0, cut)}…`;
}

/** Breaks what GitHub would turn into a mention, a team ping, an e-mail link or a bare URL. */
function defuse(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/(www)\./gi, `$1${ZWSP}.`);
}

/** A link to a URL evidence-gate built or read from the API, never from report text. */
export function link(label: string, url: string): string {
  if (!/^https?:\/\/[^\s()<>]+$/.test(url)) return inert(label);
  return `[${inert(label)}](${url})`;
}
