/** An event's own page: the event with its corrections and history, or the notice of its retraction. */
export const eventPagePath = (id: string) => `/events/${encodeURIComponent(id)}`;
