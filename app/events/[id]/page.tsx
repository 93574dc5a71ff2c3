import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatPeriod, formatShortDay } from '@/lib/dates/format';
import { periodEnd } from '@/lib/dates/period';
import { publicEventRecord } from '@/lib/desk/public-record';
import { isSlugId } from '@/lib/schemas/formats';
import type { EventRecord } from '@/lib/schemas/event';
import { getStore } from '@/lib/store';

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Event and its history' };

const when = (e: EventRecord) => formatPeriod(e.date, e.datePrecision, periodEnd(e.date, e.datePrecision, e.dateUntil));

/** An event's own page: the event, its corrections and its earlier states; or, once retracted, the public notice of why. */
export default async function EventPage({ params }: Props) {
  const { id } = await params;
  const found = isSlugId(id) ? await publicEventRecord(await getStore(), id) : undefined;
  if (!found) notFound();
  const earlier = found.history.filter((r) => r.op === 'update');
  return (
    <main className="event-page" lang="en" dir="ltr">
      <p>
        <Link href="/">Back to the map</Link>
      </p>
      {found.state === 'retracted' ? (
        <section className="retraction-notice" aria-labelledby="notice">
          <h1 id="notice">Retracted{found.title ? `: ${found.title}` : ''}</h1>
          <p>
            <strong>Retracted {formatShortDay(found.at.slice(0, 10))}:</strong> {found.reason}
          </p>
          <p>This event was taken off the map. The notice stays at its link.</p>
        </section>
      ) : (
        <article aria-labelledby="title">
          <h1 id="title">{found.event.title}</h1>
          <p>
            <time dateTime={found.event.date}>{when(found.event)}</time> · the source says <q>{found.event.dateText}</q>
          </p>
          <p>{found.event.summary}</p>
          {found.event.corrections?.map((c, i) => (
            <p key={i} className="event-correction">
              <strong>Corrected {formatShortDay(c.date)}: </strong>
              {c.note}
            </p>
          ))}
          {found.event.sources.map((s, i) => (
            <blockquote key={i}>{s.quote}</blockquote>
          ))}
          <p>
            <Link href={`/?place=${encodeURIComponent(found.event.placeId)}`}>Show it on the map</Link>
          </p>
        </article>
      )}
      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        {earlier.length === 0 ? (
          <p>No earlier versions: the event is as first published.</p>
        ) : (
          <ol>
            {earlier.map((r) => {
              const e = r.record as EventRecord;
              return (
                <li key={r.version}>
                  Until {formatShortDay(r.at.slice(0, 10))}: <strong>{e.title}</strong>, dated {when(e)} (<q>{e.dateText}</q>). {e.summary}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </main>
  );
}
