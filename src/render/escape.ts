/**
 * Makes report text inert in GitHub Markdown: no HTML (so no `<details>` can be closed and no
 * hidden marker forged), no table breaks, no line breaks, no mentions or team pings, no links.
 * The output reads the same as the input.
 */
export function inert(text: string, maxLength = 300): string {
  let value = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '');
  if (value.length > maxLength) value = `${value.slice(0, maxLength - 1)}…`;
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\|/g, '&#124;')
    .replace(/@/g, '&#64;')
    .replace(/([\\`*_[\]#~!:])/g, '\\$1');
}

/** Text in `<code>`, escaped the same way, for paths and status cells. */
export function code(text: string, maxLength = 200): string {
  let value = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '');
  if (value.length > maxLength) value = `${value.slice(0, maxLength - 1)}…`;
  const escaped = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/@/g, '&#64;');
  return `<code>${escaped}</code>`;
}

/** A link to a URL evidence-gate built or read from the API, never from report text. */
export function link(label: string, url: string): string {
  if (!/^https?:\/\/[^\s()<>]+$/.test(url)) return inert(label);
  return `[${inert(label)}](${url})`;
}
