'use client';
import { useState } from 'react';
import { deskCall } from '@/lib/desk/desk-fetch';
import type { ExtractedArticle } from '@/lib/desk/article-wire';
import { FormStatus } from './form-status';
import { useDeskAction } from './use-desk-action';

/**
 * A saved article page (.html) the desk reads on the server (Readability): its text and, when the
 * page has them, headline, publisher and date are handed to the form for the editor to check.
 * The page's markup never reaches this page's DOM: only the words the server read come back.
 */
export function PageUpload({ onRead }: { onRead: (article: ExtractedArticle) => void }) {
  const { error, run } = useDeskAction();
  const [done, setDone] = useState<string | null>(null);
  const read = (file: File | undefined) =>
    run(async () => {
      setDone(null);
      if (!file) return;
      const { article } = await deskCall<{ article: ExtractedArticle }>('/api/desk/sources/extract', 'POST', { html: await file.text() });
      onRead(article);
      setDone(`Read ${article.text.length.toLocaleString('en')} characters of the article in ${file.name}: check the text below (and the headline, publisher and date) before archiving.`);
    });
  return (
    <div className="page-upload">
      <label>
        Or upload the article&apos;s page, saved from the browser (.html): the desk reads its text
        <input type="file" name="page" accept=".html,.htm,text/html" onChange={(e) => void read(e.target.files?.[0])} />
      </label>
      <FormStatus error={error} done={done} />
    </div>
  );
}
