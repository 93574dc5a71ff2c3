import { hydrate } from 'preact';
import { EmbedBody, type EmbedProps } from './body';
import { hydrated } from './react';

// The server's HTML (render.tsx) brought to life with the props it was rendered with.
const props = JSON.parse(document.getElementById('embed-props')!.textContent!) as EmbedProps;
hydrate(<EmbedBody {...props} />, document.querySelector('main')!);
hydrated();
