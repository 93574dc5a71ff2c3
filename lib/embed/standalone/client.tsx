import { hydrate } from 'preact';
import { answersArrived } from '@/lib/api/fetch-json';
import { EmbedBody, type EmbedProps } from './body';
import { hydrated } from './react';

// The server's HTML (render.tsx) brought to life with the props it was rendered with.
const props = JSON.parse(document.getElementById('embed-props')!.textContent!) as EmbedProps;
// The API answers the first view needs, which the page brought along.
answersArrived(JSON.parse(document.getElementById('embed-answers')?.textContent ?? '{}') as Record<string, unknown>);
hydrate(<EmbedBody {...props} />, document.querySelector('main')!);
hydrated();
