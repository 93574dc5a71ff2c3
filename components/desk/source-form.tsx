'use client';
import { useRef } from 'react';
import { ReadyButton } from './ready-button';
import type { ExtractedArticle } from '@/lib/desk/article-wire';
import { deskCall } from '@/lib/desk/desk-fetch';
import type { SourceRecord } from '@/lib/schemas/source';
import { FormStatus } from './form-status';
import { PageUpload } from './page-upload';
import { useDeskAction } from './use-desk-action';

/** A new source: where and when it was published, and its text pasted in or read from its saved page (archived as the evidence). */
export function SourceForm() {
  const { error, run } = useDeskAction();
  const form = useRef<HTMLFormElement>(null);
  // The page's words fill the fields as typed text would; what the page does not say is left as it is.
  const fill = (article: ExtractedArticle) => {
    for (const [name, value] of Object.entries(article)) {
      const field = form.current?.elements.namedItem(name) as HTMLInputElement | null;
      if (field && value) field.value = value;
    }
  };
  const submit = (form: FormData) =>
    run(async () => {
      const body = Object.fromEntries(['url', 'publisher', 'title', 'published', 'language', 'text'].map((k) => [k, String(form.get(k) ?? '')]));
      const { source } = await deskCall<{ source: SourceRecord }>('/api/desk/sources', 'POST', body);
      window.location.assign(`/desk/events/new?source=${encodeURIComponent(source.id)}`);
    });
  return (
    <form className="desk-form" action={submit} ref={form}>
      <h1>New source</h1>
      <label>
        Address (URL) of the report
        <input name="url" type="url" required placeholder="https://" />
      </label>
      <label>
        Publisher
        <input name="publisher" required maxLength={200} />
      </label>
      <label>
        Headline
        <input name="title" required maxLength={300} />
      </label>
      <label>
        Published on
        <input name="published" type="date" required />
      </label>
      <label>
        Language (two letters)
        <input name="language" defaultValue="en" pattern="[a-z]{2}" required />
      </label>
      <PageUpload onRead={fill} />
      <label>
        The report&apos;s text, pasted in full or read from its page (kept as the evidence)
        <textarea name="text" rows={12} required />
      </label>
      <ReadyButton type="submit">Archive the source</ReadyButton>
      <FormStatus error={error} />
    </form>
  );
}
