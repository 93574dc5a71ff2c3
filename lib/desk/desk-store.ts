import 'server-only';
import type { Store } from '@/lib/store';
import type { DeskSql } from '@/lib/store/desk-sql';
import type { DraftKind } from './draft-kinds';

/** One line of the audit log. */
export type AuditEntry = { at: string; actor: string; action: string; subject: string; detail: string };

/** A draft's place in review. */
export const DRAFT_STATES = ['draft', 'review', 'published', 'retracted'] as const;
export type DraftState = (typeof DRAFT_STATES)[number];

/** A claim on its way to the map: its kind, the record proposed, a new place with it if any. */
export type DraftRow = { id: string; kind: DraftKind; state: DraftState; record: string; place: string | null; author: string; comment: string | null; created_at: string; updated_at: string };

/** The most of a dataset's archived text the desk reads and sends for picking quotes. */
const SOURCE_TEXT_CAP = 2_000_000;

/** The desk's own tables (migration 6) on the store's database: invitations, audit log, drafts, and lookups of archived sources. */
export class DeskStore {
  constructor(private readonly sql: DeskSql) {}

  /** Writes a line of the audit log. */
  async audit(actor: string, action: string, subject: string, detail = ''): Promise<void> {
    await this.sql.run('INSERT INTO desk_audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)', [new Date().toISOString(), actor, action, subject, detail]);
  }

  /** The newest lines of the audit log first. */
  auditLog(limit = 200): Promise<AuditEntry[]> {
    return this.sql.all<AuditEntry>('SELECT at, actor, action, subject, detail FROM desk_audit ORDER BY n DESC LIMIT ?', [limit]);
  }

  /**
   * The newest lines of the audit log of some actions about events (what the public feed is made
   * of): other kinds' lines name their subject `kind:id`, never a bare id.
   */
  auditOfEvents(actions: string[], limit: number): Promise<AuditEntry[]> {
    return this.sql.all<AuditEntry>(`SELECT at, actor, action, subject, detail FROM desk_audit WHERE action IN (${actions.map(() => '?').join(', ')}) AND subject NOT LIKE '%:%' ORDER BY n DESC LIMIT ?`, [...actions, limit]);
  }

  /** The lines of the audit log about one subject with one action, oldest first (a claim's corrections). */
  auditAbout(action: string, subject: string): Promise<AuditEntry[]> {
    return this.sql.all<AuditEntry>('SELECT at, actor, action, subject, detail FROM desk_audit WHERE action = ? AND subject = ? ORDER BY n', [action, subject]);
  }

  /** How many times an action was logged about a subject since a moment (failed sign-ins of an address, say). */
  async countSince(action: string, subject: string, since: string): Promise<number> {
    const [row] = await this.sql.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM desk_audit WHERE action = ? AND subject = ? AND at >= ?', [action, subject, since]);
    return Number(row.n);
  }

  /** Keeps an invitation (by the hash of its token). */
  async putInvite(tokenHash: string, email: string, role: string, by: string, expires: string): Promise<void> {
    await this.sql.run('INSERT INTO desk_invites (token_hash, email, role, invited_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)', [tokenHash, email, role, by, new Date().toISOString(), expires]);
  }

  /** Uses up an invitation still open: its address and role, or null (unknown, used or expired). One statement: two tabs cannot both use it. */
  async takeInvite(tokenHash: string): Promise<{ email: string; role: string } | null> {
    const now = new Date().toISOString();
    const rows = await this.sql.all<{ email: string; role: string }>('UPDATE desk_invites SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING email, role', [now, tokenHash, now]);
    return rows[0] ?? null;
  }

  /** An invitation still open, without using it. */
  async openInvite(tokenHash: string): Promise<{ email: string; role: string } | null> {
    const rows = await this.sql.all<{ email: string; role: string }>('SELECT email, role FROM desk_invites WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?', [tokenHash, new Date().toISOString()]);
    return rows[0] ?? null;
  }

  /** Gives back an invitation whose account could not be made. */
  async reopenInvite(tokenHash: string): Promise<void> {
    await this.sql.run('UPDATE desk_invites SET used_at = NULL WHERE token_hash = ?', [tokenHash]);
  }

  /** Users, for the admin's list and for "is there another publisher". */
  users(): Promise<{ id: string; email: string; name: string; role: string }[]> {
    return this.sql.all('SELECT id, email, name, role FROM desk_user ORDER BY email');
  }

  async setRole(userId: string, role: string): Promise<boolean> {
    return (await this.sql.run('UPDATE desk_user SET role = ? WHERE id = ?', [role, userId])) === 1;
  }

  async draft(id: string): Promise<DraftRow | undefined> {
    return (await this.sql.all<DraftRow>('SELECT * FROM desk_drafts WHERE id = ?', [id]))[0];
  }

  drafts(state?: DraftState): Promise<DraftRow[]> {
    return state ? this.sql.all('SELECT * FROM desk_drafts WHERE state = ? ORDER BY updated_at DESC LIMIT 500', [state]) : this.sql.all('SELECT * FROM desk_drafts ORDER BY updated_at DESC LIMIT 500');
  }

  /** Makes a draft; false if the id is taken. */
  async insertDraft(d: Pick<DraftRow, 'id' | 'kind' | 'record' | 'place' | 'author'>): Promise<boolean> {
    const now = new Date().toISOString();
    return (await this.sql.run('INSERT INTO desk_drafts (id, kind, state, record, place, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING', [d.id, d.kind, 'draft', d.record, d.place, d.author, now, now])) === 1;
  }

  /**
   * Moves a draft from one state to another (and sets its record, place or comment) only if it is
   * still in `from`: two publishers clicking at once cannot both publish. False when it was not.
   */
  async moveDraft(id: string, from: DraftState, to: DraftState, set: { record?: string; place?: string | null; comment?: string | null } = {}): Promise<boolean> {
    const cols = Object.entries(set).filter(([, v]) => v !== undefined);
    const sql = `UPDATE desk_drafts SET state = ?, updated_at = ?${cols.map(([k]) => `, ${k} = ?`).join('')} WHERE id = ? AND state = ?`;
    return (await this.sql.run(sql, [to, new Date().toISOString(), ...cols.map(([, v]) => v), id, from])) === 1;
  }

  /** The id of an archived source with this URL, if any. */
  async sourceWithUrl(url: string): Promise<string | null> {
    const pattern = `%${JSON.stringify(url).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.sql.all<{ id: string; record: string }>("SELECT id, record FROM sources WHERE record LIKE ? ESCAPE '\\'", [pattern]);
    return rows.find((r) => (JSON.parse(r.record) as { url: string }).url === url)?.id ?? null;
  }

  /** The id of an archived source with exactly this text, if any. */
  async sourceWithText(text: string): Promise<string | null> {
    return (await this.sql.all<{ id: string }>('SELECT id FROM sources WHERE text = ? LIMIT 1', [text]))[0]?.id ?? null;
  }

  /**
   * An archived source's record and text: its own, then a dataset's parts (lib/store/backend.ts,
   * PartedWrite) up to about 2 MB, enough to pick quotes from; `truncated` when there was more.
   */
  async sourceText(id: string): Promise<{ record: string; text: string; truncated?: true } | undefined> {
    const found = (await this.sql.all<{ record: string; text: string }>('SELECT record, text FROM sources WHERE id = ?', [id]))[0];
    if (!found) return undefined;
    let text = found.text;
    for (let n = 1; text.length < SOURCE_TEXT_CAP; n += 8) {
      const parts = await this.sql.all<{ text: string }>('SELECT text FROM source_parts WHERE source_id = ? AND n >= ? AND n < ? ORDER BY n', [id, n, n + 8]);
      for (const p of parts) text += p.text;
      if (parts.length < 8) return { record: found.record, text };
    }
    return { record: found.record, text: text.slice(0, SOURCE_TEXT_CAP), truncated: true };
  }

  /** Recently archived sources (newest ids last written are not tracked: by id). */
  sourceList(): Promise<{ id: string; record: string }[]> {
    return this.sql.all('SELECT id, record FROM sources ORDER BY id LIMIT 1000');
  }

  /** A value kept once: the first writer's stays (a secret every instance must share). */
  async keepOnce(key: string, value: string): Promise<string> {
    await this.sql.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', [`x:${key}`, value]);
    return (await this.sql.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', [`x:${key}`]))[0].value;
  }
}

/** The desk's tables of a store. */
export const deskStore = (store: Store) => new DeskStore(store.backend.desk().sql);
