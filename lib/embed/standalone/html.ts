/** Text for HTML: in an element or a quoted attribute, nothing in it can open a tag or end the attribute. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON for a <script type="application/json"> element: no "</script>" or "<!--" in a value can end it early. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * API answers by URL, as JSON for a <script type="application/json"> element: each body is JSON
 * text already, set in as it is ("<" escaped, which JSON allows only inside strings).
 */
export const answersJson = (answers: Map<string, string>) =>
  `{${[...answers].map(([url, body]) => `${JSON.stringify(url)}:${body}`).join(',')}}`.replace(/</g, '\\u003c');
