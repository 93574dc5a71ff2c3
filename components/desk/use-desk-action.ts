'use client';
import { useState } from 'react';

/** Runs a form's desk call, keeping the error it ends with (cleared at each new try) for FormStatus. */
export function useDeskAction() {
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    }
  };
  return { error, run };
}
