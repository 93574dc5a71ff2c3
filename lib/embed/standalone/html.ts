/** Text for HTML: in an element or a quoted attribute, nothing in it can open a tag or end the attribute. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON for a <script type="application/json"> element: no "</script>" or "<!--" in a value can end it early. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
