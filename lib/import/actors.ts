import type { ActorRecord } from '@/lib/schemas/actor';
import { shortHash, slugOf } from './text';

export type ActorKind = ActorRecord['kind'];

/** An actor's kind from its name, for datasets that give no code for it ("Civilians (Syria)", "Military Forces of Syria"). */
export function kindFromName(name: string): ActorKind {
  if (/^(civilians|refugees|journalists|health workers|aid workers|women|children|students|teachers)\b/i.test(name)) return 'civilians';
  if (/^(protesters|rioters)\b/i.test(name)) return 'crowd';
  if (/^(government of|military forces of|police forces of|[\w\s]+ government\b)/i.test(name)) return 'government';
  return 'armed-group';
}

/**
 * The actors an import names, one per dataset name: the id is the name's slug (stable across
 * imports and datasets that spell the name alike), and the name is kept as the dataset writes it.
 * An actor the store already has under that id is referred to, never rewritten.
 */
export class ActorIndex {
  readonly added = new Map<string, ActorRecord>();

  constructor(private readonly existing: ReadonlyMap<string, unknown>) {}

  /** The id of the actor a dataset names, made on first use. */
  idFor(name: string, kind: ActorKind): string {
    const id = slugOf(name, 70) || `actor-${shortHash(name)}`;
    if (!this.existing.has(id) && !this.added.has(id)) this.added.set(id, { id, name, kind });
    return id;
  }
}
