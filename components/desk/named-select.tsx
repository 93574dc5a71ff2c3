import type { ComponentProps } from 'react';

type Props = { label: string; choices: { id: string; name: string }[]; placeholder?: string } & ComponentProps<'select'>;

/** A labelled choice among named things (areas, actors, countries) by id; a placeholder option first when given. */
export function NamedSelect({ label, choices, placeholder, ...select }: Props) {
  return (
    <label>
      {label}
      <select {...select}>
        {placeholder && <option value="">{placeholder}</option>}
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
