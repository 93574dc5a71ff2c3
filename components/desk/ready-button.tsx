'use client';
import { useEffect, useState, type ButtonHTMLAttributes } from 'react';

/** A button that is disabled until the page's script runs: a press before that would do nothing. */
export function ReadyButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return <button {...props} disabled={!ready || props.disabled} />;
}
