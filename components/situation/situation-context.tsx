'use client';
import { createContext, useContext } from 'react';
import type { Situation } from '@/lib/schemas/situation';

const SituationContext = createContext<Situation | null>(null);

/** Gives the components below the situation the server read (getSituation): titles, region, actor colours. */
export function SituationProvider({ situation, children }: { situation: Situation; children: React.ReactNode }) {
  return <SituationContext.Provider value={situation}>{children}</SituationContext.Provider>;
}

/** The situation shown: only under a SituationProvider, which the page's SituationView sets. */
export function useSituation(): Situation {
  const situation = useContext(SituationContext);
  if (!situation) throw new Error('useSituation needs a SituationProvider above it');
  return situation;
}
