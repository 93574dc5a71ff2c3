'use client';
import { ReadyButton } from './ready-button';
import { useEffect, useRef, useState } from 'react';

type Props = { text: string; label: string; button: string; onPick: (words: string) => void; id: string };

/**
 * A text to pick words from: select words with the mouse, a finger or the keyboard (shift and the
 * arrows, with caret browsing), then press the button. The words are taken exactly as they stand.
 */
export function WordsPicker({ text, label, button, onPick, id }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState('');
  useEffect(() => {
    // Kept as the selection changes: pressing the button may clear it.
    const keep = () => {
      const s = document.getSelection();
      if (s && box.current && s.rangeCount > 0 && box.current.contains(s.anchorNode) && box.current.contains(s.focusNode)) setPicked(s.toString());
    };
    document.addEventListener('selectionchange', keep);
    return () => document.removeEventListener('selectionchange', keep);
  }, []);
  return (
    <div className="words-picker">
      <p id={`${id}-label`}>{label}</p>
      <div ref={box} id={id} className="words-picker-text" tabIndex={0} role="document" aria-labelledby={`${id}-label`}>
        {text}
      </div>
      <ReadyButton type="button" disabled={!picked.trim()} onClick={() => onPick(picked)}>
        {button}
      </ReadyButton>
    </div>
  );
}
