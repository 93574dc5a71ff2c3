/** The kinds of claims the desk drafts, reviews, publishes, corrects and retracts. */
export const DRAFT_KINDS = ['event', 'control', 'flow', 'leg'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** What the desk calls each kind. */
export const KIND_NAME: Record<DraftKind, string> = { event: 'event', control: 'control period', flow: 'flow', leg: 'itinerary leg' };

/** The desk page that makes a new draft of a kind. */
export const newDraftPath = (kind: DraftKind) => (kind === 'event' ? '/desk/events/new' : `/desk/claims/${kind}/new`);

/** The desk page that corrects a published claim of a kind. */
export const correctPath = (kind: DraftKind, id: string) => (kind === 'event' ? `/desk/events/${encodeURIComponent(id)}/correct` : `/desk/claims/${kind}/${encodeURIComponent(id)}/correct`);

/** The desk API path of a published claim (GET it; POST …/correct, …/retract). */
export const claimApiPath = (kind: DraftKind, id: string) => `/api/desk/claims/${kind}/${encodeURIComponent(id)}`;
