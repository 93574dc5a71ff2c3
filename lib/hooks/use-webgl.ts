'use client';
import { useEffect, useState } from 'react';

/** Whether this browser can draw with WebGL: null until known (the first paint is the server's). */
export function useWebGL(): boolean | null {
  const [supported, setSupported] = useState<boolean | null>(null);
  useEffect(() => {
    const canvas = document.createElement('canvas');
    setSupported(Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl')));
  }, []);
  return supported;
}
