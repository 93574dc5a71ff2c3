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
 * An actor the store already has under that id is referred to, never rewritten; so is one whose
 * `aliases` name it as the dataset does (a hand-made actor that a dataset calls otherwise: the
 * article's "Syrian government (Assad)" is UCDP's "Government of Syria").
 */
export class ActorIndex {
  readonly added = new Map<string, ActorRecord>();
  private readonly aliases = new Map<string, string>();

  constructor(private readonly existing: ReadonlyMap<string, Pick<ActorRecord, 'id' | 'aliases'>>) {
    for (const actor of existing.values()) for (const alias of actor.aliases ?? []) this.aliases.set(alias.trim().toLowerCase(), actor.id);
  }

  /** The id of the actor a dataset names, made on first use. */
  idFor(name: string, kind: ActorKind): string {
    const known = this.aliases.get(name.trim().toLowerCase());
    if (known) return known;
    const id = slugOf(name, 70) || `actor-${shortHash(name)}`;
    if (!this.existing.has(id) && !this.added.has(id)) this.added.set(id, { id, name, kind });
    return id;
  }
}
