import { DeskNav } from '@/components/desk/desk-nav';
import { ImportBatchActions } from '@/components/desk/import-batch-actions';
import { requireDeskRole } from '@/lib/desk/page-session';
import { allows } from '@/lib/desk/roles';
import { importBatches, type ImportBatch } from '@/lib/import/review-batch';

/** Imports sent to review: what each batch would do to the map, and (for publishers) publish or reject it. */
export default async function ImportsPage() {
  const { user, store } = await requireDeskRole('editor');
  const batches = await importBatches(store);
  const decides = allows(user.role, 'publisher');
  return (
    <main className="desk-main">
      <DeskNav user={user} />
      <h1>Imports in review</h1>
      <p>
        Datasets sent with <code>npm run import -- … --for-review</code>. Each batch was checked when it was sent, and is checked again against the map as it is when published,
        whole or not at all.
      </p>
      {batches.length === 0 && <p>None pending.</p>}
      {batches.map((b) => (
        <BatchCard key={b.id} batch={b} decides={decides} />
      ))}
    </main>
  );
}

function BatchCard({ batch: b, decides }: { batch: ImportBatch; decides: boolean }) {
  const { counts, records, sample } = b.summary;
  return (
    <section className="import-batch" aria-labelledby={`batch-${b.id}`}>
      <h2 id={`batch-${b.id}`}>
        {b.summary.dataset}: {b.file}
      </h2>
      <p>
        Sent by {b.sentBy} on <time dateTime={b.sentAt}>{b.sentAt.slice(0, 16).replace('T', ' ')} UTC</time> · {b.summary.rows.toLocaleString('en')} rows · format {b.format}
        {b.sourceId && (
          <>
            {' '}
            · source <code>{b.sourceId}</code>
          </>
        )}
      </p>
      <p className="import-counts">
        <strong>{counts.inserted.toLocaleString('en')} new</strong>, <strong>{counts.updated.toLocaleString('en')} changed</strong>, {counts.unchanged.toLocaleString('en')} unchanged
        {counts.retracted ? `, ${counts.retracted.toLocaleString('en')} retracted` : ''} records (
        {Object.entries(records)
          .map(([k, n]) => `${n.toLocaleString('en')} ${k}`)
          .join(', ')}
        ), as checked when sent
      </p>
      {sample.length > 0 && (
        <table className="import-sample">
          <caption>The first records of the batch</caption>
          <thead>
            <tr>
              <th scope="col">kind</th>
              <th scope="col">id</th>
              <th scope="col">title</th>
              <th scope="col">date</th>
            </tr>
          </thead>
          <tbody>
            {sample.map((r) => (
              <tr key={`${r.kind}:${r.id}`}>
                <td>{r.kind}</td>
                <td>
                  <code>{r.id}</code>
                </td>
                <td>{r.label}</td>
                <td>{r.date ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {decides && <ImportBatchActions id={b.id} />}
    </section>
  );
}
